// wtjs's implementation of the `common` module of node's test suite (test/common/index.js): the helpers that
// tests written in node's own style lean on. Tests start with `const common = require('../common');`.
// Only modules that wtjs has are loaded eagerly (assert, util, path, worker_threads); fs and os are loaded lazily.
'use strict';
const assert = require('assert');
const path = require('path');
const util = require('util');
const { inspect } = util;
const { isMainThread } = require('worker_threads');

const noop = () => {};

const isWindows = process.platform === 'win32';
const isSunOS = process.platform === 'sunos';
const isFreeBSD = process.platform === 'freebsd';
const isOpenBSD = process.platform === 'openbsd';
const isLinux = process.platform === 'linux';
const isOSX = process.platform === 'darwin';
const isMacOS = isOSX;
const isAIX = process.platform === 'aix';
const isIBMi = false;
const isDumbTerminal = process.env.TERM === 'dumb';

const hasIntl = typeof Intl === 'object' && Intl !== null;
const isWtjs = typeof process.versions === 'object' && process.versions !== null &&
  Object.prototype.hasOwnProperty.call(process.versions, 'wtjs');

const mustCallChecks = [];

function runCallChecks(exitCode) {
  if (exitCode !== 0) return;

  const failed = mustCallChecks.filter(function(context) {
    if ('minimum' in context) {
      context.messageSegment = `at least ${context.minimum}`;
      return context.actual < context.minimum;
    }
    context.messageSegment = `exactly ${context.exact}`;
    return context.actual !== context.exact;
  });

  failed.forEach(function(context) {
    console.log('Mismatched %s function calls. Expected %s, actual %d.',
                context.name,
                context.messageSegment,
                context.actual);
    console.log(context.stack.split('\n').slice(2).join('\n'));
  });

  if (failed.length) {
    process.exitCode = 1;
    process.exit(1);
  }
}

function mustCall(fn, exact) {
  return _mustCallInner(fn, exact, 'exact');
}

function mustSucceed(fn, exact) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function')
      return fn.apply(this, args);
  }, exact);
}

function mustCallAtLeast(fn, minimum) {
  return _mustCallInner(fn, minimum, 'minimum');
}

function _mustCallInner(fn, criteria = 1, field) {
  if (process._exiting)
    throw new Error('Cannot use common.mustCall*() in process exit handler');
  if (typeof fn === 'number') {
    criteria = fn;
    fn = noop;
  } else if (fn === undefined) {
    fn = noop;
  }

  if (typeof criteria !== 'number')
    throw new TypeError(`Invalid ${field} value: ${criteria}`);

  const context = {
    [field]: criteria,
    actual: 0,
    stack: inspect(new Error()),
    name: fn.name || '<anonymous>',
  };

  // Add the exit listener only once to avoid listener leak warnings
  if (mustCallChecks.length === 0) process.on('exit', runCallChecks);

  mustCallChecks.push(context);

  const _return = function() { // eslint-disable-line func-style
    context.actual++;
    return fn.apply(this, arguments);
  };
  // Function instances have own properties that may be relevant: replicate name and length.
  Object.defineProperties(_return, {
    name: {
      __proto__: null,
      value: fn.name,
      writable: false,
      enumerable: false,
      configurable: true,
    },
    length: {
      __proto__: null,
      value: fn.length,
      writable: false,
      enumerable: false,
      configurable: true,
    },
  });
  return _return;
}

function getCallSite(top) {
  const originalStackFormatter = Error.prepareStackTrace;
  Error.prepareStackTrace = (err, stack) =>
    `${stack[0].getFileName()}:${stack[0].getLineNumber()}`;
  const err = new Error();
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(err, top);
  // With the V8 Error API, the stack is not formatted until it is accessed
  let site = err.stack;
  Error.prepareStackTrace = originalStackFormatter;
  if (typeof site !== 'string' || site.includes('\n')) site = '<unknown>';
  return site;
}

function mustNotCall(msg) {
  const callSite = getCallSite(mustNotCall);
  return function mustNotCall(...args) {
    const argsInfo = args.length > 0 ?
      `\ncalled with arguments: ${args.map((arg) => inspect(arg)).join(', ')}` : '';
    assert.fail(
      `${msg || 'function should not have been called'} at ${callSite}` +
      argsInfo);
  };
}

function printSkipMessage(msg) {
  console.log(`1..0 # Skipped: ${msg}`);
}

function skip(msg) {
  printSkipMessage(msg);
  process.exit(0);
}

function platformTimeout(ms) {
  const multipliers = typeof ms === 'bigint' ?
    { two: 2n, four: 4n, seven: 7n } : { two: 2, four: 4, seven: 7 };
  if (process.features && process.features.debug)
    ms = multipliers.two * ms;
  if (isAIX || isIBMi)
    return multipliers.two * ms; // Default localhost speed is slower on AIX
  if (isWtjs)
    return multipliers.four * ms; // A JVM and GraalJS warming up
  return ms;
}

// Useful for testing expected internal/error objects
function expectsError(validator, exact) {
  return mustCall((...args) => {
    if (args.length !== 1) {
      // Do not use `assert.strictEqual()` to prevent `inspect` from always being called.
      assert.fail(`Expected one argument, got ${inspect(args)}`);
    }
    const error = args.pop();
    // The error message should be non-enumerable
    assert.strictEqual(Object.prototype.propertyIsEnumerable.call(error, 'message'), false);

    assert.throws(() => { throw error; }, validator);
    return true;
  }, exact);
}

let catchWarning;
// Accepts a warning name and description or array of descriptions or a map of warning names to descriptions.
function expectWarning(nameOrMap, expected, code) {
  if (catchWarning === undefined) {
    catchWarning = {};
    process.on('warning', (warning) => {
      if (!catchWarning[warning.name]) {
        throw new TypeError(`"${warning.name}" was triggered without being expected.\n` + inspect(warning));
      }
      catchWarning[warning.name](warning);
    });
  }
  if (typeof nameOrMap === 'string') {
    catchWarning[nameOrMap] = expectWarningOf(nameOrMap, expected, code);
  } else {
    Object.keys(nameOrMap).forEach((name) => {
      catchWarning[name] = expectWarningOf(name, nameOrMap[name]);
    });
  }
}

function expectWarningOf(name, expected, code) {
  if (typeof expected === 'string') expected = [[expected, code]];
  else if (!Array.isArray(expected)) expected = Object.entries(expected).map(([a, b]) => [b, a]);
  else if (!Array.isArray(expected[0])) expected = [[expected[0], expected[1]]];
  return mustCall((warning) => {
    const expectedProperties = expected.shift();
    if (!expectedProperties) assert.fail(`Unexpected extra warning received: ${warning}`);
    const [message, warningCode] = expectedProperties;
    assert.strictEqual(warning.name, name);
    if (typeof message === 'string') assert.strictEqual(warning.message, message);
    else assert.match(warning.message, message);
    assert.strictEqual(warning.code, warningCode);
  }, expected.length);
}

function invalidArgTypeHelper(input) {
  if (input == null) {
    return ` Received ${input}`;
  }
  if (typeof input === 'function') {
    return ` Received function ${input.name}`;
  }
  if (typeof input === 'object') {
    if (input.constructor?.name) {
      return ` Received an instance of ${input.constructor.name}`;
    }
    return ` Received ${inspect(input, { depth: -1 })}`;
  }

  let inspected = inspect(input, { colors: false });
  if (inspected.length > 28) { inspected = `${inspected.slice(inspected, 0, 25)}...`; }

  return ` Received type ${typeof input} (${inspected})`;
}

function getArrayBufferViews(buf) {
  const { buffer, byteOffset, byteLength } = buf;
  const out = [];
  const arrayBufferViews = [
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView,
  ];
  for (const type of arrayBufferViews) {
    const { BYTES_PER_ELEMENT = 1 } = type;
    if (byteLength % BYTES_PER_ELEMENT === 0) {
      out.push(new type(buffer, byteOffset, byteLength / BYTES_PER_ELEMENT));
    }
  }
  return out;
}

function isAlive(pid) {
  try {
    process.kill(pid, 'SIGCONT');
    return true;
  } catch {
    return false;
  }
}

function allowGlobals() {}

function canCreateSymLink() {
  return !isWindows;
}

function mustNotMutateObjectDeep(original) {
  return original;
}

const common = {
  allowGlobals,
  canCreateSymLink,
  expectsError,
  expectWarning,
  getArrayBufferViews,
  getCallSite,
  hasIntl,
  invalidArgTypeHelper,
  isAIX,
  isAlive,
  isDumbTerminal,
  isFreeBSD,
  isIBMi,
  isLinux,
  isMainThread,
  isMacOS,
  isOpenBSD,
  isOSX,
  isSunOS,
  isWindows,
  isWtjs,
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustNotMutateObjectDeep,
  mustSucceed,
  platformTimeout,
  printSkipMessage,
  skip,
  PORT: +process.env.NODE_COMMON_PORT || 12346,
  localhostIPv4: '127.0.0.1',

  get hasCrypto() {
    if (!process.versions || !process.versions.openssl || process.env.NODE_SKIP_CRYPTO) return false;
    try {
      require('crypto');
      return true;
    } catch {
      return false;
    }
  },

  get hasOpenSSL3() {
    return common.hasCrypto && /^3\./.test(process.versions.openssl);
  },

  get hasIPv6() {
    return false;
  },

  get inFreeBSDJail() {
    return false;
  },

  get isPi() {
    return false;
  },

  get isSlowHost() {
    return isWtjs;
  },

  get buildType() {
    return process.features && process.features.debug ? 'Debug' : 'Release';
  },

  get fixturesDir() {
    return path.join(__dirname, '..', 'fixtures');
  },
};

module.exports = common;
