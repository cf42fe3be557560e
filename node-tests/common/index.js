'use strict';
// The `common` helpers that tests in node's style use (`const common = require('../common');`), written for
// wtjs's test folder and runnable under node as well as under wtjs.
//
// The heart of it is call accounting: common.mustCall(fn, n) wraps fn in a counter, and when the process exits
// normally every counter is compared with what it expected. A mismatch prints which function and where it was
// made, and turns the exit code into 1.
//
// Only assert, util, path and worker_threads are loaded up front; anything else waits until a helper needs it.
const assert = require('assert');
const path = require('path');
const { inspect } = require('util');
const { isMainThread } = require('worker_threads');

const platform = process.platform;
const isWtjs = Object.hasOwn(process.versions ?? {}, 'wtjs');

// ---- call accounting ----

class CallCounter {
  static #all = [];

  // kind: 'exactly' or 'at least'
  constructor(fnName, kind, expected) {
    this.fnName = fnName;
    this.kind = kind;
    this.expected = expected;
    this.calls = 0;
    this.madeAt = inspect(new Error());   // where the wrapper was made, printed on a mismatch
    if (CallCounter.#all.length === 0) process.on('exit', CallCounter.#verifyAll);
    CallCounter.#all.push(this);
  }

  get satisfied() {
    return this.kind === 'exactly' ? this.calls === this.expected : this.calls >= this.expected;
  }

  report() {
    console.log('Mismatched %s function calls. Expected %s, actual %d.',
                this.fnName, `${this.kind} ${this.expected}`, this.calls);
    console.log(this.madeAt.split('\n').slice(2).join('\n'));
  }

  static #verifyAll(code) {
    if (code !== 0) return;   // the test already failed: its own error says more
    const unmet = CallCounter.#all.filter((c) => !c.satisfied);
    if (unmet.length === 0) return;
    for (const c of unmet) c.report();
    process.exitCode = 1;
    process.exit(1);
  }
}

// fn (or a no-op) wrapped so that its calls are counted; same name and length as fn.
function counted(fn, expected, kind, helper) {
  if (process._exiting) throw new Error('Cannot use common.mustCall*() in process exit handler');
  if (typeof fn === 'number') {
    expected = fn;
    fn = undefined;
  }
  expected ??= 1;
  if (typeof expected !== 'number') {
    throw new TypeError(`Invalid ${kind === 'exactly' ? 'exact' : 'minimum'} value: ${expected}`);
  }
  const target = fn ?? (() => {});
  const counter = new CallCounter(target.name || '<anonymous>', kind, expected);
  const wrapper = function(...args) {
    counter.calls++;
    return Reflect.apply(target, this, args);
  };
  for (const prop of ['name', 'length']) {
    Object.defineProperty(wrapper, prop, { value: target[prop], configurable: true });
  }
  return wrapper;
}

const mustCall = (fn, exact) => counted(fn, exact, 'exactly');
const mustCallAtLeast = (fn, minimum) => counted(fn, minimum, 'at least');

// A node-style callback that must be called, without an error; its results go on to fn.
function mustSucceed(fn, exact) {
  return mustCall(function succeeded(err, ...results) {
    assert.ifError(err);
    return typeof fn === 'function' ? Reflect.apply(fn, this, results) : undefined;
  }, exact);
}

// "file:line" of the caller of `skipFrom`, or '<unknown>'.
function getCallSite(skipFrom) {
  const saved = Error.prepareStackTrace;
  let site;
  try {
    Error.prepareStackTrace = (_, frames) => `${frames[0].getFileName()}:${frames[0].getLineNumber()}`;
    const holder = {};
    Error.captureStackTrace(holder, skipFrom);
    site = holder.stack;
  } catch {
    site = undefined;
  } finally {
    Error.prepareStackTrace = saved;
  }
  return typeof site === 'string' && !site.includes('\n') ? site : '<unknown>';
}

// A function that fails the test (an AssertionError) if it is ever called.
function mustNotCall(msg = 'function should not have been called') {
  const site = getCallSite(mustNotCall);
  return function mustNotCall(...args) {
    const shown = args.length === 0 ? '' : `\ncalled with arguments: ${args.map((a) => inspect(a)).join(', ')}`;
    assert.fail(`${msg} at ${site}${shown}`);
  };
}

// A callback that must be called once with one error matching `validator` (as assert.throws understands it).
function expectsError(validator, exact) {
  return mustCall((...args) => {
    if (args.length !== 1) assert.fail(`Expected one argument, got ${inspect(args)}`);
    const [error] = args;
    assert.strictEqual(Object.prototype.propertyIsEnumerable.call(error, 'message'), false);
    assert.throws(() => { throw error; }, validator);
    return true;
  }, exact);
}

// ---- warnings ----

const warningChecks = new Map();   // warning name -> check of the next warning with that name

// expectWarning(name, message | [message, code] | [[message, code], ...] | {code: message})
// or expectWarning({ name: expected, ... }): each listed warning must be emitted, and no other.
function expectWarning(nameOrMap, expected, code) {
  if (warningChecks.size === 0) {
    process.on('warning', (warning) => {
      const check = warningChecks.get(warning.name);
      if (check === undefined) {
        throw new TypeError(`"${warning.name}" was triggered without being expected.\n${inspect(warning)}`);
      }
      check(warning);
    });
  }
  const entries = typeof nameOrMap === 'string' ? [[nameOrMap, expected, code]] :
    Object.entries(nameOrMap).map(([name, exp]) => [name, exp, undefined]);
  for (const [name, exp, c] of entries) warningChecks.set(name, warningCheck(name, asPairs(exp, c)));
}

// The expected warnings as [message, code] pairs.
function asPairs(expected, code) {
  if (typeof expected === 'string' || expected instanceof RegExp) return [[expected, code]];
  if (!Array.isArray(expected)) return Object.entries(expected).map(([c, message]) => [message, c]);
  return Array.isArray(expected[0]) ? expected.slice() : [[expected[0], expected[1]]];
}

function warningCheck(name, pending) {
  return mustCall((warning) => {
    const next = pending.shift();
    if (next === undefined) assert.fail(`Unexpected extra warning received: ${warning}`);
    const [message, code] = next;
    assert.strictEqual(warning.name, name);
    if (message instanceof RegExp) assert.match(warning.message, message);
    else assert.strictEqual(warning.message, message);
    assert.strictEqual(warning.code, code);
  }, pending.length);
}

// ---- small helpers ----

function printSkipMessage(msg) {
  console.log(`1..0 # Skipped: ${msg}`);
}

function skip(msg) {
  printSkipMessage(msg);
  process.exit(0);
}

// A timeout stretched for slow builds and hosts (wtjs: a JVM warming GraalJS up).
function platformTimeout(ms) {
  const times = (k) => (typeof ms === 'bigint' ? BigInt(k) * ms : k * ms);
  if (process.features?.debug) ms = times(2);
  if (platform === 'aix') return times(2);
  return isWtjs ? times(4) : ms;
}

// The tail node's ERR_INVALID_ARG_TYPE messages give the received value.
function invalidArgTypeHelper(input) {
  if (input == null) return ` Received ${input}`;
  if (typeof input === 'function') return ` Received function ${input.name}`;
  if (typeof input === 'object') {
    const ctorName = input.constructor?.name;
    return ctorName ? ` Received an instance of ${ctorName}` : ` Received ${inspect(input, { depth: -1 })}`;
  }
  let shown = inspect(input, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof input} (${shown})`;
}

const VIEW_TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView];

// Every kind of view over the same bytes as `buf` whose element size divides its length.
function getArrayBufferViews(buf) {
  const { buffer, byteOffset, byteLength } = buf;
  return VIEW_TYPES.filter((T) => byteLength % (T.BYTES_PER_ELEMENT ?? 1) === 0)
    .map((T) => new T(buffer, byteOffset, byteLength / (T.BYTES_PER_ELEMENT ?? 1)));
}

function isAlive(pid) {
  try {
    process.kill(pid, 'SIGCONT');
    return true;
  } catch {
    return false;
  }
}

const common = {
  isWindows: platform === 'win32',
  isLinux: platform === 'linux',
  isOSX: platform === 'darwin',
  isMacOS: platform === 'darwin',
  isSunOS: platform === 'sunos',
  isFreeBSD: platform === 'freebsd',
  isOpenBSD: platform === 'openbsd',
  isAIX: platform === 'aix',
  isIBMi: false,
  isDumbTerminal: process.env.TERM === 'dumb',
  isMainThread,
  isWtjs,
  hasIntl: typeof Intl === 'object' && Intl !== null,
  PORT: Number(process.env.NODE_COMMON_PORT) || 12346,
  localhostIPv4: '127.0.0.1',

  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustSucceed,
  expectsError,
  expectWarning,
  getCallSite,
  getArrayBufferViews,
  invalidArgTypeHelper,
  isAlive,
  platformTimeout,
  printSkipMessage,
  skip,
  allowGlobals() {},
  canCreateSymLink: () => platform !== 'win32',
  mustNotMutateObjectDeep: (value) => value,

  get hasCrypto() {
    if (!process.versions?.openssl || process.env.NODE_SKIP_CRYPTO) return false;
    try {
      require('crypto');
      return true;
    } catch {
      return false;
    }
  },
  get hasOpenSSL3() { return this.hasCrypto && process.versions.openssl.startsWith('3.'); },
  get hasIPv6() { return false; },
  get inFreeBSDJail() { return false; },
  get isPi() { return false; },
  get isSlowHost() { return isWtjs; },
  get buildType() { return process.features?.debug ? 'Debug' : 'Release'; },
  get fixturesDir() { return path.join(__dirname, '..', 'fixtures'); },
};

module.exports = common;
