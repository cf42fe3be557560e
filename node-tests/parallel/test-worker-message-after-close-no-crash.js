'use strict';
// Posting on a closed port is silently ignored (no throw, nothing delivered).
const common = require('../common');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
port2.on('message', common.mustNotCall());
port1.close();
port1.postMessage('into the void');
