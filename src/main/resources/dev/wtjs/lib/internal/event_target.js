'use strict';
// The web's Event, CustomEvent and EventTarget, and node's NodeEventTarget (an EventTarget with an emitter-like
// face: on/once/off/emit), written to node 24's behaviour. There is no tree: every dispatch is at the target.
// A target's listeners are per type in a small linked list, so that, as in node, a listener added while the type
// is being dispatched is still reached by that dispatch and a removed one is skipped.

const { ERR_EVENT_RECURSION, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS } = require('internal/errors').codes;
const { validateAbortSignal, validateObject, validateString, kValidateObjectAllowObjects } =
  require('internal/validators');
const { customInspectSymbol, kEmptyObject } = require('internal/util');
const events = require('events');
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = require('internal/events/symbols');

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
// Internal keys (shown by their descriptions in inspect's showHidden output).
const [
  kEvents, kHandlers, kWeakHandler, kResistStopPropagation, kRemoveWeakListenerHelper, kCreateEvent, kNewListener,
  kRemoveListener, kIsNodeStyleListener, kTrustEvent,
] = ['kEvents', 'kHandlers', 'kWeak', 'kResistStopPropagation', 'kRemoveWeakListenerHelper', 'kCreateEvent',
  'kNewListener', 'kRemoveListener', 'kIsNodeStyleListener', 'kTrustEvent'].map((d) => Symbol(d));

let utilInspect;
function inspect(value, options) {
  utilInspect ??= require('internal/util/inspect').inspect;
  return utilInspect(value, options);
}

function clock() {
  const perf = globalThis.performance;
  return typeof perf?.now === 'function' ? perf.now() : Date.now();
}

// `Name { ...fields }` one level shallower, or just the name past the depth limit.
function showAs(self, fields, depth, opts) {
  const label = self.constructor.name;
  if (depth < 0) return label;
  return `${label} ${inspect(fields, { ...opts, depth: opts.depth == null ? null : opts.depth - 1 })}`;
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

  constructor(type, init = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (init != null) validateObject(init, 'options', kValidateObjectAllowObjects);
    this.#s = {
      type: `${type}`,
      bubbles: !!init?.bubbles,
      cancelable: !!init?.cancelable,
      composed: !!init?.composed,
      trusted: !!init?.[kTrustEvent],
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

  [customInspectSymbol](depth, opts) {
    const { type, defaultPrevented, cancelable, timeStamp } = stateOf(this);
    return showAs(this, { type, defaultPrevented, cancelable, timeStamp }, depth, opts);
  }

  initEvent(type, ...flags) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    const s = stateOf(this);
    if (s.dispatching) return;
    const [bubbles = false, cancelable = false] = flags;
    Object.assign(s, { type: `${type}`, bubbles: !!bubbles, cancelable: !!cancelable });
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
    return s.currentTarget === null ? [] : [s.currentTarget];
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

  get eventPhase() { return stateOf(this).currentTarget === null ? Event.NONE : Event.AT_TARGET; }

  get cancelBubble() { return stateOf(this).stopped; }

  set cancelBubble(flag) {
    if (flag) this.stopPropagation();
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

  constructor(type, init = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, init);
    this.#detail = init?.detail ?? null;
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

// addEventListener's third argument: `true`/`false` (capture) or an options object.
function readFlags(opts) {
  const given = typeof opts === 'boolean' ? { capture: opts } : opts;
  return {
    capture: !!given?.capture,
    once: !!given?.once,
    passive: !!given?.passive,
    signal: given?.signal,
    nodeStyle: !!given?.[kIsNodeStyleListener],
    weak: given?.[kWeakHandler],
    resist: !!given?.[kResistStopPropagation],
  };
}

// A function, an object (its handleEvent is looked up at dispatch) or null/undefined (ignored, with a warning).
function acceptable(fn) {
  if (typeof fn === 'function' || (typeof fn === 'object' && fn !== null)) return true;
  if (fn == null) return false;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', fn);
}

// A listener's exception (or rejection) becomes an uncaught exception on the next tick; the dispatch goes on.
function rethrow(error) {
  throw error;
}

function reportLater(error) {
  process.nextTick(rethrow, error);
}

function ownEvents(target) {
  const events = target?.[kEvents];
  if (events === undefined) throw new ERR_INVALID_THIS('EventTarget');
  return events;
}

// ---- EventTarget ----

function initEventTarget(target) {
  Object.assign(target, {
    [kEvents]: new Map(),
    [kMaxEventTargetListeners]: events.defaultMaxListeners,
    [kMaxEventTargetListenersWarned]: false,
    [kHandlers]: new Map(),
  });
}

function warnTooMany(target, count, type) {
  const max = target[kMaxEventTargetListeners];
  if (max <= 0 || count <= max || target[kMaxEventTargetListenersWarned]) return;
  target[kMaxEventTargetListenersWarned] = true;
  const text = `Possible EventTarget memory leak detected. ${count} ${type} listeners added to ` +
    `${inspect(target, { depth: -1 })}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`;
  process.emitWarning(Object.assign(new Error(text), { name: 'MaxListenersExceededWarning', target, type, count }));
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  // Hooks for subclasses: a listener of `type` was added (`count` now) / removed.
  [kNewListener](count, type) {
    warnTooMany(this, count, type);
  }

  [kRemoveListener](count, type) {}

  addEventListener(type, fn, opts = kEmptyObject) {
    const byType = ownEvents(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const flags = readFlags(opts);
    if (!acceptable(fn)) {
      const text = `addEventListener called with ${fn} which has no effect.`;
      process.emitWarning(Object.assign(new Error(text), {
        name: 'AddEventListenerArgumentTypeWarning', target: this, type,
      }));
      return;
    }
    type = `${type}`;
    if (flags.signal !== undefined) {
      validateAbortSignal(flags.signal, 'options.signal');
      if (flags.signal.aborted) return;
      flags.signal.addEventListener('abort', () => this.removeEventListener(type, fn, opts), {
        __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true,
      });
    }
    let list = byType.get(type);
    if (list === undefined) byType.set(type, list = newList());
    else if (findRecord(list, fn, flags.capture) !== undefined) return;
    new ListenerRecord(list, fn, flags); // eslint-disable-line no-new
    this[kNewListener](list.size, type, fn, flags.once, flags.capture, flags.passive, flags.weak !== undefined);
  }

  removeEventListener(type, fn, opts = kEmptyObject) {
    const byType = ownEvents(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!acceptable(fn)) return;
    type = `${type}`;
    const record = findRecord(byType.get(type), fn, readFlags(opts).capture);
    if (record !== undefined) dropRecord(this, byType, type, record);
  }

  dispatchEvent(event) {
    ownEvents(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    const s = eventState(event);
    if (s.dispatching) throw new ERR_EVENT_RECURSION(s.type);
    this[kHybridDispatch](event, s.type, event);
    return !event.defaultPrevented;
  }

  // Calls the listeners of `type`: node-style ones (NodeEventTarget#on) get `value`, the others an Event
  // (`event`, or one made by kCreateEvent when the first of them is reached).
  [kHybridDispatch](value, type, event) {
    let state = event === undefined ? undefined : beginDispatch(this, event);
    const byType = this[kEvents];
    const list = byType?.get(type);
    try {
      for (let record = list?.head; record !== undefined; record = record.next) {
        if (record.removed || (state?.halted && !record.resist)) continue;
        if (record.listener === undefined) { // a weak listener that was collected
          dropRecord(this, byType, type, record);
          continue;
        }
        if (record.once) dropRecord(this, byType, type, record);
        let arg = value;
        if (!record.nodeStyle) {
          if (event === undefined) {
            event = this[kCreateEvent](value, type);
            state = beginDispatch(this, event);
          }
          arg = event;
        }
        if (state !== undefined) state.passive = record.passive;
        try {
          const result = record.invoke(this, arg);
          if (result !== undefined && result !== null) catchLater(result);
        } catch (err) {
          reportLater(err);
        }
        // node 24 ends the event's dispatch state after each listener: from the second listener on, the event
        // has no currentTarget, eventPhase 0, an empty composedPath, and may be dispatched again.
        if (state !== undefined) endDispatch(state);
      }
    } finally {
      if (state !== undefined) endDispatch(state);
    }
  }

  [kRemoveWeakListenerHelper](type, fn) {
    this.removeEventListener(type, fn);
  }

  // The Event a plain listener gets when the dispatch began from a node value (NodeEventTarget#emit).
  [kCreateEvent](value, type) {
    return new CustomEvent(type, { detail: value });
  }

  [customInspectSymbol](depth, opts) {
    return showAs(this, {}, depth, opts);
  }
}

Object.defineProperty(EventTarget, kIsEventTarget, {
  __proto__: null, value: true, writable: false, enumerable: false, configurable: false,
});
markEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
setTag(EventTarget.prototype, 'EventTarget');

function beginDispatch(target, event) {
  const state = eventState(event);
  state.target = target;
  state.currentTarget = target;
  state.dispatching = true;
  return state;
}

function endDispatch(state) {
  state.passive = false;
  state.currentTarget = null;
  state.dispatching = false;
}

function catchLater(result) {
  const then = result.then;
  if (typeof then === 'function') Reflect.apply(then, result, [undefined, reportLater]);
}

function dropRecord(target, byType, type, record) {
  record.unlink();
  if (record.list.size === 0 && byType.get(type) === record.list) byType.delete(type);
  target[kRemoveListener](record.list.size, type, record.listener, record.capture);
}

function isEventTarget(value) {
  return value?.constructor?.[kIsEventTarget];
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

function initNodeEventTarget(target) {
  initEventTarget(target);
}

class NodeEventTarget extends EventTarget {
  constructor() {
    super();
    initNodeEventTarget(this);
  }

  setMaxListeners(limit) {
    events.setMaxListeners(limit, this);
  }

  getMaxListeners() { return this[kMaxEventTargetListeners]; }

  eventNames() {
    return [...ownEvents(this).keys()];
  }

  listenerCount(type) {
    return ownEvents(this).get(`${type}`)?.size ?? 0;
  }

  off(name, fn, opts) {
    this.removeEventListener(name, fn, opts);
    return this;
  }

  on(name, fn) {
    this.addEventListener(name, fn, { [kIsNodeStyleListener]: true });
    return this;
  }

  // The listeners of `name` added with on/once get `value`; the others a CustomEvent with it as `detail`.
  emit(name, value) {
    validateString(name, 'type');
    const had = this.listenerCount(name) > 0;
    this[kHybridDispatch](value, name);
    return had;
  }

  once(name, fn) {
    this.addEventListener(name, fn, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(name) {
    const byType = ownEvents(this);
    for (const type of name === undefined ? [...byType.keys()] : [`${name}`]) {
      for (let r = byType.get(type)?.head; r !== undefined; r = r.next) dropRecord(this, byType, type, r);
    }
    return this;
  }
}
// (removeListener and addListener are off and on under node's other names.)
{
  const proto = NodeEventTarget.prototype;
  const order = ['constructor', 'setMaxListeners', 'getMaxListeners', 'eventNames', 'listenerCount', 'off',
    'removeListener', 'on', 'addListener', 'emit', 'once', 'removeAllListeners'];
  const descs = Object.getOwnPropertyDescriptors(proto);
  descs.removeListener = descs.off;
  descs.addListener = descs.on;
  for (const name of order) {
    delete proto[name];
    Object.defineProperty(proto, name, { ...descs[name], enumerable: name !== 'constructor' });
  }
}

// ---- on<event> handler attributes ----

// `on${name}` on `target` (usually a prototype): setting a function listens for `event` in the place the first
// handler took; setting null or undefined stops listening; the getter gives back what was set, or null.
function defineEventHandler(target, name, event = name) {
  const key = `on${name}`;
  const accessors = {
    get [key]() {
      const slot = this[kHandlers]?.get(event);
      return slot === undefined ? null : slot.value;
    },
    set [key](value) {
      if (this[kHandlers] === undefined) this[kHandlers] = new Map();
      let slot = this[kHandlers].get(event);
      if (slot === undefined) {
        slot = { value: null, fn: undefined };
        this[kHandlers].set(event, slot);
      }
      slot.value = value;
      if (value != null && slot.fn === undefined) {
        slot.fn = function handlerAttribute(...args) {
          if (typeof slot.value === 'function') return Reflect.apply(slot.value, this, args);
          return undefined;
        };
        this.addEventListener(event, slot.fn);
      } else if (value == null && slot.fn !== undefined) {
        this.removeEventListener(event, slot.fn);
        slot.fn = undefined;
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
