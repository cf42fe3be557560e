'use strict';
// tls: TLS clients and servers on the JDK's SSLEngine, over net's sockets (internal/tls). README lists what
// differs from node's OpenSSL (cipher names, no session resumption, no SNI contexts, PEM keys only).

const net = require('net');
const { TLSSocket } = require('internal/tls/socket');
const { Server } = require('internal/tls/server');
const { SecureContext, createSecureContext, tlsBinding } = require('internal/tls/secure_context');
const { checkServerIdentity } = require('internal/tls/identity');

let warnedRejectUnauthorized = false;

// The default for rejectUnauthorized: true, unless NODE_TLS_REJECT_UNAUTHORIZED is '0' (with node's warning).
function rejectByDefault() {
  if (process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0') return true;
  if (!warnedRejectUnauthorized) {
    warnedRejectUnauthorized = true;
    process.emitWarning("Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' makes TLS " +
                        'connections and HTTPS requests insecure by disabling certificate verification.');
  }
  return false;
}

// connect(options[, cb]), connect(port[, host][, options][, cb]), connect(path[, options][, cb])
function connect(...args) {
  const cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  let options;
  if (args[0] !== null && typeof args[0] === 'object') {
    options = { ...args[0] };
  } else {
    options = { port: args[0] };
    if (typeof args[1] === 'string') {
      options.host = args[1];
      if (args[2] !== null && typeof args[2] === 'object') options = { ...args[2], ...options };
    } else if (args[1] !== null && typeof args[1] === 'object') {
      options = { ...args[1], ...options };
    }
  }
  options.rejectUnauthorized ??= rejectByDefault();
  options.host ??= 'localhost';
  const raw = options.socket ?? net.connect({
    port: options.port, host: options.host, family: options.family, localAddress: options.localAddress,
    timeout: options.timeout,
  });
  const socket = new TLSSocket(raw, { ...options, isServer: false });
  if (cb !== undefined) socket.once('secureConnect', cb);
  return socket;
}

function createServer(options, secureConnectionListener) {
  return new Server(options, secureConnectionListener);
}

let rootCertificates;
let ciphers;

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  SecureContext,
  Server,
  TLSSocket,
  checkServerIdentity,
  connect,
  createSecureContext,
  createServer,
  getCiphers() {
    ciphers ??= [...new Set(Array.from(tlsBinding().ciphers(), (c) => c.toLowerCase()))];
    return ciphers.slice();
  },
};
Object.defineProperty(module.exports, 'rootCertificates', {
  enumerable: true,
  configurable: false,
  get() {
    rootCertificates ??= Object.freeze(Array.from(tlsBinding().rootCertificates()));
    return rootCertificates;
  },
});
