'use strict';
// worker_threads' exports in node 24's order (Object.keys is the same), except `locks` (the Web Locks API across
// threads is not built yet: README, differences).
const worker = require('internal/worker');
const io = require('internal/worker/io');
const { markAsUntransferable, isMarkedAsUntransferable } = require('internal/untransferable');

function setEnvironmentData(key, value) {
  if (value === undefined) worker.environmentData.delete(key);
  else worker.environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return worker.environmentData.get(key);
}

// node 24: '' on the main thread, the worker's `name` option, else 'WorkerThread'.
function threadName() {
  if (worker.isMainThread) return '';
  return internalBinding('host').workerName() || 'WorkerThread';
}

module.exports = {
  isInternalThread: false,
  isMainThread: worker.isMainThread,
  MessagePort: io.MessagePort,
  MessageChannel: io.MessageChannel,
  markAsUncloneable: require('internal/worker/serialize').markAsUncloneable,
  markAsUntransferable,
  isMarkedAsUntransferable,
  moveMessagePortToContext: io.moveMessagePortToContext,
  receiveMessageOnPort: io.receiveMessageOnPort,
  resourceLimits: worker.getResourceLimits(),
  postMessageToThread: worker.postMessageToThread,
  threadId: worker.threadId,
  threadName: threadName(),
  SHARE_ENV: worker.SHARE_ENV,
  Worker: worker.Worker,
  parentPort: worker.getParentPort(),
  workerData: worker.isMainThread ? null : worker.getWorkerData(),
  BroadcastChannel: io.BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
