'use strict';
// MessagePort and MessageChannel over the host's entangled port pairs. A port with a 'message' listener is
// started and keeps the loop alive unless unref'd; messages wait in the host queue until the port starts.

const EventEmitter = require('events');
const host = internalBinding('host');
const { serialize, deserialize } = require('internal/worker/serialize');

const kId = Symbol('kId');
const kRefed = Symbol('kRefed');
const kHolding = Symbol('kHolding');
const kClosed = Symbol('kClosed');
const kOnMessage = Symbol('kOnMessage');
const kCreate = Symbol('kCreate');

const ports = new Map(); // host port id -> MessagePort of this agent

class MessagePort extends EventEmitter {
  constructor(key, id) {
    if (key !== kCreate) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_CONSTRUCT_CALL_INVALID();
    }
    super();
    Object.defineProperty(this, kId, { value: id, writable: true });
    this[kRefed] = true;
    this[kHolding] = false;
    this[kClosed] = false;
    this[kOnMessage] = null;
    ports.set(id, this);
    this.on('newListener', (event) => {
      if (event === 'message' && this.listenerCount('message') === 0) {
        process.nextTick(() => this._updateRef());
        this.start();
      }
    });
    this.on('removeListener', (event) => {
      if (event === 'message') this._updateRef();
    });
  }

  postMessage(value, transferList) {
    if (this[kClosed]) return;
    if (arguments.length === 0) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_MISSING_ARGS('message');
    }
    const { payload, attachments } = serialize(value, transferList);
    host.postMessage(this[kId], payload, attachments);
  }

  start() {
    if (!this[kClosed]) host.startPort(this[kId]);
  }

  close() {
    if (this[kClosed]) return;
    host.closePort(this[kId]);
  }

  ref() {
    this[kRefed] = true;
    this._updateRef();
    return this;
  }

  unref() {
    this[kRefed] = false;
    this._updateRef();
    return this;
  }

  hasRef() {
    return this[kHolding];
  }

  // Holds the loop while the port is open, ref'd and listened to.
  _updateRef() {
    const hold = !this[kClosed] && this[kRefed] &&
      (this.listenerCount('message') > 0 || this[kOnMessage] !== null);
    if (hold === this[kHolding]) return;
    this[kHolding] = hold;
    if (hold) host.ref(); else host.unref();
  }
}
Object.defineProperty(MessagePort.prototype, '_updateRef', { enumerable: false });

function createPort(id) {
  return new MessagePort(kCreate, id);
}

class MessageChannel {
  constructor() {
    const ids = host.newChannel();
    this.port1 = createPort(ids[0]);
    this.port2 = createPort(ids[1]);
  }
}

// A message arrived for port `id` (called by the Java loop, one message per call).
function deliver(id, payload, attachments) {
  const port = ports.get(id);
  if (port === undefined) return;
  let value;
  try {
    value = deserialize(payload, attachments);
  } catch (err) {
    if (process.env.WTJS_DEBUG) process._rawDebug?.(err) ?? host.write(2, `messageerror: ${err.stack}\n`);
    port.emit('messageerror', err);
    return;
  }
  if (port[kOnMessage] !== null) port[kOnMessage](value);
  else port.emit('message', value);
}

// The pair of port `id` was closed (from either end).
function portClosed(id) {
  const port = ports.get(id);
  if (port === undefined) return;
  ports.delete(id);
  port[kClosed] = true;
  port._updateRef();
  port.emit('close');
}

// ---- transfer of ports (the codec's host-object hooks) ----

function checkTransferable(port) {
  if (port[kClosed] || !ports.has(port[kId])) {
    const { createDataCloneError } = require('internal/structured_clone');
    throw createDataCloneError('MessagePort in transfer list is already detached');
  }
}

// The port leaves this agent: it becomes unusable here; returns the host's port end for the receiver.
function detachPort(port) {
  const id = port[kId];
  ports.delete(id);
  port[kClosed] = true;
  port._updateRef();
  port.removeAllListeners();
  return host.disownPort(id);
}

// A port end arrived in a message: this agent's MessagePort for it.
function adoptPort(end) {
  return createPort(host.adoptPort(end));
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  }
  const m = host.receive(port[kId]);
  if (m == null) return undefined;
  return { message: deserialize(m.payload, m.attachments) };
}

module.exports = {
  MessagePort, MessageChannel, createPort, deliver, portClosed, receiveMessageOnPort, kOnMessage, kId, kClosed,
  checkTransferable, detachPort, adoptPort,
};
