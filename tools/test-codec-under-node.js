'use strict';
// Tests wtjs's pure-JS V8 serializer (internal/binding/serdes, v8, internal/structured_clone) against node's
// own, under real node:  node tools/test-codec-under-node.js   (FUZZ_SECONDS=20 RANDOM_COUNT=1500 by default)
//  (a) byte equality with node's v8 Serializer / v8.serialize over a corpus
//  (b) round trip through our Serializer+Deserializer, identity checks for cycles and shared refs
//  (c) our Deserializer reads node's bytes (and node reads ours)
//  (d) seeded random value graphs
//  (e) fuzzing the Deserializer with random and mutated payloads
//  (f) messages of unclonables and transfer-list errors equal node's structuredClone
// Exits non-zero on failure.
//
// Note on corpus design: V8 writes a number as 'I' (Smi) or 'N' (HeapNumber) by its in-memory
// representation. A field that once held a non-integral double keeps integers as doubles in every object of
// that hidden class, and an array of numbers that held a double keeps all its numbers as doubles. JS cannot
// see either, so the corpus keeps doubles and integers under different property names (d* vs others).

const v8 = require('v8');
const util = require('util');
const { requireBuiltin, internalBinding } = require('./lib-harness');

const serdes = internalBinding('serdes');
const ourV8 = requireBuiltin('v8');
const ourSC = requireBuiltin('internal/structured_clone');
let OurBuffer;
try { OurBuffer = requireBuiltin('buffer').Buffer; } catch { OurBuffer = undefined; }

const FUZZ_SECONDS = Number(process.env.FUZZ_SECONDS || 20);
const RANDOM_COUNT = Number(process.env.RANDOM_COUNT || 1500);

let failures = 0;
const failureSamples = [];
function failure(section, name, detail) {
  failures++;
  if (failureSamples.length < 40) failureSamples.push(`[${section}] ${name}: ${detail}`);
}
const hex = (u8) => Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength).toString('hex');

// ---- serializer adapters ----------------------------------------------------------------------------------
function sabHooks(list) {
  return {
    _getSharedArrayBufferId(sab) {
      let i = list.indexOf(sab);
      if (i === -1) { i = list.length; list.push(sab); }
      return i;
    },
  };
}
function plainBytes(impl, value, sabs = []) {
  const ser = new impl.Serializer();
  Object.assign(ser, sabHooks(sabs));
  ser.writeHeader();
  ser.writeValue(value);
  const out = impl === serdes ? ser.releaseBytes() : ser.releaseBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
function plainRead(impl, bytes, sabs = []) {
  const des = new impl.Deserializer(bytes);
  des._getSharedArrayBufferFromId = (id) => sabs[id];
  des.readHeader();
  return des.readValue();
}

function deepEqual(a, b, eq) {
  if (eq) return eq(a, b);
  return util.isDeepStrictEqual(a, b);
}

// ---- corpus --------------------------------------------------------------------------------------------
const corpus = [];
function add(name, value, opts = {}) { corpus.push({ name, value, ...opts }); }

// numbers
// (two lists: one array literal holding a double would hand every element over as a HeapNumber)
for (const n of [0, 1, -1, 63, 64, -64, -65, 127, 128, 8191, 8192, 2 ** 31 - 1, -(2 ** 31)]) {
  add(`number ${n}`, n);
}
for (const n of [2 ** 31, -(2 ** 31) - 1, 2 ** 32, 2 ** 53, -(2 ** 53), 1.5, -1.5, 0.1, 1e21, 1e-7, Number.MAX_VALUE,
  Number.MIN_VALUE, Number.EPSILON, Infinity, -Infinity, NaN, -0]) {
  add(`number ${Object.is(n, -0) ? '-0' : n}`, n);
}
// strings
const strs = ['', 'a', 'abc', 'é', 'ÿ', '\0', '\x7f\x80', '€', 'a€', '😀', 'x😀y', '\ud800', '\udc00', 'a\ud800b', '\udfff\ud800',
  'line\nbreak', '"quoted"', 'a'.repeat(127), 'a'.repeat(128), 'é'.repeat(200), 'a'.repeat(16383), 'a'.repeat(16384),
  '€'.repeat(63), '€'.repeat(64), '€'.repeat(5000), String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i)),
  String.fromCharCode(...Array.from({ length: 300 }, (_, i) => i * 200))];
strs.forEach((s, i) => add(`string #${i} len ${s.length}`, s));
add('strings at odd/even offsets', ['€', 'a', '€', 'ab', '€', 'abc', '€€', 'é€']);
add('two-byte keys', { '€': 1, 'k€y': '€', 'é': 'é' });
// bigints
for (const b of [0n, 1n, -1n, 255n, 2n ** 63n, 2n ** 64n - 1n, 2n ** 64n, -(2n ** 64n), 2n ** 128n + 5n, 10n ** 100n,
  -(10n ** 100n), (1n << 1000n) - 1n, -(1n << 4096n)]) {
  add(`bigint ${b.toString().slice(0, 20)}`, b);
}
// oddballs
add('true', true); add('false', false); add('null', null); add('undefined', undefined);
// boxed primitives
add('Number obj', new Number(1)); add('Number obj -0', new Number(-0), { eq: (a, b) => Object.is(+a, +b) });
add('Number obj NaN', new Number(NaN), { eq: (a, b) => Number.isNaN(+a) && Number.isNaN(+b) });
add('String obj', new String('')); add('String obj 2', new String('€x')); add('String obj latin', new String('abc'));
add('Boolean obj t', new Boolean(true)); add('Boolean obj f', new Boolean(false));
add('BigInt obj', Object(5n)); add('BigInt obj neg', Object(-(2n ** 70n)));
// dates
add('date epoch', new Date(0)); add('date', new Date(1700000000123)); add('date neg', new Date(-1e12));
add('date invalid', new Date(NaN), { eq: (a, b) => a instanceof Date && Number.isNaN(b.getTime()) });
// regexps
for (const re of [/a/, /a\/b/gimsuy, new RegExp(''), /x/d, new RegExp('a', 'v'), /[\n]/, new RegExp('\n'), /é€/u,
  /^(?<name>\w+)$/s]) {
  add(`regexp ${re}`, re);
}
// arrays
add('empty array', []);
add('smi array', [1, 2, 3]);
add('double array', [1, 1.5, -0, NaN]);
add('mixed array', ['a', 1, 2.5, null, undefined, true]);
add('nested arrays', [[1], [[2]], [[[3, 'x']]]]);
add('array of objects', [{ a: 1 }, { a: 2 }, { b: 'x' }]);
add('holey array', [1, , 3]); // eslint-disable-line no-sparse-arrays
add('holey start', [, 1]); // eslint-disable-line no-sparse-arrays
add('holey end', [1, ,]); // eslint-disable-line no-sparse-arrays
{ const a = []; a[5] = 1; a.x = 2; add('sparse with prop', a); }
{ const a = []; a[3000000000] = 'far'; add('sparse huge index', a); }
{ const a = [1]; a.x = 2; a[Symbol('s')] = 3; add('dense with prop', a, { eq: (x, y) => x.length === 1 && x[0] === 1 && x.x === 2 && y.x === 2 }); }
add('frozen array', Object.freeze([1, 2]));
add('sealed array', Object.seal(['a']));
{ const a = [1, 2]; a.length = 5; add('length extended', a); }
{ const a = []; for (let i = 0; i < 1000; i++) a.push(i * 7); add('long smi array', a); }
{ const a = []; for (let i = 0; i < 300; i++) a.push('s' + i); add('long string array', a); }
// objects
add('empty object', {});
add('object', { a: 1, b: 'two', c: [3], d1: 1.25 });
add('numeric keys', { 1: 'a', 0: 'b', x: 1, 2147483648: 'big', 4294967294: 'max', 4294967295: 'notindex', '01': 'lead' });
add('negative-ish keys', { '-1': 1, '1.5': 2, '1e3': 3 });
add('__proto__ own key', JSON.parse('{"__proto__": {"x": 1}, "y": 2}'));
add('null proto', Object.assign(Object.create(null), { a: 1 }), { eq: (a, b) => b.a === 1 && Object.keys(b).length === 1 });
class Point { constructor() { this.x = 1; this.y = 2; } }
add('class instance', new Point(), { eq: (a, b) => b.x === 1 && b.y === 2 && Object.getPrototypeOf(b) === Object.prototype });
add('getters', { get g() { return 'got'; }, plain: 1 }, { eq: (a, b) => b.g === 'got' && b.plain === 1 });
add('non-enumerable', Object.defineProperty({ a: 1 }, 'hidden', { value: 2 }), { eq: (a, b) => b.a === 1 && !('hidden' in b) });
add('symbol keys', { [Symbol('s')]: 1, a: 1 }, { eq: (a, b) => b.a === 1 && Object.getOwnPropertySymbols(b).length === 0 });
{ let o = { leaf: true }; for (let i = 0; i < 50; i++) o = { n: i, o }; add('deep object 50', o); }
{ const o = {}; for (let i = 0; i < 200; i++) o['k' + i] = i; add('wide object', o); }
add('object with deleted prop', (() => { const o = { a: 1, b: 2, c: 3 }; delete o.b; return o; })());
add('dictionary object', (() => { const o = {}; for (let i = 0; i < 2000; i++) o['p' + i] = i; for (let i = 0; i < 1990; i++) delete o['p' + i]; return o; })());
// Map / Set
add('empty map', new Map()); add('map', new Map([[1, 'a'], ['b', { c: 2 }], [null, undefined]]));
add('map object keys', new Map([[{ k: 1 }, [1]], [[2], new Set([3])]]));
add('empty set', new Set()); add('set', new Set([1, 'a', { b: 1 }, null]));
// ArrayBuffer / views
add('ab empty', new ArrayBuffer(0));
add('ab', new Uint8Array([1, 2, 3, 250]).buffer);
add('ab 1000', new Uint8Array(1000).map((_, i) => i * 31).buffer);
try { add('resizable ab', (() => { const ab = new ArrayBuffer(4, { maxByteLength: 16 }); new Uint8Array(ab).set([9, 8, 7, 6]); return ab; })()); } catch { /* no RAB */ }
for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array,
  Float64Array, BigInt64Array, BigUint64Array]) {
  const n = C.BYTES_PER_ELEMENT;
  const ta = new C(5);
  for (let i = 0; i < 5; i++) ta[i] = C.name.startsWith('Big') ? BigInt(i * 3 - 4) : i * 3 - 4.5;
  add(`typed ${C.name}`, ta);
  add(`typed ${C.name} offset`, new C(new ArrayBuffer(8 * n), 2 * n, 3));
  add(`typed ${C.name} empty`, new C(0));
}
add('dataview', new DataView(new Uint8Array([1, 2, 3, 4, 5]).buffer, 1, 3));
{ const ab = new ArrayBuffer(16); add('views sharing a buffer', [new Uint8Array(ab, 1, 2), new Int16Array(ab, 2, 2), ab, new DataView(ab), new Float64Array(ab, 8)],
  { identity: (r) => r[0].buffer === r[2] && r[1].buffer === r[2] && r[3].buffer === r[2] && r[4].buffer === r[2] }); }
add('subarray', new Uint8Array([1, 2, 3, 4]).subarray(1, 3));
try {
  const rab = new ArrayBuffer(8, { maxByteLength: 32 });
  add('rab length-tracking view', new Uint8Array(rab), { eq: (a, b) => b.length === 8 });
  add('rab fixed view', new Uint16Array(rab, 2, 2), { eq: (a, b) => b.length === 2 });
  add('rab dataview tracking', new DataView(rab, 4), { eq: (a, b) => b.byteLength === 4 });
} catch { /* no RAB */ }
// SharedArrayBuffer (ids through the delegate)
{ const sab = new SharedArrayBuffer(8); add('sab', sab, { sab: true, identity: (r) => r === sab });
  add('sab twice + view', [sab, sab, new Int32Array(sab)], { sab: true, identity: (r) => r[0] === sab && r[1] === sab && r[2].buffer === sab }); }
// errors
function fixedStack(e, stack = 'STACK') { e.stack = stack; return e; }
add('error', fixedStack(new Error('boom')));
for (const C of [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) add(`error ${C.name}`, fixedStack(new C('m')));
add('error no message', fixedStack(new Error()));
add('error cause', fixedStack(new Error('x', { cause: { why: [1, 'two'] } })));
add('error cause undefined', fixedStack(new Error('x', { cause: undefined })));
add('error custom name', (() => { const e = fixedStack(new Error('x')); e.name = 'TypeError'; return e; })(),
  { eq: (a, b) => b instanceof TypeError && b.message === 'x' });
add('error subclass', fixedStack(new (class MyErr extends RangeError {})('sub')), { eq: (a, b) => b instanceof Error && b.message === 'sub' });
add('error two-byte stack', fixedStack(new Error('€'), 'Error: €\n    at x'));
add('error stack not string', (() => { const e = new Error('s'); e.stack = 5; return e; })(), { eq: (a, b) => b.message === 's' });
add('error extra props dropped', Object.assign(fixedStack(new Error('p')), { extra: 1 }), { eq: (a, b) => b.message === 'p' && !('extra' in b) });
add('not an error', Object.create(Error.prototype), { eq: (a, b) => Object.keys(b).length === 0 });
add('errors in array', [fixedStack(new Error('a')), fixedStack(new TypeError('b'))]);
// cycles and shared references
{ const o = {}; o.self = o; add('self cycle', o, { identity: (r) => r.self === r }); }
{ const a = []; a.push(a, 1); add('array cycle', a, { identity: (r) => r[0] === r }); }
{ const m = new Map(); m.set(m, m); add('map cycle', m, { identity: (r) => r.get(r) === r }); }
{ const s = new Set(); s.add(s); add('set cycle', s, { identity: (r) => r.has(r) }); }
{ const shared = { s: 1 }; add('shared refs', [shared, shared, { shared }], { identity: (r) => r[0] === r[1] && r[2].shared === r[0] }); }
{ const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b; add('mutual cycle', { a, b }, { identity: (r) => r.a.b === r.b && r.b.a === r.a }); }
{ const d = new Date(5); const re = /r/g; add('shared date/regexp', [d, d, re, re], { identity: (r) => r[0] === r[1] && r[2] === r[3] }); }
{ const e = fixedStack(new Error('c')); add('error shared', [e, { e }], { identity: (r) => r[1].e === r[0] }); }
{ const ab = new ArrayBuffer(4); add('shared ab', { x: ab, y: ab, v: new Uint8Array(ab) }, { identity: (r) => r.x === r.y && r.v.buffer === r.x }); }
{ const boxed = new String('b'); add('shared boxed', [boxed, boxed], { identity: (r) => r[0] === r[1] }); }
add('repeated strings', ['same', 'same', 'same']);
// nested mix
add('kitchen sink', { arr: [1, 'two', { three: [3] }], map: new Map([['k', new Set([1, 2])]]), date: new Date(7), re: /x/i,
  big: 12345678901234567890n, str: 'é€', dbl: 2.5, boxed: [new Number(3), new String('s')], ta: new Uint16Array([1, 65535]) });

// ---- (a)(b)(c): corpus ------------------------------------------------------------------------------------
const stats = { corpus: corpus.length, bytesPlain: 0, bytesV8: 0, roundTrip: 0, readsNode: 0, nodeReadsOurs: 0 };
for (const c of corpus) {
  const sabsNode = [];
  const sabsOurs = [];
  let ours, node;
  try {
    node = plainBytes(v8, c.value, sabsNode);
  } catch (e) {
    failure('a', c.name, `node threw ${e.message}`);
    continue;
  }
  try {
    ours = plainBytes(serdes, c.value, sabsOurs);
  } catch (e) {
    failure('a', c.name, `ours threw ${e.stack}`);
    continue;
  }
  if (hex(ours) === hex(node)) stats.bytesPlain++;
  else failure('a', c.name, `plain bytes differ\n   ours ${hex(ours).slice(0, 200)}\n   node ${hex(node).slice(0, 200)}`);
  // (b) round trip
  try {
    const r = plainRead(serdes, ours, sabsOurs);
    if (deepEqual(c.value, r, c.eq) && (!c.identity || c.identity(r))) stats.roundTrip++;
    else failure('b', c.name, `round trip differs: ${util.inspect(r, { depth: 2 }).slice(0, 200)}`);
  } catch (e) {
    failure('b', c.name, `round trip threw ${e.stack}`);
  }
  // (c) ours reads node's bytes; node reads ours
  try {
    const r = plainRead(serdes, node, sabsNode);
    if (deepEqual(c.value, r, c.eq) && (!c.identity || c.identity(r))) stats.readsNode++;
    else failure('c', c.name, `reading node bytes differs: ${util.inspect(r, { depth: 2 }).slice(0, 200)}`);
  } catch (e) {
    failure('c', c.name, `reading node bytes threw ${e.stack}`);
  }
  if (!c.sab) {
    try {
      const r = plainRead(v8, Buffer.from(ours));
      if (deepEqual(c.value, r, c.eq)) stats.nodeReadsOurs++;
      else failure('c', c.name, 'node reads ours: differs');
    } catch (e) {
      failure('c', c.name, `node reading ours threw ${e.message}`);
    }
  } else {
    stats.nodeReadsOurs++;
  }
  // v8.serialize (typed arrays as host objects)
  if (!c.sab) {
    try {
      const a = hex(ourV8.serialize(c.value));
      const b = hex(v8.serialize(c.value));
      if (a === b) stats.bytesV8++;
      else failure('a', c.name, `v8.serialize bytes differ\n   ours ${a.slice(0, 200)}\n   node ${b.slice(0, 200)}`);
      const r = ourV8.deserialize(v8.serialize(c.value));
      if (!deepEqual(c.value, r, c.eq)) failure('c', c.name, 'v8.deserialize(node bytes) differs');
    } catch (e) {
      failure('a', c.name, `v8.serialize threw ${e.stack}`);
    }
  } else {
    stats.bytesV8++;
  }
}
// Buffer as host object index 10
if (OurBuffer) {
  const a = hex(ourV8.serialize({ b: OurBuffer.from('hi') }));
  const b = hex(v8.serialize({ b: Buffer.from('hi') }));
  if (a !== b) failure('a', 'Buffer host object', `${a} vs ${b}`);
  const back = ourV8.deserialize(v8.serialize(Buffer.from('hey')));
  if (!(back instanceof OurBuffer) || back.toString() !== 'hey') failure('c', 'Buffer host object', 'not read back as Buffer');
}
// transfer via Serializer.transferArrayBuffer on both sides
{
  const ab = new ArrayBuffer(8);
  const value = [ab, new Uint8Array(ab, 2)];
  const mk = (impl) => {
    const s = new impl.Serializer(); s.transferArrayBuffer(3, ab); s.writeHeader(); s.writeValue(value);
    const out = impl === serdes ? s.releaseBytes() : s.releaseBuffer(); return hex(out);
  };
  if (mk(serdes) !== mk(v8)) failure('a', 'transferArrayBuffer', `${mk(serdes)} vs ${mk(v8)}`);
  const d = new serdes.Deserializer(Buffer.from(mk(v8), 'hex'));
  const target = new ArrayBuffer(8);
  d.transferArrayBuffer(3, target); d.readHeader();
  const r = d.readValue();
  if (r[0] !== target || r[1].buffer !== target || r[1].byteOffset !== 2) failure('c', 'transferArrayBuffer', 'identity');
}
// raw API: writeUint32/64, writeDouble, writeRawBytes, readers
{
  const mk = (impl) => {
    const s = new impl.Serializer();
    s.writeUint32(0); s.writeUint32(300); s.writeUint32(2 ** 32 - 1); s.writeUint64(1, 2); s.writeUint64(0xFFFFFFFF, 0xFFFFFFFF);
    s.writeDouble(1.5); s.writeRawBytes(new Uint8Array([7, 8])); s.writeRawBytes(new DataView(new ArrayBuffer(1)));
    return hex(impl === serdes ? s.releaseBytes() : s.releaseBuffer());
  };
  if (mk(serdes) !== mk(v8)) failure('a', 'raw writers', `${mk(serdes)} vs ${mk(v8)}`);
  const d = new serdes.Deserializer(Buffer.from(mk(v8), 'hex'));
  const got = [d.readUint32(), d.readUint32(), d.readUint32(), d.readUint64(), d.readUint64(), d.readDouble(), d._readRawBytes(3)];
  const want = [0, 300, 2 ** 32 - 1, [1, 2], [0xFFFFFFFF, 0xFFFFFFFF], 1.5, 31];
  if (!util.isDeepStrictEqual(got, want)) failure('c', 'raw readers', util.inspect(got));
  for (const [fn, msg] of [['readUint32', 'ReadUint32() failed'], ['readUint64', 'ReadUint64() failed'], ['readDouble', 'ReadDouble() failed']]) {
    try { d[fn](); failure('c', fn, 'no error at end'); } catch (e) { if (e.message !== msg) failure('c', fn, e.message); }
  }
  try { d._readRawBytes(5); failure('c', '_readRawBytes', 'no error'); } catch (e) { if (e.message !== 'ReadRawBytes() failed') failure('c', '_readRawBytes', e.message); }
}

// ---- (f) unclonables and transfer errors vs node's structuredClone --------------------------------------
const errorCases = [];
function errCase(name, fn) { errorCases.push({ name, fn }); }
errCase('arrow', (sc) => sc(() => {}));
errCase('function', (sc) => sc(function foo(a) { return a; }));
errCase('class', (sc) => sc(class A {}));
errCase('long function', (sc) => sc(function longFunction() { return 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'; }));
errCase('bound function', (sc) => sc(function f() {}.bind(null)));
errCase('native function', (sc) => sc(Math.max));
errCase('async function', (sc) => sc(async () => {}));
errCase('symbol', (sc) => sc(Symbol('x')));
errCase('symbol no desc', (sc) => sc(Symbol()));
errCase('nested symbol', (sc) => sc({ a: [1, Symbol.iterator] }));
errCase('promise', (sc) => sc(Promise.resolve()));
errCase('weakmap', (sc) => sc(new WeakMap()));
errCase('weakset', (sc) => sc(new WeakSet()));
errCase('weakref', (sc) => sc(new WeakRef({})));
errCase('finalization registry', (sc) => sc(new FinalizationRegistry(() => {})));
errCase('generator', (sc) => sc((function* g() {})()));
errCase('array iterator', (sc) => sc([].values()));
errCase('map iterator', (sc) => sc(new Map().keys()));
errCase('arguments', (sc) => sc((function () { return arguments; })(1)));
errCase('symbol object', (sc) => sc(Object(Symbol('q'))));
errCase('wasm memory', (sc) => sc(new WebAssembly.Memory({ initial: 1 })));
errCase('detached ab', (sc) => { const ab = new ArrayBuffer(1); structuredClone(ab, { transfer: [ab] }); return sc(ab); });
errCase('function in map', (sc) => sc(new Map([[1, () => 2]])));
errCase('no args', (sc) => sc());
errCase('options number', (sc) => sc(1, 5));
errCase('options string', (sc) => sc(1, 'x'));
errCase('options null', (sc) => sc(1, null));
errCase('options function', (sc) => sc(1, () => {}));
errCase('transfer number', (sc) => sc(1, { transfer: 5 }));
errCase('transfer string', (sc) => sc(1, { transfer: 'ab' }));
errCase('transfer object', (sc) => sc(1, { transfer: {} }));
errCase('transfer bad iterator', (sc) => sc(1, { transfer: { [Symbol.iterator]: () => 5 } }));
errCase('transfer iterator throws', (sc) => sc(1, { transfer: { [Symbol.iterator]() { throw new Error('it'); } } }));
errCase('transfer getter throws', (sc) => sc(1, { get transfer() { throw new Error('getter'); } }));
errCase('transfer duplicate', (sc) => { const ab = new ArrayBuffer(1); return sc(ab, { transfer: [ab, ab] }); });
errCase('transfer non-transferable', (sc) => sc(1, { transfer: [{}] }));
errCase('transfer primitive', (sc) => sc(1, { transfer: [1] }));
errCase('transfer sab', (sc) => sc(1, { transfer: [new SharedArrayBuffer(1)] }));
errCase('transfer detached', (sc) => { const ab = new ArrayBuffer(1); structuredClone(ab, { transfer: [ab] }); return sc(ab, { transfer: [ab] }).byteLength; });
errCase('transfer set', (sc) => { const ab = new ArrayBuffer(3); const r = sc([ab], { transfer: new Set([ab]) }); return [r[0].byteLength, ab.byteLength]; });
errCase('failed clone keeps buffer', (sc) => { const ab = new ArrayBuffer(3); try { sc([ab, () => 1], { transfer: [ab] }); } catch { /* expected */ } return ab.byteLength; });
errCase('transfer moves', (sc) => { const ab = new ArrayBuffer(3); new Uint8Array(ab)[1] = 7; const r = sc({ v: new Uint8Array(ab) }, { transfer: [ab] }); return [r.v[1], ab.byteLength]; });
errCase('getter throws', (sc) => sc({ get a() { throw new RangeError('inner'); } }));
errCase('sab in value', (sc) => { const s = new SharedArrayBuffer(2); const r = sc([s, s]); return [r[0].byteLength, r[0] === r[1]]; });
errCase('error value', (sc) => { const r = sc(new TypeError('t', { cause: 'c' })); return [r.name, r.message, r.cause, r instanceof TypeError]; });
const describeOutcome = (fn) => {
  try {
    const r = fn();
    return `value ${util.inspect(r)}`;
  } catch (e) {
    return `throws ${e?.constructor?.name} name=${e?.name} code=${e?.code} message=${JSON.stringify(e?.message)}`;
  }
};
let errorMatches = 0;
for (const c of errorCases) {
  const a = describeOutcome(() => c.fn(ourSC.structuredClone));
  const b = describeOutcome(() => c.fn(structuredClone));
  if (a === b) errorMatches++;
  else failure('f', c.name, `\n   ours ${a}\n   node ${b}`);
}
// v8.serialize messages (plain Error, no DOMException)
const v8ErrorValues = [() => {}, Symbol('v'), new WeakMap(), Promise.resolve(), new SharedArrayBuffer(1), (function* () {})()];
for (const v of v8ErrorValues) {
  const a = describeOutcome(() => ourV8.serialize(v));
  const b = describeOutcome(() => v8.serialize(v));
  if (a === b) errorMatches++;
  else failure('f', `v8.serialize ${util.inspect(v)}`, `\n   ours ${a}\n   node ${b}`);
}
{
  // The default delegate for host objects when _writeHostObject is missing, and the version error.
  const cases = [
    ['host object without delegate', (impl) => { const s = new impl.Serializer(); s._setTreatArrayBufferViewsAsHostObjects(true); s.writeValue(new Uint8Array(1)); }],
    ['version too new', (impl) => new impl.Deserializer(Buffer.from('ff10', 'hex')).readHeader()],
    ['legacy version', (impl) => new impl.Deserializer(Buffer.from('ff0a49', 'hex')).readHeader()],
    ['no header', (impl) => new impl.Deserializer(Buffer.from('49', 'hex')).readHeader()],
    ['readHostObject non-object', (impl) => { const d = new impl.Deserializer(Buffer.from('ff0f5c', 'hex')); d._readHostObject = () => 1; d.readHeader(); return d.readValue(); }],
    ['bad deserializer arg', (impl) => new impl.Deserializer([1])],
    ['bad transfer arg', (impl) => new impl.Serializer().transferArrayBuffer(0, {})],
    ['bad raw bytes', (impl) => new impl.Serializer().writeRawBytes([1])],
    ['invalid regexp', (impl) => { const d = new impl.Deserializer(Buffer.from('ff0f5222012800', 'hex')); d.readHeader(); return d.readValue(); }],
  ];
  for (const [name, fn] of cases) {
    const a = describeOutcome(() => fn(serdes));
    const b = describeOutcome(() => fn(v8));
    if (a === b) errorMatches++;
    else failure('f', name, `\n   ours ${a}\n   node ${b}`);
  }
  stats.errorCases = errorCases.length + v8ErrorValues.length + cases.length;
}
stats.errorMatches = errorMatches;

// ---- (d) random value graphs -------------------------------------------------------------------------------
function mulberry32(seed) {
  return function () {
    seed |= 0; seed = seed + 0x6D2B79F5 | 0;
    let t = Math.imul(seed ^ seed >>> 15, 1 | seed);
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function randomGraph(rand) {
  const pool = [];
  const int = (n) => Math.floor(rand() * n);
  const pick = (a) => a[int(a.length)];
  const randString = () => {
    const len = pick([0, 1, 3, 8, 40, 130]);
    const wide = rand() < 0.3;
    const codes = [];
    for (let i = 0; i < len; i++) codes.push(wide ? int(0x10000) : int(0x100));
    return String.fromCharCode(...codes);
  };
  const randInt = () => pick([0, 1, -1, int(100), -int(1e6), 2 ** 31 - 1, -(2 ** 31), int(2 ** 30)]);
  const randDouble = () => pick([0.5, -1.25, Math.PI, 1e300, -1e-300, NaN, Infinity, -0, 2 ** 40 + 0.5, 2 ** 31 + 0.5]);
  function prim() {
    switch (int(9)) {
      case 0: return randInt();
      case 1: return randString();
      case 2: return BigInt(int(1e9)) ** BigInt(1 + int(4)) * (rand() < 0.5 ? -1n : 1n);
      case 3: return rand() < 0.5;
      case 4: return null;
      case 5: return undefined;
      case 6: return randString();
      default: return randInt();
    }
  }
  function value(depth) {
    const r = rand();
    if (depth <= 0 || r < 0.35) return prim();
    if (pool.length && r < 0.42) return pick(pool); // shared reference or cycle
    switch (int(12)) {
      case 0: case 1: case 2: { // object: i* keys hold ints, d* keys hold doubles, others anything else
        const o = {}; pool.push(o);
        const n = int(6);
        for (let i = 0; i < n; i++) {
          const k = int(4);
          if (k === 0) o['d' + int(5)] = randDouble();
          else if (k === 1) o[int(3) === 0 ? String(int(10)) : 'i' + int(5)] = randInt();
          else o['v' + int(8)] = value(depth - 1);
        }
        return o;
      }
      case 3: case 4: { // array: a non-number first unless all numbers
        // One array literal per kind: V8's allocation-site feedback would otherwise start an int-only array
        // as doubles once an array from the same literal held a double (and write its ints as 'N').
        const kind = int(3);
        const a = kind === 0 ? [] : kind === 1 ? [] : []; pool.push(a);
        const n = int(8);
        if (kind === 0) for (let i = 0; i < n; i++) a.push(randInt());
        // Numbers-only arrays stay all-int or all-double: whether V8 keeps a mixed one as doubles depends on
        // allocation-site feedback, not on the values.
        else if (kind === 1) for (let i = 0; i < n; i++) a.push(randDouble());
        else { a.push(randString()); for (let i = 1; i < n; i++) a.push(rand() < 0.5 ? value(depth - 1) : (rand() < 0.5 ? randInt() : randDouble())); }
        if (rand() < 0.1) a['p' + int(3)] = value(depth - 1);
        if (rand() < 0.05) { const h = []; h[int(5) + 1] = prim(); pool.push(h); return h; }
        return a;
      }
      case 5: { const m = new Map(); pool.push(m); const n = int(4); for (let i = 0; i < n; i++) m.set(value(depth - 1), value(depth - 1)); return m; }
      case 6: { const s = new Set(); pool.push(s); const n = int(4); for (let i = 0; i < n; i++) s.add(value(depth - 1)); return s; }
      case 7: { const d = new Date(int(2e12)); pool.push(d); return d; }
      case 8: {
        const C = pick([Uint8Array, Int16Array, Float64Array, BigInt64Array, Uint32Array]);
        const ta = new C(int(6));
        for (let i = 0; i < ta.length; i++) ta[i] = C === BigInt64Array ? BigInt(int(1000) - 500) : int(1000) - 500;
        pool.push(ta);
        return ta;
      }
      case 9: { const e = new (pick([Error, TypeError, RangeError]))(randString()); e.stack = 'S'; pool.push(e); return e; }
      case 10: { const b = pick([new Number(randInt()), new String(randString()), new Boolean(rand() < 0.5)]); pool.push(b); return b; }
      default: { const re = new RegExp(pick(['a+', 'x|y', '\\d', '[é]']), pick(['', 'g', 'gi', 'u', 'sy'])); pool.push(re); return re; }
    }
  }
  return value(4);
}
{
  const rand = mulberry32(0xC0DEC);
  stats.random = RANDOM_COUNT;
  stats.randomBytesEqual = 0;
  stats.randomRoundTrip = 0;
  for (let i = 0; i < RANDOM_COUNT; i++) {
    const v = randomGraph(rand);
    let ours, node;
    try {
      ours = plainBytes(serdes, v);
      node = plainBytes(v8, v);
    } catch (e) {
      failure('d', `random #${i}`, e.stack);
      continue;
    }
    if (hex(ours) === hex(node)) stats.randomBytesEqual++;
    else failure('d', `random #${i}`, `bytes differ\n   ours ${hex(ours).slice(0, 300)}\n   node ${hex(node).slice(0, 300)}\n   value ${util.inspect(v, { depth: 3 }).slice(0, 300)}`);
    try {
      const r = plainRead(serdes, ours);
      if (util.isDeepStrictEqual(v, r)) stats.randomRoundTrip++;
      else failure('d', `random #${i}`, `round trip differs ${util.inspect(v, { depth: 3 }).slice(0, 300)}`);
    } catch (e) {
      failure('d', `random #${i}`, `round trip threw ${e.stack}`);
    }
  }
}

// ---- (e) fuzzing the Deserializer ----------------------------------------------------------------------
{
  const rand = mulberry32(0xF022);
  const int = (n) => Math.floor(rand() * n);
  const seeds = corpus.filter((c) => !c.sab).map((c) => Buffer.from(plainBytes(v8, c.value)));
  const hostile = [
    'ff0f41ffffffff0f', 'ff0f42ffffffff0f', 'ff0f7effffffff0fffffffff0f', 'ff0f7e00ffffffff0f', 'ff0f61ffffffff0f40000fffffffff',
    'ff0f22ffffffff0f', 'ff0f63feffffff0f', 'ff0f5affffffff0f', 'ff0f5effffffff0f', 'ff0f3bffffffff', 'ff0f6f',
    'ff0f420201025642ffffffff0f02', 'ff0f4202010256420002ffffffff0f', 'ff0f72ff', 'ff0f7273',
  ].map((h) => Buffer.from(h, 'hex'));
  // deep nesting: 100k arrays / objects
  const deep = (open, close) => {
    const n = 100000;
    const parts = [Buffer.from('ff0f', 'hex')];
    for (let i = 0; i < n; i++) parts.push(Buffer.from(open, 'hex'));
    parts.push(Buffer.from('5f', 'hex'));
    for (let i = 0; i < n; i++) parts.push(Buffer.from(close, 'hex'));
    return Buffer.concat(parts);
  };
  hostile.push(deep('4101', '240001'), deep('6f220161', '7b01'), deep('3b5f', '3a02'));
  const mutate = (src) => {
    const b = Buffer.from(src);
    switch (int(7)) {
      case 0: return b.subarray(0, int(b.length + 1)); // truncation
      case 1: { const n = 1 + int(4); for (let i = 0; i < n; i++) { const p = 2 + int(Math.max(1, b.length - 2)); if (p < b.length) b[p] ^= 1 << int(8); } return b; }
      case 2: { const p = 2 + int(Math.max(1, b.length - 2)); return Buffer.concat([b.subarray(0, p), Buffer.from('ffffffff0f', 'hex'), b.subarray(p)]); } // forged varint
      case 3: { const p = int(b.length); if (p < b.length) b[p] = int(256); return b; }
      case 4: { const p = 2 + int(Math.max(1, b.length - 2)); return Buffer.concat([b.subarray(0, p), b.subarray(p + 1 + int(4))]); } // deletion
      case 5: { const o = seeds[int(seeds.length)]; const p = 2 + int(Math.max(1, b.length - 2)); return Buffer.concat([b.subarray(0, p), o.subarray(2 + int(Math.max(1, o.length - 2)))]); } // splice
      default: { const n = int(64); const r = Buffer.alloc(n + 2); r[0] = 0xff; r[1] = 15; for (let i = 0; i < n; i++) r[i + 2] = rand() < 0.5 ? int(256) : ' -_0TFIUNZS"c^o{a@A$DyxnzsR;:\',B~tVu\\r?'.charCodeAt(int(38)); return r; }
    }
  };
  let iterations = 0, values = 0, errors = 0, agree = 0, compared = 0, maxMs = 0;
  const disagreements = [];
  const run = (input) => {
    const t0 = process.hrtime.bigint();
    let outcome;
    try {
      const d = new serdes.Deserializer(input);
      d._readHostObject = function () { return { host: this.readUint32() }; };
      d.readHeader();
      d.readValue();
      outcome = 'value';
      values++;
    } catch (e) {
      errors++;
      outcome = 'error';
      if (!(e instanceof Error)) failure('e', input.toString('hex').slice(0, 80), `non-Error thrown: ${e}`);
      else if (e instanceof RangeError) failure('e', input.toString('hex').slice(0, 80), `RangeError: ${e.message}`);
      else if (e.constructor !== Error && !(e instanceof SyntaxError) && !(e instanceof TypeError && e.message === 'readHostObject must return an object')) {
        failure('e', input.toString('hex').slice(0, 80), `${e.constructor.name}: ${e.message}`);
      }
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms > maxMs) maxMs = ms;
    if (ms > 2000) failure('e', input.toString('hex').slice(0, 80), `took ${ms} ms`);
    iterations++;
    // agreement with node on success/failure (informational)
    if (input.length < 4096) {
      let nodeOutcome;
      try {
        const d = new v8.Deserializer(input);
        d._readHostObject = function () { return { host: this.readUint32() }; };
        d.readHeader(); d.readValue(); nodeOutcome = 'value';
      } catch (e) { nodeOutcome = e instanceof RangeError ? 'range' : 'error'; }
      if (nodeOutcome !== 'range') {
        compared++;
        if (nodeOutcome === outcome) agree++;
        else if (disagreements.length < 8) disagreements.push(`${input.toString('hex').slice(0, 120)} ours=${outcome} node=${nodeOutcome}`);
      }
    }
  };
  for (const h of hostile) run(h);
  for (const s of seeds) for (let k = 0; k <= s.length; k++) run(s.subarray(0, k)); // every truncation of every seed
  const deadline = Date.now() + FUZZ_SECONDS * 1000;
  while (Date.now() < deadline) {
    for (let i = 0; i < 200; i++) run(mutate(seeds[int(seeds.length)]));
  }
  Object.assign(stats, { fuzzIterations: iterations, fuzzValues: values, fuzzErrors: errors, fuzzMaxMs: +maxMs.toFixed(1),
    fuzzAgreeWithNode: `${agree}/${compared}` });
  stats.fuzzDisagreementSamples = disagreements;
}

// ---- speed --------------------------------------------------------------------------------------------
function bench(label, value) {
  const rate = (fn) => {
    let n = 0;
    const t0 = process.hrtime.bigint();
    let t;
    do {
      for (let i = 0; i < 200; i++) fn();
      n += 200;
      t = Number(process.hrtime.bigint() - t0) / 1e9;
    } while (t < 0.5);
    return Math.round(n / t);
  };
  const ourBytes = plainBytes(serdes, value);
  const nodeBytes = plainBytes(v8, value);
  const r = {
    bytes: ourBytes.length,
    oursSer: rate(() => plainBytes(serdes, value)),
    oursDes: rate(() => plainRead(serdes, ourBytes)),
    nodeSer: rate(() => plainBytes(v8, value)),
    nodeDes: rate(() => plainRead(v8, Buffer.from(nodeBytes))),
  };
  console.log(`speed ${label} (${r.bytes} B): ours ser ${r.oursSer} ops/s, des ${r.oursDes} ops/s | node C++ ser ${r.nodeSer} ops/s, des ${r.nodeDes} ops/s`);
}
bench('small object', { type: 'msg', id: 42, ok: true, text: 'hello' });
{
  const nested = { users: [] };
  for (let i = 0; i < 8; i++) nested.users.push({ id: i, name: `user${i}`, tags: ['a', 'b'], score: i + 0.5, meta: { created: new Date(1e12), active: i % 2 === 0 } });
  bench('nested ~1KB object', nested);
}

console.log(JSON.stringify(stats, null, 1));
if (failures) {
  console.log(`\n${failures} FAILURES`);
  for (const f of failureSamples) console.log(f);
  process.exit(1);
}
console.log('\nALL PASS');
