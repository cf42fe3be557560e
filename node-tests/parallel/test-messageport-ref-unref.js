'use strict';
// A port with a 'message' listener keeps the process alive; unref() lets it exit.
const common = require('../common');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
port2.on('message', common.mustNotCall());
port2.unref();
port1.unref();
