'use strict';
// tls.createSecureContext: the host's secure context (an SSLContext) made from PEM key, cert and ca, given as
// strings, Buffers or arrays of them. No ca: the JDK's default trust store.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const kHostContext = Symbol('kHostContext');
const PEM_TYPES = ['string', 'Buffer', 'TypedArray', 'DataView'];

function tlsBinding() {
  return internalBinding('host').tls();
}

// One PEM option as text: string, Buffer/TypedArray/DataView, or an array of them (joined).
function pemText(value, name) {
  if (value === undefined || value === null) return null;
  const one = (v, label) => {
    if (typeof v === 'string') return v;
    if (ArrayBuffer.isView(v)) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('latin1');
    if (v !== null && typeof v === 'object' && v.pem !== undefined) return one(v.pem, label);
    throw new ERR_INVALID_ARG_TYPE(label, PEM_TYPES, v);
  };
  if (Array.isArray(value)) return value.map((v) => one(v, name)).join('\n');
  return one(value, name);
}

// node's errors for PEM text that holds nothing usable: OpenSSL's decoder error for a key, its PEM error for a
// certificate; otherwise the JDK's reason.
function pemError(reason) {
  let err;
  if (/no private key/.test(reason)) {
    err = new Error('error:1E08010C:DECODER routines::unsupported');
    err.code = 'ERR_OSSL_UNSUPPORTED';
  } else if (/no certificate/.test(reason)) {
    err = new Error('error:0480006C:PEM routines::no start line');
    err.code = 'ERR_OSSL_PEM_NO_START_LINE';
  } else {
    err = new Error(reason);
    err.code = 'ERR_OSSL_UNSUPPORTED';
  }
  return err;
}

class SecureContext {
  constructor(hostContext) {
    this[kHostContext] = hostContext;
    this.context = hostContext;
  }
}

function createSecureContext(options = {}) {
  const key = pemText(options.key, 'options.key');
  const cert = pemText(options.cert, 'options.cert');
  const ca = pemText(options.ca, 'options.ca');
  const binding = tlsBinding();
  const made = binding.context(key, cert, ca);
  if (made === null) throw pemError(binding.error());
  return new SecureContext(made);
}

module.exports = { SecureContext, createSecureContext, kHostContext, tlsBinding };
