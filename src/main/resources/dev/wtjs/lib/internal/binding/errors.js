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

function noSideEffectsToString(value) {
  try {
    if (typeof value === 'symbol') return value.toString();
    if (value !== null && typeof value === 'object') {
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
