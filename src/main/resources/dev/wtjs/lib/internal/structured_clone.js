'use strict';
// structuredClone() and the message codec the messaging layer (MessagePort / Worker postMessage) builds on.
// Mirrors node 20's C++ Message::Serialize / Message::Deserialize (src/node_messaging.cc) on top of the pure-JS
// serdes binding.
//
//   serializeMessage(value, transferList, hostHooks) -> message
//     message = {
//       bytes,               Uint8Array: V8 wire format (version 15)
//       transferred,         ArrayBuffer[]: contents of the transfer-listed ArrayBuffers, in transfer-id order.
//                            The originals are detached. They are ArrayBuffers of the sender's realm: the host
//                            re-creates them in the receiver's realm (same contents, same order).
//       sharedArrayBuffers,  SharedArrayBuffer[]: SABs met in the value, in 'u'-id order (only used when
//                            hostHooks.getSharedArrayBufferId is absent)
//       hostObjects,         [{ mode, data }]: host objects, in host-id order. First the transfer-listed
//                            transferables (mode HOST_TRANSFERABLE, data from hostHooks.transferHostObject),
//                            then cloneables met in the value (mode HOST_CLONEABLE, data from
//                            hostHooks.cloneHostObject)
//     }
//   deserializeMessage(bytes, transferred, hostHooks, { sharedArrayBuffers, hostObjects }) -> value
//   deserializeMessage(message, hostHooks) -> value  (the same, with the message object)
//
// hostHooks (every hook optional; the defaults make structuredClone work within one realm):
//   hostObjectMode(obj) -> HOST_NONE | HOST_TRANSFERABLE | HOST_CLONEABLE | HOST_UNCLONEABLE
//       Asked for every transfer-list entry that is not an ArrayBuffer and for every plain (non-array,
//       non-builtin) object in the value. HOST_NONE: an ordinary JS object. HOST_TRANSFERABLE (a MessagePort):
//       must be in the transfer list. HOST_CLONEABLE: copied via cloneHostObject. HOST_UNCLONEABLE: throws
//       DataCloneError 'Cannot clone object of unsupported type.'
//   checkTransfer(obj)            for a transferable in the transfer list; throws to refuse it (e.g. a detached
//                                 port: createDataCloneError('MessagePort in transfer list is already detached'))
//   transferHostObject(obj) -> data   after serialization succeeded: detach obj here, return what the
//                                     receiver needs to re-create it
//   cloneHostObject(obj) -> data
//   receiveHostObject(data, mode) -> object   (receiver realm) re-create a host object
//   getSharedArrayBufferId(sab) -> uint32     (sender) register a SAB with the host
//   getSharedArrayBufferFromId(id) -> SharedArrayBuffer   (receiver) the registered SAB, in this realm
//
// setDefaultHostHooks(hooks) sets the hooks the global structuredClone() uses (the messaging layer registers
// MessagePort support there).

const {
  ArrayPrototypeIncludes,
  ArrayPrototypeIndexOf,
  ArrayPrototypePush,
  ArrayBufferIsView,
  ArrayBufferPrototypeSlice,
  Error,
  FunctionPrototypeCall,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  SymbolIterator,
  TypeError,
  globalThis,
} = primordials;

const ABTransfer = primordials.ArrayBufferPrototypeTransfer;

const {
  Serializer,
  Deserializer,
  isArrayBuffer,
  isSharedArrayBuffer,
  isDetached,
} = internalBinding('serdes');
const { isMarkedAsUntransferable } = require('internal/untransferable');

const HOST_NONE = 0;
const HOST_TRANSFERABLE = 1;
const HOST_CLONEABLE = 2;
const HOST_UNCLONEABLE = 3;

const kNoHooks = { __proto__: null };
let defaultHostHooks = kNoHooks;

function setDefaultHostHooks(hooks) {
  defaultHostHooks = hooks == null ? kNoHooks : hooks;
}

function getDefaultHostHooks() {
  return defaultHostHooks;
}

// ---- errors ------------------------------------------------------------------------------------------------
function nodeTypeError(code, message) {
  // Like node's C++ THROW_ERR_*: a TypeError with an own `code`, message without the code.
  const err = new TypeError(message);
  err.code = code;
  return err;
}

let DOMExceptionCtor;
function getDOMException() {
  if (DOMExceptionCtor === undefined) {
    try {
      DOMExceptionCtor = require('internal/per_context/domexception').DOMException;
    } catch {
      // not ported yet
    }
    if (typeof DOMExceptionCtor !== 'function') DOMExceptionCtor = globalThis.DOMException;
    if (typeof DOMExceptionCtor !== 'function') {
      DOMExceptionCtor = class DOMException extends Error {
        constructor(message = '', name = 'Error') {
          super(message);
          this.name = name;
          this.code = name === 'DataCloneError' ? 25 : 0;
        }
      };
    }
  }
  return DOMExceptionCtor;
}

function createDataCloneError(message) {
  const DOMException = getDOMException();
  return new DOMException(message, 'DataCloneError');
}

// ---- ArrayBuffer detaching ------------------------------------------------------------------------------
// node 20 itself has no ArrayBuffer.prototype.transfer; under it (the test harness) the engine's own
// structuredClone moves the buffer. GraalJS 25 has transfer().
const engineStructuredClone = typeof ABTransfer !== 'function' &&
  typeof globalThis.structuredClone === 'function' ? globalThis.structuredClone : undefined;

function detachArrayBuffer(ab) {
  if (isDetached(ab)) return new primordials.ArrayBuffer(0);
  if (typeof ABTransfer === 'function') return ABTransfer(ab);
  if (engineStructuredClone !== undefined) return engineStructuredClone(ab, { transfer: [ab] });
  return ArrayBufferPrototypeSlice(ab, 0);  // cannot detach: copying will have to do
}

// ---- serialization ------------------------------------------------------------------------------------------
function constructorName(obj) {
  for (let p = obj; p !== null; p = ObjectGetPrototypeOf(p)) {
    const d = ObjectGetOwnPropertyDescriptor(p, 'constructor');
    if (d !== undefined) {
      const ctor = d.value;
      if (typeof ctor === 'function') {
        const n = ObjectGetOwnPropertyDescriptor(ctor, 'name');
        if (n !== undefined && typeof n.value === 'string' && n.value !== '') return n.value;
      }
      break;
    }
  }
  return 'Object';
}

function hostModeOf(hooks, obj) {
  const f = hooks.hostObjectMode;
  if (typeof f !== 'function') return HOST_NONE;
  return FunctionPrototypeCall(f, hooks, obj) | 0;
}

class MessageSerializer extends Serializer {
  constructor(hooks, message, hostList) {
    super();
    this.hooks = hooks;
    this.message = message;
    this.hostList = hostList;
    this.lastHostObject = undefined;
    this.lastHostMode = HOST_NONE;
    if (typeof hooks.hostObjectMode !== 'function') this._isHostObject = undefined;
  }

  _getDataCloneError(message) {
    return createDataCloneError(message);
  }

  _getSharedArrayBufferId(sab) {
    const f = this.hooks.getSharedArrayBufferId;
    if (typeof f === 'function') return FunctionPrototypeCall(f, this.hooks, sab);
    const list = this.message.sharedArrayBuffers;
    let i = ArrayPrototypeIndexOf(list, sab);
    if (i === -1) {
      i = list.length;
      ArrayPrototypePush(list, sab);
    }
    return i;
  }

  _isHostObject(obj) {
    const mode = hostModeOf(this.hooks, obj);
    this.lastHostObject = obj;
    this.lastHostMode = mode;
    return mode !== HOST_NONE;
  }

  _writeHostObject(obj) {
    const mode = this.lastHostObject === obj ? this.lastHostMode : hostModeOf(this.hooks, obj);
    if (mode === HOST_UNCLONEABLE || mode === HOST_NONE) {
      throw createDataCloneError('Cannot clone object of unsupported type.');
    }
    const list = this.hostList;
    let i = ArrayPrototypeIndexOf(list, obj);
    if (i === -1) {
      if (mode === HOST_TRANSFERABLE) {
        throw createDataCloneError('Object that needs transfer was found in message but not listed in transferList');
      }
      i = list.length;
      ArrayPrototypePush(list, obj);
    }
    this.writeUint32(i);
  }
}

const kInvalidTransfer = 'Found invalid value in transferList.';

function serializeMessage(value, transferList, hostHooks) {
  const hooks = hostHooks == null ? defaultHostHooks : hostHooks;
  const message = { bytes: null, transferred: [], sharedArrayBuffers: [], hostObjects: [] };
  const hostList = [];
  const ser = new MessageSerializer(hooks, message, hostList);
  const arrayBuffers = [];
  const length = transferList == null ? 0 : transferList.length;
  for (let i = 0; i < length; i++) {
    const entry = transferList[i];
    if (entry === null || (typeof entry !== 'object' && typeof entry !== 'function')) {
      throw createDataCloneError(kInvalidTransfer);
    }
    if (isArrayBuffer(entry) && !isSharedArrayBuffer(entry)) {
      if (ArrayPrototypeIncludes(arrayBuffers, entry)) {
        throw createDataCloneError('Transfer list contains duplicate ArrayBuffer');
      }
      // markAsUntransferable (e.g. Buffer's pool) and detached buffers cannot move.
      if (isMarkedAsUntransferable(entry) || isDetached(entry)) {
        throw createDataCloneError('Cannot transfer object of unsupported type.');
      }
      ser.transferArrayBuffer(arrayBuffers.length, entry);
      ArrayPrototypePush(arrayBuffers, entry);
      continue;
    }
    const mode = hostModeOf(hooks, entry);
    if (mode !== HOST_NONE) {
      if (typeof hooks.checkTransfer === 'function') FunctionPrototypeCall(hooks.checkTransfer, hooks, entry);
      if (ArrayPrototypeIncludes(hostList, entry)) {
        throw createDataCloneError(`Transfer list contains duplicate ${constructorName(entry)}`);
      }
      if (mode === HOST_TRANSFERABLE) {
        ArrayPrototypePush(hostList, entry);
        continue;
      }
    }
    throw createDataCloneError(kInvalidTransfer);
  }
  const transferables = hostList.length;

  ser.writeHeader();
  ser.writeValue(value);

  // Serialization succeeded: now render the transferred buffers unusable here.
  for (let i = 0; i < arrayBuffers.length; i++) {
    ArrayPrototypePush(message.transferred, detachArrayBuffer(arrayBuffers[i]));
  }
  for (let i = 0; i < hostList.length; i++) {
    const obj = hostList[i];
    let mode, f;
    if (i < transferables) {
      mode = HOST_TRANSFERABLE;
      f = hooks.transferHostObject;
    } else {
      mode = HOST_CLONEABLE;
      f = hooks.cloneHostObject;
    }
    const data = typeof f === 'function' ? FunctionPrototypeCall(f, hooks, obj) : obj;
    ArrayPrototypePush(message.hostObjects, { mode, data });
  }
  message.bytes = ser.releaseBytes();
  return message;
}

// ---- deserialization ---------------------------------------------------------------------------------------
class MessageDeserializer extends Deserializer {
  constructor(bytes, hooks, hostObjects, sharedArrayBuffers) {
    super(bytes);
    this.hooks = hooks;
    this.hostObjects = hostObjects;
    this.sharedArrayBuffers = sharedArrayBuffers;
  }

  _readHostObject() {
    const i = this.readUint32();
    if (i >= this.hostObjects.length) throw new Error('Unable to deserialize cloned data.');
    return this.hostObjects[i];
  }

  _getSharedArrayBufferFromId(id) {
    const f = this.hooks.getSharedArrayBufferFromId;
    if (typeof f === 'function') return FunctionPrototypeCall(f, this.hooks, id);
    return this.sharedArrayBuffers[id];
  }
}

function deserializeMessage(bytes, transferred, hostHooks, extras) {
  if (bytes !== null && typeof bytes === 'object' && !ArrayBufferIsView(bytes)) {
    // deserializeMessage(message, hostHooks)
    const message = bytes;
    return deserializeMessage(message.bytes, message.transferred, transferred, message);
  }
  const hooks = hostHooks == null ? defaultHostHooks : hostHooks;
  const sharedArrayBuffers = extras != null && extras.sharedArrayBuffers != null ? extras.sharedArrayBuffers : [];
  const received = extras != null && extras.hostObjects != null ? extras.hostObjects : [];
  // Create the host objects first (node does: the MessagePorts exist before the value does).
  const hostObjects = [];
  for (let i = 0; i < received.length; i++) {
    const { mode, data } = received[i];
    const f = hooks.receiveHostObject;
    ArrayPrototypePush(hostObjects, typeof f === 'function' ? FunctionPrototypeCall(f, hooks, data, mode) : data);
  }
  const des = new MessageDeserializer(bytes, hooks, hostObjects, sharedArrayBuffers);
  if (transferred != null) {
    for (let i = 0; i < transferred.length; i++) des.transferArrayBuffer(i, transferred[i]);
  }
  des.readHeader();
  return des.readValue();
}

// ---- structuredClone -------------------------------------------------------------------------------------
// node 24 converts the options as a WebIDL dictionary and `transfer` as a sequence<object>.
const kWhere = "Failed to execute 'structuredClone': ";

function optionsError(what) {
  return nodeTypeError('ERR_INVALID_ARG_TYPE', kWhere + what);
}

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function transferSequence(transfer) {
  const notSequence = () => optionsError('transfer in Options cannot be converted to sequence.');
  if (!isObjectLike(transfer)) throw notSequence();
  const method = transfer[SymbolIterator];
  if (typeof method !== 'function') throw notSequence();
  const iterator = FunctionPrototypeCall(method, transfer);
  if (!isObjectLike(iterator)) throw notSequence();
  const next = iterator.next;
  if (typeof next !== 'function') throw notSequence();
  const items = [];
  for (;;) {
    const step = FunctionPrototypeCall(next, iterator);
    if (!isObjectLike(step)) throw notSequence();
    if (step.done) break;
    const item = step.value;
    if (!isObjectLike(item)) throw optionsError(`transfer in Options[${items.length}] is not an object.`);
    ArrayPrototypePush(items, item);
  }
  return items;
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    // node 24 nests its own message inside the ERR_MISSING_ARGS template.
    throw nodeTypeError('ERR_MISSING_ARGS', 'The "The value argument must be specified" argument must be specified');
  }
  let transferList;
  if (options !== undefined && options !== null) {
    if (!isObjectLike(options)) throw optionsError('Options cannot be converted to a dictionary');
    const transfer = options.transfer;
    if (transfer !== undefined) transferList = transferSequence(transfer);
  }
  const hooks = defaultHostHooks;
  const message = serializeMessage(value, transferList, hooks);
  return deserializeMessage(message.bytes, message.transferred, hooks, message);
}

// node's structuredClone is a C++ function of length 0.
primordials.ObjectDefineProperty(structuredClone, 'length', { __proto__: null, value: 0 });

module.exports = {
  structuredClone,
  serializeMessage,
  deserializeMessage,
  createDataCloneError,
  setDefaultHostHooks,
  getDefaultHostHooks,
  detachArrayBuffer,
  HOST_NONE,
  HOST_TRANSFERABLE,
  HOST_CLONEABLE,
  HOST_UNCLONEABLE,
};
