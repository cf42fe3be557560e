'use strict';
// The global console: node's methods, formatted with util.formatWithOptions, written to process.stdout/stderr;
// its Console property is the class that makes others (require('console') is this object).

const { consoleMethods } = require('internal/console/constructor');

const console = consoleMethods({ stdout: () => process.stdout, stderr: () => process.stderr }, { ignoreErrors: false });
Object.defineProperty(console, 'Console', {
  get() {
    return require('internal/console/console_class').Console;
  },
  set(value) {
    Object.defineProperty(console, 'Console', { value, writable: true, enumerable: false, configurable: true });
  },
  enumerable: false,
  configurable: true,
});

module.exports = console;
