'use strict';
// process.nextTick and queueMicrotask. Promise jobs belong to GraalJS; the Java loop alternates the two as
// node does: after each callback, all nextTicks, then all promise jobs, until both are empty (Agent.call).

const host = internalBinding('host');
const asyncContext = require('internal/async_context');
let queue = [];
let head = 0;
let scheduled = false;

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (process._exiting) return;
  const snapshot = asyncContext.capture();
  if (snapshot !== undefined) queue.push(() => asyncContext.runWithin(snapshot, callback, undefined, args));
  else queue.push(args.length === 0 ? callback : () => callback(...args));
  if (!scheduled) {
    scheduled = true;
    host.scheduleTicks();
  }
}

// Runs every queued tick, including those queued meanwhile. A throwing tick leaves the rest for the next round.
function processTicks() {
  scheduled = false;
  while (head < queue.length) {
    const cb = queue[head];
    queue[head++] = undefined;
    if (head === queue.length) {
      queue = [];
      head = 0;
    } else if (!scheduled) {
      scheduled = true;
      host.scheduleTicks();
    }
    cb();
  }
  scheduled = false;
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      require('internal/process/execution').triggerUncaughtException(err);
    }
  });
}

module.exports = { nextTick, processTicks, queueMicrotask };
