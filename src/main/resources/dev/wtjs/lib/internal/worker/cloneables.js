'use strict';
// Host objects the structured clone copies or refuses besides MessagePorts: a prototype that carries
// `kHostClone` says how. { kind, write(obj) -> string }: cloneable (a Blob, a File): the string crosses agents and
// readers[kind] makes the copy in the receiving realm. { transferOnly: true }: an object node only transfers (the
// web streams): cloning it throws node's DataCloneError, and wtjs cannot transfer it either.

const { HOST_NONE, HOST_TRANSFERABLE, HOST_CLONEABLE, createDataCloneError } = require('internal/structured_clone');

const kHostClone = Symbol('kHostClone');

const readers = {
  Blob: (text) => require('internal/blob').blobFromClone(text),
  File: (text) => require('internal/file').fileFromClone(text),
};

function cloneMode(obj) {
  const how = obj[kHostClone];
  if (how === undefined) return HOST_NONE;
  return how.transferOnly ? HOST_TRANSFERABLE : HOST_CLONEABLE;
}

function checkTransfer() {
  throw createDataCloneError('Cannot transfer object of unsupported type.');
}

function cloneData(obj) {
  const how = obj[kHostClone];
  return `${how.kind}\n${how.write(obj)}`;
}

function fromCloneData(data) {
  const text = `${data}`;
  const cut = text.indexOf('\n');
  const read = readers[text.slice(0, cut)];
  if (read === undefined) throw new Error('Unable to deserialize cloned data.');
  return read(text.slice(cut + 1));
}

// Marks a class whose instances node transfers but wtjs cannot.
function markTransferOnly(Class) {
  Object.defineProperty(Class.prototype, kHostClone, { value: { transferOnly: true } });
}

module.exports = { kHostClone, cloneMode, checkTransfer, cloneData, fromCloneData, markTransferOnly };
