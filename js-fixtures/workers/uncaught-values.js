'use strict';
// What a worker's uncaught throw looks like on the parent's 'error' event: an error's stack starts with the
// throwing line and a caret (as node prints an uncaught error), other values arrive cloned, and what cannot be
// cloned arrives as node sends it (a symbol as a symbol, a function or a promise as its inspect text); so does an
// error's cause, and an error with a property that cannot be cloned arrives with only its message and stack.
const { Worker } = require('worker_threads');
const util = require('util');

const thrown = ['new Error("plain")', '"a string"', '42', 'null', 'undefined', '{ a: 1, nested: { b: [1, 2] } }',
  'Object.assign(new RangeError("r"), { code: "E_CODE", extra: { x: 1 } })', 'Symbol("s")', '() => 1',
  'new Map([[1, 2]])', 'Object.assign(new Error("with fn"), { fn() {} })', 'new (class MyError extends Error {})("mine")',
  'new AggregateError([new Error("x")], "agg")', 'Promise.resolve(1)', '{ fn() {} }',
  '  (() => { throw new TypeError("nested"); })()', 'new Error("c", { cause: Promise.resolve(2) })',
  'new Error("c", { cause: new RangeError("inner", { cause: Symbol("deep") }) })', 'Symbol("é")',
  'Object.assign(new RangeError("e"), { p: Promise.resolve(1), ok: 1 })'];
let i = 0;
function next() {
  if (i === thrown.length) return;
  const source = thrown[i++];
  const worker = new Worker(`const x = 1;\nthrow ${source};`, { eval: true });
  worker.on('error', (e) => {
    // (the stack's frames are the engine's, and so how many a cause shares: only its first lines are node's)
    const shown = util.inspect(e).split('\n').filter((line) => !/^\s+at |lines matching cause stack/.test(line))
      .join('\n');
    console.log(i, source, '->', typeof e, e?.constructor?.name, shown);
    if (e instanceof Error) console.log(i, 'own', Object.getOwnPropertyNames(e), util.inspect(e.cause).split('\n')[0]);
  });
  worker.on('exit', (code) => {
    console.log(i, 'exit', code);
    next();
  });
}
next();
