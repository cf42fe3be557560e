'use strict';
// The Console class: a console writing to streams the caller gives, as `new Console(stdout, stderr,
// ignoreErrors)` or `new Console({ stdout, stderr, ignoreErrors, colorMode, inspectOptions, groupIndentation })`.

const { codes } = require('internal/errors');
const { validateInteger, validateObject } = require('internal/validators');
const { consoleMethods } = require('internal/console/constructor');

function isWritable(stream) {
  return stream !== null && typeof stream === 'object' && typeof stream.write === 'function';
}

class Console {
  constructor(options, stderr = undefined, ignoreErrors = undefined) {
    if (!new.target) return new Console(options, stderr, ignoreErrors);
    if (!options || typeof options.write === 'function') {
      options = { stdout: options, stderr, ignoreErrors };
    }
    const { stdout, inspectOptions, groupIndentation = 2, colorMode = 'auto' } = options;
    const errStream = options.stderr ?? stdout;
    if (!isWritable(stdout)) throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
    if (!isWritable(errStream)) throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stderr');
    if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
      throw new codes.ERR_INVALID_ARG_VALUE('colorMode', colorMode, "must be one of: 'auto', true, false");
    }
    if (inspectOptions !== undefined) validateObject(inspectOptions, 'options.inspectOptions');
    validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
    const methods = consoleMethods({ stdout: () => stdout, stderr: () => errStream }, {
      inspectOptions: colorMode === true ? { ...inspectOptions, colors: true } : inspectOptions,
      groupIndentation,
      ignoreErrors: options.ignoreErrors ?? true,
    });
    for (const [name, fn] of Object.entries(methods)) {
      Object.defineProperty(this, name, { value: fn, writable: true, enumerable: true, configurable: true });
    }
  }

  static [Symbol.hasInstance](value) {
    return value === require('internal/console/global') || Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

module.exports = { Console };
