'use strict';
// MessagePort, MessageChannel, MessageEvent, BroadcastChannel and receiveMessageOnPort, after node's
// lib/internal/worker/io.js. node's MessagePort is a C++ handle made to inherit from NodeEventTarget; here it is a
// NodeEventTarget over one of the host's entangled port ends (an id). Both faces work as in node: on/once/off get
// the value, addEventListener/onmessage get a MessageEvent. As in node a port is unref'd until a 'message'
// listener is added (that also starts it), ref()/unref() flip the handle, and 'close' comes in the loop's close
// phase, after the messages that were already delivered. A BroadcastChannel is a subscription in the runtime's
// BroadcastRegistry; its messages, and those of postMessageToThread, arrive through the same delivery hook as a
// port's, by negative ids.

const host = internalBinding('host');
const { serialize, deserialize } = require('internal/worker/serialize');
const {
  Event, EventTarget, NodeEventTarget, defineEventHandler, kCreateEvent, kNewListener, kRemoveListener,
} = require('internal/event_target');
const { codes } = require('internal/errors');
const { setImmediate } = require('internal/timers');

const { ERR_INVALID_THIS, ERR_MISSING_ARGS } = codes;

const kState = Symbol('port state');         // a MessagePort's own record (see the constructor)
const kCreate = Symbol('create a port');      // the key only this module holds to construct a MessagePort
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kCurrentlyReceivingPorts = Symbol.for('nodejs.internal.kCurrentlyReceivingPorts');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const ports = new Map(); // host port id -> MessagePort of this agent
const receivers = new Map(); // negative id -> function(payload, attachments): BroadcastChannels, the mailbox

function nodeTypeError(code, message, Type = TypeError) {
  // Like node's C++ THROW_ERR_*: a TypeError (or Error) with an own `code`, the message without the code.
  const err = new Type(message);
  err.code = code;
  return err;
}

function dataCloneError(message) {
  return require('internal/structured_clone').createDataCloneError(message);
}

let DOMException;
function domException(message, name) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

// ---- MessageEvent ----

// The constructor's init checks, with node 24's WebIDL-style messages (TypeErrors without a code).
const shownForInit = (v) => (typeof v === 'string' ? JSON.stringify(v) : require('internal/util/inspect').inspect(v));

function initPort(value, what) {
  if (!isMessagePort(value)) {
    throw new TypeError(`MessageEvent constructor: Expected eventInitDict.${what} ("${shownForInit(value)}") to be ` +
      'an instance of MessagePort.');
  }
}

function initPorts(ports) {
  const isObject = ports !== null && (typeof ports === 'object' || typeof ports === 'function');
  if (!isObject || typeof ports[Symbol.iterator] !== 'function') {   // a sequence: strings do not count
    const shown = isObject ? '' : ` (${shownForInit(ports)})`;
    throw new TypeError(`MessageEvent constructor: eventInitDict.ports${shown} is not iterable.`);
  }
  const list = [...ports];
  list.forEach((p, i) => initPort(p, `ports[${i}]`));
  return list;
}

// The event of 'message' and 'messageerror'. Its fields are read-only accessors on the prototype; on a receiver
// that is not a MessageEvent they throw node's "Illegal invocation" (a TypeError with code ERR_INVALID_THIS).
let readField;
class MessageEvent extends Event {
  #init;

  constructor(type, { data = null, origin = '', lastEventId = '', source = null, ports = [] } = {}) {
    super(type);
    const init = { data, origin: `${origin}`, lastEventId: `${lastEventId}`, source, ports: undefined };
    if (source !== null) initPort(source, 'source');
    init.ports = initPorts(ports);
    this.#init = init;
  }

  static {
    readField = (event, name) => {
      if (event === null || typeof event !== 'object' || !(#init in event)) {
        throw nodeTypeError('ERR_INVALID_THIS', 'Illegal invocation');
      }
      return event.#init[name];
    };
  }
}

for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  Object.defineProperty(MessageEvent.prototype, name, {
    get() { return readField(this, name); },
    enumerable: true,
    configurable: true,
  });
}

// ---- MessagePort ----

// (Runs for every object of every message: the symbol read rules out plain objects before anything slower.)
function isMessagePort(value) {
  return typeof value === 'object' && value !== null && value[kState] !== undefined &&
    Object.prototype.hasOwnProperty.call(value, kState) && value instanceof MessagePort;
}

class PortObject extends NodeEventTarget {
  constructor(id) {
    super();
    // id; refed: the handle's ref state; holding: counted in the loop's refs; closed: close() called, closed by
    // the peer, or transferred away; done: 'close' was emitted (the handle is gone); hook: the Worker's own use.
    Object.defineProperty(this, kState, {
      __proto__: null,
      value: { id, refed: true, holding: false, closed: false, done: false, hook: null, internal: null },
    });
    ports.set(id, this);
    setupPortReferencing(this, this, 'message');
    this[kCurrentlyReceivingPorts] = undefined;
    updateRef(this);
  }

  postMessage(value, transfer) {
    if (!isMessagePort(this)) throw new ERR_INVALID_THIS('MessagePort');
    if (arguments.length === 0) {
      throw nodeTypeError('ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    }
    const st = this[kState];
    const list = transferListOf(transfer);
    if (list !== undefined && list.includes(this)) throw dataCloneError('Transfer list contains source port');
    if (list !== undefined && !st.closed && list.some((x) => isPeerOf(st, x))) {
      lostToItself(this);
      return true;
    }
    // node serializes even for a closed port (the errors are the same), then drops the message.
    const { payload, attachments } = serialize(value, list);
    if (st.closed) return undefined;
    host.postMessage(st.id, payload, attachments);
    return true;
  }

  start() {
    const st = stateOf(this);
    if (!st.closed) host.startPort(st.id);
  }

  close(cb) {
    const st = stateOf(this);
    if (typeof cb === 'function') this.once('close', cb);
    if (st.closed) return;
    st.closed = true;
    updateRef(this);
    host.closePort(st.id); // both ends hear of it through portClosed
  }

  ref() {
    const st = stateOf(this);
    if (st.done) return;
    st.refed = true;
    updateRef(this);
  }

  unref() {
    const st = stateOf(this);
    if (st.done) return;
    st.refed = false;
    updateRef(this);
  }

  hasRef() {
    const st = stateOf(this);
    return !st.done && st.refed;
  }

  [kInspect](depth, options, inspect) {
    const st = this?.[kState];
    if (st === undefined) return this;
    return Object.assign({ __proto__: MessagePort.prototype },
                         st.done ? { active: false } : { active: true, refed: st.refed }, this);
  }
}

// Users cannot make a MessagePort (called or constructed, node throws the same); this module makes them by key.
// The class above builds the object; MessagePort is the face, and shares its prototype.
function MessagePort(key, id) {
  if (key !== kCreate || new.target === undefined) {
    throw nodeTypeError('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
  }
  return Reflect.construct(PortObject, [id], new.target);
}
MessagePort.prototype = PortObject.prototype;
Object.defineProperty(MessagePort.prototype, 'constructor', {
  __proto__: null, value: MessagePort, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(MessagePort, NodeEventTarget);

function isPeerOf(st, value) {
  return isMessagePort(value) && host.arePeers(st.id, value[kState].id);
}

// A port posted to its own peer: node warns and the channel is lost (both ends closed, the message dropped).
function lostToItself(port) {
  process.emitWarning('The target port was posted to itself, and the communication channel was lost');
  port.close();
}

Object.defineProperty(MessagePort.prototype, kCreateEvent, {
  __proto__: null,
  value: function(data, type) {
    if (type !== 'message' && type !== 'messageerror') {
      return EventTarget.prototype[kCreateEvent].call(this, data, type);
    }
    const received = this[kCurrentlyReceivingPorts];
    this[kCurrentlyReceivingPorts] = undefined;
    return new MessageEvent(type, { data, ports: received });
  },
  configurable: false,
  writable: false,
  enumerable: false,
});
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

function stateOf(port) {
  const st = port?.[kState];
  if (st === undefined) throw new ERR_INVALID_THIS('MessagePort');
  return st;
}

// Holds the loop while the handle is open and ref'd (the 'close' emission holds it by itself).
function updateRef(port) {
  const st = port[kState];
  const hold = !st.closed && st.refed;
  if (hold === st.holding) return;
  st.holding = hold;
  if (hold) host.ref(); else host.unref();
}

// As in node, a port holds the loop and receives while it has 'message' listeners: the first one (from on(),
// addEventListener or onmessage) refs and starts it, taking off the last one stops and unrefs it. (node's ports
// also carry a 'newListener' and a 'removeListener' listener, which eventNames() shows; so do these.)
function setupPortReferencing(port, target, type) {
  port.unref();
  const firstAdded = () => {
    port.ref();
    port.start();
  };
  const lastRemoved = () => {
    const st = port[kState];
    if (!st.closed) host.stopPort(st.id);
    port.unref();
  };
  target.on('newListener', (name) => {
    if (name === type && target.listenerCount(name) === 0) firstAdded();
  });
  target.on('removeListener', (name) => {
    if (name === type && target.listenerCount(name) === 0) lastRemoved();
  });
  const added = target[kNewListener];
  const removed = target[kRemoveListener];
  const hook = (fn) => ({ __proto__: null, value: fn, writable: true, enumerable: true, configurable: true });
  Object.defineProperties(target, {
    [kNewListener]: hook(function(count, name, ...rest) {
      if (name === type && count === 1) firstAdded();
      return Reflect.apply(added, this, [count, name, ...rest]);
    }),
    [kRemoveListener]: hook(function(count, name, ...rest) {
      if (name === type && count === 0) lastRemoved();
      return Reflect.apply(removed, this, [count, name, ...rest]);
    }),
  });
}

// postMessage's second argument: a transfer list (any iterable) or { transfer }, as node's C++ reads it.
function transferListOf(transfer) {
  if (transfer === undefined || transfer === null) return undefined;
  if (typeof transfer !== 'object' && typeof transfer !== 'function') {
    throw nodeTypeError('ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
  }
  let list;
  if (typeof transfer[Symbol.iterator] === 'function') {
    list = [...transfer];
  } else {
    const t = transfer.transfer;
    if (t === undefined || t === null) return undefined;
    if ((typeof t !== 'object' && typeof t !== 'function') || typeof t[Symbol.iterator] !== 'function') {
      throw nodeTypeError('ERR_INVALID_ARG_TYPE', 'Optional options.transfer argument must be an iterable');
    }
    list = [...t];
  }
  // An untransferable ArrayBuffer (markAsUntransferable) in the list is refused by the serializer (node 24).
  return list;
}

function createPort(id) {
  return new MessagePort(kCreate, id);
}

// The Worker's own end: its messages go to `hook(type, value)`, not to listeners.
function setPortHook(port, hook) {
  port[kState].hook = hook;
}

// Internal messages (string payloads: worker stdio) on a port go to `fn(text)`.
function setInternalHandler(port, fn) {
  port[kState].internal = fn;
}


// A function rather than a class, for node's own error when called without new.
function MessageChannel() {
  if (new.target === undefined) {
    throw nodeTypeError('ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`');
  }
  const ids = host.newChannel();
  this.port1 = createPort(ids[0]);
  this.port2 = createPort(ids[1]);
}

function emitMessage(port, data, received, type) {
  port[kCurrentlyReceivingPorts] = received;
  try {
    port[kHybridDispatch](data, type, undefined);
  } finally {
    port[kCurrentlyReceivingPorts] = undefined;
  }
}

// A message arrived for `id` (called by the Java loop, one message per call): a port's, a BroadcastChannel's or
// the thread mailbox's.
function deliver(id, payload, attachments) {
  const port = ports.get(id);
  if (port === undefined) {
    const receiver = receivers.get(id);
    if (receiver !== undefined) receiver(payload, attachments);
    return;
  }
  const st = port[kState];
  if (typeof payload === 'string') { // an internal message (worker stdio), never a user's
    if (st.internal !== null) st.internal(payload);
    return;
  }
  let value;
  const received = [];
  try {
    value = deserialize(payload, attachments, received);
  } catch (err) {
    if (st.hook !== null) st.hook('messageerror', err);
    else emitMessage(port, err, [], 'messageerror');
    return;
  }
  if (st.hook !== null) st.hook('message', value);
  else emitMessage(port, value, received, 'message');
}

class MessagePortCloseEvent extends Event {
  constructor() {
    super('close');
  }
}

// The pair of port `id` was closed (from either end; the end close() was called on hears first): 'close' comes
// after the messages delivered before, and, for a worker's ports, before the worker's 'exit', as in node. (node
// emits it in its loop's close phase; here it comes in the message phase, see docs/worker-threads.md.)
function portClosed(id) {
  const port = ports.get(id);
  if (port === undefined) return;
  ports.delete(id);
  const st = port[kState];
  st.closed = true;
  updateRef(port);
  st.done = true;
  port.dispatchEvent(new MessagePortCloseEvent());
}

// A transferred port: closed here at once, 'close' in the loop's check phase.
function emitClose(port) {
  const st = port[kState];
  st.closed = true;
  updateRef(port);
  setImmediate(() => {
    st.done = true;
    port.dispatchEvent(new MessagePortCloseEvent());
  });
}

// ---- transfer of ports (the codec's host-object hooks) ----

function checkTransferable(port) {
  const st = port[kState];
  if (st.closed || !ports.has(st.id)) throw dataCloneError('MessagePort in transfer list is already detached');
}

// The port leaves this agent: it is closed here (node emits 'close' on it); returns the host's port end.
function detachPort(port) {
  const st = port[kState];
  ports.delete(st.id);
  const end = host.disownPort(st.id);
  emitClose(port);
  return end;
}

// A port end arrived in a message: this agent's MessagePort for it.
function adoptPort(end) {
  return createPort(host.adoptPort(end));
}

function receiveMessageOnPort(port) {
  if (!isMessagePort(port)) {
    throw nodeTypeError('ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
  }
  const st = port[kState];
  if (!ports.has(st.id)) return undefined;
  let m;
  while ((m = host.receive(st.id)) != null && typeof m.payload === 'string') {
    if (st.internal !== null) st.internal(m.payload);
  }
  if (m == null) return undefined;
  return { message: deserialize(m.payload, m.attachments) };
}

// Delivers, now, every message still waiting on a started port (a worker's messages come before its 'exit').
function flushPort(port) {
  const st = port[kState];
  let m;
  while (ports.has(st.id) && (m = host.receive(st.id)) != null) deliver(st.id, m.payload, m.attachments);
}

function moveMessagePortToContext(port, contextifiedSandbox) {
  if (!isMessagePort(port)) {
    throw nodeTypeError('ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
  }
  // A closed port fails first, whatever the context argument is.
  if (port[kState].closed) {
    throw nodeTypeError('ERR_CLOSED_MESSAGE_PORT', 'Cannot send data on closed MessagePort', Error);
  }
  const global = require('internal/vm/context').globalOf(contextifiedSandbox);
  if (global === undefined) throw nodeTypeError('ERR_INVALID_ARG_TYPE', 'Invalid context argument');
  return portInRealm(port, global);
}

// The port as an object of another realm (a vm context), as node gives it: made from that realm's Object, not an
// EventTarget; postMessage and start, and messages through its onmessage property. The port it wraps carries them.
function portInRealm(port, global) {
  const proto = global.Object.create(global.Object.prototype);
  const method = (fn) => ({ value: fn, writable: true, configurable: true, enumerable: false });
  Object.defineProperties(proto, {
    postMessage: method(function postMessage(value, transfer) { return port.postMessage(value, transfer); }),
    start: method(function start() { port.start(); }),
    constructor: method(function MessagePort() {
      throw nodeTypeError('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
    }),
  });
  const moved = global.Object.create(proto);
  let handler = null;
  Object.defineProperty(moved, 'onmessage', {
    get: () => handler,
    set(fn) {
      handler = typeof fn === 'function' ? fn : null;
      port.onmessage = handler === null ? null : (event) => handler.call(moved, event);
    },
    enumerable: true,
    configurable: true,
  });
  return moved;
}

// ---- BroadcastChannel ----

function dispatchMessageEvent(target, type, data) {
  target.dispatchEvent(new MessageEvent(type, { data }));
}

// A BroadcastChannel's subscription: ref'd from the start (node's handle has a 'message' listener).
class BroadcastHandle {
  constructor(channel, name) {
    this.id = host.broadcastSubscribe(name);
    this.refed = false;
    this.ref();
    receivers.set(this.id, (payload, attachments) => {
      let value;
      try {
        value = deserialize(payload, attachments);
      } catch (err) {
        dispatchMessageEvent(channel, 'messageerror', err);
        return;
      }
      dispatchMessageEvent(channel, 'message', value);
    });
  }

  ref() {
    if (!this.refed) {
      this.refed = true;
      host.ref();
    }
  }

  unref() {
    if (this.refed) {
      this.refed = false;
      host.unref();
    }
  }

  close() {
    this.unref();
    receivers.delete(this.id);
    host.broadcastUnsubscribe(this.id);
  }
}

// Each method first checks its receiver (ERR_INVALID_THIS otherwise); a closed channel has no handle.
class BroadcastChannel extends EventTarget {
  #name;
  #handle;

  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this.#name = `${name}`;
    this.#handle = new BroadcastHandle(this, this.#name);
  }

  static #own(channel) {
    if (channel === null || typeof channel !== 'object' || !(#name in channel)) {
      throw new ERR_INVALID_THIS('BroadcastChannel');
    }
    return channel;
  }

  [kInspect](depth, options, inspect) {
    const self = BroadcastChannel.#own(this);
    if (depth < 0) return 'BroadcastChannel';
    const shown = { name: self.#name, active: self.#handle !== undefined };
    const depthLeft = options.depth == null ? null : options.depth - 1;
    return `BroadcastChannel ${inspect(shown, { ...options, depth: depthLeft })}`;
  }

  get name() {
    return BroadcastChannel.#own(this).#name;
  }

  close() {
    const self = BroadcastChannel.#own(this);
    self.#handle?.close();
    self.#handle = undefined;
  }

  postMessage(message) {
    const self = BroadcastChannel.#own(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (self.#handle === undefined) throw domException('BroadcastChannel is closed.', 'InvalidStateError');
    const { payload, attachments } = serialize(message, undefined);
    if (!host.broadcastPost(self.#handle.id, payload, attachments)) {
      throw domException('Message could not be posted.');
    }
  }

  ref() {
    BroadcastChannel.#own(this).#handle?.ref();
    return this;
  }

  unref() {
    BroadcastChannel.#own(this).#handle?.unref();
    return this;
  }
}

// name, close and postMessage are enumerable, as in node.
for (const key of ['name', 'close', 'postMessage']) {
  Object.defineProperty(BroadcastChannel.prototype, key, { enumerable: true });
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

// The thread mailbox (postMessageToThread) delivers with id -1.
function setMailbox(fn) {
  receivers.set(-1, fn);
}

module.exports = {
  MessagePort, MessageChannel, MessageEvent, BroadcastChannel, createPort, setPortHook, setInternalHandler, deliver, portClosed,
  receiveMessageOnPort, moveMessagePortToContext, checkTransferable, detachPort, adoptPort, isMessagePort,
  setMailbox, transferListOf, kState, flushPort,
};
