'use strict';
// The web's Event, CustomEvent and EventTarget, and node's NodeEventTarget (an EventTarget with an emitter-like
// face: on/once/off/emit), written to node 24's behaviour. There is no tree: every dispatch is at the target.
// A target's listeners are per type in a small linked list, so that, as in node, a listener added while the type
// is being dispatched is still reached by that dispatch and a removed one is skipped.

const {
  codes: { ERR_EVENT_RECURSION, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateAbortSignal, validateObject, validateString, kValidateObjectAllowObjects } =
  require('internal/validators');
const { customInspectSymbol, kEmptyObject } = require('internal/util');
const EventEmitter = require('events');
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = require('internal/events/symbols');

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kRemoveWeakListenerHelper = Symbol('kRemoveWeakListenerHelper');
const kCreateEvent = Symbol('kCreateEvent');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kTrustEvent = Symbol('kTrustEvent');

let utilInspect;
function inspect(value, options) {
  utilInspect ??= require('internal/util/inspect').inspect;
  return utilInspect(value, options);
}

function clock() {
  const perf = globalThis.performance;
  return typeof perf?.now === 'function' ? perf.now() : Date.now();
}

function inspectOptions(options) {
  return { ...options, depth: options.depth == null ? null : options.depth - 1 };
}

// ---- Event ----

let eventState; // (event) => its private state, for the dispatcher
let isEvent;

function stateOf(event) {
  if (!isEvent(event)) throw new ERR_INVALID_THIS('Event');
  return eventState(event);
}

class Event {
  #s;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null) validateObject(options, 'options', kValidateObjectAllowObjects);
    this.#s = {
      type: `${type}`,
      bubbles: !!options?.bubbles,
      cancelable: !!options?.cancelable,
      composed: !!options?.composed,
      trusted: !!options?.[kTrustEvent],
      timeStamp: clock(),
      defaultPrevented: false,
      stopped: false, // stopPropagation / cancelBubble
      halted: false, // stopImmediatePropagation: no further listeners
      passive: false, // a passive listener is running
      dispatching: false,
      target: null,
      currentTarget: null,
    };
  }

  static {
    eventState = (event) => event.#s;
    isEvent = (value) => typeof value === 'object' && value !== null && #s in value;
  }

  [customInspectSymbol](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const s = stateOf(this);
    const shown = { type: s.type, defaultPrevented: s.defaultPrevented, cancelable: s.cancelable, timeStamp: s.timeStamp };
    return `${name} ${inspect(shown, inspectOptions(options))}`;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    const s = stateOf(this);
    if (s.dispatching) return;
    s.type = `${type}`;
    s.bubbles = !!bubbles;
    s.cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    const s = stateOf(this);
    s.halted = true;
    s.stopped = true;
  }

  preventDefault() {
    const s = stateOf(this);
    if (s.cancelable && !s.passive) s.defaultPrevented = true;
  }

  get target() { return stateOf(this).target; }

  get currentTarget() { return stateOf(this).currentTarget; }

  get srcElement() { return stateOf(this).target; }

  get type() { return stateOf(this).type; }

  get cancelable() { return stateOf(this).cancelable; }

  get defaultPrevented() {
    const s = stateOf(this);
    return s.cancelable && s.defaultPrevented;
  }

  get timeStamp() { return stateOf(this).timeStamp; }

  composedPath() {
    const s = stateOf(this);
    return s.dispatching ? [s.currentTarget] : [];
  }

  get returnValue() {
    const s = stateOf(this);
    return !(s.cancelable && s.defaultPrevented);
  }

  set returnValue(value) {
    if (!value) this.preventDefault();
  }

  get bubbles() { return stateOf(this).bubbles; }

  get composed() { return stateOf(this).composed; }

  get eventPhase() { return stateOf(this).dispatching ? Event.AT_TARGET : Event.NONE; }

  get cancelBubble() { return stateOf(this).stopped; }

  set cancelBubble(value) {
    if (value) this.stopPropagation();
  }

  stopPropagation() {
    stateOf(this).stopped = true;
  }

  get isTrusted() { return isEvent(this) && eventState(this).trusted; }
}

const phases = { NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 };
for (const [name, value] of Object.entries(phases)) {
  {
    Object.defineProperty(Event, name, { __proto__: null, value, writable: false, enumerable: true, configurable: false });
  }
}

function markEnumerable(proto, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    desc.enumerable = true;
    Object.defineProperty(proto, name, desc);
  }
}

function setTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, {
    __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
  });
}

markEnumerable(Event.prototype, Object.getOwnPropertyNames(Event.prototype).filter((n) => n !== 'constructor'));
setTag(Event.prototype, 'Event');

class CustomEvent extends Event {
  #detail;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!(#detail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}
markEnumerable(CustomEvent.prototype, ['detail']);
setTag(CustomEvent.prototype, 'CustomEvent');

// ---- listeners ----

// Objects kept alive for weak listeners: the holder named by options[kWeakHandler] keeps its listeners.
const weakKeep = new WeakMap();

class ListenerRecord {
  constructor(list, listener, flags) {
    this.list = list;
    this.prev = list.tail;
    this.next = undefined;
    this.removed = false;
    this.once = flags.once;
    this.capture = flags.capture;
    this.passive = flags.passive;
    this.nodeStyle = flags.nodeStyle;
    this.resist = flags.resist;
    if (flags.weak !== undefined) {
      this.ref = new WeakRef(listener);
      let kept = weakKeep.get(flags.weak);
      if (kept === undefined) weakKeep.set(flags.weak, kept = new Set());
      kept.add(listener);
      this.weak = true;
    } else {
      this.ref = listener;
      this.weak = false;
    }
    if (list.tail === undefined) list.head = this;
    else list.tail.next = this;
    list.tail = this;
    list.size++;
  }

  get listener() {
    return this.weak ? this.ref.deref() : this.ref;
  }

  unlink() {
    if (this.removed) return;
    this.removed = true;
    const list = this.list;
    if (this.prev === undefined) list.head = this.next;
    else this.prev.next = this.next;
    if (this.next === undefined) list.tail = this.prev;
    else this.next.prev = this.prev;
    list.size--;
  }

  invoke(target, arg) {
    const listener = this.listener;
    if (typeof listener === 'function') return Reflect.apply(listener, target, [arg]);
    const handleEvent = listener?.handleEvent;
    if (typeof handleEvent === 'function') return Reflect.apply(handleEvent, listener, [arg]);
    return undefined;
  }
}

function newList() {
  return { head: undefined, tail: undefined, size: 0 };
}

function findRecord(list, listener, capture) {
  for (let r = list?.head; r !== undefined; r = r.next) {
    if (r.listener === listener && r.capture === capture) return r;
  }
  return undefined;
}

function readFlags(options) {
  if (typeof options === 'boolean') {
    return { capture: options, once: false, passive: false, signal: undefined, nodeStyle: false, weak: undefined,
      resist: false };
  }
  return {
    capture: !!options?.capture,
    once: !!options?.once,
    passive: !!options?.passive,
    signal: options?.signal,
    nodeStyle: !!options?.[kIsNodeStyleListener],
    weak: options?.[kWeakHandler],
    resist: !!options?.[kResistStopPropagation],
  };
}

// A function, an object (its handleEvent is looked up at dispatch) or null/undefined (ignored, with a warning).
function acceptable(listener) {
  if (typeof listener === 'function' || (typeof listener === 'object' && listener !== null)) return true;
  if (listener == null) return false;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function reportLater(err) {
  process.nextTick(() => { throw err; });
}

function ownEvents(target) {
  const events = target?.[kEvents];
  if (events === undefined) throw new ERR_INVALID_THIS('EventTarget');
  return events;
}

// ---- EventTarget ----

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error(`Possible EventTarget memory leak detected. ${size} ${type} listeners added to ` +
        `${inspect(this, { depth: -1 })}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = kEmptyObject) {
    const events = ownEvents(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const flags = readFlags(options);
    if (!acceptable(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = `${type}`;
    const { signal } = flags;
    if (signal !== undefined) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), {
        __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true,
      });
    }
    let list = events.get(type);
    if (list === undefined) events.set(type, list = newList());
    else if (findRecord(list, listener, flags.capture) !== undefined) return;
    new ListenerRecord(list, listener, flags); // eslint-disable-line no-new
    this[kNewListener](list.size, type, listener, flags.once, flags.capture, flags.passive, flags.weak !== undefined);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    const events = ownEvents(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!acceptable(listener)) return;
    type = `${type}`;
    const capture = typeof options === 'boolean' ? options : !!options?.capture;
    const list = events.get(type);
    const record = findRecord(list, listener, capture);
    if (record === undefined) return;
    dropRecord(this, events, type, record);
  }

  dispatchEvent(event) {
    ownEvents(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (eventState(event).dispatching) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Calls the listeners of `type`: node-style ones (NodeEventTarget#on) get `nodeValue`, the others an Event
  // (`event`, or one made by kCreateEvent when the first of them is reached).
  [kHybridDispatch](nodeValue, type, event) {
    let state;
    const begin = (ev) => {
      state = eventState(ev);
      state.target = this;
      state.currentTarget = this;
      state.dispatching = true;
      return ev;
    };
    if (event !== undefined) begin(event);
    const events = this[kEvents];
    const list = events?.get(type);
    try {
      for (let record = list?.head; record !== undefined; record = record.next) {
        if (record.removed) continue;
        if (state?.halted && !record.resist) continue;
        const listener = record.listener;
        if (listener === undefined) { // a weak listener that was collected
          dropRecord(this, events, type, record);
          continue;
        }
        if (record.once) dropRecord(this, events, type, record);
        const arg = record.nodeStyle ? nodeValue : (event ??= begin(this[kCreateEvent](nodeValue, type)));
        if (state !== undefined) state.passive = record.passive;
        try {
          const result = record.invoke(this, arg);
          if (result !== undefined && result !== null) catchLater(result);
        } catch (err) {
          reportLater(err);
        } finally {
          if (state !== undefined) state.passive = false;
        }
      }
    } finally {
      if (state !== undefined) {
        state.currentTarget = null;
        state.dispatching = false;
      }
    }
  }

  [kRemoveWeakListenerHelper](type, listener) {
    this.removeEventListener(type, listener);
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [customInspectSymbol](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({}, inspectOptions(options))}`;
  }
}

Object.defineProperty(EventTarget, kIsEventTarget, {
  __proto__: null, value: true, writable: false, enumerable: false, configurable: false,
});
markEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
setTag(EventTarget.prototype, 'EventTarget');

function catchLater(result) {
  const then = result.then;
  if (typeof then === 'function') Reflect.apply(then, result, [undefined, reportLater]);
}

function dropRecord(target, events, type, record) {
  record.unlink();
  if (record.list.size === 0 && events.get(type) === record.list) events.delete(type);
  target[kRemoveListener](record.list.size, type, record.listener, record.capture);
}

function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTarget];
}

// The listeners of `type` on an EventTarget, as given (for events.getEventListeners).
function listenersOf(target, type) {
  const out = [];
  for (let r = target[kEvents]?.get(type)?.head; r !== undefined; r = r.next) {
    const listener = r.listener;
    if (listener !== undefined) out.push(listener);
  }
  return out;
}

// ---- NodeEventTarget ----

function initNodeEventTarget(self) {
  initEventTarget(self);
}

class NodeEventTarget extends EventTarget {
  constructor() {
    super();
    initNodeEventTarget(this);
  }

  setMaxListeners(n) {
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    return [...ownEvents(this).keys()];
  }

  listenerCount(type) {
    return ownEvents(this).get(`${type}`)?.size ?? 0;
  }

  off(type, listener, options) {
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    validateString(type, 'type');
    const had = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return had;
  }

  once(type, listener) {
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    const events = ownEvents(this);
    const types = type === undefined ? [...events.keys()] : [`${type}`];
    for (const name of types) {
      const list = events.get(name);
      if (list === undefined) continue;
      for (let r = list.head; r !== undefined; r = r.next) dropRecord(this, events, name, r);
    }
    return this;
  }
}
markEnumerable(NodeEventTarget.prototype, ['setMaxListeners', 'getMaxListeners', 'eventNames', 'listenerCount', 'off',
  'removeListener', 'on', 'addListener', 'emit', 'once', 'removeAllListeners']);

// ---- on<event> handler attributes ----

// `on${name}` on `target` (usually a prototype): setting a function listens for `event` in the place the first
// handler took; setting null or undefined stops listening; the getter gives back what was set, or null.
function defineEventHandler(target, name, event = name) {
  const key = `on${name}`;
  const accessors = {
    get [key]() {
      const entry = this[kHandlers]?.get(event);
      return entry === undefined ? null : entry.value;
    },
    set [key](value) {
      if (this[kHandlers] === undefined) this[kHandlers] = new Map();
      let entry = this[kHandlers].get(event);
      if (entry === undefined) {
        entry = { value: null, fn: undefined };
        this[kHandlers].set(event, entry);
      }
      entry.value = value;
      if (value != null && entry.fn === undefined) {
        entry.fn = function handlerAttribute(...args) {
          if (typeof entry.value === 'function') return Reflect.apply(entry.value, this, args);
          return undefined;
        };
        this.addEventListener(event, entry.fn);
      } else if (value == null && entry.fn !== undefined) {
        this.removeEventListener(event, entry.fn);
        entry.fn = undefined;
      }
    },
  };
  const desc = Object.getOwnPropertyDescriptor(accessors, key);
  Object.defineProperty(target, key, { __proto__: null, get: desc.get, set: desc.set, enumerable: true,
    configurable: true });
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  initNodeEventTarget,
  kCreateEvent,
  kNewListener,
  kTrustEvent,
  kRemoveListener,
  kEvents,
  kWeakHandler,
  kResistStopPropagation,
  isEventTarget,
};
Object.defineProperty(module.exports, 'listenersOf', { __proto__: null, value: listenersOf, enumerable: false });
