'use strict';
// events.addAbortListener(signal, listener): call `listener` once when `signal` aborts, even if another abort
// listener stops the event's propagation; returns a Disposable that takes the listener back.

const { SymbolDispose } = require('internal/util');
const { validateAbortSignal, validateFunction } = require('internal/validators');
const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;

function addAbortListener(signal, fn) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(fn, 'listener');
  let undo;
  if (signal.aborted) {
    queueMicrotask(() => fn());
  } else {
    const { kResistStopPropagation } = require('internal/event_target');
    signal.addEventListener('abort', fn, { __proto__: null, once: true, [kResistStopPropagation]: true });
    undo = () => signal.removeEventListener('abort', fn);
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      undo?.();
    },
  };
}

module.exports = { __proto__: null, addAbortListener };
