'use strict';
// tls.TLSSocket: a net.Socket whose bytes go through the host's SSLEngine (internal/tls/secure_context). It wraps
// a plain socket: what that socket reads is fed to the engine, what the engine has to send is written to it, and
// the plain bytes the engine gives are this socket's data. Writes wait for the handshake. After a client's
// handshake the peer's certificate is checked as node does (verify error, then checkServerIdentity) and the
// connection refused when rejectUnauthorized (the default) and it is not trusted.

const { Buffer } = require('buffer');
const { Socket } = require('internal/net/socket');
const { createSecureContext, kHostContext } = require('internal/tls/secure_context');
const { checkServerIdentity } = require('internal/tls/identity');
const { isIP } = require('internal/net/ip');

// node's texts for OpenSSL's verify errors; those about an unknown issuer point at --use-system-ca.
const VERIFY_MESSAGES = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in certificate chain',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unable to verify the first certificate',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unable to get local issuer certificate',
  CERT_HAS_EXPIRED: 'certificate has expired',
  CERT_NOT_YET_VALID: 'certificate is not yet valid',
};
const SYSTEM_CA_HINT = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
                                'UNABLE_TO_GET_ISSUER_CERT_LOCALLY']);

function verifyError(code) {
  let message = VERIFY_MESSAGES[code] ?? code;
  if (SYSTEM_CA_HINT.has(code)) message += '; if the root CA is installed locally, try running Node.js with --use-system-ca';
  const err = new Error(message);
  err.code = code;
  return err;
}

// A failed handshake or record as node reports it: OpenSSL's code and reason where the JDK's failure has a clear
// counterpart (a peer that does not speak TLS, an alert the peer sent), else a handshake failure with the JDK's
// words.
function tlsError(jdkMessage, isServer, firstBytes) {
  let reason = 'ssl handshake failure';
  let message = jdkMessage;
  const alert = /^Received fatal alert: (\w+)/.exec(jdkMessage);
  if (/^Unrecognized SSL message/.test(jdkMessage)) {
    reason = isServer && /^[A-Z]+ \S+ HTTP\//.test(firstBytes) ? 'http request' : 'wrong version number';
    message = reason;
  } else if (alert !== null) {
    reason = `tlsv1 alert ${alert[1].replace(/_/g, ' ')}`;
    message = reason;
  }
  const err = new Error(message);
  err.library = 'SSL routines';
  err.reason = reason;
  err.code = `ERR_SSL_${reason.toUpperCase().replace(/ /g, '_')}`;
  return err;
}

function disconnected(host, port) {
  const err = new Error('Client network socket disconnected before secure TLS connection was established');
  err.code = 'ECONNRESET';
  err.host = host;
  err.port = port;
  err.localAddress = undefined;
  return err;
}

// The certificate objects the host describes (JSON), with Buffers for raw and pubkey and, when detailed, each
// linked to its issuer (a self-signed root to itself).
function certificates(json, detailed) {
  const list = JSON.parse(json).map((c) => {
    const cert = { ...c, subject: { __proto__: null, ...c.subject }, issuer: { __proto__: null, ...c.issuer } };
    cert.pubkey = Buffer.from(c.pubkey, 'base64');
    if (c.raw !== undefined) cert.raw = Buffer.from(c.raw, 'base64');
    return cert;
  });
  if (list.length === 0) return {};
  if (detailed) {
    list.forEach((cert, i) => {
      const next = list[i + 1];
      const selfSigned = JSON.stringify(cert.subject) === JSON.stringify(cert.issuer);
      cert.issuerCertificate = next ?? (selfSigned ? cert : undefined);
    });
  }
  return list[0];
}

// A buffer the host gave (or null), copied into this realm's own memory.
function fromHost(hostBuffer) {
  if (hostBuffer === null) return null;
  const foreign = new Uint8Array(new ArrayBuffer(hostBuffer));
  const own = Buffer.allocUnsafe(foreign.length);
  own.set(foreign);
  return own;
}

function alpnList(protocols) {
  if (protocols === undefined || protocols === null) return null;
  const list = Array.isArray(protocols) ? protocols.map(String) : [];
  if (ArrayBuffer.isView(protocols)) {
    const b = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
    for (let i = 0; i < b.length; i += 1 + b[i]) list.push(b.toString('latin1', i + 1, i + 1 + b[i]));
  }
  return list.length === 0 ? null : list.join(',');
}

class TLSSocket extends Socket {
  #raw;
  #engine = null;
  #options;
  #isServer;
  #queued = [];        // writes (and the end) made before the handshake was done
  #endPushed = false;
  #firstBytes = null;  // the start of what the peer sent (to tell an HTTP request from a TLS hello)
  #outbox = [];        // Buffers for the network, written together at the end of the tick
  #outboxCallbacks = [];
  #outboxScheduled = false;
  #endAfterOutbox = false;

  constructor(socket, options = {}) {
    super({ allowHalfOpen: options.allowHalfOpen ?? socket?.allowHalfOpen ?? false });
    this.#options = options;
    this.#isServer = Boolean(options.isServer);
    this.encrypted = true;
    this.authorized = false;
    this.authorizationError = null;
    this.alpnProtocol = false;
    this.servername = null;
    this._secureEstablished = false;
    this.#raw = socket ?? new Socket();
    this._parent = this.#raw;
    this.connecting = Boolean(this.#raw.connecting);
    const context = options.secureContext ?? createSecureContext(options);
    const sni = this.#isServer ? null : options.servername ?? null;
    this.#engine = context[kHostContext].engine(!this.#isServer, sni, options.host ?? null, options.port ?? 0,
                                                alpnList(options.ALPNProtocols), Boolean(options.requestCert));
    if (!this.#isServer) this.servername = sni ?? false;
    this.#listen();
    if (this.#isServer || !this.#raw.pending) this.#start(); // else once the plain socket connects
  }

  #listen() {
    const raw = this.#raw;
    raw.on('connect', () => {
      this.connecting = false;
      this.emit('connect');
      this.#start();
    });
    raw.on('data', (chunk) => {
      this.#firstBytes ??= chunk.toString('latin1', 0, 64);
      this.#engine.feed(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      this.#pump();
    });
    raw.on('end', () => {
      if (!this._secureEstablished) {
        this.destroy(this.#isServer ? Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
          : disconnected(this.#options.host, this.#options.port));
        return;
      }
      this.#pushEnd();
    });
    raw.on('error', (err) => this.destroy(err));
    raw.on('close', () => {
      if (!this.destroyed) this.destroy();
    });
    raw.on('timeout', () => this.emit('timeout'));
  }

  #start() {
    if (!this.#isServer) this.#engine.start();
    this.#pump();
  }

  // Moves what the engine has: the handshake's outcome first (a client refusing the server's certificate sends
  // nothing more, as node), then bytes to the network, then plain bytes.
  #pump() {
    if (this.destroyed) return;
    const engine = this.#engine;
    if (!this._secureEstablished && engine.secure()) {
      this._secureEstablished = true;
      if (!this.#secured()) return;
    }
    this.#flush();
    const failure = engine.error();
    if (failure !== null) {
      this.#drainOutbox(); // the alert goes out first
      this.destroy(tlsError(failure, this.#isServer, this.#firstBytes));
      return;
    }
    const plain = fromHost(engine.takeIncoming());
    if (plain !== null) {
      this.bytesRead += plain.length;
      if (!this.push(plain)) this.#raw.pause();
    }
    if (engine.peerEnded()) this.#pushEnd();
  }

  #pushEnd() {
    if (this.#endPushed) return;
    this.#endPushed = true;
    this.push(null);
    this.read(0);
  }

  // The handshake is done: check the peer (client), flush what waited, announce it. False when refused.
  #secured() {
    const engine = this.#engine;
    const alpn = engine.alpn();
    this.alpnProtocol = alpn === '' ? false : alpn;
    if (this.#isServer) {
      this.servername = engine.requestedName() ?? false;
      const code = engine.verifyError();
      this.authorized = Boolean(this.#options.requestCert) && engine.hasPeerCertificate() && code === null;
      if (this.#options.requestCert) {
        this.authorizationError = engine.hasPeerCertificate() ? code : 'UNABLE_TO_GET_ISSUER_CERT';
      }
    } else {
      let failure = null;
      const code = engine.verifyError();
      if (code !== null) {
        failure = verifyError(code);
      } else {
        const check = this.#options.checkServerIdentity ?? checkServerIdentity;
        const host = this.#options.servername || this.#options.host || 'localhost';
        failure = check(host, this.getPeerCertificate(true)) ?? null;
      }
      if (failure !== null) {
        this.authorizationError = failure.code ?? failure.message;
        if (this.#options.rejectUnauthorized !== false) {
          this.destroy(failure);
          return false;
        }
      } else {
        this.authorized = true;
      }
    }
    this.#flush();
    const queued = this.#queued;
    this.#queued = [];
    for (const [data, cb] of queued) {
      if (data === null) this.#end(cb);
      else this.#send(data, cb);
    }
    this.emit(this.#isServer ? 'secure' : 'secureConnect');
    return !this.destroyed;
  }

  // Queues what the engine has for the network, cb to run once it went out. What a tick queues goes out in one
  // write (as OpenSSL's buffer does): a session ticket, a reply and a close_notify reach the peer together.
  #flush(cb) {
    const out = fromHost(this.#engine.takeOutgoing());
    if (out !== null) this.#outbox.push(out);
    if (cb !== undefined) this.#outboxCallbacks.push(cb);
    if (!this.#outboxScheduled) {
      this.#outboxScheduled = true;
      process.nextTick(() => this.#drainOutbox());
    }
  }

  #drainOutbox() {
    this.#outboxScheduled = false;
    const data = this.#outbox.length === 1 ? this.#outbox[0] : Buffer.concat(this.#outbox);
    const callbacks = this.#outboxCallbacks;
    this.#outbox = [];
    this.#outboxCallbacks = [];
    const done = () => { for (const cb of callbacks) cb(); };
    if (data.length > 0 && this.#raw.writable) this.#raw.write(data, done);
    else if (callbacks.length > 0) done();
    if (this.#endAfterOutbox) {
      this.#endAfterOutbox = false;
      this.#raw.end();
    }
  }

  #send(data, cb) {
    this.#engine.write(data.buffer, data.byteOffset, data.byteLength);
    this.#flush(cb);
  }

  #end(cb) {
    this.#engine.end();
    this.#endAfterOutbox = true;
    this.#flush();
    cb();
  }

  _write(chunk, encoding, cb) {
    const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding);
    this._bytesWritten += data.length;
    if (this._secureEstablished) this.#send(data, cb);
    else this.#queued.push([data, cb]);
  }

  _final(cb) {
    if (this._secureEstablished) this.#end(cb);
    else this.#queued.push([null, cb]);
  }

  _read() {
    if (this.#raw.isPaused()) this.#raw.resume();
  }

  _destroy(err, cb) {
    this.#engine?.destroy();
    this.#raw.destroy();
    cb(err);
    const hadError = Boolean(err);
    process.nextTick(() => this.emit('close', hadError));
  }

  get remoteAddress() { return this.#raw.remoteAddress; }
  get remotePort() { return this.#raw.remotePort; }
  get remoteFamily() { return this.#raw.remoteFamily; }
  get localAddress() { return this.#raw.localAddress; }
  get localPort() { return this.#raw.localPort; }
  get localFamily() { return this.#raw.localFamily; }
  get pending() { return this.#raw.pending; }
  get timeout() { return this.#raw.timeout; }

  address() {
    return this.#raw.address();
  }

  setTimeout(ms, cb) {
    this.#raw.setTimeout(ms);
    if (cb !== undefined) {
      if (ms === 0) this.removeListener('timeout', cb); else this.once('timeout', cb);
    }
    return this;
  }

  ref() {
    this.#raw.ref();
    return this;
  }

  unref() {
    this.#raw.unref();
    return this;
  }

  setNoDelay(noDelay) {
    this.#raw.setNoDelay(noDelay);
    return this;
  }

  setKeepAlive(enable, delay) {
    this.#raw.setKeepAlive(enable, delay);
    return this;
  }

  getPeerCertificate(detailed = false) {
    if (!this.#engine?.hasPeerCertificate()) return this._secureEstablished ? {} : null;
    return certificates(this.#engine.peerCertificates(), detailed);
  }

  getCertificate() {
    if (!this._secureEstablished) return null;
    return certificates(this.#engine.ownCertificate(), false);
  }

  getProtocol() {
    return this._secureEstablished ? this.#engine.protocol() : null;
  }

  getCipher() {
    if (!this._secureEstablished) return null;
    const name = this.#engine.cipher();
    const version = this.#engine.protocol();
    return { name, standardName: name, version };
  }

  isSessionReused() {
    return false;
  }

  setServername(name) {
    this.servername = name;
  }
}

// The host an https request names in SNI: the servername asked for, else the host when it is a name (never an
// IP address). (tls.connect itself sends SNI only when given a servername.)
function defaultServername(options) {
  if (options.servername !== undefined) return options.servername;
  const host = options.host ?? 'localhost';
  return isIP(host) ? undefined : host;
}

module.exports = { TLSSocket, defaultServername };
