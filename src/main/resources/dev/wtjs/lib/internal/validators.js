'use strict';
// internal/validators: the argument checks node's APIs share. Each throws node's own error (code and text) and,
// through hideStackFrames, starts the error's stack at the API the user called.

const {
  hideStackFrames,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
    ERR_SOCKET_BAD_PORT,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');
const { normalizeEncoding } = require('internal/util');
const { isAsyncFunction, isArrayBufferView } = require('internal/util/types');
const { signals } = internalBinding('constants').os;

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const UINT32_MAX = 2 ** 32 - 1;

const isInt32 = (value) => value === (value | 0);
const isUint32 = (value) => value === (value >>> 0);

function rangeText(min, max, joiner = '&&') {
  const parts = [];
  if (min != null) parts.push(`>= ${min}`);
  if (max != null) parts.push(`<= ${max}`);
  return parts.join(` ${joiner} `);
}

function requireNumber(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

function requireIntegerIn(value, name, min, max) {
  requireNumber(value, name);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, rangeText(min, max), value);
}

const validateInteger = hideStackFrames((value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) =>
  requireIntegerIn(value, name, min, max));

const validateInt32 = hideStackFrames((value, name, min = INT32_MIN, max = INT32_MAX) =>
  requireIntegerIn(value, name, min, max));

const validateUint32 = hideStackFrames((value, name, positive = false) =>
  requireIntegerIn(value, name, positive ? 1 : 0, UINT32_MAX));

const validateString = hideStackFrames((value, name) => {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
});

const validateNumber = hideStackFrames((value, name, min = undefined, max) => {
  requireNumber(value, name);
  const bounded = min != null || max != null;
  if (!bounded) return;
  if ((min != null && value < min) || (max != null && value > max) || Number.isNaN(value)) {
    throw new ERR_OUT_OF_RANGE(name, rangeText(min, max), value);
  }
});

const validateBoolean = hideStackFrames((value, name) => {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
});

const validateOneOf = hideStackFrames((value, name, allowed) => {
  if (allowed.includes(value)) return;
  const listed = allowed.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
  throw new ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${listed}`);
});

// validateObject's options, as bits.
const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1;
const kValidateObjectAllowArray = 2;
const kValidateObjectAllowFunction = 4;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowObjects | kValidateObjectAllowNullable;

const validateObject = hideStackFrames((value, name, options = kValidateObjectNone) => {
  const nullOk = (options & kValidateObjectAllowNullable) !== 0;
  const arrayOk = (options & kValidateObjectAllowArray) !== 0;
  const functionOk = (options & kValidateObjectAllowFunction) !== 0;
  const type = typeof value;
  let ok;
  if (value === null) ok = nullOk;
  else if (Array.isArray(value)) ok = arrayOk;
  else ok = type === 'object' || (functionOk && type === 'function');
  if (!ok) throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
});

const validateDictionary = hideStackFrames((value, name) => {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
});

const validateArray = hideStackFrames((value, name, minLength = 0) => {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) {
    throw new ERR_INVALID_ARG_VALUE(name, value, `must have a length of at least ${minLength}`);
  }
});

function eachItem(check) {
  return hideStackFrames((value, name) => {
    validateArray.withoutStackTrace(value, name);
    value.forEach((item, i) => check(item, `${name}[${i}]`));
  });
}

const validateStringArray = eachItem((item, name) => validateString.withoutStackTrace(item, name));
const validateBooleanArray = eachItem((item, name) => validateBoolean.withoutStackTrace(item, name));
const validateAbortSignalArray = eachItem((item, name) => validateAbortSignal.withoutStackTrace(item, name));

const validateSignalName = hideStackFrames((signal, name = 'signal') => {
  validateString.withoutStackTrace(signal, name);
  if (signals[signal] !== undefined) return;
  if (signals[signal.toUpperCase()] !== undefined) {
    throw new ERR_UNKNOWN_SIGNAL(`${signal} (signals must use all capital letters)`);
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
});

const validateBuffer = hideStackFrames((buffer, name = 'buffer') => {
  if (!isArrayBufferView(buffer)) throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
});

const validateEncoding = hideStackFrames((data, encoding) => {
  const length = data.length;
  if (normalizeEncoding(encoding) === 'hex' && length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${length}`);
  }
});

const validatePort = hideStackFrames((port, name = 'Port', allowZero = true) => {
  const type = typeof port;
  const bad = (type !== 'number' && type !== 'string') ||
    (type === 'string' && port.trim() === '') ||
    +port !== (+port >>> 0) || port > 0xFFFF ||
    (port === 0 && !allowZero);
  if (bad) throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  return port | 0;
});

const validateAbortSignal = hideStackFrames((signal, name) => {
  if (signal === undefined) return;
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
});

const validateFunction = hideStackFrames((value, name) => {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
});

const validatePlainFunction = hideStackFrames((value, name) => {
  if (typeof value !== 'function' || isAsyncFunction(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
});

const validateUndefined = hideStackFrames((value, name) => {
  if (value !== undefined) throw new ERR_INVALID_ARG_TYPE(name, 'undefined', value);
});

const validateUnion = hideStackFrames((value, name, union) => {
  if (!union.includes(value)) throw new ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
});

// One Link header entry: `<uri>` then `; param` or `; param=value` (the value optionally double-quoted).
const LINK_ENTRY = /^<[^>]*>(?:\s*;\s*[^;"\s]+(?:=("?)[^;"\s]*\1)?)*$/;
const LINK_FORMAT = 'must be an array or string of format "</styles.css>; rel=preload; as=style"';

const validateLinkHeaderFormat = hideStackFrames((value, name) => {
  if (typeof value === 'undefined' || !LINK_ENTRY.test(value)) throw new ERR_INVALID_ARG_VALUE(name, value, LINK_FORMAT);
});

const validateLinkHeaderValue = hideStackFrames((hints) => {
  if (typeof hints === 'string') {
    validateLinkHeaderFormat.withoutStackTrace(hints, 'hints');
    return hints;
  }
  if (Array.isArray(hints)) {
    for (const link of hints) validateLinkHeaderFormat.withoutStackTrace(link, 'hints');
    return hints.join(', ');
  }
  throw new ERR_INVALID_ARG_VALUE('hints', hints, LINK_FORMAT);
});

const validateThisInternalField = hideStackFrames((object, fieldKey, className) => {
  if (typeof object !== 'object' || object === null || !(fieldKey in object)) throw new ERR_INVALID_THIS(className);
});

// false for undefined or NaN (use the default), true for a finite number, a throw for anything else.
const validateFiniteNumber = hideStackFrames((number, name) => {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber.withoutStackTrace(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
});

const checkRangesOrGetDefault = hideStackFrames((number, name, lower, upper, def) => {
  if (!validateFiniteNumber.withoutStackTrace(number, name)) return def;
  if (number < lower || number > upper) throw new ERR_OUT_OF_RANGE(name, rangeText(lower, upper, 'and'), number);
  return number;
});

const validateStringWithoutNullBytes = hideStackFrames((value, name) => {
  validateString.withoutStackTrace(value, name);
  if (value.includes('\u0000')) throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
});

function checkIgnoreEntry(value, name) {
  if (typeof value === 'string' || typeof value === 'function' || value instanceof RegExp) return;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Function', 'RegExp'], value);
}

const validateIgnoreOption = hideStackFrames((value, name) => {
  if (value == null) return;
  if (Array.isArray(value)) value.forEach((item, i) => checkIgnoreEntry(item, `${name}[${i}]`));
  else checkIgnoreEntry(value, name);
});

// A file mode: a 32-bit unsigned integer, or an octal string such as '0644'.
function parseFileMode(value, name, def) {
  if (value == null && def !== undefined) return def;
  let mode = value;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) {
      throw new ERR_INVALID_ARG_VALUE(name, mode, 'must be a 32-bit unsigned integer or an octal string');
    }
    mode = Number.parseInt(mode, 8);
  }
  validateUint32(mode, name);
  return mode >>> 0;
}

module.exports = {
  checkRangesOrGetDefault,
  isInt32,
  isUint32,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowNullable,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  kValidateObjectNone,
  parseFileMode,
  validateAbortSignal,
  validateAbortSignalArray,
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateBuffer,
  validateDictionary,
  validateEncoding,
  validateFiniteNumber,
  validateFunction,
  validateIgnoreOption,
  validateInt32,
  validateInteger,
  validateLinkHeaderValue,
  validateNumber,
  validateObject,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateStringArray,
  validateStringWithoutNullBytes,
  validateThisInternalField,
  validateUint32,
  validateUndefined,
  validateUnion,
};
// The name this tree's event_target still uses for validateThisInternalField (not enumerable: node 24 has no such
// export).
Object.defineProperty(module.exports, 'validateInternalField', {
  value: validateThisInternalField, writable: true, configurable: true, enumerable: false,
});
