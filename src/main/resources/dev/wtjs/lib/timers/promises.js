'use strict';
// timers/promises: setTimeout and setImmediate as promises, setInterval as an async iterator, and the
// experimental scheduler (wait/yield), written to node 24's behaviour over wtjs's internal/timers.

const { Timeout, insert, setImmediate: queueImmediate } = require('internal/timers');
const { clearImmediate, clearTimeout } = require('timers');
const { AbortError, codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } } = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateObject, validateNumber } = require('internal/validators');
const noOptions = require('internal/util').kEmptyObject;

let resistKey;
function abortListenOptions(once) {
  resistKey ??= require('internal/event_target').kResistStopPropagation;
  return { __proto__: null, once, [resistKey]: true };
}

// The options every function here takes: { signal, ref }. Throws what node rejects with.
function readOptions(opts) {
  validateObject(opts, 'options');
  const { signal, ref = true } = opts;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (opts.ref !== undefined) validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function abortedBy(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// A promise settled by `start(resolve)` (which returns the timer or immediate) unless `signal` aborts first.
function cancellable(signal, start, clear) {
  if (signal?.aborted) return Promise.reject(abortedBy(signal));
  if (signal === undefined) return new Promise((resolve) => { start(resolve); });
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const handle = start(resolve);
    onAbort = () => {
      if (handle._destroyed) return;
      clear(handle);
      reject(abortedBy(signal));
    };
    signal.addEventListener('abort', onAbort, abortListenOptions(false));
  });
  return promise.finally(() => signal.removeEventListener('abort', onAbort));
}

function setTimeout(ms, value, options = noOptions) {
  let opts;
  try {
    if (ms !== undefined) validateNumber(ms, 'delay');
    opts = readOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return cancellable(opts.signal, (resolve) => {
    const timer = new Timeout(resolve, ms, [value], false, opts.ref);
    insert(timer);
    return timer;
  }, clearTimeout);
}

function setImmediate(value, given = noOptions) {
  let opts;
  try {
    opts = readOptions(given);
  } catch (err) {
    return Promise.reject(err);
  }
  return cancellable(opts.signal, (resolve) => {
    const immediate = queueImmediate(resolve, value);
    if (!opts.ref) immediate.unref();
    return immediate;
  }, clearImmediate);
}

// Yields `value` once per tick of the interval; ticks that came while the consumer was busy are yielded one after
// another. Aborting the signal ends the iteration with an AbortError.
async function* setInterval(delay, value, options = noOptions) {
  if (delay !== undefined) validateNumber(delay, 'delay');
  const { signal, ref } = readOptions(options);
  if (signal?.aborted) throw abortedBy(signal);

  let ticks = 0;
  let wake; // resolves the consumer's wait for the next tick
  const timer = new Timeout(() => {
    ticks++;
    wake?.();
    wake = undefined;
  }, delay, undefined, true, ref);
  const onAbort = () => {
    clearTimeout(timer);
    wake?.();
    wake = undefined;
  };
  try {
    insert(timer);
    signal?.addEventListener('abort', onAbort, abortListenOptions(true));
    for (;;) {
      if (ticks === 0 && !signal?.aborted) await new Promise((resolve) => { wake = resolve; });
      if (signal?.aborted) break;
      for (; ticks > 0; ticks--) yield value;
    }
    throw abortedBy(signal);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

const [kScheduler, kMakeScheduler] = [Symbol('kScheduler'), Symbol('kMakeScheduler')];

class Scheduler {
  constructor(key = undefined) {
    if (key !== kMakeScheduler) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kScheduler] = true;
  }

  yield() {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(ms, opts) {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(ms, undefined, opts);
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: new Scheduler(kMakeScheduler),
};
