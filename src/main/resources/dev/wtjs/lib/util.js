'use strict';
// require('util'), as node 24 exports it. Formatting comes from internal/util/inspect (a bundled npm package
// behind a thin wrapper); deprecate, promisify and the errno tables from internal/util; deep equality from
// internal/util/comparisons. What is left is written here.

const {
  codes: { ERR_FALSY_VALUE_REJECTION, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_INVALID_ARG_VALUE },
  ErrnoException,
  ExceptionWithHostPort,
} = require('internal/errors');
const { format, formatWithOptions, inspect, stripVTControlCharacters } = require('internal/util/inspect');
const { debuglog } = require('internal/util/debuglog');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateString,
  validateOneOf,
} = require('internal/validators');
const internalUtil = require('internal/util');
const types = require('internal/util/types');

const { deprecate, promisify, getSystemErrorMap } = internalUtil;

// ---- inheritance and objects ------------------------------------------------------------------------------

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// Copies the own enumerable properties of source onto target (the ancestor of Object.assign).
function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  for (const key of Object.keys(source).reverse()) target[key] = source[key];
  return target;
}

let deepStrictEqual;
function isDeepStrictEqual(a, b, options) {
  deepStrictEqual ??= require('internal/util/comparisons').isDeepStrictEqual;
  return deepStrictEqual(a, b, options);
}

// ---- promises and callbacks -------------------------------------------------------------------------------

// A rejection with a falsy reason reaches the callback as an error that carries the reason.
function reasonAsError(reason) {
  if (reason) return reason;
  const err = new ERR_FALSY_VALUE_REJECTION.HideStackFramesError(reason);
  Error.captureStackTrace?.(err, reasonAsError);
  return err;
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const callback = args.pop();
    validateFunction(callback, 'last argument');
    const settle = (err, value) => (err === null ? callback.call(this, null, value) : callback.call(this, err));
    Reflect.apply(original, this, args).then(
      (value) => process.nextTick(settle, null, value),
      (reason) => process.nextTick(settle, reasonAsError(reason)),
    );
  }
  // Same own properties as the original; name and length adjusted when they are the usual kinds.
  const own = Object.getOwnPropertyDescriptors(original);
  if (typeof own.length.value === 'number') own.length.value += 1;
  if (typeof own.name.value === 'string') own.name.value += 'Callbackified';
  for (const desc of Object.values(own)) Object.setPrototypeOf(desc, null);
  Object.defineProperties(callbackified, own);
  return callbackified;
}

function markPromiseAsHandled(promise) {
  if (!types.isPromise(promise)) throw new ERR_INVALID_ARG_TYPE('promise', 'Promise', promise);
  promise.then(undefined, () => {});
}

// ---- system errors and signals ----------------------------------------------------------------------------

function checkErrno(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
}

function getSystemErrorName(err) {
  checkErrno(err);
  return internalUtil.getSystemErrorName(err);
}

function getSystemErrorMessage(err) {
  checkErrno(err);
  const entry = getSystemErrorMap().get(err);
  return entry === undefined ? `Unknown system error ${err}` : entry[1];
}

function convertProcessSignalToExitCode(signalCode) {
  validateString(signalCode, 'signalCode');
  const signals = require('os').constants.signals;
  if (!Object.hasOwn(signals, signalCode)) {
    throw new ERR_INVALID_ARG_VALUE('signalCode', signalCode,
                                    `must be one of: ${Object.keys(signals).map((s) => `'${s}'`).join(', ')}`);
  }
  return 128 + signals[signalCode];
}

// Builds an error without spending time on a stack first, then gives it one that starts at the caller.
function quickError(Ctor, args, caller) {
  const limit = Error.stackTraceLimit;
  const writable = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')?.writable !== false &&
    Object.isExtensible(Error);
  if (!writable) return new Ctor(...args);
  Error.stackTraceLimit = 0;
  let err;
  try {
    err = new Ctor(...args);
  } finally {
    Error.stackTraceLimit = limit;
  }
  Error.captureStackTrace?.(err, caller);
  return err;
}

function _errnoException(...args) {
  return quickError(ErrnoException, args, _errnoException);
}

function _exceptionWithHostPort(...args) {
  return quickError(ExceptionWithHostPort, args, _exceptionWithHostPort);
}

// ---- call sites -------------------------------------------------------------------------------------------

// The frames of this call's stack, from GraalJS's stack text ("at name (file:line:column)").
function getCallSites(frameCount = 10, options) {
  if (options === undefined && typeof frameCount === 'object' && frameCount !== null) {
    options = frameCount;
    frameCount = 10;
  }
  validateNumber(frameCount, 'frameCount', 1, 200);
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = frameCount;
  try {
    Error.captureStackTrace(holder, getCallSites);
  } finally {
    Error.stackTraceLimit = limit;
  }
  const sites = [];
  for (const line of String(holder.stack).split('\n').slice(1)) {
    const m = /^\s*at (?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/.exec(line);
    if (m === null) continue;
    const column = Number(m[4]);
    sites.push({
      __proto__: null,
      functionName: m[1] ?? '',
      scriptId: '0',
      scriptName: m[2],
      lineNumber: Number(m[3]),
      columnNumber: column,
      column,
    });
  }
  return sites;
}

// ---- styleText --------------------------------------------------------------------------------------------

function streamCanColor(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (!stream?.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function looksLikeStream(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  if (typeof ReadableStream === 'function' && stream instanceof ReadableStream) return true;
  if (typeof WritableStream === 'function' && stream instanceof WritableStream) return true;
  return typeof stream.on === 'function' && (typeof stream.write === 'function' || typeof stream.pipe === 'function' ||
    stream._readableState !== undefined || stream._writableState !== undefined);
}

function styleCodes(name) {
  if (name === 'none') return ['', ''];
  const codes = inspect.colors[name];
  if (codes === undefined || codes === null) validateOneOf(name, 'format', Object.keys(inspect.colors));
  return [`\x1b[${codes[0]}m`, `\x1b[${codes[1]}m`];
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && !looksLikeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  let open = '';
  let close = '';
  for (const name of Array.isArray(format) ? format : [format]) {
    const [on, off] = styleCodes(name);
    open += on;
    close = off + close;
  }
  if (validateStream && !streamCanColor(stream)) return text;
  return open + text + close;
}

// ---- the rest ---------------------------------------------------------------------------------------------

function parseEnv(content) {
  validateString(content, 'content');
  return internalBinding('util').parseEnv(content);
}

function lazyValue(target, key, load) {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = load();
      Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
    },
  });
}

let abortController;
function abortControllerModule() {
  abortController ??= require('internal/abort_controller');
  return abortController;
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: deprecate(extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.',
                     'DEP0060'),
  callbackify,
  convertProcessSignalToExitCode,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: deprecate((value) => Array.isArray(value),
                     'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'),
  isDeepStrictEqual,
  markPromiseAsHandled,
  promisify,
  stripVTControlCharacters,
  toUSVString(input) {
    return `${input}`.toWellFormed();
  },
  get transferableAbortSignal() {
    return abortControllerModule().transferableAbortSignal;
  },
  get transferableAbortController() {
    return abortControllerModule().transferableAbortController;
  },
  get aborted() {
    return abortControllerModule().aborted;
  },
  types,
  parseEnv,
};
lazyValue(module.exports, 'TextDecoder', () => require('internal/encoding').TextDecoder);
lazyValue(module.exports, 'TextEncoder', () => require('internal/encoding').TextEncoder);
