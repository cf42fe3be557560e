'use strict';
// setEnvironmentData/getEnvironmentData: copied into each new worker at its start, also into nested workers;
// later changes in the parent are not seen by a running worker. SHARE_ENV shares process.env; env objects are
// copies.
const { Worker, setEnvironmentData, getEnvironmentData, SHARE_ENV, isMainThread } = require('worker_threads');

if (isMainThread) {
  setEnvironmentData('config', { level: 1, list: [1, 2] });
  setEnvironmentData(42, 'numeric key');
  setEnvironmentData('gone', 'x');
  setEnvironmentData('gone', undefined);
  console.log('main', getEnvironmentData('config'), getEnvironmentData(42), getEnvironmentData('gone'));
  console.log(typeof SHARE_ENV, String(SHARE_ENV));
  process.env.WTJS_SHARED = 'before';
  const w = new Worker(__filename, { env: SHARE_ENV, workerData: 'child' });
  setEnvironmentData('config', 'changed after start');
  w.on('exit', () => {
    console.log('main sees env set by worker:', process.env.FROM_WORKER);
    const w2 = new Worker(`
      const { getEnvironmentData } = require('worker_threads');
      console.log('copied env', process.env.WTJS_SHARED, process.env.ONLY, getEnvironmentData('config'));
      process.env.FROM_COPY = 'x';
    `, { eval: true, env: { ONLY: 1, WTJS_SHARED: 'own' } });
    w2.on('exit', () => console.log('after copy', process.env.FROM_COPY));
  });
} else {
  const { workerData } = require('worker_threads');
  console.log(workerData, getEnvironmentData('config'), getEnvironmentData(42), getEnvironmentData('gone'));
  if (workerData === 'child') {
    console.log('shared env', process.env.WTJS_SHARED);
    process.env.FROM_WORKER = 'yes';
    setEnvironmentData('nested', true);
    const n = new Worker(__filename, { workerData: 'grandchild' });
    n.on('exit', () => console.log('grandchild done'));
  } else {
    console.log('nested key', getEnvironmentData('nested'), 'env', process.env.FROM_WORKER);
  }
}
