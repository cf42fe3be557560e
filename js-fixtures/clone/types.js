'use strict';
// Structured clone of every cloneable kind: through a worker (there and back) and through structuredClone.
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (!isMainThread) {
  parentPort.on('message', (v) => parentPort.postMessage(v));
  return;
}

class Point { constructor() { this.x = 1; this.y = 2; } get sum() { return this.x + this.y; } }
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }

function cases() {
  const list = [];
  const add = (name, make, check) => list.push({ name, make, check });
  add('undefined', () => undefined, (v) => v === undefined);
  add('null', () => null, (v) => v === null);
  add('true', () => true, (v) => v === true);
  add('false', () => false, (v) => v === false);
  add('number', () => 3.25, (v) => v === 3.25);
  add('int', () => -7, (v) => v === -7);
  add('-0', () => -0, (v) => Object.is(v, -0));
  add('NaN', () => NaN, (v) => Number.isNaN(v));
  add('Infinity', () => Infinity, (v) => v === Infinity);
  add('-Infinity', () => -Infinity, (v) => v === -Infinity);
  add('string', () => 'héllo €𝄞', (v) => v === 'héllo €𝄞');
  add('lone surrogates', () => 'a\uD800b\uDC00c\uDFFF', (v) => v === 'a\uD800b\uDC00c\uDFFF' && v.length === 6);
  add('empty string', () => '', (v) => v === '');
  add('BigInt', () => 123456789012345678901234567890n, (v) => v === 123456789012345678901234567890n);
  add('negative BigInt', () => -(2n ** 70n), (v) => v === -(2n ** 70n));
  add('Number box', () => new Number(-0), (v) => typeof v === 'object' && v instanceof Number && Object.is(v.valueOf(), -0));
  add('String box', () => new String('box'), (v) => v instanceof String && v.valueOf() === 'box');
  add('Boolean box', () => new Boolean(false), (v) => v instanceof Boolean && v.valueOf() === false);
  add('BigInt box', () => Object(5n), (v) => typeof v === 'object' && v.valueOf() === 5n);
  add('plain object', () => ({ a: 1, b: 'two', c: [3], d: { e: null } }),
    (v) => JSON.stringify(v) === '{"a":1,"b":"two","c":[3],"d":{"e":null}}');
  add('getter invoked', () => { let n = 0; return { get g() { n++; return 'got' + n; } }; },
    (v) => Object.getOwnPropertyDescriptor(v, 'g').value === 'got1');
  add('class instance arrives plain', () => new Point(),
    (v) => Object.getPrototypeOf(v) === Object.prototype && v.x === 1 && v.y === 2 && v.sum === undefined);
  add('non-enumerable dropped', () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }),
    (v) => v.a === 1 && !('hidden' in v));
  add('symbol keys dropped', () => ({ a: 1, [Symbol('s')]: 2 }), (v) => Object.getOwnPropertySymbols(v).length === 0 && v.a === 1);
  add('integer keys', () => ({ 2: 'b', 1: 'a', x: 'x' }), (v) => Object.keys(v).join() === '1,2,x');
  add('array with holes and props', () => { const a = [1, , 3]; a.length = 5; a.extra = 'e'; return a; },
    (v) => Array.isArray(v) && v.length === 5 && !(1 in v) && v[2] === 3 && !(4 in v) && v.extra === 'e');
  add('sparse array', () => { const a = []; a[1000] = 'x'; return a; }, (v) => v.length === 1001 && v[1000] === 'x' && Object.keys(v).length === 1);
  add('Date', () => new Date(Date.UTC(2020, 1, 29, 12, 34, 56, 789)), (v) => v instanceof Date && v.toISOString() === '2020-02-29T12:34:56.789Z');
  add('invalid Date', () => new Date(NaN), (v) => v instanceof Date && Number.isNaN(v.getTime()));
  add('RegExp', () => /a+b?[c-d]/gimsuy, (v) => v instanceof RegExp && v.source === 'a+b?[c-d]' && v.flags === 'gimsuy' && v.lastIndex === 0);
  add('RegExp lastIndex reset', () => { const r = /x/g; r.lastIndex = 3; return r; }, (v) => v.lastIndex === 0);
  add('Map', () => new Map([[1, 'one'], ['k', { v: 2 }], [NaN, null]]),
    (v) => v instanceof Map && v.size === 3 && v.get(1) === 'one' && v.get('k').v === 2 && v.has(NaN) && [...v.keys()].length === 3);
  add('Set', () => new Set([1, 'a', -0, undefined]), (v) => v instanceof Set && v.size === 4 && v.has(0) && v.has(undefined));
  add('ArrayBuffer', () => new Uint8Array([1, 2, 3, 250]).buffer,
    (v) => v instanceof ArrayBuffer && v.byteLength === 4 && new Uint8Array(v).join() === '1,2,3,250');
  add('empty ArrayBuffer', () => new ArrayBuffer(0), (v) => v instanceof ArrayBuffer && v.byteLength === 0);
  for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array]) {
    const big = T.name.startsWith('Big');
    add(T.name, () => { const a = new T(4); a[0] = big ? -1n : -1; a[1] = big ? 2n : 2.5; a[3] = big ? 9n : 200; return a; },
      (v) => v instanceof T && v.length === 4 && v.byteOffset === 0 && v.buffer.byteLength === 4 * T.BYTES_PER_ELEMENT);
  }
  add('typed array view at offset', () => new Int16Array(new ArrayBuffer(16), 4, 3),
    (v) => v instanceof Int16Array && v.byteOffset === 4 && v.length === 3 && v.buffer.byteLength === 16);
  add('DataView', () => { const d = new DataView(new ArrayBuffer(8), 2, 4); d.setUint16(0, 0xbeef); return d; },
    (v) => v instanceof DataView && v.byteOffset === 2 && v.byteLength === 4 && v.getUint16(0) === 0xbeef);
  add('two views share one buffer', () => { const b = new ArrayBuffer(8); return { a: new Uint8Array(b), d: new DataView(b, 4), b }; },
    (v) => { v.a[5] = 77; return v.a.buffer === v.d.buffer && v.b === v.a.buffer && v.d.getUint8(1) === 77; });
  add('Error', () => new Error('plain'), (v) => v instanceof Error && v.name === 'Error' && v.message === 'plain' && typeof v.stack === 'string');
  for (const E of [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
    add(E.name, () => new E('m ' + E.name), (v) => Object.getPrototypeOf(v) === E.prototype && v.name === E.name && v.message === 'm ' + E.name);
  }
  add('Error with cause', () => new Error('outer', { cause: new TypeError('inner') }),
    (v) => v.message === 'outer' && v.cause instanceof TypeError && v.cause.message === 'inner');
  add('Error cause primitive', () => new Error('o', { cause: 42 }), (v) => v.cause === 42);
  add('Error subclass', () => new MyError('mine'),
    (v) => Object.getPrototypeOf(v) === Error.prototype && v.message === 'mine');
  add('Error without message', () => new RangeError(), (v) => v instanceof RangeError && !Object.prototype.hasOwnProperty.call(v, 'message'));
  add('Error extra prop dropped', () => Object.assign(new Error('x'), { code: 'E1' }), (v) => v.code === undefined);
  add('cycle', () => { const o = { name: 'o' }; o.self = o; o.arr = [o]; return o; },
    (v) => v.self === v && v.arr[0] === v);
  add('repeated references', () => { const s = { s: 1 }; return [s, s, { s }]; },
    (v) => v[0] === v[1] && v[2].s === v[0]);
  add('Map cycle', () => { const m = new Map(); m.set('me', m); m.set(m, 'key'); return m; },
    (v) => v.get('me') === v && v.get(v) === 'key');
  add('nested', () => ({ list: [new Map([['s', new Set([new Date(0)])]])] }),
    (v) => v.list[0].get('s').values().next().value.getTime() === 0);
  return list;
}

function desc(v) {
  if (typeof v === 'bigint') return v + 'n';
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null || typeof v !== 'object') return String(v);
  const p = Object.getPrototypeOf(v);
  return (p && p.constructor ? p.constructor.name : 'null-proto') + ' keys=' + Object.keys(v).filter((k) => !/^\d+$/.test(k)).join(',');
}

const list = cases();
for (const c of list) {
  const v = structuredClone(c.make());
  console.log('structuredClone', c.name + ':', c.check(v) ? 'ok' : 'FAIL', desc(v));
}

const w = new Worker(__filename);
let i = 0;
w.on('message', (v) => {
  const c = list[i++];
  console.log('worker', c.name + ':', c.check(v) ? 'ok' : 'FAIL', desc(v));
  if (i === list.length) w.terminate();
});
for (const c of list) w.postMessage(c.make());

console.log('inspect:', structuredClone({ d: new Date(0), r: /x/g, m: new Map([[1, 2]]), s: new Set([1]), n: -0, b: 1n, u: [1, , 3] }));
