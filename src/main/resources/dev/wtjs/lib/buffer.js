'use strict';
// node's `buffer` module: Buffer (a Uint8Array subclass, see internal/buffer's FastBuffer), its pool of
// small allocations, atob/btoa, isUtf8/isAscii and the module's constants.

const { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_BUFFER_SIZE,
  ERR_MISSING_ARGS, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING } = require('internal/errors').codes;
const { validateArray, validateBuffer, validateInteger, validateNumber, validateString } =
  require('internal/validators');
const { customInspectSymbol, deprecate, kIsEncodingSymbol, lazyDOMException } = require('internal/util');
const { isAnyArrayBuffer, isArrayBufferView, isTypedArray, isUint8Array } = require('internal/util/types');
const internal = require('internal/buffer');
const { FastBuffer, lookupEncoding } = internal;
const codec = internalBinding('buffer');

const { kMaxLength, kStringMaxLength } = codec;
let inspectMaxBytes = 50;

const utf8 = internal.encodingOps.utf8;

function encodingOrThrow(name) {
  const ops = lookupEncoding(name);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(name);
  return ops;
}

// An index argument checked as node checks offsets: an integer in [min, max].
function checkIndex(value, name, low = 0, high = kMaxLength) {
  validateInteger(value, name, low, high);
  return value;
}

const makeBuffer = (size) => internal.createUnsafeBuffer(size);

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
    this.#bytes = makeBuffer(Buffer.poolSize);
    internal.markAsUntransferable(this.#bytes.buffer);
    this.#used = 0;
  }

  // A view of n bytes at the pool's free end; commit(k) then marks k of them used.
  take(n) {
    if (this.#bytes === null || n > this.#bytes.length - this.#used) this.#renew();
    return new FastBuffer(this.#bytes.buffer, this.#used, n);
  }

  commit(n) {
    this.#used = Math.ceil((this.#used + n) / 8) * 8;
  }
}
const pool = new Pool();

// `size` bytes, from the pool when small.
function pooledOrOwn(size) {
  if (!Pool.fits(size)) return size > 0 ? makeBuffer(size) : new FastBuffer();
  const view = pool.take(size);
  pool.commit(size);
  return view;
}

// -------------------------------------------------------------------------------------------- creation
function bufferOfString(string, encoding) {
  const named = typeof encoding === 'string' && encoding !== '';
  if (!named && string === '') return new FastBuffer();
  const ops = named ? encodingOrThrow(encoding) : utf8;
  const size = ops.byteLength(string);
  if (size === 0) return new FastBuffer();
  if (!Pool.fits(size)) {
    const b = makeBuffer(size);
    const written = ops.write(b, string, 0, size);
    return written === size ? b : new FastBuffer(b.buffer, 0, written);
  }
  const view = pool.take(size);
  const written = ops.write(view, string, 0, size);
  pool.commit(written);
  return written === size ? view : new FastBuffer(view.buffer, view.byteOffset, written);
}

function copyOf(items) {
  const b = pooledOrOwn(items.length);
  b.set(items, 0);
  return b;
}

// A view of (part of) an ArrayBuffer: no copy.
function viewOf(ab, byteOffset, length) {
  const start = +byteOffset || 0;
  const room = ab.byteLength - start;
  if (room < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  const count = length === undefined ? room : Math.max(+length, 0) || 0;
  if (count > room) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return new FastBuffer(ab, start, count);
}

// Array-likes, typed arrays and the { type: 'Buffer', data: [...] } shape of JSON.stringify(buffer).
function bufferOfObject(obj) {
  const arrayLike = isUint8Array(obj) || obj.length !== undefined || isAnyArrayBuffer(obj.buffer);
  if (arrayLike) return typeof obj.length === 'number' ? copyOf(obj) : new FastBuffer();
  const json = obj.type === 'Buffer' && Array.isArray(obj.data);
  return json ? copyOf(obj.data) : undefined;
}

// Buffer.from: strings, ArrayBuffers (shared, not copied), array-likes, boxed strings and objects that
// unwrap (valueOf) or convert (Symbol.toPrimitive) to one of those.
function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return bufferOfString(value, encodingOrOffset);
  if (value !== null && typeof value === 'object') {
    if (isAnyArrayBuffer(value)) return viewOf(value, encodingOrOffset, length);
    const inner = typeof value.valueOf === 'function' ? value.valueOf() : undefined;
    const unwraps = inner != null && inner !== value && (typeof inner === 'string' || typeof inner === 'object');
    if (unwraps) return from(inner, encodingOrOffset, length);
    const made = bufferOfObject(value);
    if (made !== undefined) return made;
    const str = typeof value[Symbol.toPrimitive] === 'function' ? value[Symbol.toPrimitive]('string') : undefined;
    if (typeof str === 'string') return bufferOfString(str, encodingOrOffset);
  }
  throw new ERR_INVALID_ARG_TYPE('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'],
                                 value);
}

const checkSize = (size) => validateNumber(size, 'size', 0, kMaxLength);

function alloc(size, fill, encoding) {
  checkSize(size);
  const zeros = fill === undefined || fill === 0 || size === 0;
  return zeros ? new FastBuffer(size) : fillBuffer(makeBuffer(size), fill, 0, size, encoding);
}

function allocUnsafe(size) {
  checkSize(size);
  return pooledOrOwn(size);
}

function allocUnsafeSlow(size) {
  checkSize(size);
  return makeBuffer(size);
}

function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const count = view.length;
  if (count === 0) return alloc(0);
  const start = offset === undefined ? 0 : checkIndex(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
  if (start >= count) return new FastBuffer();
  const end = length === undefined ? count :
    Math.min(start + checkIndex(length, 'length', 0, Number.MAX_SAFE_INTEGER), count);
  const width = view.BYTES_PER_ELEMENT;
  return copyOf(new Uint8Array(view.buffer, view.byteOffset + start * width, (end - start) * width));
}

function of(...items) {
  const b = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
}

// byteLength(value[, encoding]): a third argument `true` (internal use) makes an unknown encoding give -1.
function byteLength(value, encoding) {
  if (isArrayBufferView(value) || isAnyArrayBuffer(value)) return value.byteLength;
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], value);
  const strict = arguments[2] === true && arguments.length > 2;
  if (value === '' && !strict) return 0;
  const ops = encoding ? lookupEncoding(encoding) : utf8;
  if (ops !== undefined) return ops.byteLength(value);
  return strict ? -1 : utf8.byteLength(value);
}

function compare(a, b) {
  if (!isUint8Array(a)) throw notBuffer('buf1', a);
  if (!isUint8Array(b)) throw notBuffer('buf2', b);
  return a === b ? 0 : codec.compare(a, b);
}

function concat(list, totalLength) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (totalLength !== undefined) {
    checkIndex(totalLength, 'length');
  } else {
    totalLength = list.reduce((sum, part, i) => {
      if (!isUint8Array(part)) throw notBuffer(`list[${i}]`, part);
      return sum + part.length;
    }, 0);
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

function Buffer(value, encodingOrOffset, length) {
  warnLegacyCall();
  if (typeof value !== 'number') return from(value, encodingOrOffset, length);
  if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', value);
  return alloc(value);
}

Object.setPrototypeOf(Buffer, Uint8Array);
const proto = FastBuffer.prototype;
Buffer.prototype = proto;
Object.defineProperty(proto, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.defineProperty(Buffer, Symbol.species, {
  get() { return FastBuffer; }, enumerable: false, configurable: true,
});
Buffer.poolSize = 65536;
Object.assign(Buffer, {
  from, copyBytesFrom, of, alloc, allocUnsafe, allocUnsafeSlow, isBuffer, compare, isEncoding, concat, byteLength,
});
Object.defineProperty(Buffer, kIsEncodingSymbol, { value: isEncoding, writable: true, enumerable: true, configurable: true });

function isBuffer(value) {
  return value instanceof Buffer;
}

// ------------------------------------------------------------------------------------ Buffer.prototype
internal.addNumberMethods(proto);

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

// buf.copy(target[, targetStart[, sourceStart[, sourceEnd]]]): the bytes that fit; returns how many.
function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(this)) throw notBuffer('source', this);
  if (!isUint8Array(target)) throw notBuffer('target', target);
  const have = this.length;
  const at = copyIndex(targetStart ?? 0);
  if (at < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  const first = copyIndex(sourceStart ?? 0);
  if (first < 0 || first > have) throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${have}`, sourceStart);
  const last = sourceEnd === undefined ? have : copyIndex(sourceEnd);
  if (last < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  const n = Math.min(last, have) - first;
  if (at >= target.length || n <= 0) return 0;
  const count = Math.min(n, target.length - at);
  target.set(new Uint8Array(this.buffer, this.byteOffset + first, count), at);
  return count;
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
  return (encoding === undefined ? utf8 : encodingOrThrow(encoding)).slice(this, start, end);
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

// The search behind indexOf, lastIndexOf and includes. The encoding may stand in byteOffset's place. A start
// that is not a number searches the whole buffer; others are clamped to the int32 range first.
function search(buf, value, byteOffset, encoding, forward) {
  validateBuffer(buf);
  const encodingFirst = typeof byteOffset === 'string';
  if (encodingFirst) encoding = byteOffset;
  let start = encodingFirst ? NaN : Math.min(Math.max(+byteOffset, -(2 ** 31)), 2 ** 31 - 1);
  if (Number.isNaN(start)) start = forward ? 0 : buf.byteLength;
  switch (typeof value) {
    case 'number':
      return codec.indexOfNumber(buf, value >>> 0, start, forward);
    case 'string':
      return (encoding === undefined ? utf8 : encodingOrThrow(encoding)).indexOf(buf, value, start, forward);
  }
  // A byte needle: only utf16le changes the search (it goes by two-byte units); other names, even unknown
  // ones, search bytes.
  if (!isUint8Array(value))
    throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
  const ops = (encoding === undefined ? undefined : lookupEncoding(encoding)) ?? utf8;
  return codec.indexOfBuffer(buf, value, start, ops.id, forward);
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

// fill(value[, offset[, end]][, encoding]): for a string value the encoding may take offset's or end's
// place. An empty string fills with zeros; a value that encodes to no bytes is refused.
function fillBuffer(buf, value, offset, end, encoding) {
  let ops;
  if (typeof value === 'string') {
    const args = [offset, end, encoding];
    const at = args.findIndex((a) => typeof a === 'string');
    if (at >= 0 && at < 2) {
      encoding = args[at];
      offset = at === 0 ? 0 : offset;
      end = buf.length;
    }
    ops = encoding === undefined ? utf8 : lookupEncoding(encoding);
    if (ops === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value === '') value = 0;
  }
  const whole = offset === undefined;
  const from = whole ? 0 : checkIndex(offset, 'offset');
  const to = whole || end === undefined ? buf.length : checkIndex(end, 'end', 0, buf.length);
  if (!whole && from >= to) return buf;
  if (typeof value === 'number') {
    if (to > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, from, to);
    return buf;
  }
  const status = codec.fill(buf, value, from, to, ops?.name);
  if (status === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
  if (status === -2) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  return buf;
}

function fill(value, offset, end, encoding) {
  return fillBuffer(this, value, offset, end, encoding);
}

// write(string[, offset[, length]][, encoding]): the encoding may take offset's or length's place.
function write(string, offset, length, encoding) {
  const size = this.length;
  if (offset === undefined) return utf8.write(this, string, 0, size);
  let start = 0;
  let count = size;
  if (typeof offset === 'string' && length === undefined) {
    encoding = offset;
  } else {
    start = checkIndex(offset, 'offset', 0, size);
    count = size - start;
    if (typeof length === 'string') encoding = length;
    else if (length !== undefined) count = Math.min(checkIndex(length, 'length', 0, size), count);
  }
  return (encoding ? encodingOrThrow(encoding) : utf8).write(this, string, start, count);
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

// isUtf8(bytes) and isAscii(bytes) for a TypedArray or an ArrayBuffer.
function byteTest(name, test) {
  const method = {
    [name](input) {
      if (isTypedArray(input) || isAnyArrayBuffer(input)) return test(input);
      throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
    },
  };
  return method[name];
}
const isUtf8 = byteTest('isUtf8', codec.isUtf8);
const isAscii = byteTest('isAscii', codec.isAscii);

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

// transcode(source, from, to) between utf8, utf16le, latin1 and ascii, as ICU's converters do it in node:
// what the input cannot encode becomes U+FFFD, and what the target cannot hold '?'; only UTF-8 <-> UTF-16
// refuses malformed input.
const transcodable = new Set(['utf8', 'utf16le', 'latin1', 'ascii']);
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function transcodeError(code, errno) {
  return Object.assign(new Error(`Unable to transcode Buffer [${code}]`), { code, errno });
}

function textOf(bytes, encoding, target) {
  const whole = (fn) => fn.call(bytes, 0, bytes.length);
  switch (encoding) {
    case 'utf8':
      if (target === 'utf16le' && !codec.isUtf8(bytes)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
      return whole(codec.utf8Slice);
    case 'utf16le': {
      const text = whole(codec.ucs2Slice);
      const clean = text.replace(loneSurrogates, '\ufffd');
      if (target === 'utf8' && clean !== text) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
      return clean;
    }
    case 'latin1':
      return whole(codec.latin1Slice);
    default:
      return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : '\ufffd')).join('');
  }
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw notBuffer('source', source);
  if (source.length === 0) return alloc(0);
  const canonical = (e) => (e == null ? 'utf8' : lookupEncoding(e)?.name);
  const from = canonical(fromEncoding);
  const to = canonical(toEncoding);
  if (!transcodable.has(from) || !transcodable.has(to)) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  let text = textOf(source, from, to);
  if (to === 'latin1') text = text.replace(/[^\0-\xff]/gu, '?');
  else if (to === 'ascii') text = text.replace(/[^\0-\x7f]/gu, '?');
  return bufferOfString(text, to);
}

const constants = {};
for (const [key, value] of [['MAX_LENGTH', kMaxLength], ['MAX_STRING_LENGTH', kStringMaxLength]])
  Object.defineProperty(constants, key, { value, writable: false, enumerable: true, configurable: false });

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
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
for (const [id, names] of [['internal/blob', ['Blob', 'resolveObjectURL']], ['internal/file', ['File']]]) {
  for (const key of names) {
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
