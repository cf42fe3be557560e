'use strict';
// async_hooks: AsyncLocalStorage and AsyncResource over the engine's async context, plus ids and hooks.
// Ids: every AsyncResource gets its own; the execution id is the running resource's (1 at the top level).
// createHook returns a working enable/disable pair; its callbacks see the AsyncResources made here.

const { codes } = require('internal/errors');
const context = require('internal/async_context');

const TOP_LEVEL_ID = 1;
let nextId = TOP_LEVEL_ID + 1;
let executionId = TOP_LEVEL_ID;
let triggerId = 0;
let currentResource = {};
const enabledHooks = new Set();

function notify(kind, ...args) {
  for (const hook of enabledHooks) {
    const fn = hook.callbacks[kind];
    if (typeof fn === 'function') fn(...args);
  }
}

function checkFunction(name, value) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

class AsyncLocalStorage {
  #variable;
  #enabled = true;
  #entered = undefined;

  constructor() {
    context.markInUse();
    this.#variable = context.engine ? new context.engine.Variable({ name: 'AsyncLocalStorage' }) : null;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const resource = new AsyncResource('AsyncLocalStorageSnapshot');
    return (fn, ...args) => resource.runInAsyncScope(fn, undefined, ...args);
  }

  getStore() {
    if (!this.#enabled) return undefined;
    const box = this.#variable ? this.#variable.get() : undefined;
    return box !== undefined ? box.store : this.#entered?.store;
  }

  run(store, callback, ...args) {
    this.#enabled = true;
    const box = { store };
    if (!this.#variable) return callback(...args);
    return this.#variable.run(box, callback, ...args);
  }

  exit(callback, ...args) {
    if (!this.#variable) return callback(...args);
    return this.#variable.run({ store: undefined }, callback, ...args);
  }

  // Sets the store for the rest of the current synchronous run and what it schedules from here on, as far as
  // a value outside any run() goes: inside a run() the run's store wins.
  enterWith(store) {
    this.#enabled = true;
    this.#entered = { store };
  }

  disable() {
    this.#enabled = false;
    this.#entered = undefined;
  }
}

class AsyncResource {
  #snapshot;
  #asyncId;
  #triggerId;
  #type;

  constructor(type, options = {}) {
    if (typeof type !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
    if (typeof options === 'number') options = { triggerAsyncId: options };
    context.markInUse();
    this.#type = type;
    this.#snapshot = context.capture();
    this.#asyncId = nextId++;
    this.#triggerId = options?.triggerAsyncId ?? executionId;
    notify('init', this.#asyncId, type, this.#triggerId, this);
  }

  static bind(fn, type, thisArg) {
    return new AsyncResource(type || fn.name || 'bound-anonymous-fn').bind(fn, thisArg);
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const saved = [executionId, triggerId, currentResource];
    executionId = this.#asyncId;
    triggerId = this.#triggerId;
    currentResource = this;
    notify('before', this.#asyncId);
    try {
      return context.runWithin(this.#snapshot, fn, thisArg, args);
    } finally {
      notify('after', this.#asyncId);
      [executionId, triggerId, currentResource] = saved;
    }
  }

  bind(fn, thisArg) {
    checkFunction('fn', fn);
    const resource = this;
    const bound = thisArg === undefined
      ? function(...args) { return resource.runInAsyncScope(fn, this, ...args); }
      : (...args) => resource.runInAsyncScope(fn, thisArg, ...args);
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: { configurable: true, enumerable: true, value: this, writable: true },
    });
    return bound;
  }

  emitDestroy() {
    notify('destroy', this.#asyncId);
    return this;
  }

  asyncId() {
    return this.#asyncId;
  }

  triggerAsyncId() {
    return this.#triggerId;
  }
}

class AsyncHook {
  constructor(callbacks) {
    this.callbacks = callbacks;
  }

  enable() {
    enabledHooks.add(this);
    return this;
  }

  disable() {
    enabledHooks.delete(this);
    return this;
  }
}

function createHook(callbacks = {}) {
  for (const kind of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
    if (callbacks[kind] !== undefined) checkFunction(`hook.${kind}`, callbacks[kind]);
  }
  return new AsyncHook(callbacks);
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  createHook,
  executionAsyncId: () => executionId,
  triggerAsyncId: () => triggerId,
  executionAsyncResource: () => currentResource,
  asyncWrapProviders: Object.freeze({ __proto__: null, NONE: 0 }),
};
