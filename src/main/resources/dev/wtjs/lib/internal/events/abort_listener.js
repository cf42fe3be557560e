'use strict';
// events.addAbortListener: runs `listener` once when `signal` aborts (on a microtask when it already has), even if
// another abort listener stops propagation. The returned object's [Symbol.dispose]() removes the listener.

const { SymbolDispose } = require('internal/util');
const { validateAbortSignal, validateFunction } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

let microtask;
function runSoon(fn) {
  if (microtask === undefined) {
    try {
      microtask = require('internal/process/task_queues').queueMicrotask;
    } catch {
      microtask = globalThis.queueMicrotask;
    }
  }
  microtask(fn);
}

let kResistStopPropagation;

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let detach = null;
  if (signal.aborted) {
    runSoon(() => listener());
  } else {
    kResistStopPropagation ??= require('internal/event_target').kResistStopPropagation;
    signal.addEventListener('abort', listener, { __proto__: null, once: true, [kResistStopPropagation]: true });
    detach = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      detach?.();
    },
  };
}

module.exports = { __proto__: null, addAbortListener };
