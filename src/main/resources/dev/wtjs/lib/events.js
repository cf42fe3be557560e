'use strict';
// The `events` module: EventEmitter and its static helpers (once, on, getEventListeners, ...), written to node
// 24's documented behaviour. Listeners live in `this._events` (a null-prototype object: one listener is stored as
// the function itself, several as an array) because user code and older libraries read those fields directly.

const errorsModule = require('internal/errors');
const { AbortError, kEnhanceStackBeforeInspector } = errorsModule;
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNHANDLED_ERROR } = errorsModule.codes;
const validators = require('internal/validators');
const { validateInteger, validateAbortSignal, validateBoolean, validateFunction, validateNumber } = validators;
const { inspect, identicalSequenceRange } = require('internal/util/inspect');
const addAbortListener = require('internal/events/abort_listener').addAbortListener;
const sharedKeys = require('internal/events/symbols');
const { kFirstEventParam, kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = sharedKeys;

// (The descriptions are what inspect shows of an emitter's own symbol keys.)
const [kCapture, kShapeMode, kErrorMonitor] = ['kCapture', 'shapeMode', 'events.errorMonitor'].map((d) => Symbol(d));
const kRejection = Symbol.for('nodejs.rejection');
const kWatermarkData = Symbol.for('nodejs.watermarkData');

let maxListenersDefault = 10;

let eventTargetModule;
function eventTargetApi() {
  eventTargetModule ??= require('internal/event_target');
  return eventTargetModule;
}

function freshStore() {
  return { __proto__: null };
}

function EventEmitter(options) {
  Reflect.apply(EventEmitter.init, this, [options]);
}

// Gives `this` an own, empty listener store unless it already has one (a subclass may set _events first: then
// the store keeps its shape, and removed types are set to undefined rather than deleted).
EventEmitter.init = function init(options) {
  const own = this._events;
  const fresh = own === undefined || own === Object.getPrototypeOf(this)?._events;
  if (fresh) {
    this._events = freshStore();
    this._eventsCount = 0;
  }
  this[kShapeMode] = !fresh;
  if (!this._maxListeners) this._maxListeners = undefined;
  const capture = options?.captureRejections;
  if (capture) validateBoolean(capture, 'options.captureRejections');
  this[kCapture] = capture ? true : EventEmitter.prototype[kCapture];
};

Object.defineProperty(EventEmitter.prototype, kCapture, {
  __proto__: null, value: false, writable: true, enumerable: false,
});
Object.assign(EventEmitter.prototype, { _events: undefined, _eventsCount: 0, _maxListeners: undefined });

function currentMax(emitter) {
  return emitter._maxListeners === undefined ? maxListenersDefault : emitter._maxListeners;
}

function requireListener(fn) {
  validateFunction(fn, 'listener');
}

// ---- the prototype ----

const methods = {
  setMaxListeners(limit) {
    validateNumber(limit, 'setMaxListeners', 0);
    this._maxListeners = limit;
    return this;
  },

  getMaxListeners() {
    return currentMax(this);
  },

  emit(type, ...args) {
    const store = this._events;
    if (type === 'error') {
      if (store?.[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
      if (store?.error === undefined) throwUnhandled(this, args);
    }
    if (store === undefined) return false;
    const entry = store[type];
    if (entry === undefined) return false;
    if (typeof entry === 'function') {
      callListener(this, entry, type, args);
    } else {
      const snapshot = entry.slice();
      for (let i = 0; i < snapshot.length; i++) callListener(this, snapshot[i], type, args);
    }
    return true;
  },

  addListener(name, fn) {
    return insertListener(this, name, fn, false);
  },

  prependListener(name, fn) {
    return insertListener(this, name, fn, true);
  },

  once(name, fn) {
    requireListener(fn);
    return this.on(name, wrapOnce(this, name, fn));
  },

  prependOnceListener(name, fn) {
    requireListener(fn);
    return this.prependListener(name, wrapOnce(this, name, fn));
  },

  removeListener(type, listener) {
    requireListener(listener);
    const store = this._events;
    const entry = store?.[type];
    if (entry === undefined) return this;
    if (entry === listener || entry.listener === listener) {
      dropType(this, store, type, entry.listener || listener);
      return this;
    }
    if (typeof entry === 'function') return this;
    let at = -1;
    for (let i = entry.length - 1; i >= 0; i--) {
      if (entry[i] === listener || entry[i].listener === listener) {
        at = i;
        break;
      }
    }
    if (at < 0) return this;
    entry.splice(at, 1);
    if (entry.length === 1) store[type] = entry[0];
    if (store.removeListener !== undefined) this.emit('removeListener', type, listener);
    return this;
  },

  removeAllListeners(name) {
    const type = name;
    const store = this._events;
    if (store === undefined) return this;
    const all = arguments.length === 0;
    if (store.removeListener === undefined) {
      if (all) {
        this._events = freshStore();
        this._eventsCount = 0;
      } else if (store[type] !== undefined) {
        if (--this._eventsCount === 0) this._events = freshStore();
        else delete store[type];
      }
      return unshape(this);
    }
    if (all) {
      // 'removeListener' itself last, so that its listeners hear of all the others.
      const order = Reflect.ownKeys(store).filter((key) => key !== 'removeListener');
      order.push('removeListener');
      for (const key of order) this.removeAllListeners(key);
      this._events = freshStore();
      this._eventsCount = 0;
      return unshape(this);
    }
    const entry = store[type];
    if (typeof entry === 'function') {
      this.removeListener(type, entry);
    } else if (entry !== undefined) {
      for (let i = entry.length - 1; i >= 0; i--) this.removeListener(type, entry[i]);
    }
    return this;
  },

  listeners(type) {
    return listenersOf(this, type, true);
  },

  rawListeners(type) {
    return listenersOf(this, type, false);
  },

  listenerCount(type, listener) {
    const entry = this._events?.[type];
    if (entry === undefined) return 0;
    const matches = (fn) => listener == null || fn === listener || fn.listener === listener;
    if (typeof entry === 'function') return matches(entry) ? 1 : 0;
    if (listener == null) return entry.length;
    let n = 0;
    for (const fn of entry) if (matches(fn)) n++;
    return n;
  },

  eventNames() {
    if (!(this._eventsCount > 0)) return [];
    const keys = Reflect.ownKeys(this._events);
    return this[kShapeMode] ? keys.filter((key) => this._events[key] !== undefined) : keys;
  },
};

// node's order of the prototype's keys, with the two aliases in their places.
for (const name of ['setMaxListeners', 'getMaxListeners', 'emit', 'addListener', 'on', 'prependListener', 'once',
  'prependOnceListener', 'removeListener', 'off', 'removeAllListeners', 'listeners', 'rawListeners',
  'listenerCount', 'eventNames']) {
  const value = methods[name === 'on' ? 'addListener' : name === 'off' ? 'removeListener' : name];
  Object.defineProperty(EventEmitter.prototype, name, {
    __proto__: null, value, writable: true, enumerable: true, configurable: true,
  });
}

function unshape(emitter) {
  emitter[kShapeMode] = false;
  return emitter;
}

function callListener(emitter, fn, type, args) {
  const result = Reflect.apply(fn, emitter, args);
  if (result !== undefined && result !== null && emitter[kCapture]) watchRejection(emitter, result, type, args);
}

function watchRejection(emitter, result, type, args) {
  try {
    const then = result.then;
    if (typeof then !== 'function') return;
    Reflect.apply(then, result, [undefined, (err) => {
      process.nextTick(reportRejection, emitter, err, type, args);
    }]);
  } catch (err) {
    emitter.emit('error', err);
  }
}

function reportRejection(emitter, err, type, args) {
  const hook = emitter[kRejection];
  if (typeof hook === 'function') {
    Reflect.apply(hook, emitter, [err, type, ...args]);
    return;
  }
  const saved = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = saved;
  }
}

// 'error' with no listener: the error itself when it is one, else ERR_UNHANDLED_ERROR around it.
function throwUnhandled(emitter, args) {
  const er = args[0];
  if (Error.prototype.isPrototypeOf(er)) {
    try {
      const site = {};
      Error.captureStackTrace(site, EventEmitter.prototype.emit);
      Object.defineProperty(er, kEnhanceStackBeforeInspector, {
        __proto__: null, value: () => describeEmitSite(emitter, er, site), configurable: true,
      });
    } catch {
      // a frozen error keeps its own stack
    }
    throw er; // Unhandled 'error' event
  }
  let shown;
  try {
    shown = inspect(er);
  } catch {
    shown = er;
  }
  const err = new ERR_UNHANDLED_ERROR(shown);
  err.context = er;
  throw err; // Unhandled 'error' event
}

function describeEmitSite(emitter, er, site) {
  let where = '';
  try {
    const ctor = emitter.constructor?.name;
    if (ctor !== 'EventEmitter') where = ` on ${ctor} instance`;
  } catch {
    // no constructor name to show
  }
  const thrown = er.stack.split('\n').slice(1);
  const emitted = site.stack.split('\n').slice(1);
  const { len, offset } = identicalSequenceRange(emitted, thrown);
  if (len > 0) emitted.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
  return `${er.stack}\nEmitted 'error' event${where} at:\n${emitted.join('\n')}`;
}

function insertListener(emitter, type, listener, atFront) {
  requireListener(listener);
  let store = emitter._events;
  if (store === undefined) {
    store = emitter._events = freshStore();
    emitter._eventsCount = 0;
  } else if (store.newListener !== undefined) {
    emitter.emit('newListener', type, listener.listener ?? listener);
    store = emitter._events;
  }
  const current = store[type];
  if (!current) {
    store[type] = listener;
    emitter._eventsCount++;
    return emitter;
  }
  let list;
  if (typeof current === 'function') {
    list = store[type] = atFront ? [listener, current] : [current, listener];
  } else {
    list = current;
    if (atFront) list.unshift(listener);
    else list.push(listener);
  }
  const max = currentMax(emitter);
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    warnTooMany(emitter, type, list.length, max);
  }
  return emitter;
}

function warnTooMany(emitter, type, count, max) {
  const text = `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners added to ` +
    `${inspect(emitter, { depth: -1 })}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`;
  process.emitWarning(Object.assign(new Error(text), { name: 'MaxListenersExceededWarning', emitter, type, count }));
}

function dropType(emitter, store, type, reported) {
  emitter._eventsCount--;
  if (emitter[kShapeMode]) {
    store[type] = undefined;
  } else if (emitter._eventsCount === 0) {
    emitter._events = freshStore();
    return;
  } else {
    delete store[type];
  }
  if (store.removeListener !== undefined) emitter.emit('removeListener', type, reported);
}

// once(): a wrapper that takes itself off before the first call; `.listener` points back to the original.
function wrapOnce(emitter, type, fn) {
  let fired = false;
  const wrapper = function wrapper(...args) {
    if (fired) return undefined;
    emitter.removeListener(type, wrapper);
    fired = true;
    return Reflect.apply(fn, emitter, args);
  };
  return Object.assign(wrapper, { listener: fn });
}

function listenersOf(emitter, type, unwrap) {
  const entry = emitter._events?.[type];
  if (entry === undefined) return [];
  const list = typeof entry === 'function' ? [entry] : entry.slice();
  return unwrap ? list.map((fn) => fn.listener || fn) : list;
}

// ---- statics ----

function setMaxListeners(limit = maxListenersDefault, ...targets) {
  validateNumber(limit, 'setMaxListeners', 0);
  if (targets.length === 0) {
    maxListenersDefault = limit;
    return;
  }
  const api = eventTargetApi();
  for (const t of targets) {
    if (api.isEventTarget(t)) {
      Object.assign(t, { [kMaxEventTargetListeners]: limit, [kMaxEventTargetListenersWarned]: false });
    } else if (typeof t?.setMaxListeners === 'function') {
      t.setMaxListeners(limit);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], t);
    }
  }
}

function signalOption(opts) {
  validators.validateObject(opts, 'options');
  validateAbortSignal(opts.signal, 'options.signal');
  return opts.signal;
}

function listenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return methods.listenerCount.call(emitter, type);
}

function getEventListeners(target, type) {
  if (typeof target?.listeners === 'function') return target.listeners(type);
  const api = eventTargetApi();
  if (api.isEventTarget(target)) return api.listenersOf(target, type);
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], target);
}

function getMaxListeners(target) {
  if (typeof target?.getMaxListeners === 'function') return currentMax(target);
  if (eventTargetApi().isEventTarget(target)) return target[kMaxEventTargetListeners];
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], target);
}

// Listening on an EventEmitter or an EventTarget alike.
function listen(target, name, fn, flags) {
  if (typeof target.on === 'function') {
    if (flags?.once) target.once(name, fn);
    else target.on(name, fn);
  } else if (typeof target.addEventListener === 'function') {
    target.addEventListener(name, fn, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', target);
  }
}

function unlisten(target, name, fn) {
  if (typeof target.removeListener === 'function') target.removeListener(name, fn);
  else if (typeof target.removeEventListener === 'function') target.removeEventListener(name, fn);
  else throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', target);
}

function abortedError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

async function once(emitter, name, opts = {}) {
  const signal = signalOption(opts);
  if (signal?.aborted) throw abortedError(signal);
  const { kResistStopPropagation } = eventTargetApi();
  return new Promise((fulfil, fail) => {
    const watchError = name !== 'error' && typeof emitter.once === 'function';
    const settle = () => {
      // an emitter-like object with once() but no removeListener() (tinypool's worker wrapper) keeps the listener
      if (watchError && typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      signal?.removeEventListener('abort', onAbort);
    };
    const resolver = (...args) => {
      settle();
      fulfil(args);
    };
    const errorListener = (error) => {
      unlisten(emitter, name, resolver);
      signal?.removeEventListener('abort', onAbort);
      fail(error);
    };
    const onAbort = () => {
      unlisten(emitter, name, resolver);
      // an emitter-like object with once() but no removeListener() (tinypool's worker wrapper) keeps the listener
      if (watchError && typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      fail(abortedError(signal));
    };
    listen(emitter, name, resolver, { __proto__: null, once: true, [kResistStopPropagation]: true });
    if (watchError) emitter.once('error', errorListener);
    signal?.addEventListener('abort', onAbort, { __proto__: null, once: true, [kResistStopPropagation]: true });
  });
}

const asyncIteratorProto = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function on(emitter, event, options = {}) {
  const signal = signalOption(options);
  if (signal?.aborted) throw abortedError(signal);
  const high = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(high, 'options.highWaterMark', 1);
  const low = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(low, 'options.lowWaterMark', 1);
  const closeEvents = options.close ?? [];

  const queued = [];
  const waiting = [];
  let pendingError = null;
  let finished = false;
  let paused = false;
  const cleanups = [];

  const done = () => ({ value: undefined, done: true });
  const canPause = typeof emitter.pause === 'function' && typeof emitter.resume === 'function';

  // (node's listener names, which 'newListener' listeners see: this one has none.)
  const onValue = Object.defineProperty((...args) => {
    const value = options[kFirstEventParam] ? [args[0]] : args;
    if (waiting.length > 0) {
      waiting.shift().resolve({ value, done: false });
      return;
    }
    queued.push(value);
    if (!paused && canPause && queued.length >= high) {
      paused = true;
      emitter.pause();
    }
  }, 'name', { __proto__: null, value: '' });
  const errorHandler = (error) => {
    if (waiting.length > 0) waiting.shift().reject(error);
    else pendingError = error;
    closeHandler();
  };
  const closeHandler = () => {
    if (finished) return done();
    finished = true;
    // (last added, first removed: the close events, then 'error', then the event itself, as node)
    while (cleanups.length > 0) cleanups.pop()();
    while (waiting.length > 0) waiting.shift().resolve(done());
    return done();
  };

  const add = (name, fn) => {
    listen(emitter, name, fn);
    cleanups.push(() => unlisten(emitter, name, fn));
  };
  add(event, onValue);
  if (event !== 'error' && typeof emitter.on === 'function') add('error', errorHandler);
  for (const name of closeEvents) add(name, closeHandler);
  if (signal) {
    const disposable = addAbortListener(signal, () => errorHandler(abortedError(signal)));
    cleanups.push(() => disposable[Symbol.dispose]());
  }

  const iterator = {
    __proto__: asyncIteratorProto,
    next() {
      if (queued.length > 0) {
        const value = queued.shift();
        if (paused && queued.length < low) {
          paused = false;
          emitter.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (pendingError !== null) {
        const err = pendingError;
        pendingError = null;
        return Promise.reject(err);
      }
      if (finished) return Promise.resolve(closeHandler());
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      return Promise.resolve(closeHandler());
    },
    throw(reason) {
      if (!(reason instanceof Error)) throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', reason);
      errorHandler(reason);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    [kWatermarkData]: {
      get size() { return queued.length; },
      get low() { return low; },
      get high() { return high; },
      get isPaused() { return paused; },
    },
  };
  return iterator;
}

// ---- EventEmitterAsyncResource (built on first use: async_hooks comes later than events) ----

let AsyncResourceEmitter;
function asyncResourceEmitter() {
  AsyncResourceEmitter ??= makeAsyncResourceEmitter(require('async_hooks'));
  return AsyncResourceEmitter;
}

// An EventEmitter whose listeners run in the async context of an AsyncResource made with it.
function makeAsyncResourceEmitter(hooks) {
  const Resource = class EventEmitterReferencingAsyncResource extends hooks.AsyncResource {
    #emitter;

    constructor(emitter, kind, opts) {
      super(kind, opts);
      this.#emitter = emitter;
    }

    get eventEmitter() {
      if (!(#emitter in this)) throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
      return this.#emitter;
    }
  };

  return class EventEmitterAsyncResource extends EventEmitter {
    #resource;

    constructor(opts = undefined) {
      let kind = opts;
      if (typeof kind !== 'string') {
        if (new.target === EventEmitterAsyncResource && typeof opts?.name !== 'string') {
          throw new ERR_INVALID_ARG_TYPE('options.name', 'string', opts?.name);
        }
        kind = opts?.name || new.target.name;
      } else {
        opts = undefined;
      }
      super(opts);
      this.#resource = new Resource(this, kind, opts);
    }

    static #of(self) {
      if (!(#resource in self)) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      return self.#resource;
    }

    emit(event, ...args) {
      return EventEmitterAsyncResource.#of(this).runInAsyncScope(EventEmitter.prototype.emit, this, event, ...args);
    }

    emitDestroy() {
      EventEmitterAsyncResource.#of(this).emitDestroy();
    }

    get asyncId() { return EventEmitterAsyncResource.#of(this).asyncId(); }

    get triggerAsyncId() { return EventEmitterAsyncResource.#of(this).triggerAsyncId(); }

    get asyncResource() { return EventEmitterAsyncResource.#of(this); }
  };
}

// ---- the module object: EventEmitter itself, with node's keys in node's order ----

const initFn = EventEmitter.init;
delete EventEmitter.init;
module.exports = Object.assign(EventEmitter, {
  addAbortListener, once, on, getEventListeners, getMaxListeners, listenerCount, EventEmitter,
  usingDomains: false, captureRejectionSymbol: kRejection,
});
Object.defineProperties(EventEmitter, {
  captureRejections: {
    __proto__: null,
    enumerable: true,
    get() { return EventEmitter.prototype[kCapture]; },
    set(on) {
      validateBoolean(on, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = on;
    },
  },
  EventEmitterAsyncResource: {
    __proto__: null, enumerable: true, configurable: true, get: asyncResourceEmitter, set: undefined,
  },
  errorMonitor: { __proto__: null, value: kErrorMonitor, enumerable: true, writable: true, configurable: true },
  defaultMaxListeners: {
    __proto__: null,
    enumerable: true,
    get() { return maxListenersDefault; },
    set(n) {
      validateNumber(n, 'defaultMaxListeners', 0);
      maxListenersDefault = n;
    },
  },
  kMaxEventTargetListeners: { __proto__: null, value: kMaxEventTargetListeners },
  kMaxEventTargetListenersWarned: { __proto__: null, value: kMaxEventTargetListenersWarned },
});
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.init = initFn;
