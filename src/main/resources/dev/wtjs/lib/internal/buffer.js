'use strict';
// The layer under `buffer`: the Uint8Array subclass every Buffer really is (FastBuffer), the table of
// per-encoding string operations, and the fixed-width number readers and writers that buffer.js puts on
// Buffer.prototype. The byte-level codecs live in internalBinding('buffer').

const { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = require('internal/errors').codes;
const { validateNumber } = require('internal/validators');
const codec = internalBinding('buffer');
const { markAsUntransferable } = require('internal/untransferable');

// Every buffer is made by this class; buffer.js makes `Buffer.prototype` this class's prototype, so a
// FastBuffer is a Buffer for instanceof and inspection alike.
class FastBuffer extends Uint8Array {}

// A buffer whose bytes are not zeroed by contract (in this runtime they are, by ArrayBuffer).
function createUnsafeBuffer(size) {
  return new FastBuffer(codec.createUnsafeArrayBuffer(size));
}

// ------------------------------------------------------------------------------------- string encodings
// One entry per encoding name Buffer accepts (in lower case); `name` is the encoding's canonical name and
// `id` the binding's number for it, used by the search functions.
const ids = codec.encodingIds;

function stringOps(name, id, byteLength, slice, write) {
  return {
    name,
    id,
    byteLength,
    slice: (buf, start, end) => slice.call(buf, start, end),
    write: (buf, str, offset, length) => write.call(buf, str, offset, length),
    indexOf: (buf, str, byteOffset, forward) => codec.indexOfString(buf, str, byteOffset, id, forward),
  };
}

// The size that decoding a base64 string of this length gives, as Buffer.byteLength reports it: three
// bytes per four characters, less one per trailing '=' (at most two).
function base64ByteLength(str) {
  let n = str.length;
  if (n > 0 && str.charCodeAt(n - 1) === 0x3D) n--;
  if (n > 1 && str.charCodeAt(n - 1) === 0x3D) n--;
  return (n * 3) >>> 2;
}

const utf8Ops = stringOps('utf8', ids.utf8, (s) => codec.byteLengthUtf8(s), codec.utf8Slice, codec.utf8Write);
const utf16Ops = stringOps('utf16le', ids.utf16le, (s) => s.length * 2, codec.ucs2Slice, codec.ucs2Write);
const latin1Ops = stringOps('latin1', ids.latin1, (s) => s.length, codec.latin1Slice, codec.latin1Write);

const encodingOps = {
  __proto__: null,
  utf8: utf8Ops,
  utf16le: utf16Ops,
  ucs2: utf16Ops,
  latin1: latin1Ops,
  binary: latin1Ops,
  ascii: stringOps('ascii', ids.ascii, (s) => s.length, codec.asciiSlice, codec.asciiWrite),
  base64: stringOps('base64', ids.base64, base64ByteLength, codec.base64Slice, codec.base64Write),
  base64url: stringOps('base64url', ids.base64url, base64ByteLength, codec.base64urlSlice, codec.base64urlWrite),
  hex: stringOps('hex', ids.hex, (s) => s.length >>> 1, codec.hexSlice, codec.hexWrite),
};
encodingOps['utf-8'] = utf8Ops;
encodingOps['ucs-2'] = utf16Ops;
encodingOps['utf-16le'] = utf16Ops;

// The operations for an encoding name in any letter case, or undefined for a name Buffer does not know.
function lookupEncoding(name) {
  const key = `${name}`;
  return encodingOps[key] ?? encodingOps[key.toLowerCase()];
}

// ---------------------------------------------------------------------------------- number read/write
// Reports a bad `offset` (or, with what = 'byteLength', a bad byte count) the way Buffer does: a
// non-number is a type error, a fraction "an integer", and a buffer too short for even one value
// ERR_BUFFER_OUT_OF_BOUNDS.
function rangeFail(value, last, what = 'offset') {
  if (Math.floor(value) !== value) {
    validateNumber(value, what);
    throw new ERR_OUT_OF_RANGE(what, 'an integer', value);
  }
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(what, `>= ${what === 'offset' ? 0 : 1} and <= ${last}`, value);
}

// Checks that `size` bytes starting at `offset` lie inside buf.
function checkSpan(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) rangeFail(offset, buf.length - size);
}

// Range text for an integer of `size` bytes: small ones spell out the bounds, wide ones use powers of two.
function intRange(size, signed, big) {
  const n = big ? 'n' : '';
  const bits = size * 8;
  if (size > 4) {
    return signed ? `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}` : `>= 0${n} and < 2${n} ** ${bits}${n}`;
  }
  const lo = signed ? -(2 ** (bits - 1)) : 0;
  const hi = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  return `>= ${lo} and <= ${hi}`;
}

function checkValue(buf, value, offset, size, signed) {
  const bits = size * 8;
  const lo = signed ? -(2 ** (bits - 1)) : 0;
  const hi = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  if (value < lo || value > hi) throw new ERR_OUT_OF_RANGE('value', intRange(size, signed, false), value);
  checkSpan(buf, offset, size);
}

// The two's-complement bytes of an integer of `size` bytes, as the 32-bit halves it splits into. Up to
// four bytes JS's own ToUint32 does the wrapping (fractions drop toward zero, NaN is 0).
function halves(value, size) {
  if (size <= 4) return [value >>> 0, 0];
  const v = Math.trunc(value) || 0;
  const low = v % 0x100000000;
  const high = (v - low) / 0x100000000;
  return low < 0 ? [low + 0x100000000, high - 1] : [low, high];
}

function byteAt([low, high], k) {
  return k < 4 ? low >>> (8 * k) : high >>> (8 * (k - 4));
}

function storeLE(buf, value, offset, size) {
  const h = halves(value, size);
  for (let k = 0; k < size; k++) buf[offset + k] = byteAt(h, k);
  return offset + size;
}

function storeBE(buf, value, offset, size) {
  const h = halves(value, size);
  for (let k = 0; k < size; k++) buf[offset + size - 1 - k] = byteAt(h, k);
  return offset + size;
}

function loadLE(buf, offset, size) {
  let v = 0;
  for (let i = size - 1; i >= 0; i--) v = v * 256 + buf[offset + i];
  return v;
}

function loadBE(buf, offset, size) {
  let v = 0;
  for (let i = 0; i < size; i++) v = v * 256 + buf[offset + i];
  return v;
}

function toSigned(v, size) {
  const limit = 2 ** (size * 8 - 1);
  return v >= limit ? v - 2 * limit : v;
}

// Methods with a fixed width. A reader takes (offset = 0); a writer (value, offset = 0).
function fixedReader(size, signed, littleEndian) {
  const load = littleEndian ? loadLE : loadBE;
  return function(offset) {
    if (offset === undefined) offset = 0;
    checkSpan(this, offset, size);
    const v = load(this, offset, size);
    return signed ? toSigned(v, size) : v;
  };
}

function fixedWriter(name, size, signed, littleEndian) {
  const store = littleEndian ? storeLE : storeBE;
  const method = {
    [name](value, offset = 0) {
      value = +value;
      checkValue(this, value, offset, size, signed);
      return store(this, value, offset, size);
    },
  };
  return method[name];
}

// Methods with a byte count argument: readUIntLE(offset, byteLength), writeIntBE(value, offset, byteLength).
function checkByteLength(byteLength) {
  if (byteLength === 1 || byteLength === 2 || byteLength === 3 || byteLength === 4 || byteLength === 5 ||
      byteLength === 6) return;
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  rangeFail(byteLength, 6, 'byteLength');
}

function variableReader(name, signed, littleEndian) {
  const load = littleEndian ? loadLE : loadBE;
  const method = {
    [name](offset, byteLength) {
      if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      checkByteLength(byteLength);
      checkSpan(this, offset, byteLength);
      const v = load(this, offset, byteLength);
      return signed ? toSigned(v, byteLength) : v;
    },
  };
  return method[name];
}

function variableWriter(name, signed, littleEndian) {
  const store = littleEndian ? storeLE : storeBE;
  const method = {
    [name](value, offset, byteLength) {
      checkByteLength(byteLength);
      value = +value;
      checkValue(this, value, offset, byteLength, signed);
      return store(this, value, offset, byteLength);
    },
  };
  return method[name];
}

// Floats go through a scratch Float32Array/Float64Array and its bytes.
const f32 = new Float32Array(1);
const f32Bytes = new Uint8Array(f32.buffer);
const f64 = new Float64Array(1);
const f64Bytes = new Uint8Array(f64.buffer);
const hostIsLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function floatReader(name, scratch, bytes, littleEndian) {
  const size = bytes.length;
  const reversed = littleEndian !== hostIsLittleEndian;
  const method = {
    [name](offset = 0) {
      checkSpan(this, offset, size);
      for (let i = 0; i < size; i++) bytes[reversed ? size - 1 - i : i] = this[offset + i];
      return scratch[0];
    },
  };
  return method[name];
}

function floatWriter(name, scratch, bytes, littleEndian) {
  const size = bytes.length;
  const reversed = littleEndian !== hostIsLittleEndian;
  const method = {
    [name](value, offset = 0) {
      value = +value;
      checkSpan(this, offset, size);
      scratch[0] = value;
      for (let i = 0; i < size; i++) this[offset + i] = bytes[reversed ? size - 1 - i : i];
      return offset + size;
    },
  };
  return method[name];
}

// 64-bit integers as BigInt: two 32-bit halves.
const TWO32 = 0x100000000n;

function bigReader(name, signed, littleEndian) {
  const method = {
    [name](offset = 0) {
      checkSpan(this, offset, 8);
      const first = loadLE(this, offset, 4), second = loadLE(this, offset + 4, 4);
      let v;
      if (littleEndian) v = BigInt(second) * TWO32 + BigInt(first);
      else v = BigInt(loadBE(this, offset, 4)) * TWO32 + BigInt(loadBE(this, offset + 4, 4));
      return signed ? BigInt.asIntN(64, v) : v;
    },
  };
  return method[name];
}

// The value's 64 bits; a value that is no BigInt fails as BigInt arithmetic does, in V8's words.
function asUint64(value) {
  try {
    return BigInt.asUintN(64, value & 0xffffffffffffffffn);
  } catch (e) {
    if (e instanceof TypeError && /BigInt/.test(e.message) && typeof value !== 'bigint')
      throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
    throw e;
  }
}

function bigWriter(name, signed, littleEndian) {
  const lo = signed ? -(2n ** 63n) : 0n;
  const hi = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  const method = {
    [name](value, offset = 0) {
      if (value < lo || value > hi) throw new ERR_OUT_OF_RANGE('value', intRange(8, signed, true), value);
      checkSpan(this, offset, 8);
      const bits = asUint64(value);
      const low = Number(bits & 0xffffffffn);
      const high = Number(bits >> 32n);
      if (littleEndian) {
        storeLE(this, low, offset, 4);
        storeLE(this, high, offset + 4, 4);
      } else {
        storeBE(this, high, offset, 4);
        storeBE(this, low, offset + 4, 4);
      }
      return offset + 8;
    },
  };
  return method[name];
}

// Puts the number methods on `proto`, with the lower-case "Uint" aliases Buffer also has.
function addNumberMethods(proto) {
  const methods = {
    readBigUInt64LE: bigReader('readBigUInt64LE', false, true),
    readBigUInt64BE: bigReader('readBigUInt64BE', false, false),
    readBigInt64LE: bigReader('readBigInt64LE', true, true),
    readBigInt64BE: bigReader('readBigInt64BE', true, false),
    writeBigUInt64LE: bigWriter('writeBigUInt64LE', false, true),
    writeBigUInt64BE: bigWriter('writeBigUInt64BE', false, false),
    writeBigInt64LE: bigWriter('writeBigInt64LE', true, true),
    writeBigInt64BE: bigWriter('writeBigInt64BE', true, false),
    readUIntLE: variableReader('readUIntLE', false, true),
    readUInt32LE: fixedReader(4, false, true),
    readUInt16LE: fixedReader(2, false, true),
    readUInt8: fixedReader(1, false, true),
    readUIntBE: variableReader('readUIntBE', false, false),
    readUInt32BE: fixedReader(4, false, false),
    readUInt16BE: fixedReader(2, false, false),
    readIntLE: variableReader('readIntLE', true, true),
    readInt32LE: fixedReader(4, true, true),
    readInt16LE: fixedReader(2, true, true),
    readInt8: fixedReader(1, true, true),
    readIntBE: variableReader('readIntBE', true, false),
    readInt32BE: fixedReader(4, true, false),
    readInt16BE: fixedReader(2, true, false),
    writeUIntLE: variableWriter('writeUIntLE', false, true),
    writeUInt32LE: fixedWriter('writeUInt32LE', 4, false, true),
    writeUInt16LE: fixedWriter('writeUInt16LE', 2, false, true),
    writeUInt8: fixedWriter('writeUInt8', 1, false, true),
    writeUIntBE: variableWriter('writeUIntBE', false, false),
    writeUInt32BE: fixedWriter('writeUInt32BE', 4, false, false),
    writeUInt16BE: fixedWriter('writeUInt16BE', 2, false, false),
    writeIntLE: variableWriter('writeIntLE', true, true),
    writeInt32LE: fixedWriter('writeInt32LE', 4, true, true),
    writeInt16LE: fixedWriter('writeInt16LE', 2, true, true),
    writeInt8: fixedWriter('writeInt8', 1, true, true),
    writeIntBE: variableWriter('writeIntBE', true, false),
    writeInt32BE: fixedWriter('writeInt32BE', 4, true, false),
    writeInt16BE: fixedWriter('writeInt16BE', 2, true, false),
  };
  const floats = {
    readFloatLE: floatReader('readFloatLE', f32, f32Bytes, true),
    readFloatBE: floatReader('readFloatBE', f32, f32Bytes, false),
    readDoubleLE: floatReader('readDoubleLE', f64, f64Bytes, true),
    readDoubleBE: floatReader('readDoubleBE', f64, f64Bytes, false),
    writeFloatLE: floatWriter('writeFloatLE', f32, f32Bytes, true),
    writeFloatBE: floatWriter('writeFloatBE', f32, f32Bytes, false),
    writeDoubleLE: floatWriter('writeDoubleLE', f64, f64Bytes, true),
    writeDoubleBE: floatWriter('writeDoubleBE', f64, f64Bytes, false),
  };
  for (const [key, fn] of Object.entries(methods)) {
    proto[key] = fn;
    if (key.includes('UInt')) proto[key.replace('UInt', 'Uint')] = fn;
  }
  Object.assign(proto, floats);
  // The raw codecs, as Buffer.prototype has them: buf.utf8Slice(start, end), buf.hexWrite(str, offset, len).
  for (const kind of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) {
    proto[`${kind}Slice`] = codec[`${kind}Slice`];
  }
  for (const kind of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) {
    proto[`${kind}Write`] = codec[`${kind}Write`];
  }
}

module.exports = {
  FastBuffer,
  encodingOps,
  lookupEncoding,
  addNumberMethods,
  markAsUntransferable,
  createUnsafeBuffer,
};
