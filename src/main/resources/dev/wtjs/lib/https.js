'use strict';
// https: http over tls. The server is a tls.Server answering HTTP on each secure connection; requests go through
// an https Agent whose connections are tls.connect sockets.

const tls = require('tls');
const http = require('http');
const { setupServer, Server: HttpServer } = require('internal/http/server');
const { ClientRequest } = require('internal/http/client');
const { URL } = require('internal/url');
const { defaultServername } = require('internal/tls/socket');

// The options that decide a connection's TLS side: an agent keeps connections apart by them.
const NAMED_OPTIONS = ['ca', 'cert', 'ciphers', 'key', 'pfx', 'rejectUnauthorized', 'servername', 'minVersion',
                       'maxVersion'];

class Agent extends http.Agent {
  constructor(options = {}) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    this.maxCachedSessions = options.maxCachedSessions ?? 100;
  }

  createConnection(options, cb) {
    return tls.connect({ ...options, servername: defaultServername(options) }, cb);
  }

  getName(options = {}) {
    let name = super.getName(options);
    for (const key of NAMED_OPTIONS) {
      name += ':';
      if (options[key] !== undefined) name += options[key];
    }
    return name;
  }
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

class Server extends tls.Server {
  constructor(options, requestListener) {
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    }
    options ??= {};
    super({ ALPNProtocols: ['http/1.1'], ...options, allowHalfOpen: true });
    setupServer(this, options, requestListener, 'secureConnection');
  }
}
for (const name of ['close', 'closeAllConnections', 'closeIdleConnections', 'setTimeout']) {
  Object.defineProperty(Server.prototype, name, {
    value: HttpServer.prototype[name], writable: true, configurable: true, enumerable: false,
  });
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

// request(url[, options][, cb]) or request(options[, cb]), with this module's agent as the default.
function request(input, options, cb) {
  if (typeof input === 'string' || input instanceof URL) {
    if (typeof options === 'function') {
      cb = options;
      options = {};
    }
    return new ClientRequest(input, { ...options, _defaultAgent: module.exports.globalAgent }, cb);
  }
  return new ClientRequest({ ...input, _defaultAgent: module.exports.globalAgent }, options, cb);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = { Agent, Server, createServer, get, globalAgent, request };
