'use strict';
// internalBinding('errors'): the hooks node's C++ offers to lib/internal/errors and the process bootstrap.
// The host may implement triggerUncaughtException; the setters just remember their callback so the host
// can fetch it (getPrepareStackTraceCallback etc.).

const host = internalBinding('host');

let prepareStackTraceCallback;
let enhanceStackForFatalException;
let getSourceMapErrorSource;
let maybeCacheGeneratedSourceMap;
let sourceMapsEnabled = false;

// V8's Object::NoSideEffectsToString: reads data properties only, never calls user code.
function dataProperty(obj, key) {
  for (let o = obj; o !== null; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d !== undefined) return 'value' in d ? d.value : undefined;
  }
  return undefined;
}

function noSideEffectsToString(value) {
  try {
    if (typeof value === 'symbol') return value.toString();
    if (typeof value === 'function') return Function.prototype.toString.call(value);
    if (value !== null && typeof value === 'object') {
      const toString = dataProperty(value, 'toString');
      if (value instanceof Error || toString === Error.prototype.toString) {
        const name = dataProperty(value, 'name');
        const message = dataProperty(value, 'message');
        const n = name === undefined ? 'Error' : `${name}`;
        const m = message === undefined ? '' : `${message}`;
        return n === '' ? m : m === '' ? n : `${n}: ${m}`;
      }
      if (toString === Object.prototype.toString) {
        const ctor = dataProperty(value, 'constructor');
        if (typeof ctor === 'function') {
          const ctorName = dataProperty(ctor, 'name');
          if (typeof ctorName === 'string' && ctorName !== '') return `#<${ctorName}>`;
        }
      }
      const tag = dataProperty(value, Symbol.toStringTag);
      if (typeof tag === 'string') return `[object ${tag}]`;
      return Object.prototype.toString.call(value);
    }
    return `${value}`;
  } catch {
    return '[object Unknown]';
  }
}

function triggerUncaughtException(err, fromPromise) {
  const fn = host?.triggerUncaughtException;
  if (typeof fn === 'function') return fn(err, fromPromise);
  throw err;
}

module.exports = {
  setPrepareStackTraceCallback(fn) { prepareStackTraceCallback = fn; },
  getPrepareStackTraceCallback() { return prepareStackTraceCallback; },
  setGetSourceMapErrorSource(fn) { getSourceMapErrorSource = fn; },
  setSourceMapsEnabled(enabled) { sourceMapsEnabled = !!enabled; },
  getSourceMapsEnabled() { return sourceMapsEnabled; },
  setMaybeCacheGeneratedSourceMap(fn) { maybeCacheGeneratedSourceMap = fn; },
  setEnhanceStackForFatalException(enhanceStack, enhanceWithCode) {
    enhanceStackForFatalException = { enhanceStack, enhanceWithCode };
  },
  getEnhanceStackForFatalException() { return enhanceStackForFatalException; },
  noSideEffectsToString,
  triggerUncaughtException,
  exitCodes: {
    kNoFailure: 0,
    kGenericUserError: 1,
    kInternalJSParseError: 3,
    kInternalJSEvaluationFailure: 4,
    kV8FatalError: 5,
    kInvalidFatalExceptionMonkeyPatching: 6,
    kExceptionInFatalExceptionHandler: 7,
    kInvalidCommandLineArgument: 9,
    kBootstrapFailure: 10,
    kInvalidCommandLineArgument2: 12,
    kUnfinishedTopLevelAwait: 13,
    kStartupSnapshotFailure: 14,
    kAbort: 134,
  },
};
void getSourceMapErrorSource; void maybeCacheGeneratedSourceMap;
