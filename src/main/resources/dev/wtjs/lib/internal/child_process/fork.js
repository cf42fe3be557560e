'use strict';
// fork(): runs a module in a new wtjs process (process.execPath, the launcher) with an IPC channel: the child's
// process.send() reaches the parent's child.on('message') and back, as JSON (node's 'json' serialization).

const { codes } = require('internal/errors');
const { validateArray } = require('internal/validators');
const opts = require('internal/child_process/options');
const { ChildProcess } = require('internal/child_process/child');

function fork(modulePath, args, options) {
  if (modulePath instanceof URL) modulePath = require('url').fileURLToPath(modulePath);
  else if (Buffer.isBuffer(modulePath)) modulePath = modulePath.toString();
  if (typeof modulePath !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('modulePath', ['string', 'Buffer', 'URL'], modulePath);
  }
  if (args == null) {
    args = [];
  } else if (!Array.isArray(args)) {
    if (typeof args !== 'object') throw new codes.ERR_INVALID_ARG_VALUE('args', args);
    options = args;
    args = [];
  }
  const o = { ...options };
  if (o.serialization !== undefined && o.serialization !== 'json') {
    if (o.serialization !== 'advanced') {
      throw new codes.ERR_INVALID_ARG_VALUE('options.serialization', o.serialization,
                                            "must be one of: 'json', 'advanced'");
    }
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED("child_process.fork() with serialization: 'advanced'");
  }
  const execArgv = o.execArgv ?? process.execArgv;
  validateArray(execArgv, 'options.execArgv');
  let stdio = o.stdio;
  if (typeof stdio === 'string') stdio = [stdio, stdio, stdio, 'ipc'];
  else if (stdio === undefined) stdio = o.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : [0, 1, 2, 'ipc'];
  else if (!Array.isArray(stdio) || !stdio.includes('ipc')) {
    throw new codes.ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  const { modes } = opts.stdioModes(stdio);
  const execPath = o.execPath ?? process.execPath;
  const spec = opts.normalize(execPath, [...execArgv, modulePath, ...args], { ...o, shell: false, stdio: undefined });
  const child = new ChildProcess();
  child.spawn(spec, modes, true);
  return child;
}

function _forkChild() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('child_process._forkChild()');
}

module.exports = { fork, _forkChild };
