'use strict';
// Closing one port emits 'close' on both ends.
const common = require('../common');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
port2.on('message', common.mustNotCall());
port1.on('close', common.mustCall());
port2.on('close', common.mustCall());
port1.close();
