'use strict';
// The global console: node's methods, formatted with util.formatWithOptions, written to process.stdout/stderr;
// its Console property is the class that makes others (require('console') is this object).

const { consoleMethods } = require('internal/console/constructor');

const { ownStream, writeFromConsole } = require('internal/process/stdio');
// (the agent's own streams, as node's console: not whatever process.stdout is later set to)
const console = consoleMethods({ stdout: () => ownStream('stdout'), stderr: () => ownStream('stderr') },
                               { write: writeFromConsole });
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
