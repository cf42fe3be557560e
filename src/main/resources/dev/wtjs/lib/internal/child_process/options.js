'use strict';
// What every child_process call validates and works out before starting a process: the program and its
// arguments (through a shell when asked), the working directory, the environment as KEY=value pairs, and the
// three stdio modes.

const { codes } = require('internal/errors');
const {
  validateString, validateObject, validateBoolean, validateInteger,
} = require('internal/validators');

const host = internalBinding('host');

function binding() {
  const b = host.childProcesses();
  if (!b.allowed()) return null;
  return b;
}

// The host's grant, checked before anything runs.
function grantedBinding(file) {
  const b = binding();
  if (b === null) {
    throw new codes.ERR_ACCESS_DENIED(
      'Access to this API has been restricted. The Java host did not grant child processes ' +
      '(WtjsRuntime.Builder.allowChildProcesses()).', 'ChildProcess', String(file));
  }
  return b;
}

function checkFile(file, name = 'file') {
  validateString(file, name);
  if (file.length === 0) throw new codes.ERR_INVALID_ARG_VALUE(name, file, 'cannot be empty');
  if (file.includes('\u0000')) {
    throw new codes.ERR_INVALID_ARG_VALUE(name, file, 'must be a string without null bytes');
  }
}

// (file, args?, options?) as node accepts them: args may be left out, options may be undefined or null.
function splitArgs(args, options) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options != null) validateObject(options, 'options');
  return { args, options: options ?? {} };
}

function resolveCwd(cwd) {
  if (cwd == null) return process.cwd();
  if (cwd instanceof URL) cwd = require('url').fileURLToPath(cwd);
  else if (Buffer.isBuffer(cwd)) cwd = cwd.toString();
  else if (typeof cwd !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'Buffer', 'URL'], cwd);
  return require('path').resolve(cwd);
}

function envPairs(env) {
  const pairs = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value !== undefined) pairs.push(`${key}=${value}`);
  }
  return pairs;
}

const MODES = new Set(['pipe', 'inherit', 'ignore', 'overlapped']);

// 'pipe' | 'inherit' | 'ignore' | [in, out, err(, 'ipc')] -> the three modes (numbers 0-2 are the parent's own:
// inherited), plus whether an 'ipc' entry was asked for.
function stdioModes(stdio, defaults = ['pipe', 'pipe', 'pipe']) {
  if (stdio === undefined || stdio === null) return { modes: defaults.slice(), ipc: false };
  if (typeof stdio === 'string') {
    if (!MODES.has(stdio)) throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
    const m = stdio === 'overlapped' ? 'pipe' : stdio;
    return { modes: [m, m, m], ipc: false };
  }
  if (!Array.isArray(stdio)) throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
  const modes = [];
  let ipc = false;
  for (let i = 0; i < stdio.length; i++) {
    const s = stdio[i];
    if (s === 'ipc') {
      if (ipc) throw new codes.ERR_IPC_ONE_PIPE();
      ipc = true;
      continue;
    }
    if (i > 2) continue;
    if (s === undefined || s === null || s === 'pipe' || s === 'overlapped') modes.push('pipe');
    else if (s === 'inherit' || s === i || (s === process.stdin && i === 0) ||
             (s === process.stdout && i === 1) || (s === process.stderr && i === 2)) modes.push('inherit');
    else if (s === 'ignore') modes.push('ignore');
    else if (typeof s === 'number' && s >= 0 && s <= 2) modes.push('inherit');
    else throw new codes.ERR_INVALID_ARG_VALUE('stdio', s);
  }
  while (modes.length < 3) modes.push(defaults[modes.length]);
  return { modes, ipc };
}

// node's normalizeSpawnArguments, as its documented behaviour: the program actually run, what spawnargs says,
// the environment, and the options checked.
function normalize(file, argsIn, optionsIn) {
  checkFile(file);
  const { args, options } = splitArgs(argsIn, optionsIn);
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null) validateInteger(options.uid, 'options.uid', -0x80000000, 0x7fffffff);
  if (options.gid != null) validateInteger(options.gid, 'options.gid', -0x80000000, 0x7fffffff);
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  const cwd = resolveCwd(options.cwd);
  let program = file;
  let programArgs = args.map(String);
  if (options.shell) {
    const command = [file, ...programArgs].join(' ');
    program = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    programArgs = ['-c', command];
  }
  const env = options.env ?? process.env;
  if (options.env != null) validateObject(options.env, 'options.env');
  return {
    options,
    file: program,
    args: programArgs,
    spawnargs: [options.argv0 ?? program, ...programArgs],
    cwd,
    env: envPairs(env),
  };
}

function checkKillSignal(signal) {
  if (signal === undefined) return 'SIGTERM';
  return signalName(signal);
}

// A signal by name (any case) or number, as kill() and killSignal take it: its name.
function signalName(signal) {
  const signals = internalBinding('constants').os.signals;
  if (typeof signal === 'string') {
    const name = signal.toUpperCase();
    if (signals[name] !== undefined) return name;
  } else if (typeof signal === 'number') {
    for (const name of Object.keys(signals)) if (signals[name] === signal) return name;
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('signal', ['string', 'number'], signal);
  }
  throw new codes.ERR_UNKNOWN_SIGNAL(signal);
}

function checkTimeout(timeout) {
  if (timeout == null) return 0;
  if (!Number.isInteger(timeout) || timeout < 0) {
    throw new codes.ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
  return timeout;
}

function checkMaxBuffer(maxBuffer, fallback) {
  if (maxBuffer == null) return fallback;
  if (typeof maxBuffer !== 'number' || !(maxBuffer >= 0)) {
    throw new codes.ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
  return maxBuffer;
}

// spawn's error for a program that could not start: `spawn nosuch ENOENT` with errno, code, syscall, path and
// spawnargs (the arguments after the program).
function spawnError(errnoName, syscall, file, spawnargs) {
  const errno = -(internalBinding('constants').os.errno[errnoName] ?? 5);
  const err = new Error(`${syscall} ${file} ${errnoName}`);
  Object.assign(err, { errno, code: errnoName, syscall: `${syscall} ${file}`, path: file,
                       spawnargs: spawnargs.slice(1) });
  return err;
}

module.exports = {
  binding, grantedBinding, checkFile, splitArgs, normalize, stdioModes, checkKillSignal, signalName,
  checkTimeout, checkMaxBuffer, spawnError,
};
