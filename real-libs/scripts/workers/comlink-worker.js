// A comlink worker over worker_threads, through comlink's node adapter.
const { parentPort } = require('node:worker_threads');
const Comlink = require('comlink');
const nodeEndpoint = require('comlink/dist/umd/node-adapter');
const api = {
  counter: 0,
  inc(by = 1) { this.counter += by; return this.counter; },
  async later(x) { await new Promise((r) => setTimeout(r, 5)); return x * 3; },
  fail() { throw new Error('comlink worker failed'); },
  callBack(cb) { return cb('from worker'); },
};
Comlink.expose(api, nodeEndpoint(parentPort));
