'use strict';
// Many messages on one port keep their order.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const N = 200;
const { port1, port2 } = new MessageChannel();
let next = 0;
port2.on('message', common.mustCall((m) => {
  assert.strictEqual(m, next++);
  if (next === N) port2.close();
}, N));
for (let i = 0; i < N; i++) port1.postMessage(i);
