'use strict';
// crypto: random bytes and UUIDs from the JVM's SecureRandom, hashes and HMACs from its MessageDigest and Mac.
// Bytes cross to Java as latin1 strings (one char per byte).

const host = internalBinding('host');
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');

const MAX_RANDOM = 2 ** 31 - 1;

function randomLatin1(size) {
  return host.randomBytes(size);
}

function checkSize(size, name = 'size') {
  if (typeof size !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', size);
  if (!(size >= 0 && size <= MAX_RANDOM) || !Number.isInteger(size)) {
    throw new codes.ERR_OUT_OF_RANGE(name, `>= 0 && <= ${MAX_RANDOM}`, size);
  }
}

function randomBytes(size, callback) {
  checkSize(size);
  const buf = Buffer.from(randomLatin1(size), 'latin1');
  if (typeof callback !== 'function') return buf;
  process.nextTick(callback, null, buf);
  return undefined;
}

function bytesOf(view) {
  if (ArrayBuffer.isView(view)) return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  if (view instanceof ArrayBuffer || view instanceof SharedArrayBuffer) return new Uint8Array(view);
  throw new codes.ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], view);
}

function randomFillSync(buf, offset = 0, size) {
  const bytes = bytesOf(buf);
  const elementSize = ArrayBuffer.isView(buf) ? (buf.BYTES_PER_ELEMENT ?? 1) : 1;
  const start = offset * elementSize;
  const length = size === undefined ? bytes.length - start : size * elementSize;
  const random = randomLatin1(length);
  for (let i = 0; i < length; i++) bytes[start + i] = random.charCodeAt(i);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') [offset, size, callback] = [0, undefined, offset];
  else if (typeof size === 'function') [size, callback] = [undefined, size];
  randomFillSync(buf, offset, size);
  process.nextTick(callback, null, buf);
}

function randomInt(min, max, callback) {
  if (max === undefined || typeof max === 'function') [min, max, callback] = [0, min, max];
  const range = max - min;
  const bytes = randomLatin1(6);
  let n = 0;
  for (let i = 0; i < 6; i++) n = n * 256 + bytes.charCodeAt(i);
  const value = min + (n % range);
  if (typeof callback === 'function') {
    process.nextTick(callback, null, value);
    return undefined;
  }
  return value;
}

function randomUUID() {
  const b = Buffer.from(randomLatin1(16), 'latin1');
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function getRandomValues(view) {
  if (!ArrayBuffer.isView(view) || view instanceof Float32Array || view instanceof Float64Array ||
      view instanceof DataView) {
    const err = new TypeError('The data argument must be an integer-type TypedArray');
    err.name = 'TypeMismatchError';
    err.code = 17;
    throw err;
  }
  if (view.byteLength > 65536) {
    const err = new RangeError(`The ArrayBufferView's byte length (${view.byteLength}) exceeds the number of bytes ` +
      'of entropy available via this API (65536)');
    err.name = 'QuotaExceededError';
    throw err;
  }
  return randomFillSync(view);
}

function toLatin1(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding ?? 'utf8').toString('latin1');
  if (ArrayBuffer.isView(data)) {
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  }
  throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function output(latin1, encoding) {
  const buf = Buffer.from(latin1, 'latin1');
  return encoding === undefined || encoding === 'buffer' ? buf : buf.toString(encoding);
}

// The JVM's names for node's algorithm names.
const DIGESTS = { md5: 'MD5', sha1: 'SHA-1', sha224: 'SHA-224', sha256: 'SHA-256', sha384: 'SHA-384',
                  sha512: 'SHA-512', 'sha3-256': 'SHA3-256', 'sha3-512': 'SHA3-512' };

function jvmDigest(algorithm) {
  const name = DIGESTS[String(algorithm).toLowerCase().replace(/^rsa-/, '')];
  if (name === undefined) throw new Error('Digest method not supported');
  return name;
}

class Hash {
  #algorithm;
  #chunks = [];
  #done = false;

  constructor(algorithm) {
    this.#algorithm = jvmDigest(algorithm);
  }

  update(data, encoding) {
    if (this.#done) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
    this.#chunks.push(toLatin1(data, encoding));
    return this;
  }

  digest(encoding) {
    if (this.#done) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
    this.#done = true;
    return output(this.#compute(this.#chunks.join('')), encoding);
  }

  copy() {
    if (this.#done) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
    const other = new Hash('md5');
    other.#algorithm = this.#algorithm;
    other.#chunks = [...this.#chunks];
    return other;
  }

  #compute(data) {
    return host.digest(this.#algorithm, data);
  }
}

class Hmac {
  #algorithm;
  #key;
  #chunks = [];
  #done = false;

  constructor(algorithm, key) {
    this.#algorithm = `Hmac${jvmDigest(algorithm).replace('-', '')}`;
    this.#key = toLatin1(key);
  }

  update(data, encoding) {
    if (this.#done) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
    this.#chunks.push(toLatin1(data, encoding));
    return this;
  }

  digest(encoding) {
    if (this.#done) return output('', encoding);
    this.#done = true;
    return output(host.hmac(this.#algorithm, this.#key, this.#chunks.join('')), encoding);
  }
}

function createHash(algorithm) {
  return new Hash(algorithm);
}

function createHmac(algorithm, key) {
  return new Hmac(algorithm, key);
}

function hash(algorithm, data, encoding = 'hex') {
  return createHash(algorithm).update(data).digest(encoding);
}

function timingSafeEqual(a, b) {
  const x = bytesOf(a);
  const y = bytesOf(b);
  if (x.length !== y.length) {
    throw new codes.ERR_OUT_OF_RANGE('buf2', 'Input buffers must have the same byte length', undefined, true);
  }
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

function getHashes() {
  return Object.keys(DIGESTS);
}

const webcrypto = {
  getRandomValues,
  randomUUID,
};

module.exports = {
  createHash,
  createHmac,
  getHashes,
  getRandomValues,
  hash,
  Hash,
  Hmac,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  timingSafeEqual,
  webcrypto,
};
