'use strict';

// node:assert. Every check is a method of the Assert class; the module itself is the legacy-mode `ok`
// function carrying those methods, and `assert.strict` is the strict-mode one. A method reads its instance's
// options (diff, skipPrototype) when called on an Assert instance and uses the defaults otherwise, so methods
// taken off the module (`const { strictEqual } = assert`) keep working.

const { codes } = require('internal/errors');
const { validateOneOf } = require('internal/validators');
const AssertionError = require('internal/assert/assertion_error');
const { inspect } = require('internal/util/inspect');
const { innerOk } = require('internal/assert/utils');
const typeChecks = require('internal/util/types');
const { isError, deprecate } = require('internal/util');
const CallTracker = require('internal/assert/calltracker');

let comparisons;
const compare = () => (comparisons ??= require('internal/util/comparisons'));

const kOptions = Symbol('assert options');
const DEFAULTS = Object.freeze({ diff: 'simple', strict: false, skipPrototype: false });
const NOTHING_THROWN = Symbol('nothing thrown');

const optionsOf = (self) => (self != null && self[kOptions]) || DEFAULTS;
const bothNaN = (a, b) => Number.isNaN(a) && Number.isNaN(b);
const matches = (regexp, text) => RegExp.prototype.exec.call(regexp, text) !== null;

// Throws the caller's Error message as is, or an AssertionError.
function raise(self, details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError({ ...details, diff: optionsOf(self).diff });
}

function needTwo(count) {
  if (count < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
}

// ------------------------------------------------------------------------------------------- the checks

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

function equal(actual, expected, message) {
  needTwo(arguments.length);
  if (actual != expected && !bothNaN(actual, expected)) { // eslint-disable-line eqeqeq
    raise(this, { actual, expected, message, operator: '==', stackStartFn: equal });
  }
}

function notEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (actual == expected || bothNaN(actual, expected)) { // eslint-disable-line eqeqeq
    raise(this, { actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
}

function strictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!Object.is(actual, expected)) {
    raise(this, { actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
}

function notStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (Object.is(actual, expected)) {
    raise(this, { actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
}

function deepEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!compare().isDeepEqual(actual, expected)) {
    raise(this, { actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
}

function notDeepEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (compare().isDeepEqual(actual, expected)) {
    raise(this, { actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
}

function deepStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!compare().isDeepStrictEqual(actual, expected, optionsOf(this))) {
    raise(this, { actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
}

function notDeepStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (compare().isDeepStrictEqual(actual, expected, optionsOf(this))) {
    raise(this, { actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
}

function partialDeepStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!compare().isPartialStrictEqual(actual, expected, optionsOf(this))) {
    raise(this, { actual, expected, message, operator: 'partialDeepStrictEqual', stackStartFn: partialDeepStrictEqual });
  }
}

let failWarned = false;

function fail(actual, expected, message, operator, stackStartFn) {
  const count = arguments.length;
  if (count === 0 || (count === 1 && actual === undefined)) {
    const err = new AssertionError({ message: 'Failed', operator: 'fail', stackStartFn: fail, diff: optionsOf(this).diff });
    err.generatedMessage = true;
    throw err;
  }
  if (count === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
    }
    if (count === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual, expected, message, operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail, diff: optionsOf(this).diff,
  });
  err.generatedMessage = message === undefined;
  throw err;
}

function ifError(err) {
  if (err === null || err === undefined) return;
  let text;
  if (typeof err === 'object' && typeof err.message === 'string') {
    text = err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    text = inspect(err);
  }
  const failure = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message: `ifError got unwanted exception: ${text}`,
    stackStartFn: ifError, diff: optionsOf(this).diff,
  });
  if (typeof err?.stack === 'string') failure.stack = joinStacks(failure.stack, err.stack);
  throw failure;
}

// ifError()'s stack: its own frames down to where they meet the unwanted error's, then all of that error's.
function joinStacks(own, unwanted) {
  const isFrame = (line) => /^\s+at /.test(line);
  const ownLines = own.split('\n');
  const firstFrame = ownLines.findIndex(isFrame);
  if (firstFrame === -1) return own;
  const ownFrames = ownLines.slice(firstFrame);
  const theirFrames = unwanted.split('\n').filter(isFrame);
  let shared = 0;
  while (shared < ownFrames.length && shared < theirFrames.length &&
         ownFrames[ownFrames.length - 1 - shared] === theirFrames[theirFrames.length - 1 - shared]) {
    shared++;
  }
  return [...ownLines.slice(0, firstFrame), ...ownFrames.slice(0, ownFrames.length - shared), ...theirFrames].join('\n');
}

function checkMatch(self, text, regexp, message, wanted, fn) {
  if (!typeChecks.isRegExp(regexp)) throw new codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  if (typeof text === 'string' && matches(regexp, text) === wanted) return;
  if (message instanceof Error) throw message;
  const generated = !message;
  if (generated) {
    if (typeof text !== 'string') {
      message = `The "string" argument must be of type string. Received type ${typeof text} (${inspect(text)})`;
    } else {
      const verb = wanted ? 'The input did not match' : 'The input was expected to not match';
      message = `${verb} the regular expression ${inspect(regexp)}. Input:\n\n${inspect(text)}\n`;
    }
  }
  const err = new AssertionError({
    actual: text, expected: regexp, message, operator: fn.name, stackStartFn: fn, diff: optionsOf(self).diff,
  });
  err.generatedMessage = generated;
  throw err;
}

function match(text, regexp, message) {
  checkMatch(this, text, regexp, message, true, match);
}

function doesNotMatch(text, regexp, message) {
  checkMatch(this, text, regexp, message, false, doesNotMatch);
}

// ------------------------------------------------------------------------------------------- exceptions

function outcomeOf(fn) {
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (err) {
    return err;
  }
  return NOTHING_THROWN;
}

const isThenable = (v) => typeChecks.isPromise(v) ||
  (v !== null && typeof v === 'object' && typeof v.then === 'function' && typeof v.catch === 'function');

async function settledOutcome(promiseFn) {
  let pending;
  if (typeof promiseFn === 'function') {
    pending = promiseFn();
    if (!isThenable(pending)) throw new codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', pending);
  } else if (isThenable(promiseFn)) {
    pending = promiseFn;
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await pending;
  } catch (err) {
    return err;
  }
  return NOTHING_THROWN;
}

// The `error` argument of throws()/rejects() as a string is really the message.
function expectThrown(self, fn, thrown, error, message, hasMessage) {
  if (typeof error === 'string') {
    if (hasMessage) throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    if (thrown !== null && typeof thrown === 'object' && thrown.message === error) {
      throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message', `The error message "${thrown.message}" is identical to the message.`);
    }
    if (thrown === error) {
      throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${thrown}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (thrown === NOTHING_THROWN) {
    const what = fn === rejects ? 'rejection' : 'exception';
    const name = error && error.name ? ` (${error.name})` : '';
    raise(self, {
      actual: undefined, expected: error, operator: fn.name, stackStartFn: fn,
      message: `Missing expected ${what}${name}${message ? `: ${message}` : '.'}`,
    });
  }
  if (error) validateThrown(self, fn, thrown, error, message);
}

function validateThrown(self, fn, thrown, expected, message) {
  let generated = false;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && thrown instanceof expected) return;
    if (Error.isPrototypeOf(expected)) {
      if (!message) {
        generated = true;
        message = `The error is expected to be an instance of "${expected.name}". Received ${describeThrown(thrown, expected)}`;
      }
    } else {
      const verdict = expected.call({}, thrown);
      if (verdict === true) return;
      if (!message) {
        generated = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return "true". Received ${inspect(verdict)}`;
        if (isError(thrown)) message += `\n\nCaught error:\n\n${thrown}`;
      }
    }
  } else if (typeChecks.isRegExp(expected)) {
    const text = String(thrown);
    if (matches(expected, text)) return;
    if (!message) {
      generated = true;
      message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(text)}\n`;
    }
  } else if (thrown === null || typeof thrown !== 'object') {
    const err = new AssertionError({
      actual: thrown, expected, message, operator: 'deepStrictEqual', stackStartFn: fn, diff: optionsOf(self).diff,
    });
    err.operator = fn.name;
    throw err;
  } else {
    checkProperties(self, fn, thrown, expected, message);
    return;
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual: thrown, expected, message, operator: fn.name, stackStartFn: fn, diff: optionsOf(self).diff,
  });
  err.generatedMessage = generated;
  throw err;
}

function describeThrown(thrown, expected) {
  if (!isError(thrown)) return `"${inspect(thrown, { depth: -1 })}"`;
  const name = thrown.constructor?.name || thrown.name;
  let text = expected.name === name ?
    'an error with identical name but a different prototype.' : `"${name}"`;
  if (thrown.message) text += `\n\nError message:\n\n${thrown.message}`;
  return text;
}

// A validation object: each of its keys (plus name and message for an Error) must be on the thrown object with
// a deep-equal value, or a string value the key's RegExp matches.
function checkProperties(self, fn, thrown, expected, message) {
  const keys = Object.keys(expected);
  if (expected instanceof Error) keys.push('name', 'message');
  else if (keys.length === 0) throw new codes.ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
  const regexpHolds = (key) => typeof thrown[key] === 'string' && typeChecks.isRegExp(expected[key]) &&
    matches(expected[key], thrown[key]);
  for (const key of keys) {
    if (regexpHolds(key)) continue;
    if (key in thrown && compare().isDeepStrictEqual(thrown[key], expected[key])) continue;
    if (message) raise(self, { actual: thrown, expected, message, operator: fn.name, stackStartFn: fn });
    // The message shows both sides restricted to the keys that were checked.
    const shownThrown = new Comparison();
    const shownExpected = new Comparison();
    for (const k of keys) {
      if (k in thrown) shownThrown[k] = thrown[k];
      if (k in expected) shownExpected[k] = regexpHolds(k) ? thrown[k] : expected[k];
    }
    const err = new AssertionError({
      actual: shownThrown, expected: shownExpected, operator: 'deepStrictEqual', stackStartFn: fn,
      diff: optionsOf(self).diff,
    });
    err.actual = thrown;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
}

class Comparison {}

function unwantedThrown(self, fn, thrown, error, message) {
  if (thrown === NOTHING_THROWN) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || errorMatches(thrown, error)) {
    const what = fn === doesNotReject ? 'rejection' : 'exception';
    raise(self, {
      actual: thrown, expected: error, operator: fn.name, stackStartFn: fn,
      message: `Got unwanted ${what}${message ? `: ${message}` : '.'}\nActual message: "${thrown?.message}"`,
    });
  }
  throw thrown;
}

function errorMatches(thrown, expected) {
  if (typeof expected !== 'function') {
    if (typeChecks.isRegExp(expected)) return matches(expected, String(thrown));
    throw new codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && thrown instanceof expected) return true;
  if (Error.isPrototypeOf(expected)) return false;
  return expected.call({}, thrown) === true;
}

function throws(fn, error, message) {
  expectThrown(this, throws, outcomeOf(fn), error, message, arguments.length > 2);
}

async function rejects(promiseFn, error, message) {
  expectThrown(this, rejects, await settledOutcome(promiseFn), error, message, arguments.length > 2);
}

function doesNotThrow(fn, error, message) {
  unwantedThrown(this, doesNotThrow, outcomeOf(fn), error, message);
}

async function doesNotReject(promiseFn, error, message) {
  unwantedThrown(this, doesNotReject, await settledOutcome(promiseFn), error, message);
}

// ------------------------------------------------------------------------------------------- Assert

const METHODS = {
  deepEqual, deepStrictEqual, doesNotMatch, doesNotReject, doesNotThrow, equal, fail, ifError, match,
  notDeepEqual, notDeepStrictEqual, notEqual, notStrictEqual, ok, partialDeepStrictEqual, rejects, strictEqual,
  throws,
};
const STRICT_ALIASES = {
  equal: strictEqual, deepEqual: deepStrictEqual, notEqual: notStrictEqual, notDeepEqual: notDeepStrictEqual,
};

// A plain function rather than a class, so that calling it without `new` gets node's error code.
function Assert(options = {}) {
  if (new.target === undefined) {
    const err = new TypeError('Class constructor Assert cannot be invoked without `new`');
    err.code = 'ERR_CONSTRUCT_CALL_REQUIRED';
    throw err;
  }
  const settings = { diff: 'simple', strict: true, skipPrototype: false, ...options };
  validateOneOf(settings.diff, 'options.diff', ['simple', 'full']);
  this.AssertionError = AssertionError;
  Object.defineProperty(this, kOptions, { value: Object.freeze(settings) });
  if (settings.strict) Object.assign(this, STRICT_ALIASES);
}

for (const [name, method] of Object.entries(METHODS)) {
  Object.defineProperty(Assert.prototype, name, { value: method, writable: true, configurable: true, enumerable: false });
}

// ------------------------------------------------------------------------------------------- the module

const assert = module.exports = ok;
Object.assign(assert, METHODS);
assert.AssertionError = AssertionError;
assert.Assert = Assert;
assert.CallTracker = deprecate(CallTracker, 'assert.CallTracker is deprecated.', 'DEP0173');

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, STRICT_ALIASES);
assert.strict.strict = assert.strict;
