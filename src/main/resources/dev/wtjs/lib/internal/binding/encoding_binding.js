'use strict';
// Pure-JS stand-in for node's internalBinding('encoding_binding'), plus streaming decoders in the shape of
// internalBinding('icu')'s converters (getConverter/decode) for the encodings this runtime decodes: utf-8,
// utf-16le, utf-16be, windows-1252 (which the WHATWG labels latin1, ascii and iso-8859-1 name too) and
// x-user-defined. Errors are shaped like the ones node's C++ throws: a plain TypeError with an own `code`.

const {
  ArrayBufferIsView,
  ArrayPrototypePush,
  ArrayPrototypeJoin,
  StringFromCharCode,
  StringPrototypeCharCodeAt,
  TypeError,
  Uint32Array,
  Uint8Array,
  FunctionPrototypeCall,
  ObjectGetOwnPropertyDescriptor,
} = primordials;

const ArrayBufferByteLength = ObjectGetOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const SharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  ObjectGetOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;

function isBrand(getter, value) {
  if (getter === undefined || value === null || typeof value !== 'object') return false;
  try {
    FunctionPrototypeCall(getter, value);
    return true;
  } catch {
    return false;
  }
}

function cppError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

// A Uint8Array over the bytes of an ArrayBuffer, SharedArrayBuffer or ArrayBufferView, or undefined.
function toBytes(input) {
  if (ArrayBufferIsView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (isBrand(ArrayBufferByteLength, input) || isBrand(SharedArrayBufferByteLength, input)) {
    return new Uint8Array(input);
  }
  return undefined;
}

function bytesOrThrow(input, argName) {
  const bytes = toBytes(input);
  if (bytes === undefined) {
    throw cppError('ERR_INVALID_ARG_TYPE', `The "${argName}" argument must be an instance of ` +
                   'SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  }
  return bytes;
}

// Collects UTF-16 code units and turns them into a string in chunks.
class Output {
  parts = [];
  units = [];
  push(unit) {
    ArrayPrototypePush(this.units, unit);
    if (this.units.length >= 8192) this.flush();
  }
  pushCodePoint(cp) {
    if (cp > 0xffff) {
      cp -= 0x10000;
      this.push(0xd800 + (cp >> 10));
      this.push(0xdc00 + (cp & 0x3ff));
    } else {
      this.push(cp);
    }
  }
  flush() {
    const units = this.units;
    let s = '';
    for (let i = 0; i < units.length; i += 4096) {
      s += StringFromCharCode(...units.slice(i, i + 4096));
    }
    ArrayPrototypePush(this.parts, s);
    this.units = [];
  }
  toString() {
    this.flush();
    return ArrayPrototypeJoin(this.parts, '');
  }
}

const kReplacement = 0xfffd;

const windows1252 = [
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
  0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
];

// A streaming decoder (WHATWG Encoding decoders). `fatal` makes malformed input throw.
class Converter {
  constructor(encoding, fatal, ignoreBOM) {
    this.encoding = encoding;
    this.fatal = fatal;
    this.ignoreBOM = ignoreBOM;
    this.reset();
  }

  reset() {
    this.bomSeen = false;
    // utf-8
    this.codePoint = 0;
    this.bytesSeen = 0;
    this.bytesNeeded = 0;
    this.lower = 0x80;
    this.upper = 0xbf;
    // utf-16
    this.leadByte = -1;
    this.leadSurrogate = -1;
  }

  error(out) {
    if (this.fatal) {
      this.reset();
      throw cppError('ERR_ENCODING_INVALID_ENCODED_DATA',
                     `The encoded data was not valid for encoding ${this.encoding}`);
    }
    out.push(kReplacement);
  }

  decode(bytes, flush) {
    const out = new Output();
    switch (this.encoding) {
      case 'utf-8': this.utf8(bytes, flush, out); break;
      case 'utf-16le': this.utf16(bytes, flush, out, true); break;
      case 'utf-16be': this.utf16(bytes, flush, out, false); break;
      default: this.singleByte(bytes, out); break;
    }
    let result = out.toString();
    if (!this.bomSeen && result.length > 0) {
      if (!this.ignoreBOM && StringPrototypeCharCodeAt(result, 0) === 0xfeff &&
          (this.encoding === 'utf-8' || this.encoding.startsWith('utf-16'))) {
        result = result.slice(1);
      }
      this.bomSeen = true;
    }
    if (flush) this.reset();
    return result;
  }

  utf8(bytes, flush, out) {
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (this.bytesNeeded === 0) {
        if (byte <= 0x7f) {
          out.push(byte);
        } else if (byte >= 0xc2 && byte <= 0xdf) {
          this.bytesNeeded = 1;
          this.codePoint = byte & 0x1f;
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lower = 0xa0;
          if (byte === 0xed) this.upper = 0x9f;
          this.bytesNeeded = 2;
          this.codePoint = byte & 0xf;
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lower = 0x90;
          if (byte === 0xf4) this.upper = 0x8f;
          this.bytesNeeded = 3;
          this.codePoint = byte & 0x7;
        } else {
          this.error(out);
        }
        continue;
      }
      if (byte < this.lower || byte > this.upper) {
        this.codePoint = this.bytesNeeded = this.bytesSeen = 0;
        this.lower = 0x80;
        this.upper = 0xbf;
        this.error(out);
        i--; // reprocess this byte
        continue;
      }
      this.lower = 0x80;
      this.upper = 0xbf;
      this.codePoint = (this.codePoint << 6) | (byte & 0x3f);
      if (++this.bytesSeen === this.bytesNeeded) {
        out.pushCodePoint(this.codePoint);
        this.codePoint = this.bytesNeeded = this.bytesSeen = 0;
      }
    }
    if (flush && this.bytesNeeded !== 0) {
      this.codePoint = this.bytesNeeded = this.bytesSeen = 0;
      this.error(out);
    }
  }

  utf16(bytes, flush, out, littleEndian) {
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (this.leadByte === -1) {
        this.leadByte = byte;
        continue;
      }
      const unit = littleEndian ? this.leadByte | (byte << 8) : (this.leadByte << 8) | byte;
      this.leadByte = -1;
      this.utf16Unit(unit, out);
    }
    if (flush && (this.leadByte !== -1 || this.leadSurrogate !== -1)) {
      this.leadByte = this.leadSurrogate = -1;
      this.error(out);
    }
  }

  utf16Unit(unit, out) {
    if (this.leadSurrogate !== -1) {
      const lead = this.leadSurrogate;
      this.leadSurrogate = -1;
      if (unit >= 0xdc00 && unit <= 0xdfff) {
        out.push(lead);
        out.push(unit);
        return;
      }
      this.error(out);
      // fall through: process `unit` on its own
    }
    if (unit >= 0xd800 && unit <= 0xdbff) {
      this.leadSurrogate = unit;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      this.error(out);
    } else {
      out.push(unit);
    }
  }

  singleByte(bytes, out) {
    const userDefined = this.encoding === 'x-user-defined';
    for (let i = 0; i < bytes.length; i++) out.push(singleByteUnit(bytes[i], userDefined));
  }
}

// WHATWG single-byte decoding: windows-1252 differs from latin-1 in 0x80..0x9F; x-user-defined puts the
// high half at U+F780..U+F7FF.
function singleByteUnit(byte, userDefined) {
  if (byte < 0x80) return byte;
  if (userDefined) return 0xf700 + byte;
  return byte <= 0x9f ? windows1252[byte - 0x80] : byte;
}

// Flags for getConverter/decode.
const CONVERTER_FLAGS_FLUSH = 0x1;
const CONVERTER_FLAGS_FATAL = 0x2;
const CONVERTER_FLAGS_IGNORE_BOM = 0x4;

const supported = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'x-user-defined'];

// ICU-shaped: getConverter(encoding, flags) -> handle | undefined; decode(handle, input, flags, encoding).
function getConverter(encoding, flags) {
  if (!supported.includes(encoding)) return undefined;
  return new Converter(encoding, (flags & CONVERTER_FLAGS_FATAL) !== 0, (flags & CONVERTER_FLAGS_IGNORE_BOM) !== 0);
}

function decode(converter, input, flags) {
  const bytes = bytesOrThrow(input, 'input');
  return converter.decode(bytes, (flags & CONVERTER_FLAGS_FLUSH) !== 0);
}

// Fast paths: one-shot decoding.
function decodeUTF8(input, ignoreBOM, fatal) {
  const bytes = bytesOrThrow(input, 'list');
  return new Converter('utf-8', !!fatal, !!ignoreBOM).decode(bytes, true);
}

// One-shot windows-1252 (node's fast path for the latin1 labels): no BOM handling, never an error.
function decodeLatin1(input) {
  const bytes = bytesOrThrow(input, 'input');
  const out = new Output();
  for (let i = 0; i < bytes.length; i++) out.push(singleByteUnit(bytes[i], false));
  return out.toString();
}

function utf8Length(str) {
  let n = 0;
  for (let i = 0; i < str.length; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length &&
             (StringPrototypeCharCodeAt(str, i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

// Writes the UTF-8 of str into dest; returns [read (UTF-16 units), written (bytes)]. Lone surrogates -> U+FFFD.
function writeUtf8(str, dest) {
  const destLength = dest.length;
  let read = 0;
  let written = 0;
  const length = str.length;
  while (read < length) {
    let cp = StringPrototypeCharCodeAt(str, read);
    let units = 1;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      if (cp <= 0xdbff && read + 1 < length) {
        const next = StringPrototypeCharCodeAt(str, read + 1);
        if ((next & 0xfc00) === 0xdc00) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
          units = 2;
        } else {
          cp = kReplacement;
        }
      } else {
        cp = kReplacement;
      }
    }
    if (cp < 0x80) {
      if (written + 1 > destLength) break;
      dest[written++] = cp;
    } else if (cp < 0x800) {
      if (written + 2 > destLength) break;
      dest[written++] = 0xc0 | (cp >> 6);
      dest[written++] = 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      if (written + 3 > destLength) break;
      dest[written++] = 0xe0 | (cp >> 12);
      dest[written++] = 0x80 | ((cp >> 6) & 0x3f);
      dest[written++] = 0x80 | (cp & 0x3f);
    } else {
      if (written + 4 > destLength) break;
      dest[written++] = 0xf0 | (cp >> 18);
      dest[written++] = 0x80 | ((cp >> 12) & 0x3f);
      dest[written++] = 0x80 | ((cp >> 6) & 0x3f);
      dest[written++] = 0x80 | (cp & 0x3f);
    }
    read += units;
  }
  return [read, written];
}

const encodeIntoResults = new Uint32Array(2);

function encodeInto(source, dest) {
  const { 0: read, 1: written } = writeUtf8(source, dest);
  encodeIntoResults[0] = read;
  encodeIntoResults[1] = written;
}

function encodeUtf8String(str) {
  const out = new Uint8Array(utf8Length(str));
  writeUtf8(str, out);
  return out;
}

module.exports = {
  encodeInto,
  encodeIntoResults,
  encodeUtf8String,
  decodeUTF8,
  decodeLatin1,
  // ICU's converter interface (node: internalBinding('icu')), for TextDecoder without ICU.
  getConverter,
  decode,
  toBytes,
};
