'use strict';
// resourceLimits given to the constructor are visible in the worker and on the Worker while it runs.
const common = require('../common');
const assert = require('assert');
const { Worker, isMainThread, parentPort, resourceLimits } = require('worker_threads');

const limits = {
  maxOldGenerationSizeMb: 64,
  maxYoungGenerationSizeMb: 16,
  codeRangeSizeMb: 16,
  stackSizeMb: 2,
};

if (isMainThread) {
  const w = new Worker(__filename, { resourceLimits: limits });
  w.on('message', common.mustCall((inWorker) => {
    assert.deepStrictEqual(inWorker, limits);
    assert.deepStrictEqual(w.resourceLimits, limits);
    w.postMessage('bye');
  }));
  w.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(w.resourceLimits, {});
  }));
} else {
  parentPort.postMessage(resourceLimits);
  parentPort.once('message', () => parentPort.close());
}
