'use strict';
// internal/util: small helpers the builtins share (deprecation, promisify, encodings, lazy properties, symbols).

const {
  codes: { ERR_NO_CRYPTO, ERR_UNKNOWN_SIGNAL },
  uvErrmapGet,
} = require('internal/errors');
const { isNativeError } = internalBinding('types');
const { signals } = internalBinding('constants').os;

let validators;
const lazyValidators = () => (validators ??= require('internal/validators'));

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');
const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = Object.freeze({ __proto__: null, enumerable: true });

const isError = (value) => isNativeError(value) || value instanceof Error;

const ANSI_COLOR = /\u001b\[\d\d?m/g;
const removeColors = (text) => String(text).replace(ANSI_COLOR, '');

// ---- deprecation and experimental warnings -----------------------------------------------------------------------
const warnedCodes = new Set();

function getDeprecationWarningEmitter(code, msg, deprecated, useEmitSync, shouldEmit = () => true) {
  let done = false;
  return (arg) => {
    if (done || !shouldEmit(arg)) return;
    done = true;
    if (code === undefined) {
      process.emitWarning(msg, 'DeprecationWarning', deprecated);
    } else if (!warnedCodes.has(code)) {
      warnedCodes.add(code);
      process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
    }
  };
}

const flagGiven = (flag) => Array.isArray(process.execArgv) && process.execArgv.includes(flag);
const isPendingDeprecation = () => flagGiven('--pending-deprecation') && !flagGiven('--no-deprecation');

// Wraps fn so that its first use warns (once per code); `new` still constructs fn.
function deprecate(fn, msg, code, useEmitSync) {
  if (code !== undefined) lazyValidators().validateString(code, 'code');
  const warn = getDeprecationWarningEmitter(code, msg, deprecated, useEmitSync);
  function deprecated(...args) {
    if (!process.noDeprecation) warn();
    return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  Object.defineProperty(deprecated, 'length', { value: fn.length, configurable: true });
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function pendingDeprecate(fn, msg, code) {
  const warn = getDeprecationWarningEmitter(code, msg, deprecated, false, isPendingDeprecation);
  function deprecated(...args) {
    warn();
    return Reflect.apply(fn, this, args);
  }
  return deprecated;
}

const experimentalWarned = new Set();
function emitExperimentalWarning(feature, messagePrefix, code, ctor) {
  if (experimentalWarned.has(feature)) return;
  experimentalWarned.add(feature);
  const text = `${feature} is an experimental feature and might change at any time`;
  process.emitWarning(messagePrefix ? messagePrefix + text : text, 'ExperimentalWarning', code, ctor);
}

function assertCrypto() {
  if (!process.versions.openssl) throw new ERR_NO_CRYPTO();
}

// ---- encodings -----------------------------------------------------------------------------------------------
// The encodings' canonical names, in the order of node's native enum.
const encodings = ['ascii', 'utf8', 'base64', 'utf16le', 'latin1', 'hex', 'buffer', 'base64url'];
const encodingsMap = { __proto__: null };
encodings.forEach((name, index) => { encodingsMap[name] = index; });

const encodingAliases = new Map([
  ['utf8', 'utf8'], ['utf-8', 'utf8'], ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'], ['utf16le', 'utf16le'],
  ['utf-16le', 'utf16le'], ['latin1', 'latin1'], ['binary', 'latin1'], ['base64', 'base64'],
  ['base64url', 'base64url'], ['hex', 'hex'], ['ascii', 'ascii'],
]);

// The canonical name of an encoding (case-insensitive), or undefined when it is not one.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8' || enc === '') return 'utf8';
  if (typeof enc !== 'string') return undefined;
  return encodingAliases.get(enc) ?? encodingAliases.get(enc.toLowerCase());
}

// ---- system errors and signals -----------------------------------------------------------------------------------
function getSystemErrorName(errno) {
  const entry = uvErrmapGet(errno);
  return entry ? entry[0] : `Unknown system error ${errno}`;
}

function getSystemErrorMap() {
  return internalBinding('uv').getErrorMap();
}

let signalNames;
function convertToValidSignal(signal) {
  if (typeof signal === 'number') {
    signalNames ??= new Set(Object.values(signals));
    if (signalNames.has(signal)) return signal;
  } else if (typeof signal === 'string') {
    const number = signals[signal.toUpperCase()];
    if (number) return number;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

// ---- functions and objects ---------------------------------------------------------------------------------------
// The nearest named constructor along obj's prototype chain, or null.
function getConstructorOf(obj) {
  for (let o = obj; o; o = Object.getPrototypeOf(o)) {
    const ctor = Object.getOwnPropertyDescriptor(o, 'constructor')?.value;
    if (typeof ctor === 'function' && ctor.name !== '') return ctor;
  }
  return null;
}

function promisify(original) {
  lazyValidators().validateFunction(original, 'original');
  const pinned = (fn) => Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  if (original[kCustomPromisifiedSymbol]) {
    const custom = original[kCustomPromisifiedSymbol];
    lazyValidators().validateFunction(custom, 'util.promisify.custom');
    return pinned(custom);
  }
  // Callbacks with several results name them, e.g. ['bytesRead', 'buffer'].
  const resultNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...results) => {
        if (err) {
          reject(err);
        } else if (resultNames !== undefined && results.length > 1) {
          const named = {};
          resultNames.forEach((name, i) => { named[name] = results[i]; });
          resolve(named);
        } else {
          resolve(results[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  pinned(fn);
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const desc of Object.values(descriptors)) Object.setPrototypeOf(desc, null);
  return Object.defineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// Like parts.join(separator), but an undefined entry reads 'undefined'.
function join(parts, separator) {
  let out = '';
  for (let i = 0; i < parts.length; i++) out += i === 0 ? `${parts[i]}` : `${separator}${parts[i]}`;
  return out;
}

// Removes one element in place (cheaper than splice(index, 1) for short lists).
function spliceOne(list, index) {
  for (let i = index; i + 1 < list.length; i++) list[i] = list[i + 1];
  list.pop();
}

function once(callback, { preserveReturnValue = false } = kEmptyObject) {
  let called = false;
  let result;
  return function(...args) {
    if (called) return preserveReturnValue ? result : undefined;
    called = true;
    result = Reflect.apply(callback, this, args);
    return preserveReturnValue ? result : undefined;
  };
}

function getLazy(initializer) {
  let ready = false;
  let value;
  return () => {
    if (!ready) {
      value = initializer();
      ready = true;
    }
    return value;
  };
}

function cachedResult(compute) {
  let result;
  return () => {
    result ??= compute();
    return result.slice();
  };
}

// Properties of target that load module `id` on first read and then become plain data properties.
function defineLazyProperties(target, id, keys, enumerable = true) {
  let mod;
  for (const key of keys) {
    let value;
    const settle = (v) => Object.defineProperty(target, key, { writable: true, value: v });
    const accessors = {
      [`get ${key}`]() {
        mod ??= require(id);
        if (value === undefined) {
          value = mod[key];
          settle(value);
        }
        return value;
      },
      [`set ${key}`](v) {
        settle(v);
      },
    };
    Object.defineProperty(target, key, {
      configurable: true,
      enumerable,
      get: accessors[`get ${key}`],
      set: accessors[`set ${key}`],
    });
  }
}

function exposeLazyInterfaces(target, id, keys) {
  defineLazyProperties(target, id, keys, false);
}

function hiddenValue(target, name, value) {
  Object.defineProperty(target, name, { writable: true, enumerable: false, configurable: true, value });
}

function setOwnProperty(target, key, value) {
  return Object.defineProperty(target, key, { configurable: true, enumerable: true, writable: true, value });
}

let DOMExceptionClass;
const lazyDOMExceptionClass = () => (DOMExceptionClass ??= require('internal/per_context/domexception').DOMException);

// A DOMException whose stack starts at the caller.
function lazyDOMException(message, name) {
  const err = new (lazyDOMExceptionClass())(message, name);
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(err, lazyDOMException);
  return err;
}

// ---- regular expressions unaffected by user patches to RegExp.prototype ---------------------------------------------
const pristine = new WeakMap();
const regExpProto = RegExp.prototype;
const { exec: pristineExec, [Symbol.replace]: pristineReplace, [Symbol.split]: pristineSplit } = regExpProto;

function pristineCopy(regex) {
  let copy = pristine.get(regex);
  if (copy === undefined) {
    copy = new RegExp(regex.source, regex.flags);
    pristine.set(regex, copy);
  }
  copy.lastIndex = 0;
  return copy;
}

const SideEffectFreeRegExpPrototypeExec = (regex, string) => Reflect.apply(pristineExec, pristineCopy(regex), [string]);
const SideEffectFreeRegExpPrototypeSymbolReplace = (regex, string, replacement) =>
  Reflect.apply(pristineReplace, pristineCopy(regex), [string, replacement]);
const SideEffectFreeRegExpPrototypeSymbolSplit = (regex, string, limit = undefined) =>
  Reflect.apply(pristineSplit, pristineCopy(regex), [string, limit]);

const isUnderNodeModules = (filename) => Boolean(filename) && /[\\/]node_modules[\\/]/.test(filename);

module.exports = {
  assertCrypto,
  cachedResult,
  convertToValidSignal,
  createDeferredPromise,
  customInspectSymbol,
  customPromisifyArgs: kCustomPromisifyArgsSymbol,
  defineLazyProperties,
  deprecate,
  emitExperimentalWarning,
  encodingsMap,
  exposeInterface: hiddenValue,
  exposeLazyInterfaces,
  exposeNamespace: hiddenValue,
  getConstructorOf,
  getDeprecationWarningEmitter,
  getLazy,
  getSystemErrorMap,
  getSystemErrorName,
  isError,
  isPendingDeprecation,
  isUnderNodeModules,
  join,
  kEmptyObject,
  kEnumerableProperty,
  kIsEncodingSymbol: Symbol('kIsEncodingSymbol'),
  lazyDOMException,
  lazyDOMExceptionClass,
  normalizeEncoding,
  once,
  pendingDeprecate,
  promisify,
  removeColors,
  setOwnProperty,
  SideEffectFreeRegExpPrototypeExec,
  SideEffectFreeRegExpPrototypeSymbolReplace,
  SideEffectFreeRegExpPrototypeSymbolSplit,
  spliceOne,
  SymbolAsyncDispose: Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose'),
  SymbolDispose: Symbol.dispose ?? Symbol.for('nodejs.dispose'),
};
