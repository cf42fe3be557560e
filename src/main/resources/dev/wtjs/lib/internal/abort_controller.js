'use strict';
// AbortController and AbortSignal (with AbortSignal.abort/timeout/any), and util.aborted, written to node 24's
// behaviour. A signal made by any() follows its sources: each source keeps a weak reference to it, and it is held
// strongly only while it has 'abort' listeners (nobody can observe a dependent signal that has none).

const eventTarget = require('internal/event_target');
const { Event, EventTarget, defineEventHandler, kTrustEvent, kNewListener, kRemoveListener } = eventTarget;
const inspectKey = require('internal/util').customInspectSymbol;
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS } } = require('internal/errors');
const { validateAbortSignal, validateObject, validateUint32, kValidateObjectAllowObjects } =
  require('internal/validators');

let DOMExceptionClass;
function DOMException() {
  DOMExceptionClass ??= require('internal/per_context/domexception').DOMException;
  return DOMExceptionClass;
}

let timers;
function timerApi() {
  timers ??= require('timers');
  return timers;
}

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// node's look for its objects: the constructor's name and the given fields, one level shallower.
function showAs(self, fields, depth, opts) {
  if (depth < 0) return self;
  return `${self.constructor.name} ${inspect(fields, { ...opts, depth: opts.depth == null ? null : opts.depth - 1 })}`;
}

// The TypeError node's WebIDL layer throws for a bad sequence argument.
function sequenceError(message) {
  return Object.assign(new TypeError(message), { code: 'ERR_INVALID_ARG_TYPE' });
}

const kMake = Symbol('kMake');
const aliveWhileListened = new Set(); // dependent and timeout signals that have 'abort' listeners

let abortSignal;
let followerGone;
let isSignal;

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  #sources = null; // for a signal made by any(): the signals it follows (never themselves dependent)
  #dependents = null; // WeakRefs of the any() signals following this one
  #held = false; // kept alive while listened to (any() and timeout() signals)

  constructor(key = undefined) {
    if (key !== kMake) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  static {
    abortSignal = (signal, reason) => signal.#abort(reason);
    // A collected follower's WeakRef leaves its sources' sets.
    followerGone = new FinalizationRegistry(({ source, ref }) => source.deref()?.#dependents?.delete(ref));
    isSignal = (value) => typeof value === 'object' && value !== null && #aborted in value;
  }

  get aborted() {
    return checked(this).#aborted;
  }

  get reason() {
    return checked(this).#reason;
  }

  throwIfAborted() {
    if (checked(this).#aborted) throw this.#reason;
  }

  static abort(reason = new (DOMException())('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kMake);
    signal.#aborted = true;
    signal.#reason = reason;
    return signal;
  }

  static timeout(ms) {
    validateUint32(ms, 'delay', false);
    const signal = new AbortSignal(kMake);
    signal.#held = true;
    const timer = timerApi().setTimeout(() => {
      aliveWhileListened.delete(signal);
      signal.#abort(new (DOMException())('The operation was aborted due to timeout', 'TimeoutError'));
    }, ms);
    timer.unref?.();
    return signal;
  }

  static any(signals) {
    const list = toSignalList(signals);
    const result = new AbortSignal(kMake);
    for (const source of list) {
      if (source.#aborted) {
        result.#aborted = true;
        result.#reason = source.#reason;
        return result;
      }
    }
    result.#follow(list);
    return result;
  }

  #follow(list) {
    this.#held = true;
    this.#sources = new Set();
    const ref = new WeakRef(this);
    for (const signal of list) {
      for (const source of signal.#sources ?? [signal]) {
        if (this.#sources.has(source)) continue;
        this.#sources.add(source);
        (source.#dependents ??= new Set()).add(ref);
        followerGone.register(this, { source: new WeakRef(source), ref });
      }
    }
  }

  // Sets the reason of this signal and of those that follow it, then fires 'abort' at each, this one first.
  #abort(reason) {
    if (this.#aborted) return;
    const fired = [this];
    this.#aborted = true;
    this.#reason = reason;
    for (const ref of this.#dependents ?? []) {
      const dependent = ref.deref();
      if (dependent === undefined || dependent.#aborted) continue;
      dependent.#aborted = true;
      dependent.#reason = reason;
      fired.push(dependent);
    }
    this.#dependents = null;
    for (const signal of fired) {
      aliveWhileListened.delete(signal);
      signal.#sources = null;
      signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
    }
  }

  [kNewListener](count, type, ...rest) {
    super[kNewListener](count, type, ...rest);
    if (type === 'abort' && this.#held && !this.#aborted && count > 0) aliveWhileListened.add(this);
  }

  [kRemoveListener](count, type, ...rest) {
    super[kRemoveListener](count, type, ...rest);
    if (type === 'abort' && count === 0) aliveWhileListened.delete(this);
  }

  [inspectKey](depth, opts) {
    return showAs(this, { aborted: this.aborted }, depth, opts);
  }
}

function checked(signal) {
  if (!isSignal(signal)) throw new ERR_INVALID_THIS('AbortSignal');
  return signal;
}

function toSignalList(signals) {
  if (signals === null || (typeof signals !== 'object' && typeof signals !== 'function') ||
      typeof signals[Symbol.iterator] !== 'function') {
    throw sequenceError('signals cannot be converted to sequence.');
  }
  const list = [...signals];
  const bad = list.findIndex((item) => !isSignal(item));
  if (bad >= 0) throw sequenceError(`signals[${bad}] is not of type AbortSignal.`);
  return list;
}

defineEventHandler(AbortSignal.prototype, 'abort');
for (const name of ['aborted']) {
  const desc = Object.getOwnPropertyDescriptor(AbortSignal.prototype, name);
  Object.defineProperty(AbortSignal.prototype, name, { ...desc, enumerable: true });
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});

class AbortController {
  #signal;

  constructor() {
    this.#signal = new AbortSignal(kMake);
  }

  get signal() {
    return this.#signal;
  }

  abort(reason = new (DOMException())('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }

  [inspectKey](depth, opts) {
    return showAs(this, { signal: this.signal }, depth, opts);
  }
}

for (const name of ['signal', 'abort']) {
  const desc = Object.getOwnPropertyDescriptor(AbortController.prototype, name);
  Object.defineProperty(AbortController.prototype, name, { ...desc, enumerable: true });
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

// util.transferableAbortSignal / transferableAbortController: wtjs cannot transfer a signal to another thread yet;
// the signal itself is returned (and checked), so code that marks one still runs.
const transferableAbortSignal = (signal) => {
  if (!isSignal(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  return signal;
};

const transferableAbortController = () => new AbortController();

// util.aborted(signal, owner): resolves when `signal` aborts; the listener lives only as long as `owner`.
const aborted = async (signal, owner) => {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(owner, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return undefined;
  return new Promise((done) => {
    signal.addEventListener('abort', done, {
      __proto__: null, once: true, [eventTarget.kWeakHandler]: owner, [eventTarget.kResistStopPropagation]: true,
    });
  });
};

module.exports = { AbortController, AbortSignal, aborted, transferableAbortSignal, transferableAbortController };
