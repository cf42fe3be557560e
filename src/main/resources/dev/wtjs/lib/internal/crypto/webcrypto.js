'use strict';
// The Web Crypto surface node exposes as globalThis.crypto and require('crypto').webcrypto: random values, UUIDs
// and SubtleCrypto.digest over the JVM's MessageDigest. Other subtle operations are not there (README).

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');

const host = internalBinding('host');
const kInternal = Symbol('kInternal');

// Web Crypto's digest names (any case) as the JVM names them.
const DIGESTS = { 'sha-1': 'SHA-1', 'sha-256': 'SHA-256', 'sha-384': 'SHA-384', 'sha-512': 'SHA-512' };

function domException(message, name) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

function algorithmOf(algorithm) {
  let name = algorithm;
  if (algorithm !== null && typeof algorithm === 'object') {
    name = algorithm.name;
    if (name === undefined) {
      const err = new codes.ERR_MISSING_OPTION('name');
      err.message = "Failed to normalize algorithm: passed algorithm cannot be converted to 'Algorithm' because " +
        "'name' is required in 'Algorithm'.";
      throw err;
    }
  }
  const jvm = typeof name === 'string' ? DIGESTS[name.toLowerCase()] : undefined;
  if (jvm === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
  return jvm;
}

function bufferSource(data) {
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer || data instanceof SharedArrayBuffer) return Buffer.from(data);
  const err = new TypeError("Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of " +
    'ArrayBuffer, Buffer, TypedArray, or DataView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

function illegalConstructor() {
  const err = new TypeError('Illegal constructor');
  err.code = 'ERR_ILLEGAL_CONSTRUCTOR';
  return err;
}

class SubtleCrypto {
  constructor(key) {
    if (key !== kInternal) throw illegalConstructor();
  }

  async digest(algorithm, data) {
    if (arguments.length < 2) {
      const err = new TypeError("Failed to execute 'digest' on 'SubtleCrypto': 2 arguments required, but only " +
        `${arguments.length} present.`);
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    const jvm = algorithmOf(algorithm);
    const bytes = bufferSource(data).toString('latin1');
    const out = Buffer.from(host.digest(jvm, bytes), 'latin1');
    return out.buffer.slice(out.byteOffset, out.byteOffset + out.length);
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

const subtle = new SubtleCrypto(kInternal);

class Crypto {
  constructor(key) {
    if (key !== kInternal) throw illegalConstructor();
  }

  get subtle() {
    return subtle;
  }

  getRandomValues(view) {
    return require('crypto').getRandomValues(view);
  }

  randomUUID() {
    return require('crypto').randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

const crypto = new Crypto(kInternal);

module.exports = { Crypto, SubtleCrypto, crypto, subtle };
