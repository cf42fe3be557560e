'use strict';
// isDeepStrictEqual / deepEqual truth table: prototypes, tags, boxed values, errors, cycles, Maps and Sets,
// typed arrays, dates, regexps, symbol keys, holes.
const assert = require('assert');
const util = require('util');

const loose = (a, b) => {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
};

class Foo { constructor() { this.a = 1; } }
class Bar { constructor() { this.a = 1; } }
const cyc1 = { a: 1 }; cyc1.self = cyc1;
const cyc2 = { a: 1 }; cyc2.self = cyc2;
const cyc3 = { a: 1 }; cyc3.self = { a: 1, self: cyc3 };
const sym = Symbol('s');
const hidden = {}; Object.defineProperty(hidden, sym, { value: 1 });
const wm = new WeakMap();

const pairs = {
  'cycles same shape': [cyc1, cyc2], 'cycles other depth': [cyc1, cyc3],
  'invalid dates': [new Date(NaN), new Date(NaN)], 'dates': [new Date(0), new Date(1)],
  'date with prop': [Object.assign(new Date(0), { x: 1 }), new Date(0)],
  'weakmaps': [new WeakMap(), new WeakMap()], 'same weakmap': [wm, wm],
  'float 0 -0': [new Float64Array([0]), new Float64Array([-0])], 'float NaN': [new Float64Array([NaN]), new Float64Array([NaN])],
  'boxed 0 -0': [new Number(0), new Number(-0)], 'boxed NaN': [new Number(NaN), new Number(NaN)],
  'boxed vs primitive': [new Number(1), 1], 'boxed strings': [new String('a'), new String('a')],
  '0 -0': [0, -0], '[0] [-0]': [[0], [-0]], 'set 0 -0': [new Set([0]), new Set([-0])],
  'null undefined': [null, undefined], 'loose set': [new Set([1, '2']), new Set(['1', 2])],
  'loose map': [new Map([[1, 1]]), new Map([['1', '1']])], 'string number': ['1', 1],
  'errors': [new Error('a'), new Error('a')], 'error causes': [new Error('a', { cause: 1 }), new Error('a', { cause: 2 })],
  'error names': [new TypeError('x'), new Error('x')], 'error vs object': [new Error('x'), { message: 'x', name: 'Error' }],
  'array extra prop': [Object.assign([1], { x: 1 }), [1]], 'proto with Object ctor': [Object.create({ inh: 1 }), {}],
  'class vs plain': [new Foo(), { a: 1 }], 'two classes': [new Foo(), new Bar()], 'null proto': [Object.create(null), {}],
  'undefined key': [{ a: undefined }, {}], 'hidden symbol': [hidden, {}],
  'symbol keys': [{ [sym]: 1 }, { [sym]: 2 }], 'getter': [{ get x() { return 1; } }, { x: 1 }],
  'functions': [function f() {}, function f() {}], 'regexp lastIndex': [/a/g, Object.assign(/a/g, { lastIndex: 2 })],
  'regexp flags': [/a/, /a/i], 'buffer vs uint8': [Buffer.from('ab'), new Uint8Array([97, 98])],
  'holes': [[1, , 3], [1, undefined, 3]], 'arguments vs array': [(function() { return arguments; })(1), [1]], // eslint-disable-line no-sparse-arrays
  'set of objects': [new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])],
  'map object keys': [new Map([[{ a: 1 }, 1], [{ a: 1 }, 2]]), new Map([[{ a: 1 }, 2], [{ a: 1 }, 1]])],
  'nested': [{ a: [1, 2, { b: new Date(5) }] }, { a: [1, 2, { b: new Date(5) }] }],
  'array buffers': [new ArrayBuffer(4), new ArrayBuffer(4)], 'array buffer sizes': [new ArrayBuffer(4), new ArrayBuffer(5)],
  'null item': [[1, { a: 1 }], [null, null]], 'urls': [new URL('http://a/'), new URL('http://a')], 'urls differ': [new URL('http://a/'), new URL('http://b/')],
};
for (const [label, [a, b]] of Object.entries(pairs)) {
  console.log(label.padEnd(24), util.isDeepStrictEqual(a, b), util.isDeepStrictEqual(b, a), loose(a, b), loose(b, a));
}
const partial = (a, b) => {
  try {
    assert.partialDeepStrictEqual(a, b);
    return true;
  } catch {
    return false;
  }
};
console.log('partial', partial({ a: 1, b: 2 }, { a: 1 }), partial([1, 2, 3], [1, 3]), partial([1, 2, 3], [3, 1]),
            partial(new Set([1, 2]), new Set([2])), partial(new Map([[1, { x: 1, y: 2 }]]), new Map([[1, { x: 1 }]])),
            partial({ a: { b: 1, c: 2 } }, { a: { b: 2 } }));
