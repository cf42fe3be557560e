'use strict';
// node 20's worker_threads exports, in node's order (Object.keys is the same), plus the later additions users
// ask for (isMarkedAsUntransferable, markAsUncloneable, isInternalThread) as non-enumerable properties, so that
// Object.keys still matches node 20.
const worker = require('internal/worker');
const io = require('internal/worker/io');
const { untransferable_object_private_symbol: kUntransferable } = internalBinding('util').privateSymbols;

function setEnvironmentData(key, value) {
  if (value === undefined) worker.environmentData.delete(key);
  else worker.environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return worker.environmentData.get(key);
}

// The same mark as node's (and internal/buffer's): such an ArrayBuffer is copied, not moved, by a transfer.
function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  obj[kUntransferable] = true;
}

function isMarkedAsUntransferable(obj) {
  if (obj == null) return false;
  return obj[kUntransferable] === true;
}

module.exports = {
  isMainThread: worker.isMainThread,
  MessagePort: io.MessagePort,
  MessageChannel: io.MessageChannel,
  markAsUntransferable,
  moveMessagePortToContext: io.moveMessagePortToContext,
  receiveMessageOnPort: io.receiveMessageOnPort,
  resourceLimits: worker.getResourceLimits(),
  postMessageToThread: worker.postMessageToThread,
  threadId: worker.threadId,
  SHARE_ENV: worker.SHARE_ENV,
  Worker: worker.Worker,
  parentPort: worker.getParentPort(),
  workerData: worker.isMainThread ? null : worker.getWorkerData(),
  BroadcastChannel: io.BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};

const hidden = (value) => ({ __proto__: null, value, writable: true, configurable: true, enumerable: false });
Object.defineProperties(module.exports, {
  isMarkedAsUntransferable: hidden(isMarkedAsUntransferable),
  markAsUncloneable: hidden(require('internal/worker/serialize').markAsUncloneable),
  isInternalThread: hidden(false),
});
