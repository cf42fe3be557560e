'use strict';
// The global structuredClone uses the same algorithm as postMessage, and honours transfer.
require('../common');
const assert = require('assert');

const src = { m: new Map([[1, { deep: true }]]), d: new Date(5), list: [1, 2] };
src.self = src;
const copy = structuredClone(src);
assert.notStrictEqual(copy, src);
assert.strictEqual(copy.self, copy);
assert.deepStrictEqual(copy.m.get(1), { deep: true });
assert.strictEqual(copy.d.getTime(), 5);

const ab = new ArrayBuffer(4);
const moved = structuredClone(ab, { transfer: [ab] });
assert.strictEqual(ab.byteLength, 0);
assert.strictEqual(moved.byteLength, 4);
