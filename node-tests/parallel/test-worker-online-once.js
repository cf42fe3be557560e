'use strict';
// 'online' fires exactly once, before any message from the worker.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

let online = false;
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  for (let i = 0; i < 3; i++) parentPort.postMessage(i);
`, { eval: true });
w.on('online', common.mustCall(() => { online = true; }));
w.on('message', common.mustCall(() => assert.ok(online), 3));
w.on('exit', common.mustCall());
