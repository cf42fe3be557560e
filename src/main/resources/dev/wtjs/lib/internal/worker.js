'use strict';
// The Worker class (parent side) and the worker side's setup, after node's lib/internal/worker.js.
// The rule wtjs adds: once 'exit' has been emitted, postMessage throws ERR_WORKER_NOT_RUNNING (policy
// "throw", the default) or drops the message like node (policy "ignore").

const EventEmitter = require('events');
const path = require('path');
const host = internalBinding('host');
const { codes } = require('internal/errors');
const { validateArray, validateString } = require('internal/validators');
const { createPort, kOnMessage, kId } = require('internal/worker/io');
const { serialize, deserialize } = require('internal/worker/serialize');
const { serializeError, deserializeError } = require('internal/error_serdes');

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_WORKER_PATH, ERR_WORKER_NOT_RUNNING,
} = codes;

const isMainThread = host.threadId() === 0;
const threadId = host.threadId();
const postAfterExitThrows = host.postAfterExitThrows();

const kHandle = Symbol('kHandle');
const kPort = Symbol('kPort');
const kExited = Symbol('kExited');
const kRefed = Symbol('kRefed');
const kResourceLimits = Symbol('kResourceLimits');
const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

const workers = new Map(); // threadId -> Worker started by this agent
const environmentData = new Map();

function parseResourceLimits(obj) {
  const limits = [0, 0, 0, 4];
  if (typeof obj !== 'object' || obj === null) return limits;
  const keys = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb'];
  keys.forEach((k, i) => {
    if (typeof obj[k] === 'number' && obj[k] > 0) limits[i] = obj[k];
  });
  return limits;
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
      return { script: `import ${JSON.stringify(`${filename}`)}`, isEval: true };
    }
    return { script: require('internal/url').fileURLToPath(filename), isEval: false };
  }
  if (typeof filename !== 'string') throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
  if (path.isAbsolute(filename) || /^\.\.?[\\/]/.test(filename)) {
    return { script: path.resolve(filename), isEval: false };
  }
  throw new ERR_WORKER_PATH(filename);
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
    const data = serialize(options.workerData, options.transferList);
    const envData = serialize([...environmentData]);
    const limits = parseResourceLimits(options.resourceLimits);
    const ids = host.workers().start({
      script, isEval, name, argv, execArgv: options.execArgv ? options.execArgv.map(String) : [], env,
      workerData: data.payload, workerDataAttachments: data.attachments,
      environmentData: envData.payload, resourceLimits: limits,
    });
    Object.defineProperty(this, 'threadId', { value: ids[0], enumerable: true, configurable: true });
    this[kResourceLimits] = {
      maxYoungGenerationSizeMb: limits[0], maxOldGenerationSizeMb: limits[1], codeRangeSizeMb: limits[2],
      stackSizeMb: limits[3],
    };
    this[kExited] = false;
    this[kPort] = createPort(ids[1]);
    this[kPort][kOnMessage] = (value) => this.emit('message', value);
    this[kPort].unref();
    this[kPort].start();
    this[kRefed] = true;
    host.ref();
    this.performance = { eventLoopUtilization: () => ({ idle: 0, active: 0, utilization: 0 }) };
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
    return null;
  }

  get stdout() {
    return null;
  }

  get stderr() {
    return null;
  }

  getHeapSnapshot() {
    if (this[kExited]) return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    return Promise.reject(new codes.ERR_METHOD_NOT_IMPLEMENTED('getHeapSnapshot'));
  }

  getHeapStatistics() {
    if (this[kExited]) return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    return Promise.resolve(process.memoryUsage());
  }
}

// ---- news from child workers (called by the Java loop) ----

function onWorkerOnline(id) {
  const w = workers.get(id);
  if (w !== undefined && !w[kExited]) w.emit('online');
}

function onWorkerError(id, payload) {
  const w = workers.get(id);
  if (w === undefined) return;
  w.emit('error', deserializeError(payload));
}

function onWorkerExit(id, code) {
  const w = workers.get(id);
  if (w === undefined) return;
  workers.delete(id);
  w[kExited] = true;
  if (w[kRefed]) {
    w[kRefed] = false;
    host.unref();
  }
  w[kPort].close();
  w.emit('exit', code);
}

// ---- the worker's own side ----

let parentPort = null;
let workerData;

function setupWorkerSide() {
  parentPort = createPort(host.parentPort());
  const data = host.workerData();
  workerData = data == null ? undefined : deserialize(data, host.workerDataAttachments());
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

function getParentPort() {
  if (isMainThread) return null;
  return parentPort;
}

module.exports = {
  Worker, SHARE_ENV, isMainThread, threadId, getParentPort, getWorkerData: () => workerData, environmentData,
  setupWorkerSide, reportUncaught, onWorkerOnline, onWorkerError, onWorkerExit, kId,
};
