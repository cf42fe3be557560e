'use strict';
// MessagePort is an EventTarget: addEventListener('message') (after start()) receives MessageEvents.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
assert.ok(port2 instanceof EventTarget);
port2.addEventListener('message', common.mustCall((event) => {
  assert.ok(event instanceof Event);
  assert.deepStrictEqual(event.data, { hello: 'event target' });
  assert.deepStrictEqual(event.ports, []);
  port2.close();
}));
port2.start();
port1.postMessage({ hello: 'event target' });
