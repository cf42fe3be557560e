'use strict';
// internal/assert: a check of the runtime's own invariants; a failure is ERR_INTERNAL_ASSERTION (a bug here).

function internalAssertionError(message) {
  const { ERR_INTERNAL_ASSERTION } = require('internal/errors').codes;
  return new ERR_INTERNAL_ASSERTION(message);
}

function assert(value, message) {
  if (!value) throw internalAssertionError(message);
}

assert.fail = (message) => {
  throw internalAssertionError(message);
};

module.exports = assert;
