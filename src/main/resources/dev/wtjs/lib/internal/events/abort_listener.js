'use strict';
// events.addAbortListener: runs `listener` once when `signal` aborts (on a microtask when it already has), even if
// another abort listener stops propagation. The returned object's [Symbol.dispose]() removes the listener.

const validators = require('internal/validators');
const { ERR_INVALID_ARG_TYPE: ArgType } = require('internal/errors').codes;

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

let resistStop;
function listenOnce(signal, listener) {
  resistStop ??= require('internal/event_target').kResistStopPropagation;
  signal.addEventListener('abort', listener, { __proto__: null, once: true, [resistStop]: true });
  return () => signal.removeEventListener('abort', listener);
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ArgType('signal', 'AbortSignal', signal);
  validators.validateAbortSignal(signal, 'signal');
  validators.validateFunction(listener, 'listener');

  let detach = null;
  if (signal.aborted) runSoon(() => listener());
  else detach = listenOnce(signal, listener);
  return {
    __proto__: null,
    [Symbol.dispose]() {
      detach?.();
    },
  };
}

module.exports = { __proto__: null, addAbortListener };
