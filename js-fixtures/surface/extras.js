'use strict';
// worker.performance.eventLoopUtilization(), postMessageToThread (with process 'workerMessage'),
// moveMessagePortToContext's error, the exports (but `locks`, not built yet: README, differences).
const wt = require('worker_threads');
const { Worker, postMessageToThread, moveMessagePortToContext, MessageChannel } = wt;

console.log(Object.keys(wt).filter((k) => k !== 'locks').join(' '), JSON.stringify(wt.threadName));
const w = new Worker(`
  const { parentPort, threadId } = require('worker_threads');
  process.on('workerMessage', (value, source) => {
    parentPort.postMessage('worker ' + threadId + ' got ' + JSON.stringify(value) + ' from ' + source);
    if (value === 'stop') setImmediate(() => process.exit(0));
  });
  parentPort.postMessage('ready');
  setInterval(() => {}, 1000);
`, { eval: true });
const before = w.performance.eventLoopUtilization();
console.log('before online', before);
const fromWorker = [];
w.on('message', async (m) => {
  if (m !== 'ready') {
    fromWorker.push(m);
    return;
  }
  const elu = w.performance.eventLoopUtilization();
  console.log('elu keys', Object.keys(elu).join(','), typeof elu.idle, elu.utilization >= 0 && elu.utilization <= 1);
  const delta = w.performance.eventLoopUtilization(elu);
  console.log('delta keys', Object.keys(delta).join(','));
  await postMessageToThread(w.threadId, { hello: 1 });
  console.log('delivered');
  try {
    await postMessageToThread(wt.threadId, 'self');
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    await postMessageToThread(999, 'nobody');
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    await postMessageToThread(w.threadId, 'x', 'soon');
  } catch (e) {
    console.log(e.code, e.message);
  }
  await postMessageToThread(w.threadId, 'stop');
});
w.on('exit', (code) => {
  console.log(fromWorker.join('\n'));
  console.log('exit', code, w.performance.eventLoopUtilization());
  const { port1 } = new MessageChannel();
  for (const args of [[port1, {}], [{}, {}], [port1, undefined]]) {
    try {
      moveMessagePortToContext(...args);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
});
