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

// performance.eventLoopUtilization from the loop's idle and total time (ms): the whole life without readings; the
// change since one earlier reading; the change between two readings (the later first, as node takes them).
function eluFrom(idle, total, util1, util2) {
  if (!util1) return { idle, active: total - idle, utilization: total > 0 ? (total - idle) / total : 0 };
  const later = util2 ? util1 : { idle, active: total - idle };
  const earlier = util2 ?? util1;
  const spentIdle = later.idle - earlier.idle;
  const spentActive = later.active - earlier.active;
  return { idle: spentIdle, active: spentActive, utilization: spentActive / (spentIdle + spentActive) };
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

// Hooks the host's news about a child worker reaches the Worker's private state through (set in the class's
// static block).
let markOnline;
let markExited;

class Worker extends EventEmitter {
  #threadId;
  #port;
  #stdio;
  #limits;
  #online = false;
  #exited = false;
  #refed = true;       // holds the parent's loop until 'exit' or unref()
  #terminating = false;

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
    const env = envPairs(options.env);
    let name = '';
    if (options.name) {
      validateString(options.name, 'options.name');
      name = options.name.trim();
    }
    // stdin: true: a channel of its own carries worker.stdin to the worker's process.stdin (its end travels
    // with workerData).
    const stdinChannel = options.stdin ? new (require('internal/worker/io').MessageChannel)() : null;
    let data;
    if (stdinChannel !== null) {
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
    this.#threadId = ids[0];
    this.#limits = makeResourceLimits(limits);
    this.#port = createPort(ids[1]);
    setPortHook(this.#port, (type, value) => this.emit(type, value));
    this.#port.unref();
    this.#port.start();
    host.ref();
    this.#stdio = makeParentStdio(this.#port, stdinChannel);
    this.performance = {
      eventLoopUtilization: (util1, util2) => {
        const times = this.#online && !this.#exited ? host.loopTimes(this.#threadId) : null;
        if (times == null) return { idle: 0, active: 0, utilization: 0 };
        return eluFrom(times[0], times[1], util1, util2);
      },
    };
    workers.set(this.#threadId, this);
    process.nextTick(() => process.emit('worker', this));
  }

  // -1 once the worker has exited, as node's.
  get threadId() {
    return this.#exited ? -1 : this.#threadId;
  }

  postMessage(...args) {
    if (this.#exited) {
      if (postAfterExitThrows) throw new ERR_WORKER_NOT_RUNNING();
      return;
    }
    this.#port.postMessage(...args);
  }

  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
                          'DeprecationWarning', 'DEP0132');
      if (this.#exited) process.nextTick(callback, null, 1);
      else this.once('exit', (code) => callback(null, code));
    }
    if (this.#exited) return Promise.resolve();
    // Even an unref'd worker keeps the process until its 'exit' has come and this promise settled.
    if (!this.#terminating) {
      this.#terminating = true;
      host.ref();
      this.once('exit', () => process.nextTick(() => host.unref()));
    }
    return new Promise((resolve) => {
      this.once('exit', resolve);
      host.workers().terminate(this.#threadId);
    });
  }

  ref() {
    if (!this.#exited && !this.#refed) {
      this.#refed = true;
      host.ref();
    }
  }

  unref() {
    if (!this.#exited && this.#refed) {
      this.#refed = false;
      host.unref();
    }
  }

  get resourceLimits() {
    return this.#exited ? {} : this.#limits;
  }

  get stdin() {
    return this.#stdio.stdin;
  }

  get stdout() {
    return this.#stdio.stdout;
  }

  get stderr() {
    return this.#stdio.stderr;
  }

  getHeapSnapshot(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      for (const key of ['exposeInternals', 'exposeNumericValues']) {
        if (options[key] !== undefined) validateBoolean(options[key], `options.${key}`);
      }
    }
    if (this.#exited) return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    return Promise.reject(new codes.ERR_METHOD_NOT_IMPLEMENTED('getHeapSnapshot'));
  }

  // node 22's: the worker's v8.getHeapStatistics(); here the JVM's heap, shared by all agents.
  getHeapStatistics() {
    if (this.#exited) return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    return Promise.resolve(heapStatistics());
  }

  // node 22's: await using w = new Worker(...) terminates it.
  async [Symbol.asyncDispose]() {
    await this.terminate();
  }

  static {
    markOnline = (w) => {
      if (w.#exited) return false;
      w.#online = true;
      return true;
    };
    // The port is drained and closed, the stdio streams end, the loop is let go.
    markExited = (w) => {
      flushPort(w.#port);
      w.#exited = true;
      if (w.#refed) {
        w.#refed = false;
        host.unref();
      }
      w.#port.close();
      w.#stdio.stdout.push(null);
      w.#stdio.stderr.push(null);
    };
  }
}

// options.env as the [name, value, ...] list the host takes; null shares the parent's (SHARE_ENV).
function envPairs(env) {
  if (env === SHARE_ENV) return null;
  if (env != null && typeof env !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], env);
  }
  return Object.entries(env ?? process.env).flatMap(([k, v]) => [k, `${v}`]);
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
function makeParentStdio(port, stdinChannel) {
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
  setInternalHandler(port, (text) => {
    if (!text.startsWith(STDIO_PREFIX)) return;
    const body = text.slice(STDIO_PREFIX.length);
    (body[0] === '2' ? stderr : stdout).push(body.slice(2));
  });
  return { stdin, stdout, stderr };
}

// ---- news from child workers (called by the Java loop) ----

function onWorkerOnline(id) {
  const w = workers.get(id);
  if (w !== undefined && markOnline(w)) w.emit('online');
}

function onWorkerError(id, payload) {
  const w = workers.get(id);
  if (w === undefined) return;
  w.emit('error', deserializeError(payload));
}

function onWorkerExit(id, code, limitCode, limitMessage) {
  const w = workers.get(id);
  if (w === undefined) return;
  workers.delete(id);
  markExited(w);
  // node: the handle is gone (threadId reads -1), message listeners are dropped before 'exit', all after it
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
    Object.defineProperty(process, 'stdin', { __proto__: null, configurable: true, enumerable: true, get: () => stdin });
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
