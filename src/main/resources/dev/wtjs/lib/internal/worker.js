'use strict';
// The Worker class (parent side) and the worker side's setup, after node's lib/internal/worker.js.
// The rule wtjs adds: once 'exit' has been emitted, postMessage throws ERR_WORKER_NOT_RUNNING (policy
// "throw", the default) or drops the message like node (policy "ignore").

const EventEmitter = require('events');
const path = require('path');
const host = internalBinding('host');
const { codes } = require('internal/errors');
const {
  validateArray, validateString, validateNumber, validateObject, validateBoolean,
} = require('internal/validators');
const {
  createPort, setPortHook, setInternalHandler, setMailbox, transferListOf, flushPort,
} = require('internal/worker/io');
const { serialize, deserialize } = require('internal/worker/serialize');
const { serializeError, deserializeError } = require('internal/error_serdes');

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_WORKER_PATH, ERR_WORKER_NOT_RUNNING, ERR_WORKER_INVALID_EXEC_ARGV,
  ERR_WORKER_MESSAGING_ERRORED, ERR_WORKER_MESSAGING_FAILED, ERR_WORKER_MESSAGING_SAME_THREAD,
  ERR_WORKER_MESSAGING_TIMEOUT, ERR_WORKER_OUT_OF_MEMORY,
} = codes;

const isMainThread = host.threadId() === 0;
const threadId = host.threadId();
const postAfterExitThrows = host.postAfterExitThrows();

const kHandle = Symbol('kHandle');
const kPort = Symbol('kPort');
const kExited = Symbol('kExited');
const kRefed = Symbol('kRefed');
const kResourceLimits = Symbol('kResourceLimits');
const kStdio = Symbol('kStdio');
const kIsOnline = Symbol('kIsOnline');
const kTerminating = Symbol('kTerminating');
const STDIO_PREFIX = '\u0000stdio:';
const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

const workers = new Map(); // threadId -> Worker started by this agent
const environmentData = new Map();

// node's parsing; where an option is not given, the values V8 gives a worker on a 64-bit machine by default
// (wtjs records them; it does not enforce heap limits, see docs/worker-threads.md).
const kDefaultLimits = [48, 4096, 0, 4];
function parseResourceLimits(obj) {
  const limits = [...kDefaultLimits];
  if (typeof obj !== 'object' || obj === null) return limits;
  if (typeof obj.maxYoungGenerationSizeMb === 'number') limits[0] = obj.maxYoungGenerationSizeMb;
  if (typeof obj.maxOldGenerationSizeMb === 'number') limits[1] = Math.max(obj.maxOldGenerationSizeMb, 2);
  if (typeof obj.codeRangeSizeMb === 'number') limits[2] = obj.codeRangeSizeMb;
  if (typeof obj.stackSizeMb === 'number') limits[3] = obj.stackSizeMb;
  return limits;
}

function makeResourceLimits(limits) {
  return {
    maxYoungGenerationSizeMb: limits[0], maxOldGenerationSizeMb: limits[1], codeRangeSizeMb: limits[2],
    stackSizeMb: limits[3],
  };
}

// node's performance.eventLoopUtilization arithmetic over (loop start, idle time) in ms.
function eluFrom(idle, total, util1, util2) {
  const active = total - idle;
  if (!util1) return { idle, active, utilization: total > 0 ? active / total : 0 };
  if (util2) {
    const idleDelta = util1.idle - util2.idle;
    const activeDelta = util1.active - util2.active;
    const utilization = activeDelta / (idleDelta + activeDelta);
    return { idle: idleDelta, active: activeDelta, utilization };
  }
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  const utilization = activeDelta / (idleDelta + activeDelta);
  return { idle: idleDelta, active: activeDelta, utilization };
}

function toFilename(filename, options) {
  if (options.eval) {
    if (typeof filename !== 'string') {
      throw new ERR_INVALID_ARG_VALUE('options.eval', options.eval, 'must be false when \'filename\' is not a string');
    }
    return { script: filename, isEval: true };
  }
  if (filename !== null && typeof filename === 'object' && typeof filename.href === 'string' &&
      typeof filename.protocol === 'string') {
    if (filename.protocol === 'data:') {
      return { script: dataUrlText(filename.href), isEval: true };
    }
    return { script: require('internal/url').fileURLToPath(filename), isEval: false };
  }
  if (typeof filename !== 'string') throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
  if (path.isAbsolute(filename) || /^\.\.?[\\/]/.test(filename)) {
    return { script: path.resolve(filename), isEval: false };
  }
  throw new ERR_WORKER_PATH(filename);
}

// Short spellings of options a worker accepts.
const kShortOptions = { __proto__: null, '-r': 'require', '-e': 'eval', '-C': 'conditions', '-p': 'print' };

// node 24 refuses V8 options, process-wide options and unknown ones in a worker's execArgv; an option that needs
// a value and has none is reported instead of those.
function checkExecArgv(execArgv) {
  const flags = require('internal/worker/exec_argv_flags');
  const invalid = [];
  const missing = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = `${execArgv[i]}`;
    if (arg === '--') break;
    if (arg.length < 2 || arg[0] !== '-') continue;
    const eq = arg.indexOf('=');
    const spelled = eq === -1 ? arg : arg.slice(0, eq);
    const name = kShortOptions[spelled] ?? (spelled.startsWith('--') ? spelled.slice(2).replaceAll('_', '-') : '');
    if (name === 'print' || flags.plain.has(name)) continue;
    if (flags.valued.has(name)) {
      if (eq !== -1) continue;
      if (i + 1 < execArgv.length) i++;
      else missing.push(`${spelled} requires an argument`);
      continue;
    }
    invalid.push(arg);
  }
  if (missing.length !== 0) throw new ERR_WORKER_INVALID_EXEC_ARGV(missing);
  if (invalid.length !== 0) throw new ERR_WORKER_INVALID_EXEC_ARGV(invalid);
}

// The code a data: URL carries (base64 or percent-encoded); it runs as eval'd code would.
function dataUrlText(href) {
  const comma = href.indexOf(',');
  const header = href.slice('data:'.length, comma < 0 ? href.length : comma);
  const body = comma < 0 ? '' : href.slice(comma + 1);
  if (/;base64$/i.test(header)) return Buffer.from(decodeURIComponent(body), 'base64').toString('utf8');
  return decodeURIComponent(body);
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    if (options.execArgv) validateArray(options.execArgv, 'options.execArgv');
    let argv = [];
    if (options.argv) {
      validateArray(options.argv, 'options.argv');
      argv = options.argv.map(String);
    }
    const { script, isEval } = toFilename(filename, options);
    if (options.execArgv) checkExecArgv(options.execArgv);

    let env = null;
    if (typeof options.env === 'object' && options.env !== null) {
      env = [];
      for (const [k, v] of Object.entries(options.env)) env.push(k, `${v}`);
    } else if (options.env == null) {
      env = [];
      for (const [k, v] of Object.entries(process.env)) env.push(k, `${v}`);
    } else if (options.env !== SHARE_ENV) {
      throw new ERR_INVALID_ARG_TYPE('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'],
                                     options.env);
    }
    let name = '';
    if (options.name) {
      validateString(options.name, 'options.name');
      name = options.name.trim();
    }
    // stdin: true: a channel of its own carries worker.stdin to the worker's process.stdin (its end travels
    // with workerData).
    let stdinChannel = null;
    let data;
    if (options.stdin) {
      stdinChannel = new (require('internal/worker/io').MessageChannel)();
      const list = Array.isArray(options.transferList) ? [...options.transferList] : [];
      list.push(stdinChannel.port2);
      data = serialize({ workerData: options.workerData, stdin: stdinChannel.port2 }, list);
    } else {
      data = serialize(options.workerData, options.transferList);
    }
    const envData = serialize([...environmentData]);
    const limits = parseResourceLimits(options.resourceLimits);
    const ids = host.workers().start({
      script, isEval, name, argv, execArgv: options.execArgv ? options.execArgv.map(String) : [], env,
      workerData: data.payload, workerDataAttachments: data.attachments,
      environmentData: envData.payload, resourceLimits: limits,
      stdout: !!options.stdout, stderr: !!options.stderr, stdin: stdinChannel !== null,
    });
    if (ids === null) throw initFailed('EAGAIN'); // the thread could not be made
    Object.defineProperty(this, 'threadId', { value: ids[0], enumerable: true, configurable: true });
    this[kResourceLimits] = makeResourceLimits(limits);
    this[kExited] = false;
    this[kIsOnline] = false;
    this[kPort] = createPort(ids[1]);
    setPortHook(this[kPort], (type, value) => this.emit(type, value));
    this[kPort].unref();
    this[kPort].start();
    this[kRefed] = true;
    host.ref();
    this[kStdio] = makeParentStdio(this, stdinChannel);
    this.performance = {
      eventLoopUtilization: (util1, util2) => {
        if (!this[kIsOnline] || this[kExited]) return { idle: 0, active: 0, utilization: 0 };
        const times = host.loopTimes(this.threadId);
        if (times == null) return { idle: 0, active: 0, utilization: 0 };
        return eluFrom(times[0], times[1], util1, util2);
      },
    };
    workers.set(this.threadId, this);
    process.nextTick(() => process.emit('worker', this));
  }

  postMessage(...args) {
    if (this[kExited]) {
      if (postAfterExitThrows) throw new ERR_WORKER_NOT_RUNNING();
      return;
    }
    this[kPort].postMessage(...args);
  }

  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
                          'DeprecationWarning', 'DEP0132');
      if (this[kExited]) process.nextTick(callback, null, 1);
      else this.once('exit', (code) => callback(null, code));
    }
    if (this[kExited]) return Promise.resolve();
    // Even an unref'd worker keeps the process until its 'exit' has come and this promise settled.
    if (!this[kTerminating]) {
      this[kTerminating] = true;
      host.ref();
      this.once('exit', () => process.nextTick(() => host.unref()));
    }
    return new Promise((resolve) => {
      this.once('exit', resolve);
      host.workers().terminate(this.threadId);
    });
  }

  ref() {
    if (!this[kExited] && !this[kRefed]) {
      this[kRefed] = true;
      host.ref();
    }
  }

  unref() {
    if (!this[kExited] && this[kRefed]) {
      this[kRefed] = false;
      host.unref();
    }
  }

  get resourceLimits() {
    if (this[kExited]) return {};
    return this[kResourceLimits];
  }

  get stdin() {
    return this[kStdio].stdin;
  }

  get stdout() {
    return this[kStdio].stdout;
  }

  get stderr() {
    return this[kStdio].stderr;
  }

  getHeapSnapshot(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      for (const key of ['exposeInternals', 'exposeNumericValues']) {
        if (options[key] !== undefined) validateBoolean(options[key], `options.${key}`);
      }
    }
    if (this[kExited]) return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    return Promise.reject(new codes.ERR_METHOD_NOT_IMPLEMENTED('getHeapSnapshot'));
  }

  // node 22's: the worker's v8.getHeapStatistics(); here the JVM's heap, shared by all agents.
  getHeapStatistics() {
    if (this[kExited]) return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    return Promise.resolve(heapStatistics());
  }

  // node 22's: await using w = new Worker(...) terminates it.
  async [Symbol.asyncDispose]() {
    await this.terminate();
  }
}

function heapStatistics() {
  const [rss, heapTotal, heapUsed] = host.memoryUsage();
  return {
    total_heap_size: heapTotal,
    total_heap_size_executable: 0,
    total_physical_size: heapTotal,
    total_available_size: Math.max(0, 4096 * 1024 * 1024 - heapUsed),
    used_heap_size: heapUsed,
    heap_size_limit: 4096 * 1024 * 1024,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: Math.max(0, rss - heapTotal),
  };
}

// worker.stdout/stderr: readable streams in the parent. With the stdout/stderr option the worker's writes arrive
// here (as internal messages); without, the worker writes to the process's own streams directly and these
// streams stay empty. worker.stdin: a writable stream with the stdin option, else null.
function makeParentStdio(worker, stdinChannel) {
  const { StdioReadable, StdioWritable } = require('internal/worker/stdio');
  const stdout = new StdioReadable();
  const stderr = new StdioReadable();
  let stdin = null;
  if (stdinChannel !== null) {
    const port = stdinChannel.port1;
    stdin = new StdioWritable((text) => port.postMessage(text), () => {
      port.postMessage(null);
      port.close();
    });
  }
  setInternalHandler(worker[kPort], (text) => {
    if (!text.startsWith(STDIO_PREFIX)) return;
    const body = text.slice(STDIO_PREFIX.length);
    (body[0] === '2' ? stderr : stdout).push(body.slice(2));
  });
  return { stdin, stdout, stderr };
}

// ---- news from child workers (called by the Java loop) ----

function onWorkerOnline(id) {
  const w = workers.get(id);
  if (w !== undefined && !w[kExited]) {
    w[kIsOnline] = true;
    w.emit('online');
  }
}

function onWorkerError(id, payload) {
  const w = workers.get(id);
  if (w === undefined) return;
  w.emit('error', deserializeError(payload));
}

function onWorkerExit(id, code, limitCode, limitMessage) {
  const w = workers.get(id);
  if (w === undefined) return;
  flushPort(w[kPort]);
  workers.delete(id);
  w[kExited] = true;
  if (w[kRefed]) {
    w[kRefed] = false;
    host.unref();
  }
  w[kPort].close();
  w[kStdio].stdout.push(null);
  w[kStdio].stderr.push(null);
  // node: the handle is gone (threadId reads -1), message listeners are dropped before 'exit', all after it
  Object.defineProperty(w, 'threadId', { value: -1, enumerable: true, configurable: true });
  w.removeAllListeners('message');
  w.removeAllListeners('messageerrors');
  // a worker a resource limit ended: its error first (if that throws, it is uncaught and no 'exit' follows, as node)
  if (limitCode != null) w.emit('error', limitError(limitCode, limitMessage));
  w.emit('exit', code);
  w.removeAllListeners();
}

// node's error for a worker whose thread could not start: the system's error name as message, the code added.
function initFailed(errno) {
  const err = new Error(errno);
  err.code = 'ERR_WORKER_INIT_FAILED';
  return err;
}

// The error of a worker a resource limit ended (made on the parent's side, as node makes it).
function limitError(code, message) {
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return new ERR_WORKER_OUT_OF_MEMORY('JS heap out of memory');
  const err = new Error(message);
  err.code = code;
  return err;
}

// ---- the worker's own side ----

let parentPort = null;
let workerData;

function setupWorkerSide() {
  parentPort = createPort(host.parentPort());
  const data = host.workerData();
  workerData = data == null ? undefined : deserialize(data, host.workerDataAttachments());
  if (host.hasStdin()) {
    const port = workerData.stdin;
    workerData = workerData.workerData;
    const { StdioReadable } = require('internal/worker/stdio');
    const stdin = new StdioReadable();
    stdin.fd = 0;
    process.stdin = stdin;
    // The port holds the worker's loop only while someone reads process.stdin, as node's does.
    setPortHook(port, (type, value) => {
      if (type === 'message') stdin.push(value);
    });
    port.start();
    stdin.onFlowing = (flowing) => {
      if (flowing && !stdin.readableEnded) port.ref(); else port.unref();
    };
    stdin.on('end', () => port.close());
  }
  const env = host.environmentData();
  if (env != null) {
    for (const [k, v] of deserialize(env, null)) environmentData.set(k, v);
  }
}

function reportUncaught(err) {
  let payload;
  try {
    payload = serializeError(err);
  } catch {
    payload = serializeError(new Error(String(err)));
  }
  host.reportError(payload);
}

// ---- postMessageToThread: straight to the target agent's mailbox (id -1), the answer back to ours ----

const pendingToThread = new Map(); // request id -> { resolve, reject, timer }
let nextRequest = 1;

function onMailbox(payload, attachments) {
  let m;
  try {
    m = deserialize(payload, attachments);
  } catch {
    return;
  }
  if (m.type === 'reply') {
    const p = pendingToThread.get(m.id);
    if (p === undefined) return;
    pendingToThread.delete(m.id);
    settleRequest(p, m.result);
    return;
  }
  let result = 1; // no listeners
  try {
    if (process.emit('workerMessage', m.value, m.source)) result = 0;
  } catch {
    result = 2;
  }
  const reply = serialize({ type: 'reply', id: m.id, result });
  host.postToThread(m.source, reply.payload, reply.attachments);
}
setMailbox(onMailbox);

function settleRequest(p, result) {
  if (p.timer !== undefined) clearTimeout(p.timer);
  host.unref();
  if (result === 0) p.resolve();
  else if (result === 1) p.reject(new ERR_WORKER_MESSAGING_FAILED());
  else if (result === 2) p.reject(new ERR_WORKER_MESSAGING_ERRORED());
  else p.reject(new ERR_WORKER_MESSAGING_TIMEOUT());
}

async function postMessageToThread(targetThreadId, value, transferList, timeout) {
  if (typeof transferList === 'number' && typeof timeout === 'undefined') {
    timeout = transferList;
    transferList = [];
  }
  if (typeof timeout !== 'undefined') validateNumber(timeout, 'timeout', 0);
  if (targetThreadId === threadId) throw new ERR_WORKER_MESSAGING_SAME_THREAD();
  // Anything but a thread id there can be (a small non-negative integer) names no thread.
  if (!Number.isInteger(targetThreadId) || targetThreadId < 0 || targetThreadId > 0x7fffffff) {
    throw new ERR_WORKER_MESSAGING_FAILED();
  }
  const id = nextRequest++;
  const message = serialize({ type: 'message', id, source: threadId, value }, transferListOf(transferList));
  return new Promise((resolve, reject) => {
    const p = { resolve, reject, timer: undefined };
    host.ref();
    if (!host.postToThread(targetThreadId, message.payload, message.attachments)) {
      settleRequest(p, 1);
      return;
    }
    pendingToThread.set(id, p);
    if (timeout !== undefined) {
      p.timer = setTimeout(() => {
        pendingToThread.delete(id);
        settleRequest(p, 3);
      }, timeout);
    }
  });
}

function getParentPort() {
  if (isMainThread) return null;
  return parentPort;
}

module.exports = {
  Worker, SHARE_ENV, isMainThread, threadId, getParentPort, getWorkerData: () => workerData, environmentData,
  setupWorkerSide, reportUncaught, onWorkerOnline, onWorkerError, onWorkerExit, postMessageToThread,
  getResourceLimits: () => (isMainThread ? {} : makeResourceLimits(host.resourceLimits())),
};
