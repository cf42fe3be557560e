'use strict';
// receiveMessageOnPort validates its argument.
require('../common');
const assert = require('assert');
const { receiveMessageOnPort } = require('worker_threads');

for (const bad of [{}, null, 1, 'port']) {
  assert.throws(() => receiveMessageOnPort(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
