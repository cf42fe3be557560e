'use strict';
// child_process on the host's ProcessBuilder (internal/child_process): spawn and its synchronous twin, exec and
// execFile with their buffered results, the *Sync variants that throw on failure, and fork (a wtjs process with an
// IPC channel). Starting a process needs the Java host's grant (the CLI grants it).

const { codes, genericNodeError } = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const opts = require('internal/child_process/options');
const { ChildProcess } = require('internal/child_process/child');
const { fork, _forkChild } = require('internal/child_process/fork');

function spawn(file, args, options) {
  const spec = opts.normalize(file, args, options);
  const o = spec.options;
  const { modes, ipc } = opts.stdioModes(o.stdio);
  const timeout = opts.checkTimeout(o.timeout);
  const killSignal = opts.checkKillSignal(o.killSignal);
  const child = new ChildProcess();
  const failed = child.spawn(spec, modes, ipc);
  if (failed === null && timeout > 0) child.killAfter(timeout, killSignal);
  return child;
}

function isBytes(value) {
  return ArrayBuffer.isView(value);
}

function inputText(input) {
  if (input == null) return null;
  if (typeof input === 'string') return Buffer.from(input, 'utf8').toString('latin1');
  if (isBytes(input)) return Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1');
  throw new codes.ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
}

function decode(bytes, encoding) {
  return encoding && encoding !== 'buffer' ? bytes.toString(encoding) : bytes;
}

function spawnSync(file, args, options) {
  const spec = opts.normalize(file, args, options);
  const o = spec.options;
  const { modes } = opts.stdioModes(o.stdio);
  const timeout = opts.checkTimeout(o.timeout);
  const killSignal = opts.checkKillSignal(o.killSignal);
  const maxBuffer = opts.checkMaxBuffer(o.maxBuffer, 1024 * 1024);
  const input = inputText(o.input);
  const binding = opts.grantedBinding(spec.file);
  const hostModes = [modes[0], ...modes.slice(1).map((m) => (m === 'inherit' ? 'pipe' : m))];
  const [pid, status, signal, out, err, errnoName] = binding.spawnSync(
    spec.file, spec.args, spec.cwd, spec.env, hostModes, input, timeout, killSignal,
    maxBuffer === Infinity ? 0 : maxBuffer);
  const result = {};
  if (errnoName) result.error = opts.spawnError(errnoName, 'spawnSync', spec.file, spec.spawnargs);
  if (errnoName && pid === 0) {
    return Object.assign(result, { status: null, signal: null, output: null, pid: 0,
                                   stdout: undefined, stderr: undefined });
  }
  const outputs = [null, null, null];
  for (const [fd, text] of [[1, out], [2, err]]) {
    if (text === null) continue;
    const bytes = Buffer.from(text, 'latin1');
    if (modes[fd] === 'inherit') (fd === 1 ? process.stdout : process.stderr).write(bytes);
    else outputs[fd] = decode(bytes, o.encoding);
  }
  return Object.assign(result, { status, signal, output: outputs, pid, stdout: outputs[1], stderr: outputs[2] });
}

// ---- exec and execFile: buffered, with a callback ----

function execFile(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = undefined;
    options = undefined;
  } else if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (args != null && !Array.isArray(args) && typeof args === 'object' && options === undefined) {
    options = args;
    args = undefined;
  }
  if (callback != null) validateFunction(callback, 'callback');
  return run(file, args, options, callback);
}

function run(file, args, options, callback) {
  const o = { encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM', ...options };
  const timeout = opts.checkTimeout(o.timeout);
  const maxBuffer = opts.checkMaxBuffer(o.maxBuffer, 1024 * 1024);
  opts.checkKillSignal(o.killSignal);
  const child = spawn(file, args, { ...o, timeout: 0 });
  const cmd = [file, ...(args ?? [])].join(' ');
  const chunks = { stdout: [], stderr: [] };
  const sizes = { stdout: 0, stderr: 0 };
  let failure = null;
  let timer = null;
  let done = false;

  const text = (name) => {
    const bytes = Buffer.concat(chunks[name]);
    return o.encoding && o.encoding !== 'buffer' && Buffer.isEncoding(o.encoding) ? bytes.toString(o.encoding) : bytes;
  };
  const finish = (code, signal) => {
    if (done) return;
    done = true;
    if (timer !== null) clearTimeout(timer);
    if (!callback) return;
    const stdout = text('stdout');
    const stderr = text('stderr');
    if (failure) {
      if (failure.code !== 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') Object.assign(failure, { cmd });
      callback(failure, stdout, stderr);
    } else if (code === 0 && signal === null) {
      callback(null, stdout, stderr);
    } else {
      const message = `Command failed: ${cmd}\n${stderr}`;
      callback(genericNodeError(message, { code, killed: child.killed, signal, cmd }),
               stdout, stderr);
    }
  };
  const kill = () => {
    try {
      child.kill(o.killSignal);
    } catch (err) {
      failure = err;
      finish(null, null);
    }
  };
  for (const name of ['stdout', 'stderr']) {
    const stream = child[name];
    if (!stream) continue;
    stream.on('data', (chunk) => {
      if (failure) return;
      const room = maxBuffer - sizes[name];
      if (chunk.length > room) {
        chunks[name].push(chunk.subarray(0, Math.max(room, 0)));
        sizes[name] = maxBuffer;
        failure = new codes.ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        failure.cmd = cmd;
        kill();
        return;
      }
      chunks[name].push(chunk);
      sizes[name] += chunk.length;
    });
  }
  if (timeout > 0) timer = setTimeout(() => { timer = null; kill(); }, timeout);
  child.on('error', (err) => {
    failure ??= err;
    finish(null, null);
  });
  child.on('close', finish);
  return child;
}

function exec(command, options, callback) {
  validateString(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (options != null) validateObject(options, 'options');
  if (callback != null) validateFunction(callback, 'callback');
  const o = { ...options };
  o.shell = typeof o.shell === 'string' ? o.shell : true;
  return run(command, [], o, callback);
}

// ---- the synchronous ones that throw ----

function syncFailure(result, cmd) {
  if (result.error) {
    const err = result.error;
    delete result.error;
    return Object.assign(err, { error: err }, result);
  }
  if (result.status !== 0) {
    let message = `Command failed: ${cmd}`;
    if (result.stderr && result.stderr.length > 0) message += `\n${result.stderr.toString()}`;
    return genericNodeError(message, result);
  }
  return null;
}

function runSync(file, args, options, cmd) {
  const o = { ...options };
  const inheritErr = o.stdio === undefined;
  const result = spawnSync(file, args, o);
  // without a stdio option, the child's error output also goes to this process's stderr, as in node
  if (inheritErr && result.stderr && result.stderr.length > 0) process.stderr.write(result.stderr);
  const err = syncFailure(result, cmd);
  if (err) throw err;
  return result.stdout;
}

function execFileSync(file, args, options) {
  opts.checkFile(file);
  const split = opts.splitArgs(args, options);
  return runSync(file, split.args, split.options, [file, ...split.args].join(' '));
}

function execSync(command, options) {
  validateString(command, 'command');
  const o = { ...options };
  o.shell = typeof o.shell === 'string' ? o.shell : true;
  return runSync(command, [], o, command);
}

// util.promisify(exec/execFile): resolves { stdout, stderr }; the rejection carries them too; .child is the
// ChildProcess.
function promisified(withCallback) {
  return function(...args) {
    let child;
    const promise = new Promise((resolve, reject) => {
      child = withCallback(...args, (err, stdout, stderr) => {
        if (err) reject(Object.assign(err, { stdout, stderr }));
        else resolve({ stdout, stderr });
      });
    });
    promise.child = child;
    return promise;
  };
}
for (const fn of [exec, execFile]) {
  Object.defineProperty(fn, require('internal/util').promisify.custom,
                        { value: promisified(fn), enumerable: false, configurable: true, writable: true });
}

module.exports = {
  ChildProcess, spawn, spawnSync, exec, execFile, execSync, execFileSync, fork, _forkChild,
};
