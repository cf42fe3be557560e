'use strict';
// Values made in another realm (a vm context) cloned by structuredClone and sent to a worker and back: they keep
// their kinds (typed arrays, buffers, dates, regular expressions, maps, sets, errors, boxed primitives), and the
// unclonable ones (promises, functions, weak collections, symbols) throw node's DataCloneError.
const vm = require('vm');
const util = require('util');
const { Worker } = require('worker_threads');

const made = vm.runInNewContext(`({
  typed: new Uint8Array([1, 2, 3]),
  floats: new Float64Array([0.5]),
  buffer: new ArrayBuffer(2),
  view: new DataView(new ArrayBuffer(4), 1, 2),
  date: new Date(0),
  regexp: /a(b)+/gi,
  map: new Map([[1, { deep: ['x'] }]]),
  set: new Set(['s', 2]),
  error: Object.assign(new RangeError('out of range'), { stack: 'RangeError: out of range\\n    at <vm>' }),
  boxed: [new Number(3), new String('ab'), new Boolean(false), Object(10n)],
  plain: { nested: { list: [1, , 3] } },
})`);
const unclonable = vm.runInNewContext(`[Promise.resolve(1), function f() {}, new WeakMap(), new WeakSet(),
  Symbol('s'), new WeakRef({}), [1, 2][Symbol.iterator]()]`);

const show = (v) => util.inspect(v, { depth: Infinity });
console.log('structuredClone:', show(structuredClone(made)));
for (const v of unclonable) {
  try {
    structuredClone(v);
    console.log('cloned', show(v));
  } catch (e) {
    console.log(e.name, e.message);
  }
}

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  const util = require('util');
  parentPort.on('message', (m) => parentPort.postMessage([util.inspect(m, { depth: Infinity }), m]));
`, { eval: true });
worker.postMessage(made);
worker.once('message', ([seen, back]) => {
  console.log('the worker saw:', seen);
  console.log('back again:', show(back));
  console.log('kinds:', util.types.isUint8Array(back.typed), util.types.isDate(back.date), util.types.isRegExp(back.regexp),
    util.types.isMap(back.map), back.error instanceof RangeError);
  try {
    worker.postMessage(unclonable[0]);
  } catch (e) {
    console.log('postMessage:', e.name, e.message);
  }
  worker.terminate();
});
