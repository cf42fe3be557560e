'use strict';
// Mutation fuzzer for v8.deserialize: node 24 (the oracle) against wtjs's codec loaded under node through
// tools/lib-harness.js. Seeds are node-made v8.serialize bytes of assorted values; each round flips, inserts,
// deletes, duplicates or truncates bytes and compares the outcomes: the value (by util.inspect) or the error's
// class (and message, for other classes than Error). Usage:
//   tools/node24/node tools/fuzz-v8-deserialize.js [seconds=10] [seed=1]
// Prints the disagreements (at most 20) and exits 1 if there were any.
const v8 = require('v8');
const util = require('util');
const { requireBuiltin } = require('./lib-harness');

const ours = requireBuiltin('v8');
const seconds = Number(process.argv[2] ?? 10);
let state = Number(process.argv[3] ?? 1) >>> 0;

function random() {
  state = (state + 0x9E3779B9) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 16), 0x85EBCA6B) >>> 0;
  t = Math.imul(t ^ (t >>> 13), 0xC2B2AE35) >>> 0;
  return ((t ^ (t >>> 16)) >>> 0) / 2 ** 32;
}
const below = (n) => Math.floor(random() * n);

function corpus() {
  const shared = { s: 1 };
  const cyclic = { name: 'c' };
  cyclic.self = cyclic;
  const err = new RangeError('bad', { cause: new Error('inner') });
  err.stack = 'RangeError: bad\n    at x';
  const values = [
    0, -1, 2 ** 31 - 1, -(2 ** 31), 1.5, NaN, -0, 12345678901234567890n, -(2n ** 70n), 'ascii', 'wide \u20ac\u{1F600}',
    true, null, undefined, [1, 2, 3], [1, , 3], Object.assign([1, 2], { p: 'x' }), { a: 1, b: 'two', 7: [shared, shared] },
    new Map([[1, 'a'], ['b', { c: 2 }]]), new Set([1, 'x', shared]), new Date(1e12), /a+b/gi, new Number(3),
    new String('boxed'), new Boolean(false), Object(5n), new Uint8Array([1, 2, 3]), new Float64Array([1.5, -2]),
    new BigInt64Array([1n, -1n]), new DataView(new ArrayBuffer(4)), Buffer.from('buf'), new ArrayBuffer(8),
    new ArrayBuffer(4, { maxByteLength: 16 }), err, cyclic, { nested: { deeper: [{ deepest: 'x' }] } },
  ];
  return values.map((v) => v8.serialize(v));
}

function mutate(seed) {
  const bytes = [...seed];
  const edits = 1 + below(3);
  for (let i = 0; i < edits; i++) {
    const at = 2 + below(Math.max(1, bytes.length - 2));  // keep the header mostly intact
    switch (below(6)) {
      case 0: bytes[at] = below(256); break;
      case 1: bytes[at] ^= 1 << below(8); break;
      case 2: bytes.splice(at, 0, below(256)); break;
      case 3: bytes.splice(at, 1); break;
      case 4: bytes.splice(at, 0, ...bytes.slice(at, at + 1 + below(6))); break;
      default: bytes.length = Math.max(2, at); break;
    }
  }
  return Buffer.from(bytes.map((b) => b & 0xFF));
}

function outcome(mod, input) {
  try {
    return `value ${util.inspect(mod.deserialize(input), { depth: 6, showHidden: false })}`;
  } catch (e) {
    if (e instanceof RangeError && /call stack/.test(e.message)) return 'stack overflow';
    // Errors compare by class: the message of a plain Error differs where node's C++ reader names the failed
    // step (ReadUint32() failed) and ours says 'Unable to deserialize cloned data.'
    return e?.constructor === Error ? 'Error' : `${e?.constructor?.name}: ${e?.message}`;
  }
}

const seeds = corpus();
const deadline = Date.now() + seconds * 1000;
const mismatches = new Map();
let runs = 0;
const check = (input) => {
  runs++;
  const expected = outcome(v8, input);
  const actual = outcome(ours, input);
  if (expected !== actual && expected !== 'stack overflow' && !mismatches.has(input.toString('hex'))) {
    mismatches.set(input.toString('hex'), { node: expected, ours: actual });
  }
};
for (const s of seeds) for (let k = 2; k <= s.length; k++) check(s.subarray(0, k));
while (Date.now() < deadline) for (let i = 0; i < 100; i++) check(mutate(seeds[below(seeds.length)]));

let shown = 0;
for (const [hex, { node, ours: got }] of mismatches) {
  if (shown++ >= 20) break;
  console.log(`${hex}\n  node: ${node.slice(0, 200).replace(/\n/g, ' ')}\n  ours: ${got.slice(0, 200).replace(/\n/g, ' ')}`);
}
console.log(`${runs} inputs, ${mismatches.size} disagreements`);
process.exitCode = mismatches.size === 0 ? 0 : 1;
