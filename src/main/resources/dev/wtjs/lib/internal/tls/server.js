'use strict';
// tls.Server: a net.Server whose accepted sockets are wrapped in server-side TLSSockets sharing one secure
// context; 'secureConnection' once a handshake is done, 'tlsClientError' when one fails.

const net = require('net');
const { TLSSocket } = require('internal/tls/socket');
const { createSecureContext } = require('internal/tls/secure_context');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

class Server extends net.Server {
  constructor(options, secureConnectionListener) {
    if (typeof options === 'function') {
      secureConnectionListener = options;
      options = {};
    }
    options ??= {};
    if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    super(options);
    this._contexts = [];
    this.requestCert = options.requestCert === true;
    this.rejectUnauthorized = options.rejectUnauthorized !== false;
    this.ALPNProtocols = options.ALPNProtocols;
    this._sharedCreds = createSecureContext(options);
    if (secureConnectionListener !== undefined) this.on('secureConnection', secureConnectionListener);
    this.on('connection', (raw) => this.#secure(raw));
  }

  #secure(raw) {
    const socket = new TLSSocket(raw, {
      isServer: true, secureContext: this._sharedCreds, requestCert: this.requestCert,
      rejectUnauthorized: this.rejectUnauthorized, ALPNProtocols: this.ALPNProtocols,
    });
    socket.server = this;
    socket._server = this;
    const onError = (err) => this.emit('tlsClientError', err, socket);
    socket.on('error', onError);
    socket.once('secure', () => {
      socket.removeListener('error', onError);
      if (this.requestCert && this.rejectUnauthorized && !socket.authorized) {
        socket.destroy();
        return;
      }
      this.emit('secureConnection', socket);
    });
  }

  setSecureContext(options) {
    this._sharedCreds = createSecureContext(options);
  }
}

module.exports = { Server };
