'use strict';
// Builds the `process` object: an EventEmitter with node's fields, backed by the agent's host binding.

const NODE_VERSION = 'v24.22.3';

function toArray(foreign) {
  const out = [];
  if (foreign == null) return out;
  for (let i = 0; i < foreign.length; i++) out.push(foreign[i]);
  return out;
}

function makeEnv(host) {
  if (host.sharesEnv()) {
    // The runtime's one environment, shared by the main thread and SHARE_ENV workers.
    return new Proxy({}, {
      get(t, key) { return typeof key === 'string' ? (host.getEnv(key) ?? undefined) : undefined; },
      set(t, key, value) { host.setEnv(String(key), `${value}`); return true; },
      has(t, key) { return typeof key === 'string' && host.getEnv(key) != null; },
      deleteProperty(t, key) { host.setEnv(String(key), null); return true; },
      ownKeys() { return toArray(host.envKeys()); },
      getOwnPropertyDescriptor(t, key) {
        const v = typeof key === 'string' ? host.getEnv(key) : null;
        if (v == null) return undefined;
        return { value: v, writable: true, enumerable: true, configurable: true };
      },
      defineProperty(t, key, desc) { host.setEnv(String(key), `${desc.value}`); return true; },
    });
  }
  const env = {};
  const kv = toArray(host.env());
  for (let i = 0; i + 1 < kv.length; i += 2) env[kv[i]] = kv[i + 1];
  return env;
}

// emitWarning's arguments -> the Error to emit. `type` may be an options object { type, code, detail, ctor } or
// the constructor to cut the stack at; `code` may be that constructor too.
function toWarning(warning, type, code, ctor, emitWarning) {
  let detail;
  if (typeof type === 'function') {
    [ctor, code, type] = [type, undefined, 'Warning'];
  } else if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    const opts = type;
    [ctor, code, type] = [opts.ctor, opts.code, opts.type || 'Warning'];
    if (typeof opts.detail === 'string') detail = opts.detail;
  }
  const { validateString } = require('internal/validators');
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') [ctor, code] = [code, undefined];
  else if (code !== undefined) validateString(code, 'code');

  if (warning instanceof Error) return warning;
  if (typeof warning !== 'string') {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('warning', ['Error', 'string'], warning);
  }
  const made = new Error(warning);
  made.name = String(type || 'Warning');
  if (code !== undefined) made.code = code;
  if (detail !== undefined) made.detail = detail;
  Error.captureStackTrace?.(made, ctor || emitWarning);
  return made;
}

// "(node:PID) [CODE] Name: message", the detail on its own line, and, the first time, how to trace it.
function formatWarning(w, process, hintShown) {
  if (!(w instanceof Error)) return undefined;
  const deprecation = w.name === 'DeprecationWarning';
  if (deprecation && process.noDeprecation) return undefined;
  const parts = [`(${process.release.name}:${process.pid}) `];
  if (w.code) parts.push(`[${w.code}] `);
  parts.push(typeof w.toString === 'function' ? `${w.toString()}` : Error.prototype.toString.call(w));
  if (typeof w.detail === 'string') parts.push(`\n${w.detail}`);
  if (!hintShown.value) {
    hintShown.value = true;
    parts.push(`\n(Use \`node ${deprecation ? '--trace-deprecation' : '--trace-warnings'} ...\` ` +
      'to show where the warning was created)');
  }
  return `${parts.join('')}\n`;
}

function setupProcess(process, host, loader, quit) {
  // version, versions, arch and platform were set by the bootstrap's first stage (builtins read them at load).
  const EventEmitter = require('events');
  Object.setPrototypeOf(process, EventEmitter.prototype);
  EventEmitter.call(process);
  const isMain = host.threadId() === 0;
  process.title = 'node';
  process.release = { name: 'node' };
  process.argv = toArray(host.argv());
  process.execArgv = toArray(host.execArgv());
  process.execPath = process.argv[0];
  process.argv0 = 'node';
  process.env = makeEnv(host);
  process.pid = host.pid();
  process.ppid = host.ppid();
  // process.exitCode is validated when set; null reads back as undefined (node 24).
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    __proto__: null,
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        require('internal/validators').validateInteger(value, 'code');
      }
      exitCode = code ?? undefined;
    },
    enumerable: true,
    configurable: false,
  });
  process.config = { variables: {} };
  // As a node built without the inspector and without OpenSSL's TLS.
  process.features = { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false,
                       tls_ocsp: false, tls: false, openssl_is_boringssl: false };
  process.cwd = () => host.cwd();
  process.chdir = function chdir(directory) {
    if (!isMain) throw new (require('internal/errors').codes.ERR_WORKER_UNSUPPORTED_OPERATION)('process.chdir()');
    require('internal/validators').validateString(directory, 'directory');
    const code = host.chdir(directory);
    if (code === null) return;
    const texts = { ENOENT: [-2, 'no such file or directory'], ENOTDIR: [-20, 'not a directory'],
                    EACCES: [-13, 'permission denied'] };
    const [errno, text] = texts[code];
    const from = host.cwd();
    const err = new Error(`${code}: ${text}, chdir '${from}' -> '${directory}'`);
    Object.assign(err, { errno, code, syscall: 'chdir', path: from, dest: directory });
    Error.captureStackTrace?.(err, chdir);
    throw err;
  };
  process.uptime = () => host.uptime();
  process.hrtime = function hrtime(prev) {
    const ns = host.hrtime();
    let sec = Math.floor(ns / 1e9);
    let nsec = ns - sec * 1e9;
    if (prev !== undefined) {
      sec -= prev[0];
      nsec -= prev[1];
      if (nsec < 0) { sec--; nsec += 1e9; }
    }
    return [sec, nsec];
  };
  process.hrtime.bigint = () => BigInt(host.hrtime());
  process.memoryUsage = function memoryUsage() {
    const m = host.memoryUsage();
    return { rss: m[0], heapTotal: m[1], heapUsed: m[2], external: m[3], arrayBuffers: m[4] };
  };
  process.memoryUsage.rss = () => host.memoryUsage()[0];
  process.cpuUsage = () => ({ user: 0, system: 0 });
  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    const w = toWarning(warning, type, code, ctor, emitWarning);
    if (w.name === 'DeprecationWarning' && process.noDeprecation) return;
    if (w.name === 'DeprecationWarning' && process.throwDeprecation) {
      process.nextTick(() => { throw w; });
      return;
    }
    process.nextTick(() => process.emit('warning', w));
  };
  // The printer is an ordinary 'warning' listener, installed at startup unless warnings are off.
  if (process.env.NODE_NO_WARNINGS !== '1' && !process.execArgv.includes('--no-warnings')) {
    const hintShown = { value: false };
    process.on('warning', (w) => {
      const text = formatWarning(w, process, hintShown);
      if (text !== undefined) host.write(2, text);
    });
  }
  require('internal/process/stdio').defineStdio(process, host);
  process.nextTick = require('internal/process/task_queues').nextTick;
  process.binding = function binding(name) {
    return require('internal/process/legacy_binding').binding(name);
  };
  process._fatalException = (err, fromPromise) => require('internal/process/execution').fatalException(err, fromPromise);
  process.abort = () => quit(134);
  process.kill = () => true;
  process.umask = () => 0o22;
  process.getuid = () => 0;
  process.getgid = () => 0;

  let exiting = false;
  Object.defineProperty(process, '_exiting', { get: () => exiting, set: (v) => { exiting = v; }, enumerable: false });

  // Runs 'exit' listeners once, then returns the code the agent ends with.
  // fatal: the process is ending on an uncaught exception, whose report follows; an exception in an 'exit'
  // listener is then ignored (node), otherwise it is fatal with its own report.
  process.emitExitAndGetCode = function emitExitAndGetCode(code, fatal = false) {
    if (code !== undefined) process.exitCode = code;
    if (!exiting) {
      exiting = true;
      try {
        process.emit('exit', process.exitCode ?? 0);
      } catch (err) {
        if (!fatal) {
          require('internal/process/execution').printUncaught(err);
          return 7;
        }
      }
    }
    const c = process.exitCode ?? 0;
    return typeof c === 'number' ? c | 0 : (Number(c) | 0);
  };
  Object.defineProperty(process, 'emitExitAndGetCode', { enumerable: false });

  process.emitBeforeExit = function emitBeforeExit() {
    if (exiting) return false;
    process.emit('beforeExit', process.exitCode ?? 0);
    return true;
  };
  Object.defineProperty(process, 'emitBeforeExit', { enumerable: false });

  process.reallyExit = function reallyExit(code) {
    quit(code | 0);
  };

  process.exit = function exit(code) {
    if (code !== undefined) {
      const { validateInteger } = require('internal/validators');
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) code = +code;
      validateInteger(code, 'code');
      process.exitCode = code;
    }
    const c = process.emitExitAndGetCode();
    process.reallyExit(c);
  };

  process.nextTick = require('internal/process/task_queues').nextTick;
  process[Symbol.toStringTag] = 'process';
  if (!isMain) process.threadId = host.threadId();
}

module.exports = { setupProcess, toArray, NODE_VERSION };
