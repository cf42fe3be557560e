'use strict';
// crypto: random bytes and UUIDs from the JVM's SecureRandom, hashes and HMACs from its MessageDigest and Mac.
// Bytes cross to Java as latin1 strings (one char per byte).

const host = internalBinding('host');
const { Buffer } = require('buffer');
const { codes, E } = require('internal/errors');

// node throws this one from its native side, so it is not among internal/errors' codes: declared here.
if (!codes.ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH) {
  E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);
}
const { validateString } = require('internal/validators');

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

function toLatin1(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding ?? 'utf8').toString('latin1');
  if (ArrayBuffer.isView(data)) {
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  }
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function keyToLatin1(key) {
  if (key instanceof ArrayBuffer) return Buffer.from(key).toString('latin1');
  if (typeof key === 'string' || ArrayBuffer.isView(key)) return toLatin1(key);
  throw new codes.ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function output(latin1, encoding) {
  const buf = Buffer.from(latin1, 'latin1');
  return encoding === undefined || encoding === 'buffer' ? buf : buf.toString(encoding);
}

// The JVM's names for node's algorithm names.
const DIGESTS = { md5: 'MD5', sha1: 'SHA-1', sha224: 'SHA-224', sha256: 'SHA-256', sha384: 'SHA-384',
                  sha512: 'SHA-512', 'sha512-224': 'SHA-512/224', 'sha512-256': 'SHA-512/256',
                  'sha3-224': 'SHA3-224', 'sha3-256': 'SHA3-256', 'sha3-384': 'SHA3-384', 'sha3-512': 'SHA3-512' };

// The JVM's name for a digest, or undefined.
function jvmDigestOrNone(algorithm) {
  // sha-256 and sha2-256 are OpenSSL's other names for sha256.
  const name = String(algorithm).toLowerCase().replace(/^rsa-/, '');
  return DIGESTS[name.replace(/^sha2?-(1|224|256|384|512)\b/, 'sha$1')];
}

function jvmDigest(algorithm) {
  const name = jvmDigestOrNone(algorithm);
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
    validateString(algorithm, 'hmac');
    const digest = jvmDigestOrNone(algorithm);
    if (digest === undefined) throw new codes.ERR_CRYPTO_INVALID_DIGEST(algorithm);
    this.#algorithm = `Hmac${digest.replace('-', '')}`;
    this.#key = keyToLatin1(key);
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
  validateString(algorithm, 'algorithm');
  return new Hash(algorithm);
}

function createHmac(algorithm, key) {
  return new Hmac(algorithm, key);
}

// crypto.hash (node 22+): a one-shot digest.
function hash(algorithm, data, encoding = 'hex') {
  validateString(algorithm, 'algorithm');
  const bytes = toLatin1(data, 'utf8', 'input');
  const name = jvmDigestOrNone(algorithm);
  if (name === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  return output(host.digest(name, bytes), encoding);
}

function bufferArg(value, name) {
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof SharedArrayBuffer) {
    return bytesOf(value);
  }
  const err = new codes.ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  err.message = `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`;
  return err;
}

function timingSafeEqual(a, b) {
  const x = bufferArg(a, 'buf1');
  if (x instanceof Error) throw x;
  const y = bufferArg(b, 'buf2');
  if (y instanceof Error) throw y;
  if (x.length !== y.length) throw new codes.ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

// node's names, with OpenSSL's RSA- aliases, sorted as node lists them.
function getHashes() {
  const names = Object.keys(DIGESTS);
  return [...names.filter((n) => !n.startsWith('sha3') && !n.startsWith('sha512-')).map((n) => `RSA-${n.toUpperCase()}`), ...names].sort();
}

const kdf = require('internal/crypto/kdf');

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
  pbkdf2: kdf.pbkdf2,
  pbkdf2Sync: kdf.pbkdf2Sync,
  scrypt: kdf.scrypt,
  scryptSync: kdf.scryptSync,
};
for (const [name, key] of [['webcrypto', 'crypto'], ['subtle', 'subtle']]) {
  Object.defineProperty(module.exports, name, {
    get: () => require('internal/crypto/webcrypto')[key], enumerable: true, configurable: true,
  });
}
