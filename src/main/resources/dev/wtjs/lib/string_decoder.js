'use strict';
// StringDecoder: turns a sequence of Buffers into text without splitting a character across chunks.

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');

const ALIASES = {
  utf8: 'utf8', 'utf-8': 'utf8',
  ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le',
  latin1: 'latin1', binary: 'latin1',
  base64: 'base64', base64url: 'base64url', hex: 'hex', ascii: 'ascii',
};

function canonical(enc) {
  const name = enc == null || enc === '' ? 'utf8' : `${enc}`.toLowerCase();
  const found = ALIASES[name];
  if (found === undefined) throw new codes.ERR_UNKNOWN_ENCODING(enc);
  return found;
}

// Bytes a UTF-8 sequence needs, from its lead byte's high bits alone, as node's decoder judges what to hold back
// at a chunk's end (0xC0, 0xC1 and 0xF5-0xF7 too: the whole, once complete, decodes to U+FFFD per byte).
function utf8Width(byte) {
  if (byte < 0x80) return 1;
  if ((byte & 0xe0) === 0xc0) return 2;
  if ((byte & 0xf0) === 0xe0) return 3;
  if ((byte & 0xf8) === 0xf0) return 4;
  return 0;
}

function toBuffer(chunk) {
  if (typeof chunk === 'string') return chunk;
  if (Buffer.isBuffer(chunk)) return chunk;
  if (ArrayBuffer.isView(chunk)) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], chunk);
}

class StringDecoder {
  #pending = Buffer.alloc(0);

  constructor(encoding) {
    this.encoding = canonical(encoding);
  }

  // How many trailing bytes of `buf` start a character that is not complete yet.
  #incompleteTail(buf) {
    const n = buf.length;
    switch (this.encoding) {
      case 'utf8': {
        for (let back = 1; back <= Math.min(3, n); back++) {
          const byte = buf[n - back];
          if ((byte & 0xc0) === 0x80) continue;
          const width = utf8Width(byte);
          if (width > back) {
            for (let k = n - back + 1; k < n; k++) if ((buf[k] & 0xc0) !== 0x80) return 0;
            return back;
          }
          return 0;
        }
        return 0;
      }
      case 'utf16le': {
        if (n % 2) return 1;
        const unit = n >= 2 ? buf[n - 2] | (buf[n - 1] << 8) : 0;
        return unit >= 0xd800 && unit <= 0xdbff ? 2 : 0;
      }
      case 'base64':
      case 'base64url':
        return n % 3;
      default:
        return 0;
    }
  }

  write(chunk) {
    const buf = toBuffer(chunk);
    if (typeof buf === 'string') return buf;
    if (buf.length === 0) return '';
    let head = '';
    let all = this.#pending.length ? Buffer.concat([this.#pending, buf]) : buf;
    if (this.encoding === 'utf16le' && this.#pending.length) {
      // A unit (or surrogate pair) the last write left open is completed and given out first, unchecked.
      const want = this.#pending.length % 2 ? this.#pending.length + 1 : 4;
      if (all.length < want) {
        this.#pending = Buffer.from(all);
        return '';
      }
      head = all.toString('utf16le', 0, want);
      all = all.subarray(want);
    }
    const keep = this.#incompleteTail(all);
    this.#pending = Buffer.from(all.subarray(all.length - keep));
    return head + all.toString(this.encoding, 0, all.length - keep);
  }

  end(chunk) {
    let out = chunk === undefined ? '' : this.write(chunk);
    if (this.#pending.length) {
      const rest = this.#pending;
      this.#pending = Buffer.alloc(0);
      out += rest.toString(this.encoding);
    }
    return out;
  }

  text(buf, offset) {
    this.#pending = Buffer.alloc(0);
    return this.write(buf.subarray(offset));
  }

  get lastNeed() {
    const p = this.#pending;
    if (!p.length) return 0;
    if (this.encoding === 'utf8') return utf8Width(p[0]) - p.length;
    if (this.encoding === 'utf16le') return p.length % 2 ? 1 : 2;
    if (this.encoding === 'base64' || this.encoding === 'base64url') return 3 - p.length;
    return 0;
  }

  get lastTotal() {
    return this.#pending.length + this.lastNeed;
  }

  get lastChar() {
    const out = Buffer.alloc(4);
    this.#pending.copy(out);
    return out;
  }
}

module.exports = { StringDecoder };
