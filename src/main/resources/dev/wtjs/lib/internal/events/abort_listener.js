'use strict';
// events.addAbortListener(signal, listener): call `listener` once when `signal` aborts, even if another abort
// listener stops the event's propagation; returns a Disposable that takes the listener back.

const { SymbolDispose } = require('internal/util');
const { validateAbortSignal, validateFunction } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let undo;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    const { kResistStopPropagation } = require('internal/event_target');
    signal.addEventListener('abort', listener, { __proto__: null, once: true, [kResistStopPropagation]: true });
    undo = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      undo?.();
    },
  };
}

module.exports = { __proto__: null, addAbortListener };
