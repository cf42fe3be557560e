'use strict';
// Objects marked untransferable (worker_threads.markAsUntransferable, Buffer's pool): a transfer copies them instead
// of moving them. node marks them with a V8 private symbol, which no script sees (not even util.inspect with
// showHidden); a WeakSet is as invisible.

const { SafeWeakSet } = primordials;

const marked = new SafeWeakSet();

function markAsUntransferable(obj) {
  if ((typeof obj === 'object' && obj !== null) || typeof obj === 'function') marked.add(obj);
}

function isMarkedAsUntransferable(obj) {
  return (typeof obj === 'object' && obj !== null) || typeof obj === 'function' ? marked.has(obj) : false;
}

module.exports = { markAsUntransferable, isMarkedAsUntransferable };
