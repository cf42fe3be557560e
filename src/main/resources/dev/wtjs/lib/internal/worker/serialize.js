'use strict';
// What crosses agents: a value becomes { payload, attachments } in the sender's realm and a value again in the
// receiver's. payload: an ArrayBuffer with the V8 wire-format bytes (internal/structured_clone). attachments: a
// flat array the host carries beside it:
//   [nTransferred, ...ArrayBuffer, nShared, ...SharedMemory, nHost, ...(mode, data)]
// Transferred ArrayBuffers are copied once into Java and arrive as ArrayBuffers over that memory; shared memory
// (SharedArrayBuffer) is the same memory in both agents; ports arrive as the host's port ends, owned by the
// receiver.

const host = internalBinding('host');
const shared = internalBinding('shared_memory');
const {
  serializeMessage, deserializeMessage, setDefaultHostHooks, HOST_TRANSFERABLE, HOST_CLONEABLE, HOST_UNCLONEABLE,
} = require('internal/structured_clone');

// worker_threads.markAsUncloneable (node 22): such objects make a clone throw a DataCloneError.
const uncloneable = new WeakSet();
let anyUncloneable = false; // spares every message a WeakSet lookup per object until something is marked
function markAsUncloneable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  uncloneable.add(obj);
  anyUncloneable = true;
}

let io; // internal/worker/io, which requires this module
function lazyIo() {
  io ??= require('internal/worker/io');
  return io;
}

let sharedOut = null; // SharedMemory list of the message being written
let sharedIn = null; // ... of the message being read
let portsIn = null; // where the ports that arrive in the message being read are listed (MessageEvent.ports)

const cloneables = require('internal/worker/cloneables');

const hooks = {
  __proto__: null,
  hostObjectMode(obj) {
    if (anyUncloneable && uncloneable.has(obj)) return HOST_UNCLONEABLE;
    if (lazyIo().isMessagePort(obj)) return HOST_TRANSFERABLE;
    return cloneables.cloneMode(obj);
  },
  checkTransfer(obj) {
    if (lazyIo().isMessagePort(obj)) lazyIo().checkTransferable(obj);
    else cloneables.checkTransfer(obj);
  },
  transferHostObject(port) {
    return lazyIo().detachPort(port);
  },
  cloneHostObject(obj) {
    return cloneables.cloneData(obj);
  },
  receiveHostObject(data, mode) {
    if (mode === HOST_CLONEABLE) return cloneables.fromCloneData(data);
    const port = lazyIo().adoptPort(data);
    if (portsIn !== null) portsIn.push(port);
    return port;
  },
  getSharedArrayBufferId(sab) {
    const m = shared.memoryOf(sab);
    if (m === undefined) {
      const { createDataCloneError } = require('internal/structured_clone');
      throw createDataCloneError('#<SharedArrayBuffer> could not be cloned.');
    }
    if (sharedOut === null) return 0; // structuredClone within this realm: the id is not used
    let i = sharedOut.indexOf(m);
    if (i < 0) i = sharedOut.push(m) - 1;
    return i;
  },
  getSharedArrayBufferFromId(id) {
    if (sharedIn === null || id >= sharedIn.length) throw new Error('Unable to deserialize cloned data.');
    return shared.fromMemory(sharedIn[id]);
  },
};
// Within one realm (structuredClone): ports and transferred objects stay themselves; cloneables are copied.
setDefaultHostHooks({
  __proto__: null,
  hostObjectMode: hooks.hostObjectMode,
  checkTransfer: hooks.checkTransfer,
  cloneHostObject: hooks.cloneHostObject,
  receiveHostObject: (data, mode) => (mode === HOST_CLONEABLE ? cloneables.fromCloneData(data) : data),
});

function exactBuffer(bytes) {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes.buffer;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

function serialize(value, transferList) {
  sharedOut = [];
  let message;
  try {
    message = serializeMessage(value, transferList, hooks);
  } finally {
    const list = sharedOut;
    sharedOut = null;
    if (message !== undefined) message.shared = list;
  }
  const { transferred, shared: sharedList, hostObjects } = message;
  let attachments = null;
  if (transferred.length !== 0 || sharedList.length !== 0 || hostObjects.length !== 0) {
    attachments = [transferred.length, ...transferred, sharedList.length, ...sharedList, hostObjects.length];
    for (const h of hostObjects) attachments.push(h.mode, h.data);
  }
  return { payload: exactBuffer(message.bytes), attachments };
}

// The host hands over Java buffers; GraalJS sees them as "interop" ArrayBuffers, which cannot be transferred
// (detached) again and are slower to read. Copy them into this realm's own memory once, on arrival.
function toArrayBuffer(payload) {
  if (payload instanceof ArrayBuffer) return payload;
  const foreign = new Uint8Array(new ArrayBuffer(payload));
  const own = new Uint8Array(foreign.length);
  own.set(foreign);
  return own.buffer;
}

function deserialize(payload, attachments, receivedPorts = null) {
  const bytes = new Uint8Array(toArrayBuffer(payload));
  if (attachments == null) return deserializeMessage(bytes, null, hooks, null);
  let i = 0;
  const transferred = [];
  for (let n = attachments[i++]; n > 0; n--) transferred.push(toArrayBuffer(attachments[i++]));
  const sharedList = [];
  for (let n = attachments[i++]; n > 0; n--) sharedList.push(attachments[i++]);
  const hostObjects = [];
  for (let n = attachments[i++]; n > 0; n--) hostObjects.push({ mode: attachments[i++], data: attachments[i++] });
  sharedIn = sharedList;
  portsIn = receivedPorts;
  try {
    return deserializeMessage(bytes, transferred, hooks, { hostObjects });
  } finally {
    sharedIn = null;
    portsIn = null;
  }
}

module.exports = { serialize, deserialize, markAsUncloneable };
