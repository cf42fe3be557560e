'use strict';
// internal/util: small helpers the builtins share (deprecation, promisify, encodings, lazy properties, symbols).

const errors = require('internal/errors');
const { ERR_NO_CRYPTO, ERR_UNKNOWN_SIGNAL } = errors.codes;
// (bindings read on first use: events, loaded by every agent, needs this module but not them)
const signalNumbers = () => internalBinding('constants').os.signals;

let validators;
const lazyValidators = () => (validators ??= require('internal/validators'));

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kResultNames = Symbol('customPromisifyArgs');
const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = Object.freeze({ __proto__: null, enumerable: true });

const isError = (value) => internalBinding('types').isNativeError(value) || value instanceof Error;

const ANSI_COLOR = /\u001b\[\d\d?m/g;
const removeColors = (text) => String(text).replace(ANSI_COLOR, '');

// ---- deprecation and experimental warnings -----------------------------------------------------------------------
const warnedCodes = new Set();

function getDeprecationWarningEmitter(code, text, wrapper, emitSync, shouldEmit = () => true) {
  let done = false;
  return (arg) => {
    if (done || !shouldEmit(arg)) return;
    done = true;
    if (code === undefined) {
      process.emitWarning(text, 'DeprecationWarning', wrapper);
    } else if (!warnedCodes.has(code)) {
      warnedCodes.add(code);
      process.emitWarning(text, 'DeprecationWarning', code, wrapper);
    }
  };
}

const flagGiven = (flag) => Array.isArray(process.execArgv) && process.execArgv.includes(flag);
const isPendingDeprecation = () => flagGiven('--pending-deprecation') && !flagGiven('--no-deprecation');

// Wraps fn so that its first use warns (once per code); `new` still constructs fn.
function deprecate(target, text, code, emitSync) {
  if (code !== undefined) lazyValidators().validateString(code, 'code');
  const warn = getDeprecationWarningEmitter(code, text, deprecated, emitSync);
  // node names the wrapper 'deprecated'.
  function deprecated(...args) {
    if (!process.noDeprecation) warn();
    return new.target ? Reflect.construct(target, args, new.target) : Reflect.apply(target, this, args);
  }
  Object.setPrototypeOf(deprecated, target);
  Object.defineProperty(deprecated, 'length', { value: target.length, configurable: true });
  if (target.prototype) deprecated.prototype = target.prototype;
  return deprecated;
}

// Warns only under --pending-deprecation.
function pendingDeprecate(target, text, code) {
  let warn = null;
  const wrapper = function(...args) {
    warn();
    return Reflect.apply(target, this, args);
  };
  warn = getDeprecationWarningEmitter(code, text, wrapper, false, isPendingDeprecation);
  return wrapper;
}

const experimentalWarned = new Set();
function emitExperimentalWarning(feature, prefix, code, below) {
  if (experimentalWarned.has(feature)) return;
  experimentalWarned.add(feature);
  const text = `${feature} is an experimental feature and might change at any time`;
  process.emitWarning(prefix ? prefix + text : text, 'ExperimentalWarning', code, below);
}

const assertCrypto = () => {
  if (!process.versions.openssl) throw new ERR_NO_CRYPTO();
};

// ---- encodings -----------------------------------------------------------------------------------------------
// The encodings' canonical names, in the order of node's native enum.
const encodings = ['ascii', 'utf8', 'base64', 'utf16le', 'latin1', 'hex', 'buffer', 'base64url'];
const encodingsMap = Object.setPrototypeOf(Object.fromEntries(encodings.map((name, i) => [name, i])), null);

const encodingAliases = new Map([
  ['utf8', 'utf8'], ['utf-8', 'utf8'], ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'], ['utf16le', 'utf16le'],
  ['utf-16le', 'utf16le'], ['latin1', 'latin1'], ['binary', 'latin1'], ['base64', 'base64'],
  ['base64url', 'base64url'], ['hex', 'hex'], ['ascii', 'ascii'],
]);

// The canonical name of an encoding (case-insensitive), or undefined when it is not one.
function normalizeEncoding(name) {
  if (name == null || name === 'utf8' || name === 'utf-8' || name === '') return 'utf8';
  if (typeof name !== 'string') return undefined;
  return encodingAliases.get(name) ?? encodingAliases.get(name.toLowerCase());
}

// ---- system errors and signals -----------------------------------------------------------------------------------
function getSystemErrorName(errno) {
  const entry = errors.uvErrmapGet(errno);
  return entry ? entry[0] : `Unknown system error ${errno}`;
}

const getSystemErrorMap = () => internalBinding('uv').getErrorMap();

let knownSignals;
// A signal's number, from its number or (any case) name.
function convertToValidSignal(nameOrNumber) {
  if (typeof nameOrNumber === 'number') {
    knownSignals ??= new Set(Object.values(signalNumbers()));
    if (knownSignals.has(nameOrNumber)) return nameOrNumber;
  } else if (typeof nameOrNumber === 'string') {
    const number = signalNumbers()[nameOrNumber.toUpperCase()];
    if (number) return number;
  }
  throw new ERR_UNKNOWN_SIGNAL(nameOrNumber);
}

// ---- functions and objects ---------------------------------------------------------------------------------------
// The nearest named constructor along obj's prototype chain, or null.
function getConstructorOf(start) {
  for (let o = start; o; o = Object.getPrototypeOf(o)) {
    const ctor = Object.getOwnPropertyDescriptor(o, 'constructor')?.value;
    if (typeof ctor === 'function' && ctor.name !== '') return ctor;
  }
  return null;
}

function promisify(withCallback) {
  lazyValidators().validateFunction(withCallback, 'original');
  const pinned = (f) => Object.defineProperty(f, kCustomPromisifiedSymbol,
                                              { value: f, configurable: true, enumerable: false, writable: false });
  const custom = withCallback[kCustomPromisifiedSymbol];
  if (custom) {
    lazyValidators().validateFunction(custom, 'util.promisify.custom');
    return pinned(custom);
  }
  // Callbacks with several results name them, e.g. ['bytesRead', 'buffer'].
  const resultNames = withCallback[kResultNames];
  function fn(...args) {
    return new Promise((settle, fail) => {
      args.push((err, ...results) => {
        if (err) {
          fail(err);
        } else if (resultNames !== undefined && results.length > 1) {
          settle(Object.fromEntries(resultNames.map((name, i) => [name, results[i]])));
        } else {
          settle(results[0]);
        }
      });
      Reflect.apply(withCallback, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(withCallback));
  pinned(fn);
  const descriptors = Object.getOwnPropertyDescriptors(withCallback);
  for (const desc of Object.values(descriptors)) Object.setPrototypeOf(desc, null);
  return Object.defineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

// { promise, resolve, reject } (Promise.withResolvers).
function createDeferredPromise() {
  const deferred = {};
  deferred.promise = new Promise((ok, fail) => {
    deferred.resolve = ok;
    deferred.reject = fail;
  });
  return deferred;
}

// Like parts.join(separator), but an undefined entry reads 'undefined'.
function join(parts, separator) {
  let out = '';
  for (let i = 0; i < parts.length; i++) out += i === 0 ? `${parts[i]}` : `${separator}${parts[i]}`;
  return out;
}

// Removes one element in place (cheaper than splice(index, 1) for short lists).
function spliceOne(list, at) {
  for (let i = at; i + 1 < list.length; i++) list[i] = list[i + 1];
  list.pop();
}

// fn called at most once; later calls return undefined (or the first result with preserveReturnValue).
function once(fn, { preserveReturnValue = false } = kEmptyObject) {
  let called = false;
  let result;
  return function onceWrapper(...args) {
    if (!called) {
      called = true;
      result = Reflect.apply(fn, this, args);
    }
    return preserveReturnValue ? result : undefined;
  };
}

function getLazy(make) {
  let ready = false;
  let value;
  return () => {
    if (!ready) {
      value = make();
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
function defineLazyProperties(target, id, names, enumerable = true) {
  let mod;
  names.forEach((key) => {
    let loaded;
    const settle = (v) => Object.defineProperty(target, key, { writable: true, value: v });
    const accessors = {
      [`get ${key}`]() {
        mod ??= require(id);
        if (loaded === undefined) {
          loaded = mod[key];
          settle(loaded);
        }
        return loaded;
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
  });
}

const exposeLazyInterfaces = (target, id, names) => defineLazyProperties(target, id, names, false);

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

const pristineExecOf = (regex, text) => Reflect.apply(pristineExec, pristineCopy(regex), [text]);
const pristineReplaceOf = (regex, text, replacement) =>
  Reflect.apply(pristineReplace, pristineCopy(regex), [text, replacement]);
const pristineSplitOf = (regex, text, limit = undefined) =>
  Reflect.apply(pristineSplit, pristineCopy(regex), [text, limit]);

const isUnderNodeModules = (filename) => Boolean(filename) && /[\\/]node_modules[\\/]/.test(filename);

module.exports = {
  assertCrypto, cachedResult, convertToValidSignal, createDeferredPromise, customInspectSymbol, defineLazyProperties,
  deprecate, emitExperimentalWarning, encodingsMap, exposeLazyInterfaces, getConstructorOf, getLazy,
  getDeprecationWarningEmitter, getSystemErrorMap, getSystemErrorName, isError, isPendingDeprecation,
  isUnderNodeModules, join, kEmptyObject, kEnumerableProperty, lazyDOMException, lazyDOMExceptionClass,
  normalizeEncoding, once, pendingDeprecate, promisify, removeColors, setOwnProperty, spliceOne,
  customPromisifyArgs: kResultNames,
  exposeInterface: hiddenValue,
  exposeNamespace: hiddenValue,
  kIsEncodingSymbol: Symbol('kIsEncodingSymbol'),
  SideEffectFreeRegExpPrototypeExec: pristineExecOf,
  SideEffectFreeRegExpPrototypeSymbolReplace: pristineReplaceOf,
  SideEffectFreeRegExpPrototypeSymbolSplit: pristineSplitOf,
  SymbolAsyncDispose: Symbol.asyncDispose,
  SymbolDispose: Symbol.dispose,
};
