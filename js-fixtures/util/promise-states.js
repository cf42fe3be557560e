'use strict';
// util.inspect and console.log of promises: pending, fulfilled and rejected with primitive results, the result of
// an async function, promises inside other values, and the same promises once they have settled.
const util = require('util');

let release;
const pending = new Promise((resolve) => { release = resolve; });
const fulfilled = [Promise.resolve(4), Promise.resolve('text "quoted"\n'), Promise.resolve(undefined),
  Promise.resolve(null), Promise.resolve(-0), Promise.resolve(10n), Promise.resolve(1e21), Promise.resolve(NaN),
  Promise.resolve(true), Promise.resolve('é😀')];
const rejected = Promise.reject('no');
rejected.catch(() => {});
const rejectedNumber = Promise.reject(7);
rejectedNumber.catch(() => {});

async function answer() { return 42; }
async function later() { await null; return 'later'; }
const a = answer();
const b = later();

console.log(pending);
console.log(fulfilled);
console.log(rejected, rejectedNumber);
console.log('async:', a, b);
console.log({ nested: { p: Promise.resolve([1, 2].length) }, list: [pending] });
console.log(util.inspect(Promise.resolve('s'), { colors: true }));
console.log(util.inspect(pending, { colors: true }));
console.log(util.format('%o|%O|%s', Promise.resolve(1), pending, Promise.resolve(2)));
console.log(util.inspect(new (class MyPromise extends Promise {})(() => {})));
console.log(util.inspect(Promise.resolve(5), { depth: 0 }));

release('done');
setTimeout(() => {
  console.log('after:', pending, b);
}, 10);
