'use strict';
// internal/validators: the argument checks node's APIs share. Each throws node's own error (code and text). The
// checks are written plainly in `checks` and exported wrapped by hideStackFrames, so that a thrown error's stack
// starts at the API the user called; checks call one another unwrapped.

const errors = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE: ArgType,
  ERR_INVALID_ARG_VALUE: ArgValue,
  ERR_INVALID_THIS: BadThis,
  ERR_OUT_OF_RANGE: OutOfRange,
  ERR_SOCKET_BAD_PORT: BadPort,
  ERR_UNKNOWN_SIGNAL: UnknownSignal,
} = errors.codes;
// (read on first use: events, loaded by every agent, needs these checks but not what the rarer ones need)
const util = () => require('internal/util');
const types = () => require('internal/util/types');
const signalNumbers = () => internalBinding('constants').os.signals;

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const UINT32_MAX = 2 ** 32 - 1;

// validateObject's options, as bits.
const OBJECT_NULL_OK = 1;
const OBJECT_ARRAY_OK = 2;
const OBJECT_FUNCTION_OK = 4;

// One Link header entry: `<uri>` then `; param` or `; param=value` (the value optionally double-quoted).
const LINK_ENTRY = /^<[^>]*>(?:\s*;\s*[^;"\s]+(?:=("?)[^;"\s]*\1)?)*$/;
const LINK_FORMAT = 'must be an array or string of format "</styles.css>; rel=preload; as=style"';

function bounds(min, max, joiner = '&&') {
  const parts = [];
  if (min != null) parts.push(`>= ${min}`);
  if (max != null) parts.push(`<= ${max}`);
  return parts.join(` ${joiner} `);
}

function integerWithin(value, name, min, max) {
  if (typeof value !== 'number') throw new ArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw new OutOfRange(name, 'an integer', value);
  if (value < min || value > max) throw new OutOfRange(name, bounds(min, max), value);
}

function everyItem(list, name, check) {
  checks.validateArray(list, name);
  list.forEach((item, i) => check(item, `${name}[${i}]`));
}

function ignoreEntry(entry, name) {
  if (typeof entry === 'string' || typeof entry === 'function' || entry instanceof RegExp) return;
  throw new ArgType(name, ['string', 'Function', 'RegExp'], entry);
}

const checks = {
  validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
    integerWithin(value, name, min, max);
  },
  validateInt32(value, name, min = INT32_MIN, max = INT32_MAX) {
    integerWithin(value, name, min, max);
  },
  validateUint32(value, name, positive = false) {
    integerWithin(value, name, positive ? 1 : 0, UINT32_MAX);
  },
  validateString(value, name) {
    if (typeof value !== 'string') throw new ArgType(name, 'string', value);
  },
  validateNumber(value, name, min = undefined, max) {
    if (typeof value !== 'number') throw new ArgType(name, 'number', value);
    if (min == null && max == null) return;
    if ((min != null && value < min) || (max != null && value > max) || Number.isNaN(value)) {
      throw new OutOfRange(name, bounds(min, max), value);
    }
  },
  validateBoolean(value, name) {
    if (typeof value !== 'boolean') throw new ArgType(name, 'boolean', value);
  },
  validateOneOf(value, name, allowed) {
    if (allowed.includes(value)) return;
    const listed = allowed.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw new ArgValue(name, value, `must be one of: ${listed}`);
  },
  validateObject(value, name, options = 0) {
    let ok;
    if (value === null) ok = (options & OBJECT_NULL_OK) !== 0;
    else if (Array.isArray(value)) ok = (options & OBJECT_ARRAY_OK) !== 0;
    else ok = typeof value === 'object' || ((options & OBJECT_FUNCTION_OK) !== 0 && typeof value === 'function');
    if (!ok) throw new ArgType(name, 'Object', value);
  },
  validateDictionary(value, name) {
    const kind = typeof value;
    if (value != null && kind !== 'object' && kind !== 'function') throw new ArgType(name, 'a dictionary', value);
  },
  validateArray(value, name, minLength = 0) {
    if (!Array.isArray(value)) throw new ArgType(name, 'Array', value);
    if (value.length < minLength) throw new ArgValue(name, value, `must have a length of at least ${minLength}`);
  },
  validateStringArray(value, name) {
    everyItem(value, name, checks.validateString);
  },
  validateBooleanArray(value, name) {
    everyItem(value, name, checks.validateBoolean);
  },
  validateAbortSignalArray(value, name) {
    everyItem(value, name, checks.validateAbortSignal);
  },
  validateSignalName(signal, name = 'signal') {
    checks.validateString(signal, name);
    if (signalNumbers()[signal] !== undefined) return;
    if (signalNumbers()[signal.toUpperCase()] !== undefined) {
      throw new UnknownSignal(`${signal} (signals must use all capital letters)`);
    }
    throw new UnknownSignal(signal);
  },
  validateBuffer(buffer, name = 'buffer') {
    if (!types().isArrayBufferView(buffer)) throw new ArgType(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  },
  validateEncoding(data, encoding) {
    const size = data.length;
    if (util().normalizeEncoding(encoding) === 'hex' && size % 2 !== 0) {
      throw new ArgValue('encoding', encoding, `is invalid for data of length ${size}`);
    }
  },
  validatePort(port, name = 'Port', allowZero = true) {
    const kind = typeof port;
    const bad = (kind !== 'number' && kind !== 'string') ||
      (kind === 'string' && port.trim() === '') ||
      +port !== (+port >>> 0) || port > 0xFFFF ||
      (port === 0 && !allowZero);
    if (bad) throw new BadPort(name, port, allowZero);
    return port | 0;
  },
  validateAbortSignal(signal, name) {
    if (signal === undefined) return;
    if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
      throw new ArgType(name, 'AbortSignal', signal);
    }
  },
  validateFunction(value, name) {
    if (typeof value !== 'function') throw new ArgType(name, 'Function', value);
  },
  validatePlainFunction(value, name) {
    if (typeof value !== 'function' || types().isAsyncFunction(value)) throw new ArgType(name, 'Function', value);
  },
  validateUndefined(value, name) {
    if (value !== undefined) throw new ArgType(name, 'undefined', value);
  },
  validateUnion(value, name, union) {
    if (!union.includes(value)) throw new ArgType(name, `('${union.join('|')}')`, value);
  },
  validateLinkHeaderValue(hints) {
    const checkOne = (link) => {
      if (link === undefined || !LINK_ENTRY.test(link)) throw new ArgValue('hints', link, LINK_FORMAT);
    };
    if (typeof hints === 'string') {
      checkOne(hints);
      return hints;
    }
    if (!Array.isArray(hints)) throw new ArgValue('hints', hints, LINK_FORMAT);
    hints.forEach(checkOne);
    return hints.join(', ');
  },
  validateThisInternalField(object, fieldKey, className) {
    if (typeof object !== 'object' || object === null || !(fieldKey in object)) throw new BadThis(className);
  },
  // false for undefined or NaN (the caller takes its default), true for a finite number, a throw otherwise.
  validateFiniteNumber(number, name) {
    if (number === undefined || Number.isNaN(number)) return false;
    if (Number.isFinite(number)) return true;
    checks.validateNumber(number, name);
    throw new OutOfRange(name, 'a finite number', number);
  },
  checkRangesOrGetDefault(number, name, lower, upper, def) {
    if (!checks.validateFiniteNumber(number, name)) return def;
    if (number < lower || number > upper) throw new OutOfRange(name, bounds(lower, upper, 'and'), number);
    return number;
  },
  validateStringWithoutNullBytes(value, name) {
    checks.validateString(value, name);
    if (value.includes('\u0000')) throw new ArgValue(name, value, 'must be a string without null bytes');
  },
  validateIgnoreOption(value, name) {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) value.forEach((entry, i) => ignoreEntry(entry, `${name}[${i}]`));
    else ignoreEntry(value, name);
  },
};

// A file mode: a 32-bit unsigned integer, or an octal string such as '0644'.
function parseFileMode(value, name, def) {
  if (value == null && def !== undefined) return def;
  let mode = value;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) throw new ArgValue(name, mode, 'must be a 32-bit unsigned integer or an octal string');
    mode = Number.parseInt(mode, 8);
  }
  checks.validateUint32(mode, name);
  return mode >>> 0;
}

const exported = {
  isInt32: (value) => value === (value | 0),
  isUint32: (value) => value === (value >>> 0),
  parseFileMode,
  kValidateObjectNone: 0,
  kValidateObjectAllowNullable: OBJECT_NULL_OK,
  kValidateObjectAllowArray: OBJECT_ARRAY_OK,
  kValidateObjectAllowFunction: OBJECT_FUNCTION_OK,
  kValidateObjectAllowObjects: OBJECT_ARRAY_OK | OBJECT_FUNCTION_OK,
  kValidateObjectAllowObjectsAndNull: OBJECT_NULL_OK | OBJECT_ARRAY_OK | OBJECT_FUNCTION_OK,
};
for (const [name, check] of Object.entries(checks)) exported[name] = errors.hideStackFrames(check);
// The name this tree's event_target still uses for validateThisInternalField (hidden: node 24 has no such export).
Object.defineProperty(exported, 'validateInternalField', {
  value: exported.validateThisInternalField, writable: true, configurable: true, enumerable: false,
});

module.exports = exported;
