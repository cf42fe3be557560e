'use strict';
// The untransferable mark (markAsUntransferable, Buffer's pool) is invisible, as node's private symbol: no own
// symbol on the buffer, nothing under util.inspect's showHidden; it still refuses a transfer.
const util = require('util');
const { markAsUntransferable, isMarkedAsUntransferable } = require('worker_threads');

const small = Buffer.from([1, 2, 3]);
console.log(Object.getOwnPropertySymbols(small.buffer), isMarkedAsUntransferable(small.buffer));
console.log(util.inspect(small, { customInspect: false, showHidden: true }));
const own = new ArrayBuffer(4);
markAsUntransferable(own);
console.log(isMarkedAsUntransferable(own), Reflect.ownKeys(own), isMarkedAsUntransferable(1), isMarkedAsUntransferable({}));
try {
  structuredClone(own, { transfer: [own] });
} catch (e) {
  console.log(e.name, e.message);
}
