'use strict';
// http.ClientRequest and http.request/get. A request gets its connection from its Agent (or a fresh one with
// agent: false), writes its head with the first write or end, and reads the response with its own parser; the
// response is an IncomingMessage handed to 'response'. When the response has been read, the connection goes
// back to the agent (kept alive if both sides allow it).

const { OutgoingMessage } = require('internal/http/outgoing');
const { IncomingMessage } = require('internal/http/incoming');
const { HttpParser } = require('internal/http/parser');
const { isToken } = require('internal/http/common');
const { Agent, globalAgent } = require('internal/http/agent');
const { URL, urlToHttpOptions } = require('internal/url');
const {
  codes: { ERR_INVALID_PROTOCOL, ERR_INVALID_HTTP_TOKEN, ERR_UNESCAPED_CHARACTERS, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateInteger } = require('internal/validators');

// The options a request hands its agent for the connection's TLS side (https).
const TLS_OPTIONS = ['ca', 'cert', 'ciphers', 'key', 'pfx', 'passphrase', 'rejectUnauthorized', 'servername',
                     'minVersion', 'maxVersion', 'secureContext', 'checkServerIdentity', 'ALPNProtocols'];

function hangUp() {
  const err = new Error('socket hang up');
  err.code = 'ECONNRESET';
  return err;
}

class ClientRequest extends OutgoingMessage {
  #agent;
  #options;
  #parser = null;
  #res = null;
  #done = false;
  #reported = false;

  constructor(input, options, cb) {
    super();
    if (typeof input === 'string') input = urlToHttpOptions(new URL(input));
    else if (input instanceof URL) input = urlToHttpOptions(input);
    else {
      cb = options;
      options = input;
      input = null;
    }
    if (typeof options === 'function') {
      cb = options;
      options = {};
    }
    options = { ...input, ...options };
    let agent = options.agent;
    const defaultAgent = options._defaultAgent ?? globalAgent;
    if (agent === false) agent = new defaultAgent.constructor();
    else if (agent === undefined || agent === null) agent = defaultAgent;
    else if (!(agent instanceof Agent) && typeof agent.addRequest !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
    }
    this.#agent = agent;
    this.agent = agent;
    const expectedProtocol = defaultAgent.protocol ?? 'http:';
    const protocol = options.protocol ?? expectedProtocol;
    if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);
    const defaultPort = options.defaultPort ?? agent.defaultPort ?? 80;
    const port = options.port !== undefined && options.port !== null && options.port !== '' ? Number(options.port) :
      defaultPort;
    const host = options.hostname ?? (typeof options.host === 'string' ? options.host.replace(/:\d+$/, '') : null) ?? 'localhost';
    const path = options.path ?? '/';
    if (/[\u0000-\u0020]/.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
    const method = options.method === undefined || options.method === null ? 'GET' : options.method;
    if (typeof method !== 'string') throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
    if (!isToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
    if (options.timeout !== undefined) validateInteger(options.timeout, 'options.timeout', 0);
    this.method = method.toUpperCase();
    this.path = path;
    this.host = host;
    this.protocol = protocol;
    this.maxHeadersCount = null;
    this.reusedSocket = false;
    this.aborted = false;
    this.timeout = options.timeout;
    this.useChunkedEncodingByDefault = !['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT'].includes(this.method);
    this._contentLengthForEmpty = this.useChunkedEncodingByDefault;
    this.shouldKeepAlive = agent.keepAlive;
    const headers = options.headers;
    if (Array.isArray(headers)) {
      for (let i = 0; i < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
    } else if (headers) {
      for (const name of Object.keys(headers)) this.setHeader(name, headers[name]);
    }
    if (options.auth && !this.hasHeader('authorization')) {
      this.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
    }
    this.#options = { host, port, family: options.family, localAddress: options.localAddress,
                      setHost: options.setHost !== false, defaultPort };
    if (cb) this.once('response', cb);
    if (options.signal) {
      const signal = options.signal;
      const onAbort = () => this.destroy(Object.assign(new Error('The operation was aborted'),
                                                       { name: 'AbortError', code: 'ABORT_ERR' }));
      if (signal.aborted) process.nextTick(onAbort);
      else signal.addEventListener('abort', onAbort, { once: true });
    }
    this._holdOutput = true;
    const connection = { host, port, family: options.family, localAddress: options.localAddress };
    for (const key of TLS_OPTIONS) if (options[key] !== undefined) connection[key] = options[key];
    agent.addRequest(this, connection);
  }

  _firstLine() {
    return `${this.method} ${this.path} HTTP/1.1`;
  }

  _automaticHeaders(lines, has) {
    const { host, port, defaultPort, setHost } = this.#options;
    if (setHost && !has('host')) {
      const name = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
      lines.push(`Host: ${port === defaultPort ? name : `${name}:${port}`}`);
    }
    if (!has('connection')) lines.push(this.shouldKeepAlive ? 'Connection: keep-alive' : 'Connection: close');
    else if (/(^|,)\s*close\s*(,|$)/i.test(String(this.getHeader('connection')))) this.shouldKeepAlive = false;
  }

  // The agent gives the request its socket.
  onSocket(socket) {
    process.nextTick(() => this.#attach(socket));
  }

  #attach(socket) {
    if (this.destroyed) {
      this.#agent._release(socket, false);
      return;
    }
    this.socket = socket;
    this.reusedSocket = Boolean(this._reusedSocket);
    this.#parser = new HttpParser('response', {
      head: (info) => this.#onHead(info),
      body: (chunk) => this.#res?._addBody(chunk),
      end: (trailers) => this.#onComplete(trailers),
      error: (err) => this.#fail(err),
    });
    if (this.method === 'HEAD') this.#parser.expectNoBody = true;
    this._onData = (chunk) => this.#parser.execute(chunk);
    this._onEnd = () => {
      if (!this.#parser.finish() && !this.#done) this.#fail(hangUp());
    };
    this._onError = (err) => this.#fail(err);
    this._onClose = () => {
      if (!this.#done) this.#fail(hangUp());
    };
    socket.on('data', this._onData);
    socket.on('end', this._onEnd);
    socket.on('error', this._onError);
    socket.on('close', this._onClose);
    if (this.timeout) {
      socket.setTimeout(this.timeout);
      this._onTimeout = () => this.emit('timeout');
      socket.on('timeout', this._onTimeout);
    }
    this.emit('socket', socket);
    this._holdOutput = false;
    this._flushOutput();
  }

  #detach() {
    const socket = this.socket;
    socket.removeListener('data', this._onData);
    socket.removeListener('end', this._onEnd);
    socket.removeListener('error', this._onError);
    socket.removeListener('close', this._onClose);
    if (this._onTimeout) {
      socket.removeListener('timeout', this._onTimeout);
      socket.setTimeout(0);
    }
  }

  #onHead(info) {
    if (info.statusCode >= 100 && info.statusCode < 200 && info.statusCode !== 101) {
      if (info.statusCode === 100) this.emit('continue');
      else this.emit('information', { statusCode: info.statusCode, statusMessage: info.statusMessage,
                                      httpVersion: `${info.versionMajor}.${info.versionMinor}`,
                                      headers: require('internal/http/common').foldHeaders(info.rawHeaders),
                                      rawHeaders: info.rawHeaders });
      return;
    }
    const res = new IncomingMessage(this.socket);
    res._setHead(info);
    res.req = this;
    this.res = res;
    this.#res = res;
    this._responseKeepAlive = info.shouldKeepAlive;
    if (!this.emit('response', res)) res.resume();
  }

  #onComplete(trailers) {
    const res = this.#res;
    this.#done = true;
    this.#detach();
    const socket = this.socket;
    const reuse = this.shouldKeepAlive && this._responseKeepAlive && this.writableFinished;
    res?._finish(trailers);
    const release = () => this.#agent._release(socket, reuse);
    if (this.writableFinished) release();
    else this.once('finish', release);
    const closeAfter = () => process.nextTick(() => this.emit('close'));
    if (res && !res.readableEnded) res.once('end', closeAfter); else closeAfter();
  }

  #fail(err) {
    if (this.#done) return;
    this.#done = true;
    if (this.socket) {
      this.#detach();
      this.socket.destroy();
    }
    if (this.#res && !this.#res.complete) {
      this.#res.aborted = true;
      this.#res.destroy(err.code === 'ECONNRESET' && err.message === 'socket hang up' ? Object.assign(new Error('aborted'), { code: 'ECONNRESET' }) : err);
    } else if (!this.#reported) {
      this.#reported = true;
      this.emit('error', err);
    }
    process.nextTick(() => this.emit('close'));
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (!this.socket) {
      this.#done = true;
      if (err) process.nextTick(() => this.emit('error', err));
      process.nextTick(() => this.emit('close'));
      return this;
    }
    this.#fail(err ?? hangUp());
    return this;
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(() => this.emit('abort'));
    this.destroy();
  }

  setTimeout(ms, cb) {
    if (cb) this.once('timeout', cb);
    this.timeout = ms;
    if (this.socket) {
      this.socket.setTimeout(ms);
      if (!this._onTimeout) {
        this._onTimeout = () => this.emit('timeout');
        this.socket.on('timeout', this._onTimeout);
      }
    }
    return this;
  }

  setNoDelay() {}

  setSocketKeepAlive() {}
}

function request(input, options, cb) {
  return new ClientRequest(input, options, cb);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = { ClientRequest, request, get };
