'use strict';
// Setting port.onmessage starts the port; the handler receives a MessageEvent with .data.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
port2.onmessage = common.mustCall((event) => {
  assert.strictEqual(event.data, 'via onmessage');
  assert.strictEqual(event.type, 'message');
  assert.strictEqual(event.target, port2);
  port2.close();
});
port1.postMessage('via onmessage');
