'use strict';
// A worker's uncaught error whose properties cannot all be cloned (a function inside an array, which node's error
// record keeps) travels as the serializer clones an error: a real error of a standard class (another name makes it
// an Error) with its message, stack and cause only. When its cause cannot be cloned either, the parent gets the
// error's inspect text, starting with the throwing line and its caret.
const { Worker } = require('worker_threads');
const util = require('util');

const thrown = [
  "new TypeError('m', { cause: 'str' }), { code: 'X', extra: [() => {}] }",
  "new TypeError('m', { cause: new RangeError('in') }), { extra: [() => {}] }",
  "new TypeError('m'), { cause: 5, extra: [() => {}] }",
  "new TypeError('m'), { name: 'Custom', extra: [() => {}] }",
  "new TypeError('m', { cause: Symbol('s') }), { extra: [() => {}] }",
  "new TypeError('m', { cause: { f() {} } }), { extra: [() => {}] }",
  "new TypeError('m', { cause: [() => 1] }), { extra: [() => {}] }",
  "new TypeError('m', { cause: [() => 1] }), {}",
  "new RangeError('m'), { extra: [() => {}], code: 'E' }",
];
const noFrames = (text) => text.split('\n').filter((line) => !/^\s+at |^\s+'\s+at /.test(line)).join('\n');
let i = 0;
function next() {
  if (i === thrown.length) return;
  const source = thrown[i++];
  const worker = new Worker(`throw Object.assign(${source});`, { eval: true });
  worker.on('error', (e) => {
    if (typeof e === 'string') {
      console.log(i, 'string', noFrames(e));
      return;
    }
    console.log(i, typeof e, Object.prototype.toString.call(e), e instanceof Error, e.constructor.name, e.name,
      e.message, Object.keys(e), Object.getOwnPropertyNames(e).sort());
    console.log(i, 'cause', noFrames(util.inspect(e.cause)));
    console.log(i, 'shown', noFrames(util.inspect(e)).split('\n')[0]);
  });
  worker.on('exit', (code) => {
    console.log(i, 'exit', code);
    next();
  });
}
next();
