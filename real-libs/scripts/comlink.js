// comlink (with its node adapter, comlink/dist/umd/node-adapter): proxies, properties, callbacks, errors.
const { Worker } = require('node:worker_threads');
const path = require('node:path');
const Comlink = require('comlink');
const nodeEndpoint = require('comlink/dist/umd/node-adapter');
(async () => {
  const worker = new Worker(path.join(__dirname, 'workers/comlink-worker.js'));
  const api = Comlink.wrap(nodeEndpoint(worker));
  console.log(await api.inc(), await api.inc(5), await api.counter, await api.later(14));
  console.log(await api.callBack(Comlink.proxy((s) => `callback got ${s}`)));
  try {
    await api.fail();
  } catch (e) {
    console.log('threw:', e.message);
  }
  api[Comlink.releaseProxy]();
  await worker.terminate();
  console.log('terminated');
})();
