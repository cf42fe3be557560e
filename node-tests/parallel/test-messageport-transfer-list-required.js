'use strict';
// Posting a MessagePort without listing it in the transfer list is ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST;
// transferring the sending port itself is a DataCloneError.
require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1 } = new MessageChannel();
const other = new MessageChannel();
assert.throws(() => port1.postMessage(other.port1), {
  name: 'TypeError',
  code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
});
assert.throws(() => port1.postMessage(null, [port1]), {
  name: 'DataCloneError',
  message: 'Transfer list contains source port',
});
port1.close();
other.port1.close();
