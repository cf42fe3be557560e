'use strict';

// Port of node's lib/internal/assert/utils.js.
// wtjs: node builds the message of a failed `assert(value)` / `assert.ok(value)` without a message argument
// from the source text of the call ("The expression evaluated to a falsy value: ..."), read back from the file
// with fs and parsed with acorn. wtjs has neither here, so getErrMessage() finds no source, which is what node
// does whenever the source is unavailable (e.g. under `node -e`): the AssertionError then gets node's generic
// message `${inspect(actual)} == true`.

const AssertionError = require('internal/assert/assertion_error');
const { isError } = require('internal/util');

function getErrMessage(message, fn) {
  // No source text to quote: see the comment at the top.
  return undefined;
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;

    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = getErrMessage(message, fn);
    } else if (isError(message)) {
      throw message;
    }

    const err = new AssertionError({
      actual: value,
      expected: true,
      message,
      operator: '==',
      stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

module.exports = {
  innerOk,
};
