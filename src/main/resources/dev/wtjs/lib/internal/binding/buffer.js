'use strict';
// Pure-JS replacement for node's C++ `buffer` binding (src/node_buffer.cc, src/string_bytes.cc): the encoders
// and decoders behind Buffer#toString/#write, compare, indexOf, fill, byte swapping, atob/btoa.
// The `*Slice` / `*Write` functions are installed on Buffer.prototype by internal/buffer.js and take the
// buffer as `this`, as node's do.

const {
  ArrayBuffer,
  MathFloor,
  MathMin,
  RangeError,
  StringFromCharCode,
  StringFromCharCodeApply,
  StringPrototypeCharCodeAt,
  TypeError,
  TypedArrayPrototypeFill,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSubarray,
  Uint8Array,
} = primordials;

// As node 24 on 64-bit platforms: the largest buffer and the longest string.
const kMaxLength = Number.MAX_SAFE_INTEGER;
const kStringMaxLength = 2 ** 29 - 24;

// A number per encoding, for the functions below that take one (indexOf*).
const enc = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, buffer: 6, base64url: 7 };

function nodeError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  // node's C++-thrown errors carry the code in their name when printed: "RangeError [ERR_...]: msg".
  return err;
}
function outOfRange() {
  return nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
}

// ParseArrayIndex: undefined -> default; negative -> out of range.
function parseArrayIndex(arg, def) {
  if (arg === undefined) return def;
  let n = +arg;
  if (n !== n) n = 0;
  n = n < 0 ? -MathFloor(-n) : MathFloor(n);
  if (n < 0) throw outOfRange();
  return n;
}

function sliceRange(buf, start, end) {
  const len = buf.length;
  start = parseArrayIndex(start, 0);
  end = parseArrayIndex(end, len);
  if (end < start) end = start;
  if (end > len) throw outOfRange();
  return [start, end];
}

// ---------------------------------------------------------------------------------------------------- utf8
function utf8Length(str) {
  let n = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len) {
      const d = StringPrototypeCharCodeAt(str, i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { n += 4; i++; } else n += 3;
    } else n += 3;
  }
  return n;
}

// Writes complete UTF-8 characters of str into buf[offset, offset + max); returns the bytes written.
function utf8WriteInto(buf, str, offset, max) {
  const end = offset + max;
  let p = offset;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    let c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80) {
      if (p >= end) break;
      buf[p++] = c;
      continue;
    }
    if (c < 0x800) {
      if (p + 2 > end) break;
      buf[p++] = 0xC0 | (c >> 6);
      buf[p++] = 0x80 | (c & 63);
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      const d = i + 1 < len ? StringPrototypeCharCodeAt(str, i + 1) : 0;
      if (c <= 0xDBFF && d >= 0xDC00 && d <= 0xDFFF) {
        if (p + 4 > end) break;
        const cp = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
        buf[p++] = 0xF0 | (cp >> 18);
        buf[p++] = 0x80 | ((cp >> 12) & 63);
        buf[p++] = 0x80 | ((cp >> 6) & 63);
        buf[p++] = 0x80 | (cp & 63);
        i++;
        continue;
      }
      c = 0xFFFD;
    }
    if (p + 3 > end) break;
    buf[p++] = 0xE0 | (c >> 12);
    buf[p++] = 0x80 | ((c >> 6) & 63);
    buf[p++] = 0x80 | (c & 63);
  }
  return p - offset;
}

const CHUNK = 8192;
function codeUnitsToString(units, n) {
  if (n <= CHUNK) return StringFromCharCodeApply(n === units.length ? units : units.slice(0, n));
  let out = '';
  for (let i = 0; i < n; i += CHUNK) out += StringFromCharCodeApply(units.slice(i, MathMin(i + CHUNK, n)));
  return out;
}

// WHATWG UTF-8 decode (as V8's decoder): each maximal invalid subpart becomes U+FFFD.
function utf8Decode(buf, start, end) {
  const units = [];
  let n = 0;
  let i = start;
  while (i < end) {
    const b = buf[i];
    if (b < 0x80) { units[n++] = b; i++; continue; }
    let need, cp, lower = 0x80, upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
    else if (b >= 0xE0 && b <= 0xEF) {
      need = 2; cp = b & 0xF;
      if (b === 0xE0) lower = 0xA0;
      else if (b === 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3; cp = b & 0x7;
      if (b === 0xF0) lower = 0x90;
      else if (b === 0xF4) upper = 0x8F;
    } else { units[n++] = 0xFFFD; i++; continue; }
    i++;
    let ok = true;
    for (let k = 0; k < need; k++) {
      if (i >= end) { ok = false; break; }
      const c = buf[i];
      if (c < lower || c > upper) { ok = false; break; }
      lower = 0x80; upper = 0xBF;
      cp = (cp << 6) | (c & 0x3F);
      i++;
    }
    if (!ok) { units[n++] = 0xFFFD; continue; }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units[n++] = 0xD800 + (cp >> 10);
      units[n++] = 0xDC00 + (cp & 0x3FF);
    } else {
      units[n++] = cp;
    }
  }
  return codeUnitsToString(units, n);
}

// ------------------------------------------------------------------------------------------------- base64
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// Decoding accepts both alphabets; 64 and up means "not a base64 character".
const unbase64 = new Uint8Array(256).fill(255);
for (let i = 0; i < 64; i++) {
  unbase64[StringPrototypeCharCodeAt(B64, i)] = i;
  unbase64[StringPrototypeCharCodeAt(B64URL, i)] = i;
}

function base64Encode(buf, start, end, alphabet, pad) {
  let out = '';
  let i = start;
  const units = [];
  let n = 0;
  for (; i + 2 < end; i += 3) {
    const v = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2];
    units[n++] = StringPrototypeCharCodeAt(alphabet, v >> 18);
    units[n++] = StringPrototypeCharCodeAt(alphabet, (v >> 12) & 63);
    units[n++] = StringPrototypeCharCodeAt(alphabet, (v >> 6) & 63);
    units[n++] = StringPrototypeCharCodeAt(alphabet, v & 63);
  }
  if (end - i === 1) {
    const v = buf[i] << 16;
    units[n++] = StringPrototypeCharCodeAt(alphabet, v >> 18);
    units[n++] = StringPrototypeCharCodeAt(alphabet, (v >> 12) & 63);
    if (pad) { units[n++] = 61; units[n++] = 61; }
  } else if (end - i === 2) {
    const v = (buf[i] << 16) | (buf[i + 1] << 8);
    units[n++] = StringPrototypeCharCodeAt(alphabet, v >> 18);
    units[n++] = StringPrototypeCharCodeAt(alphabet, (v >> 12) & 63);
    units[n++] = StringPrototypeCharCodeAt(alphabet, (v >> 6) & 63);
    if (pad) units[n++] = 61;
  }
  out += codeUnitsToString(units, n);
  return out;
}

// node's forgiving decoder: skips characters outside both alphabets, stops at the first '='. Like node's, it
// looks only at the low byte of each UTF-16 code unit.
function base64DecodeInto(buf, offset, max, str) {
  let p = offset;
  const end = offset + max;
  const len = str.length;
  let i = 0;
  let group = 0;
  let acc = 0;
  while (i < len && p < end) {
    const c = StringPrototypeCharCodeAt(str, i++) & 0xFF;
    const v = unbase64[c];
    if (v >= 64) {
      if (c === 61) break;
      continue;
    }
    switch (group) {
      case 0: acc = v; group = 1; break;
      case 1: buf[p++] = (acc << 2) | (v >> 4); acc = v & 0xF; group = 2; break;
      case 2: buf[p++] = (acc << 4) | (v >> 2); acc = v & 0x3; group = 3; break;
      case 3: buf[p++] = (acc << 6) | v; group = 0; break;
    }
  }
  return p - offset;
}

function base64DecodedSize(str) {
  let len = str.length;
  if (len === 0) return 0;
  if (StringPrototypeCharCodeAt(str, len - 1) === 61) len--;
  if (len > 0 && StringPrototypeCharCodeAt(str, len - 1) === 61) len--;
  const rem = len % 4;
  let size = (len >>> 2) * 3;
  if (rem) size += rem - 1 > 0 ? rem - 1 : 0;
  return size;
}

// ---------------------------------------------------------------------------------------------------- hex
const HEX = '0123456789abcdef';
function unhex(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}
function hexDecodeInto(buf, offset, max, str) {
  const n = MathMin(str.length >>> 1, max);
  let i = 0;
  for (; i < n; i++) {
    // Only the low byte of each code unit counts, as in node.
    const a = unhex(StringPrototypeCharCodeAt(str, 2 * i) & 0xFF);
    const b = unhex(StringPrototypeCharCodeAt(str, 2 * i + 1) & 0xFF);
    if (a < 0 || b < 0) break;
    buf[offset + i] = (a << 4) | b;
  }
  return i;
}

// ------------------------------------------------------------------------------------- generic write/size
function writeString(buf, offset, max, str, encoding) {
  switch (encoding) {
    case enc.utf8:
      return utf8WriteInto(buf, str, offset, max);
    case enc.utf16le: {
      const n = MathMin(str.length, max >>> 1);
      for (let i = 0; i < n; i++) {
        const c = StringPrototypeCharCodeAt(str, i);
        buf[offset + 2 * i] = c & 0xFF;
        buf[offset + 2 * i + 1] = c >>> 8;
      }
      return n * 2;
    }
    case enc.ascii:
    case enc.latin1:
    case enc.buffer: {
      const n = MathMin(str.length, max);
      for (let i = 0; i < n; i++) buf[offset + i] = StringPrototypeCharCodeAt(str, i) & 0xFF;
      return n;
    }
    case enc.base64:
    case enc.base64url:
      return base64DecodeInto(buf, offset, max, str);
    case enc.hex:
      return hexDecodeInto(buf, offset, max, str);
  }
  return 0;
}

function encodedSize(str, encoding) {
  switch (encoding) {
    case enc.utf8: return utf8Length(str);
    case enc.utf16le: return str.length * 2;
    case enc.base64: case enc.base64url: return base64DecodedSize(str);
    case enc.hex: return str.length >>> 1;
    default: return str.length;
  }
}

function encodeString(str, encoding) {
  const size = encodedSize(str, encoding);
  const out = new Uint8Array(size);
  const n = writeString(out, 0, size, str, encoding);
  return n === size ? out : TypedArrayPrototypeSubarray(out, 0, n);
}

// --------------------------------------------------------------------------------------- slice / write API
function makeSlice(decode) {
  return function slice(start, end) {
    if (!(this instanceof Uint8Array))
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
    const range = sliceRange(this, start, end);
    return decode(this, range[0], range[1]);
  };
}

function makeWrite(encoding) {
  return function write(string, offset, length) {
    if (!(this instanceof Uint8Array))
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
    if (typeof string !== 'string')
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    const len = this.length;
    offset = parseArrayIndex(offset, 0);
    if (offset > len)
      throw nodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
    let max = parseArrayIndex(length, len - offset);
    max = MathMin(len - offset, max);
    if (max === 0) return 0;
    return writeString(this, offset, max, string, encoding);
  };
}

const asciiSlice = makeSlice((buf, s, e) => {
  const units = [];
  for (let i = s; i < e; i++) units[i - s] = buf[i] & 0x7F;
  return codeUnitsToString(units, e - s);
});
const latin1Slice = makeSlice((buf, s, e) => {
  const units = [];
  for (let i = s; i < e; i++) units[i - s] = buf[i];
  return codeUnitsToString(units, e - s);
});
const hexSlice = makeSlice((buf, s, e) => {
  const units = [];
  let n = 0;
  for (let i = s; i < e; i++) {
    units[n++] = StringPrototypeCharCodeAt(HEX, buf[i] >> 4);
    units[n++] = StringPrototypeCharCodeAt(HEX, buf[i] & 15);
  }
  return codeUnitsToString(units, n);
});
const ucs2Slice = makeSlice((buf, s, e) => {
  const units = [];
  let n = 0;
  for (let i = s; i + 1 < e; i += 2) units[n++] = buf[i] | (buf[i + 1] << 8);
  return codeUnitsToString(units, n);
});
const utf8Slice = makeSlice(utf8Decode);
const base64Slice = makeSlice((buf, s, e) => base64Encode(buf, s, e, B64, true));
const base64urlSlice = makeSlice((buf, s, e) => base64Encode(buf, s, e, B64URL, false));

// ---------------------------------------------------------------------------------------- compare / search
function compareRanges(a, aStart, aEnd, b, bStart, bEnd) {
  const n = MathMin(aEnd - aStart, bEnd - bStart);
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i], y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const la = aEnd - aStart, lb = bEnd - bStart;
  return la > lb ? 1 : la < lb ? -1 : 0;
}

function compare(a, b) {
  return compareRanges(a, 0, a.length, b, 0, b.length);
}

function compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd) {
  if (sourceStart > source.length) throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                                                   'The value of "sourceStart" is out of range.');
  if (targetStart > target.length) throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                                                   'The value of "targetStart" is out of range.');
  if (sourceStart > sourceEnd) sourceEnd = sourceStart;
  if (targetStart > targetEnd) targetEnd = targetStart;
  sourceEnd = MathMin(sourceEnd, source.length);
  targetEnd = MathMin(targetEnd, target.length);
  return compareRanges(source, sourceStart, sourceEnd, target, targetStart, targetEnd);
}

function toInt64(n) {
  n = +n;
  if (n !== n) return 0;
  return n < 0 ? -MathFloor(-n) : MathFloor(n);
}

function indexOfOffset(length, offset, needleLength, isForward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (isForward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (isForward) return -1;
  return length - 1;
}

// Searches `needle` (array-like of units) in `hay` (array-like of units); see node's SearchString.
function searchUnits(hay, hayLen, needle, needleLen, startIndex, isForward) {
  if (hayLen < needleLen) return -1;
  const diff = hayLen - needleLen;
  if (isForward) {
    outer: for (let i = startIndex; i <= diff; i++) {
      for (let j = 0; j < needleLen; j++) if (hay(i + j) !== needle[j]) continue outer;
      return i;
    }
    return -1;
  }
  outer2: for (let i = MathMin(startIndex, diff); i >= 0; i--) {
    for (let j = 0; j < needleLen; j++) if (hay(i + j) !== needle[j]) continue outer2;
    return i;
  }
  return -1;
}

function searchBytes(buf, needle, offset, encoding, isForward) {
  const hayLen = buf.length;
  const needleLen = needle.length;
  if (encoding === enc.utf16le) {
    if (hayLen < 2 || needleLen < 2) return -1;
    const units = [];
    for (let i = 0; i + 1 < needleLen; i += 2) units[i >> 1] = needle[i] | (needle[i + 1] << 8);
    const r = searchUnits((k) => buf[2 * k] | (buf[2 * k + 1] << 8), hayLen >>> 1, units, units.length,
                          offset >>> 1, isForward);
    return r === -1 ? -1 : r * 2;
  }
  return searchUnits((k) => buf[k], hayLen, needle, needleLen, offset, isForward);
}

function indexOfBuffer(buf, needle, byteOffset, encoding, isForward) {
  const hayLen = buf.length;
  const needleLen = needle.length;
  const opt = indexOfOffset(hayLen, toInt64(byteOffset), needleLen, isForward);
  if (needleLen === 0) return opt;
  if (hayLen === 0) return -1;
  if (opt <= -1) return -1;
  if ((isForward && needleLen + opt > hayLen) || needleLen > hayLen) return -1;
  return searchBytes(buf, needle, opt, encoding, isForward);
}

function indexOfString(buf, needle, byteOffset, encoding, isForward) {
  const bytes = encodeString(needle, encoding);
  let hayLen = buf.length;
  if (encoding === enc.utf16le) {
    hayLen &= ~1;
    if (hayLen !== buf.length) buf = TypedArrayPrototypeSubarray(buf, 0, hayLen);
  }
  const needleLen = bytes.length;
  const opt = indexOfOffset(hayLen, toInt64(byteOffset), needleLen, isForward);
  if (needleLen === 0) return opt;
  if (hayLen === 0) return -1;
  if (opt <= -1) return -1;
  if ((isForward && needleLen + opt > hayLen) || needleLen > hayLen) return -1;
  return searchBytes(buf, bytes, opt, encoding, isForward);
}

function indexOfNumber(buf, num, byteOffset, isForward) {
  const len = buf.length;
  const opt = indexOfOffset(len, toInt64(byteOffset), 1, isForward);
  if (opt <= -1 || len === 0) return -1;
  const needle = num & 0xFF;
  if (isForward) {
    for (let i = opt; i < len; i++) if (buf[i] === needle) return i;
  } else {
    for (let i = opt; i >= 0; i--) if (buf[i] === needle) return i;
  }
  return -1;
}

// ------------------------------------------------------------------------------------------------- fill
const encodingByName = {
  __proto__: null, utf8: enc.utf8, ucs2: enc.utf16le, utf16le: enc.utf16le, latin1: enc.latin1,
  ascii: enc.ascii, base64: enc.base64, base64url: enc.base64url, hex: enc.hex,
};

// Returns undefined on success, -1 for a value that encodes to nothing, -2 for out-of-bounds.
function fill(buf, value, start, end, encoding) {
  const len = buf.length;
  const fillLength = end - start;
  if (start > end || fillLength + start > len) return -2;
  let bytes;
  if (ArrayBuffer.isView(value)) {
    bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else if (typeof value !== 'string') {
    TypedArrayPrototypeFill(buf, (value >>> 0) & 255, start, end);
    return;
  } else {
    const e = encodingByName[encoding];
    bytes = encodeString(value, e === undefined ? enc.utf8 : e);
  }
  const n = bytes.length;
  if (n >= fillLength) {
    TypedArrayPrototypeSet(buf, TypedArrayPrototypeSubarray(bytes, 0, fillLength), start);
    return;
  }
  if (n === 0) return -1;
  bytes = new Uint8Array(bytes); // `value` may overlap buf
  for (let p = start; p < end; p += n) {
    if (end - p >= n) TypedArrayPrototypeSet(buf, bytes, p);
    else TypedArrayPrototypeSet(buf, TypedArrayPrototypeSubarray(bytes, 0, end - p), p);
  }
}

// --------------------------------------------------------------------------------------------- the rest
function byteLengthUtf8(str) {
  return utf8Length(`${str}`);
}

function swap(size) {
  return function swapN(buf) {
    const len = buf.length;
    for (let i = 0; i + size <= len; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) {
        const t = buf[a];
        buf[a] = buf[b];
        buf[b] = t;
      }
    }
    return buf;
  };
}

function checkDetached(view) {
  const ab = view.buffer;
  if (ab.detached === true || (view.byteLength === 0 && ab.byteLength === 0 && view.length !== 0))
    throw nodeError(TypeError, 'ERR_INVALID_STATE', 'Invalid state: Cannot validate on a detached buffer');
}

function toBytes(input) {
  if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer))
    return new Uint8Array(input);
  return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
}

function isAscii(input) {
  if (ArrayBuffer.isView(input)) checkDetached(input);
  else if (input.detached === true) checkDetached(new Uint8Array(0));
  const b = toBytes(input);
  for (let i = 0; i < b.length; i++) if (b[i] >= 0x80) return false;
  return true;
}

function isUtf8(input) {
  if (ArrayBuffer.isView(input)) checkDetached(input);
  else if (input.detached === true) checkDetached(new Uint8Array(0));
  const b = toBytes(input);
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let need, lower = 0x80, upper = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c === 0xE0) lower = 0xA0; else if (c === 0xED) upper = 0x9F; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c === 0xF0) lower = 0x90; else if (c === 0xF4) upper = 0x8F; }
    else return false;
    i++;
    for (let k = 0; k < need; k++, i++) {
      if (i >= n || b[i] < lower || b[i] > upper) return false;
      lower = 0x80; upper = 0xBF;
    }
  }
  return true;
}

// btoa: -1 when a code unit is above 0xFF.
function btoa(input) {
  const len = input.length;
  const bytes = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(input, i);
    if (c > 0xFF) return -1;
    bytes[i] = c;
  }
  return base64Encode(bytes, 0, len, B64, true);
}

// atob (WHATWG forgiving-base64 decode): the decoded latin1 string, -2 for an invalid character,
// -1 when the length is invalid.
function atob(input) {
  const units = [];
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const c = StringPrototypeCharCodeAt(input, i);
    if (c === 0x09 || c === 0x0A || c === 0x0C || c === 0x0D || c === 0x20) continue;
    units[n++] = c;
  }
  if (n % 4 === 0 && n > 0 && units[n - 1] === 61) {
    n--;
    if (units[n - 1] === 61) n--;
  }
  for (let i = 0; i < n; i++) {
    const c = units[i];
    if (c >= 128 || c === 45 || c === 95 || unbase64[c] >= 64) return -2;
  }
  if (n % 4 === 1) return -1;
  const out = [];
  let m = 0, acc = 0, bits = 0;
  for (let i = 0; i < n; i++) {
    acc = (acc << 6) | unbase64[units[i]];
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[m++] = (acc >> bits) & 0xFF;
    }
  }
  return codeUnitsToString(out, m);
}

function createUnsafeArrayBuffer(size) {
  return new ArrayBuffer(size);
}

module.exports = {
  encodingIds: enc,
  kMaxLength,
  kStringMaxLength,
  asciiSlice,
  base64Slice,
  base64urlSlice,
  latin1Slice,
  hexSlice,
  ucs2Slice,
  utf8Slice,
  asciiWrite: makeWrite(enc.ascii),
  base64Write: makeWrite(enc.base64),
  base64urlWrite: makeWrite(enc.base64url),
  latin1Write: makeWrite(enc.latin1),
  hexWrite: makeWrite(enc.hex),
  ucs2Write: makeWrite(enc.utf16le),
  utf8Write: makeWrite(enc.utf8),
  createUnsafeArrayBuffer,
  byteLengthUtf8,
  compare,
  compareOffset,
  fill,
  indexOfBuffer,
  indexOfNumber,
  indexOfString,
  swap16: swap(2),
  swap32: swap(4),
  swap64: swap(8),
  isAscii,
  isUtf8,
  atob,
  btoa,
  // Not in node's binding: helpers for other pure-JS code (e.g. a TextDecoder shim).
  utf8Decode,
  encodeString,
};
