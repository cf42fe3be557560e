'use strict';
// node's `buffer` module: Buffer (a Uint8Array subclass, see internal/buffer's FastBuffer), its pool of
// small allocations, atob/btoa, isUtf8/isAscii and the module's constants.

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBuffer,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');
const { customInspectSymbol, deprecate, kIsEncodingSymbol, lazyDOMException } = require('internal/util');
const { isAnyArrayBuffer, isArrayBufferView, isTypedArray, isUint8Array } = require('internal/util/types');
const {
  FastBuffer,
  encodingOps,
  lookupEncoding,
  addNumberMethods,
  markAsUntransferable,
  createUnsafeBuffer,
} = require('internal/buffer');
const codec = internalBinding('buffer');

const { kMaxLength, kStringMaxLength } = codec;
let inspectMaxBytes = 50;

const utf8 = encodingOps.utf8;

function encodingOrThrow(name) {
  const ops = lookupEncoding(name);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(name);
  return ops;
}

// An index argument checked as node checks offsets: an integer in [min, max].
function checkIndex(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
  return value;
}

function notBuffer(name, value) {
  return new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'Uint8Array'], value);
}

// ------------------------------------------------------------------------------------------------ pool
// Small buffers are views into one shared ArrayBuffer of Buffer.poolSize bytes, as in node: a user can see
// it through `buf.buffer`. Each slice starts at a multiple of 8.
class Pool {
  #bytes = null;
  #used = 0;

  // Whether a request of n bytes is served from the pool.
  static fits(n) {
    return n > 0 && n < Buffer.poolSize >>> 1;
  }

  #renew() {
    this.#bytes = createUnsafeBuffer(Buffer.poolSize);
    markAsUntransferable(this.#bytes.buffer);
    this.#used = 0;
  }

  // A view of n bytes at the pool's free end; commit(k) then marks k of them used.
  take(n) {
    if (this.#bytes === null || n > this.#bytes.length - this.#used) this.#renew();
    return new FastBuffer(this.#bytes.buffer, this.#used, n);
  }

  commit(n) {
    this.#used = (this.#used + n + 7) & ~7;
  }
}
const pool = new Pool();

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (!Pool.fits(size)) return createUnsafeBuffer(size);
  const b = pool.take(size);
  pool.commit(size);
  return b;
}

// -------------------------------------------------------------------------------------------- creation
function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = utf8;
  } else {
    ops = encodingOrThrow(encoding);
  }
  const size = ops.byteLength(string);
  if (size === 0) return new FastBuffer();
  if (!Pool.fits(size)) {
    const b = createUnsafeBuffer(size);
    const written = ops.write(b, string, 0, size);
    return written === size ? b : new FastBuffer(b.buffer, 0, written);
  }
  const view = pool.take(size);
  const written = ops.write(view, string, 0, size);
  pool.commit(written);
  return written === size ? view : new FastBuffer(view.buffer, view.byteOffset, written);
}

function fromArrayLike(items) {
  const b = allocate(items.length);
  b.set(items, 0);
  return b;
}

function fromArrayBuffer(ab, byteOffset, length) {
  byteOffset = byteOffset === undefined ? 0 : +byteOffset || 0;
  const room = ab.byteLength - byteOffset;
  if (room < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = room;
  } else {
    length = +length;
    if (!(length > 0)) length = 0;
    else if (length > room) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  }
  return new FastBuffer(ab, byteOffset, length);
}

// Array-likes, typed arrays and the { type: 'Buffer', data: [...] } shape of JSON.stringify(buffer).
function fromObject(obj) {
  if (isUint8Array(obj)) return fromArrayLike(obj);
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const primitive = typeof value.valueOf === 'function' ? value.valueOf() : undefined;
    if (primitive != null && primitive !== value && (typeof primitive === 'string' || typeof primitive === 'object'))
      return from(primitive, encodingOrOffset, length);
    const made = fromObject(value);
    if (made !== undefined) return made;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const str = value[Symbol.toPrimitive]('string');
      if (typeof str === 'string') return fromString(str, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'],
                                 value);
}

function checkSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

function alloc(size, fill, encoding) {
  checkSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) return fillBuffer(createUnsafeBuffer(size), fill, 0, size, encoding);
  return new FastBuffer(size);
}

function allocUnsafe(size) {
  checkSize(size);
  return allocate(size);
}

function allocUnsafeSlow(size) {
  checkSize(size);
  return createUnsafeBuffer(size);
}

function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const count = view.length;
  if (count === 0) return alloc(0);
  let start = 0;
  let end = count;
  if (offset !== undefined) {
    validateInteger(offset, 'offset', 0);
    if (offset >= count) return new FastBuffer();
    start = offset;
  }
  if (length !== undefined) {
    validateInteger(length, 'length', 0);
    end = Math.min(start + length, count);
  }
  const width = view.BYTES_PER_ELEMENT;
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset + start * width, (end - start) * width));
}

function of(...items) {
  const b = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const strict = arguments.length > 2 && arguments[2] === true;
  if (string.length === 0 && !strict) return 0;
  if (!encoding) return utf8.byteLength(string);
  const ops = lookupEncoding(encoding);
  if (ops === undefined) return strict ? -1 : utf8.byteLength(string);
  return ops.byteLength(string);
}

function compare(a, b) {
  if (!isUint8Array(a)) throw notBuffer('buf1', a);
  if (!isUint8Array(b)) throw notBuffer('buf2', b);
  return a === b ? 0 : codec.compare(a, b);
}

function concat(list, totalLength) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (totalLength === undefined) {
    totalLength = 0;
    for (let i = 0; i < list.length; i++) {
      if (!isUint8Array(list[i])) throw notBuffer(`list[${i}]`, list[i]);
      totalLength += list[i].length;
    }
  } else {
    checkIndex(totalLength, 'length');
  }
  const out = allocUnsafe(totalLength);
  let at = 0;
  for (let i = 0; i < list.length && at < totalLength; i++) {
    const part = list[i];
    if (!isUint8Array(part)) throw notBuffer(`list[${i}]`, part);
    const n = Math.min(part.length, totalLength - at);
    out.set(n === part.length ? part : part.subarray(0, n), at);
    at += n;
  }
  if (at < totalLength) out.fill(0, at);
  return out;
}

function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && lookupEncoding(encoding) !== undefined;
}

// ------------------------------------------------------------------------------------ Buffer() (legacy)
const deprecationText = 'Buffer() is deprecated due to security and usability issues. Please use the ' +
  'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.';
let warnedOnce = false;
let callerChecks = 0;

// DEP0005, once, unless the call comes from a dependency (a node_modules path in the stack).
function warnLegacyCall() {
  if (warnedOnce || ++callerChecks > 10000) return;
  const pending = (process.execArgv || []).includes('--pending-deprecation');
  if (!pending && /[\\/]node_modules[\\/]/.test(new Error().stack ?? '')) return;
  warnedOnce = true;
  process.emitWarning(deprecationText, 'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  warnLegacyCall();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return alloc(arg);
  }
  return from(arg, encodingOrOffset, length);
}

Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.defineProperty(Buffer, Symbol.species, {
  get() { return FastBuffer; }, enumerable: false, configurable: true,
});
Buffer.poolSize = 64 * 1024;
Object.assign(Buffer, {
  from, copyBytesFrom, of, alloc, allocUnsafe, allocUnsafeSlow, isBuffer, compare, isEncoding, concat, byteLength,
});
Object.defineProperty(Buffer, kIsEncodingSymbol, { value: isEncoding, writable: true, enumerable: true, configurable: true });

function isBuffer(b) {
  return b instanceof Buffer;
}

// ------------------------------------------------------------------------------------ Buffer.prototype
const proto = Buffer.prototype;
addNumberMethods(proto);

for (const [name, get] of [['parent', function() { return this instanceof Buffer ? this.buffer : undefined; }],
  ['offset', function() { return this instanceof Buffer ? this.byteOffset : undefined; }]]) {
  Object.defineProperty(proto, name, { get, enumerable: true, configurable: false });
}

// Coerces a copy() position: an integer; a non-number or fraction floors, NaN (and beyond-safe) gives 0.
function copyIndex(n) {
  n = +n;
  if (Number.isInteger(n)) return n;
  return Number.isNaN(n) || Math.abs(n) > Number.MAX_SAFE_INTEGER ? 0 : Math.floor(n);
}

function copy(target, targetStart, sourceStart, sourceEnd) {
  const source = this;
  if (!isUint8Array(source)) throw notBuffer('source', source);
  if (!isUint8Array(target)) throw notBuffer('target', target);
  const tStart = targetStart === undefined ? 0 : copyIndex(targetStart);
  if (tStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  const sStart = sourceStart === undefined ? 0 : copyIndex(sourceStart);
  if (sStart < 0 || sStart > source.length)
    throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
  let sEnd = sourceEnd === undefined ? source.length : copyIndex(sourceEnd);
  if (sEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  if (tStart >= target.length || sStart >= sEnd) return 0;
  sEnd = Math.min(sEnd, source.length, sStart + target.length - tStart);
  const n = sEnd - sStart;
  target.set(new Uint8Array(source.buffer, source.byteOffset + sStart, n), tStart);
  return n;
}

function toString(encoding, start, end) {
  if (arguments.length === 0) return this.utf8Slice(0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  const ops = encoding === undefined ? utf8 : encodingOrThrow(encoding);
  return ops.slice(this, start, end);
}

function equals(other) {
  if (!isUint8Array(other)) throw notBuffer('otherBuffer', other);
  if (this === other) return true;
  if (this.byteLength !== other.byteLength) return false;
  return this.byteLength === 0 || codec.compare(this, other) === 0;
}

function compareWith(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw notBuffer('target', target);
  if (arguments.length === 1) return codec.compare(this, target);
  const tStart = targetStart === undefined ? 0 : checkIndex(targetStart, 'targetStart');
  const tEnd = targetEnd === undefined ? target.length : checkIndex(targetEnd, 'targetEnd', 0, target.length);
  const sStart = sourceStart === undefined ? 0 : checkIndex(sourceStart, 'sourceStart');
  const sEnd = sourceEnd === undefined ? this.length : checkIndex(sourceEnd, 'sourceEnd', 0, this.length);
  if (sStart >= sEnd) return tStart >= tEnd ? 0 : -1;
  if (tStart >= tEnd) return 1;
  return codec.compareOffset(this, target, tStart, sStart, tEnd, sEnd);
}

// The search behind indexOf, lastIndexOf and includes.
function search(buf, value, byteOffset, encoding, forward) {
  validateBuffer(buf);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : (buf.length || buf.byteLength);
  if (typeof value === 'number') return codec.indexOfNumber(buf, value >>> 0, byteOffset, forward);
  if (typeof value === 'string') {
    const ops = encoding === undefined ? utf8 : encodingOrThrow(encoding);
    return ops.indexOf(buf, value, byteOffset, forward);
  }
  // A byte needle: only utf16le changes the search (it goes by two-byte units); other names, even unknown
  // ones, search bytes.
  if (isUint8Array(value)) {
    const ops = (encoding === undefined ? undefined : lookupEncoding(encoding)) ?? utf8;
    return codec.indexOfBuffer(buf, value, byteOffset, ops.id, forward);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

function indexOf(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, true);
}

function lastIndexOf(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, false);
}

function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
}

// fill(value[, offset[, end]][, encoding]): the encoding may stand in place of offset or end.
function fillBuffer(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const ops = encoding === undefined ? utf8 : lookupEncoding(encoding);
    if (ops === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    encoding = ops.name;
    if (value.length === 0) value = 0;
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    checkIndex(offset, 'offset');
    if (end === undefined) end = buf.length;
    else checkIndex(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (offset > end || end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  const status = codec.fill(buf, value, offset, end, encoding);
  if (status === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
  if (status === -2) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  return buf;
}

function fill(value, offset, end, encoding) {
  return fillBuffer(this, value, offset, end, encoding);
}

// write(string[, offset[, length]][, encoding])
function write(string, offset, length, encoding) {
  if (offset === undefined) return this.utf8Write(string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    checkIndex(offset, 'offset', 0, this.length);
    const room = this.length - offset;
    if (length === undefined) {
      length = room;
    } else if (typeof length === 'string') {
      encoding = length;
      length = room;
    } else {
      checkIndex(length, 'length', 0, this.length);
      if (length > room) length = room;
    }
  }
  const ops = encoding ? encodingOrThrow(encoding) : utf8;
  return ops.write(this, string, offset, length);
}

function toJSON() {
  return { type: 'Buffer', data: this.length > 0 ? Array.from(this) : [] };
}

// slice/subarray position: negative counts from the end; out of range clamps; NaN is 0.
function clampIndex(n, len) {
  n = Math.trunc(n);
  if (n === 0 || Number.isNaN(n)) return 0;
  if (n < 0) return Math.max(n + len, 0);
  return Math.min(n, len);
}

function subarray(start, end) {
  const len = this.length;
  const from = clampIndex(start, len);
  const to = end === undefined ? len : clampIndex(end, len);
  return new FastBuffer(this.buffer, this.byteOffset + from, Math.max(to - from, 0));
}

function swapper(width) {
  const method = {
    [`swap${width * 8}`]() {
      if (this.length % width !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${width * 8}-bits`);
      for (let i = 0; i < this.length; i += width) {
        for (let a = i, b = i + width - 1; a < b; a++, b--) {
          const t = this[a];
          this[a] = this[b];
          this[b] = t;
        }
      }
      return this;
    },
  };
  return method[`swap${width * 8}`];
}

// util.inspect's view: <Buffer 68 69 ... 3 more bytes, extra: 'props'>
function isIndexKey(key, len) {
  if (typeof key !== 'string') return false;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < len && `${n}` === key;
}

function inspect(recurseTimes, ctx) {
  const shown = Math.min(inspectMaxBytes, this.length);
  let text = '';
  for (let i = 0; i < shown; i++) text += (i === 0 ? '' : ' ') + (this[i] < 16 ? '0' : '') + this[i].toString(16);
  const rest = this.length - inspectMaxBytes;
  if (rest > 0) text += ` ... ${rest} more byte${rest > 1 ? 's' : ''}`;
  if (ctx) {
    const extra = {};
    let any = false;
    for (const key of Reflect.ownKeys(this)) {
      if (isIndexKey(key, this.length)) continue;
      if (!ctx.showHidden && !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
      extra[key] = this[key];
      any = true;
    }
    if (any) {
      const shape = require('internal/util/inspect').inspect(extra, { ...ctx, breakLength: Infinity, compact: true });
      text += `${text === '' ? '' : ', '}${shape.slice(2, -2)}`;
    }
  }
  return `<${this.constructor.name} ${text}>`;
}

Object.assign(proto, {
  copy, toString, equals, inspect, compare: compareWith, indexOf, lastIndexOf, includes, fill, write, toJSON,
  subarray, slice: subarray, swap16: swapper(2), swap32: swapper(4), swap64: swapper(8), toLocaleString: toString,
});
proto[customInspectSymbol] = inspect;

// -------------------------------------------------------------------------------- module-level functions
const SlowBuffer = deprecate(function SlowBuffer(size) { return allocUnsafeSlow(size); },
                             'SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()', 'DEP0030');

function checkBytesInput(input) {
  if (!isTypedArray(input) && !isAnyArrayBuffer(input))
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  checkBytesInput(input);
  return codec.isUtf8(input);
}

function isAscii(input) {
  checkBytesInput(input);
  return codec.isAscii(input);
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const out = codec.btoa(`${input}`);
  if (out === -1) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  return out;
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const out = codec.atob(`${input}`);
  if (out === -2) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  if (out === -1) throw lazyDOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  return out;
}

const constants = {};
for (const [key, value] of [['MAX_LENGTH', kMaxLength], ['MAX_STRING_LENGTH', kStringMaxLength]])
  Object.defineProperty(constants, key, { value, writable: false, enumerable: true, configurable: false });

module.exports = {
  Buffer,
  SlowBuffer,
  transcode: undefined,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
};
Object.defineProperty(module.exports, 'constants', { value: constants, writable: false, enumerable: true,
                                                     configurable: false });
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  enumerable: true,
  configurable: true,
  get() { return inspectMaxBytes; },
  set(value) {
    validateNumber(value, 'INSPECT_MAX_BYTES', 0);
    inspectMaxBytes = value;
  },
});
// Blob, resolveObjectURL and File come from internal/blob and internal/file where this runtime has them.
for (const [id, keys] of [['internal/blob', ['Blob', 'resolveObjectURL']], ['internal/file', ['File']]]) {
  for (const key of keys) {
    Object.defineProperty(module.exports, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = require(id)[key];
        Object.defineProperty(module.exports, key, { value, writable: true, enumerable: true, configurable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(module.exports, key, { value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}
