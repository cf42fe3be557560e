'use strict';
// child_process: wtjs runs no other processes. The module loads (libraries import it for optional features);
// each call throws ERR_METHOD_NOT_IMPLEMENTED.

const { codes } = require('internal/errors');
const EventEmitter = require('events');

class ChildProcess extends EventEmitter {}

function unsupported(name) {
  return function() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED(`child_process.${name}()`);
  };
}

module.exports = { ChildProcess, _forkChild: unsupported('_forkChild') };
for (const name of ['exec', 'execFile', 'execFileSync', 'execSync', 'fork', 'spawn', 'spawnSync']) {
  module.exports[name] = unsupported(name);
}
