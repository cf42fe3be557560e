'use strict';
const worker = require('internal/worker');
const io = require('internal/worker/io');
const { validateObject } = require('internal/validators');

function setEnvironmentData(key, value) {
  if (value === undefined) worker.environmentData.delete(key);
  else worker.environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return worker.environmentData.get(key);
}

function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  untransferable.add(obj);
}
const untransferable = new WeakSet();

module.exports = {
  isMainThread: worker.isMainThread,
  MessagePort: io.MessagePort,
  MessageChannel: io.MessageChannel,
  markAsUntransferable,
  isMarkedAsUntransferable: (obj) => untransferable.has(obj),
  moveMessagePortToContext: undefined,
  receiveMessageOnPort: io.receiveMessageOnPort,
  resourceLimits: {},
  threadId: worker.threadId,
  SHARE_ENV: worker.SHARE_ENV,
  Worker: worker.Worker,
  parentPort: worker.getParentPort(),
  workerData: worker.getWorkerData(),
  setEnvironmentData,
  getEnvironmentData,
};
void validateObject;
