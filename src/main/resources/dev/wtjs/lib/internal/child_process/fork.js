'use strict';
// fork(): not yet.

const { codes } = require('internal/errors');

function fork() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('child_process.fork()');
}

function _forkChild() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('child_process._forkChild()');
}

module.exports = { fork, _forkChild };
