'use strict';
// setEnvironmentData values are copied into workers started afterwards (getEnvironmentData).
const common = require('../common');
const assert = require('assert');
const { Worker, isMainThread, parentPort, getEnvironmentData, setEnvironmentData } = require('worker_threads');

if (isMainThread) {
  setEnvironmentData('greeting', 'hello');
  setEnvironmentData('config', { level: 3 });
  assert.strictEqual(getEnvironmentData('greeting'), 'hello');
  const w = new Worker(__filename);
  w.on('message', common.mustCall((m) => assert.deepStrictEqual(m, ['hello', { level: 3 }])));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
} else {
  parentPort.postMessage([getEnvironmentData('greeting'), getEnvironmentData('config')]);
}
