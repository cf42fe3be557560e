'use strict';
// Messages posted before close() are still delivered, then 'close' fires.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const got = [];
port2.on('message', (m) => got.push(m));
port2.on('close', common.mustCall(() => assert.deepStrictEqual(got, ['a', 'b'])));
port1.postMessage('a');
port1.postMessage('b');
port1.close();
