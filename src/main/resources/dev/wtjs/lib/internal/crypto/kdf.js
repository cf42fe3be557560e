'use strict';
// crypto.pbkdf2 and crypto.scrypt: node's argument checks here, the derivation in Java (CryptoBinding). The
// callback forms derive on the agent's crypto pool and call back on its loop.

const { Buffer } = require('buffer');
const { codes, E } = require('internal/errors');

// node throws this one from its native side, so it is not among internal/errors' codes: declared here.
if (!codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS) {
  E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
    (detail = undefined) => (detail === undefined ? 'Invalid scrypt params' : `Invalid scrypt params: ${detail}`),
    RangeError);
}
const { validateFunction, validateInt32, validateObject, validateString } = require('internal/validators');

let binding;
const kdf = () => (binding ??= internalBinding('host').crypto());

const KEY_SOURCES = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

// password or salt as latin1 (one char per byte).
function keyBytes(value, name) {
  if (typeof value === 'string') return Buffer.from(value, 'utf8').toString('latin1');
  if (ArrayBuffer.isView(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('latin1');
  if (value instanceof ArrayBuffer || value instanceof SharedArrayBuffer) return Buffer.from(value).toString('latin1');
  throw new codes.ERR_INVALID_ARG_TYPE(name, KEY_SOURCES, value);
}

// node's digest names for the JVM's HMACs.
const MACS = { md5: 'HmacMD5', sha1: 'HmacSHA1', sha224: 'HmacSHA224', sha256: 'HmacSHA256', sha384: 'HmacSHA384',
               sha512: 'HmacSHA512', 'sha512-224': 'HmacSHA512/224', 'sha512-256': 'HmacSHA512/256',
               'sha3-224': 'HmacSHA3-224', 'sha3-256': 'HmacSHA3-256', 'sha3-384': 'HmacSHA3-384',
               'sha3-512': 'HmacSHA3-512' };

function macOf(digest) {
  const mac = MACS[digest.toLowerCase().replace(/^rsa-/, '')];
  if (mac === undefined) throw new codes.ERR_CRYPTO_INVALID_DIGEST(digest);
  return mac;
}

function derivationFailed() {
  return new Error('Deriving bits failed');
}

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  const args = [keyBytes(password, 'password'), keyBytes(salt, 'salt')];
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  validateString(digest, 'digest');
  return [...args, iterations, keylen, macOf(digest)];
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  if (keylen === 0) throw derivationFailed();
  return Buffer.from(kdf().pbkdf2(...args), 'latin1');
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') [digest, callback] = [undefined, digest];
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  derive(keylen, (done) => kdf().pbkdf2Async(...args, done), callback);
}

// Runs one derivation off the loop; callback(err, key) on the loop.
function derive(keylen, start, callback) {
  if (keylen === 0) {
    process.nextTick(callback, derivationFailed());
    return;
  }
  start((message, key) => {
    if (message !== null) callback(new Error(message));
    else callback(null, Buffer.from(key, 'latin1'));
  });
}

// ---- scrypt ----

const SCRYPT_DEFAULTS = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

// One parameter given by either of its two names (N or cost ...), not both.
function scryptParam(options, name, alias) {
  const a = options[name];
  const b = options[alias];
  if (a !== undefined && b !== undefined) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR(name, alias);
  const value = a ?? b;
  if (value === undefined) return SCRYPT_DEFAULTS[name];
  validateInt32(value, a !== undefined ? name : alias, 0);
  return value;
}

function scryptArgs(password, salt, keylen, options) {
  const args = [keyBytes(password, 'password'), keyBytes(salt, 'salt')];
  validateInt32(keylen, 'keylen', 0);
  const opts = options ?? {};
  validateObject(opts, 'options');
  const N = scryptParam(opts, 'N', 'cost');
  const r = scryptParam(opts, 'r', 'blockSize');
  const p = scryptParam(opts, 'p', 'parallelization');
  const maxmem = opts.maxmem ?? SCRYPT_DEFAULTS.maxmem;
  if (N < 2 || (N & (N - 1)) !== 0 || r < 1 || p < 1) throw new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  // The memory scrypt needs (its V table and the p blocks), against the limit.
  if (128 * r * (N + 2) + 128 * r * p > maxmem) {
    throw new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS(
      'error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return [...args, N, r, p, keylen];
}

function scryptSync(password, salt, keylen, options) {
  const args = scryptArgs(password, salt, keylen, options);
  if (keylen === 0) throw derivationFailed();
  return Buffer.from(kdf().scrypt(...args), 'latin1');
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') [options, callback] = [undefined, options];
  const args = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  derive(keylen, (done) => kdf().scryptAsync(...args, done), callback);
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync };
