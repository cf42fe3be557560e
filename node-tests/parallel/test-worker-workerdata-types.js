'use strict';
// workerData carries the structured-clone types: Map, Set, Date, RegExp, BigInt, typed arrays, cycles.
const common = require('../common');
const assert = require('assert');
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');

function make() {
  const o = {
    map: new Map([[1, 'one'], ['k', { v: 2 }]]),
    set: new Set([1, 'a', 3n]),
    date: new Date(0),
    re: /ab+c/gi,
    big: 12345678901234567890n,
    u8: new Uint8Array([1, 2, 3]),
    f64: new Float64Array([1.5, -0]),
    undef: undefined,
    neg0: -0,
  };
  o.self = o;
  return o;
}

if (isMainThread) {
  const w = new Worker(__filename, { workerData: make() });
  w.on('message', common.mustCall((m) => assert.strictEqual(m, 'ok')));
  w.on('error', common.mustNotCall());
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
} else {
  const d = workerData;
  assert.strictEqual(d.self, d);
  assert.ok(d.map instanceof Map);
  assert.deepStrictEqual([...d.map], [[1, 'one'], ['k', { v: 2 }]]);
  assert.deepStrictEqual([...d.set], [1, 'a', 3n]);
  assert.ok(d.date instanceof Date);
  assert.strictEqual(d.date.getTime(), 0);
  assert.ok(d.re instanceof RegExp);
  assert.strictEqual(d.re.source, 'ab+c');
  assert.strictEqual(d.re.flags, 'gi');
  assert.strictEqual(d.big, 12345678901234567890n);
  assert.ok(d.u8 instanceof Uint8Array);
  assert.deepStrictEqual([...d.u8], [1, 2, 3]);
  assert.ok(Object.is(d.f64[1], -0));
  assert.ok('undef' in d);
  assert.ok(Object.is(d.neg0, -0));
  parentPort.postMessage('ok');
}
