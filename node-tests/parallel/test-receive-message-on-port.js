'use strict';
// receiveMessageOnPort takes one queued message synchronously: { message } or undefined when empty.
require('../common');
const assert = require('assert');
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
port1.postMessage({ a: 1 });
port1.postMessage('second');
assert.deepStrictEqual(receiveMessageOnPort(port2), { message: { a: 1 } });
assert.deepStrictEqual(receiveMessageOnPort(port2), { message: 'second' });
assert.strictEqual(receiveMessageOnPort(port2), undefined);
port1.close();
