'use strict';
// http.Server and http.ServerResponse. Each connection has a parser; each request it reads becomes an
// IncomingMessage and a ServerResponse and a 'request' event. Responses to pipelined requests wait their turn.
// After a response the connection stays open (keep-alive, closed after keepAliveTimeout idle) unless either side
// asked for it to close.

const net = require('net');
const { HttpParser } = require('internal/http/parser');
const { IncomingMessage } = require('internal/http/incoming');
const { OutgoingMessage, checkName, checkValue } = require('internal/http/outgoing');
const { STATUS_CODES } = require('internal/http/common');
const {
  codes: { ERR_HTTP_INVALID_STATUS_CODE, ERR_HTTP_HEADERS_SENT, ERR_INVALID_CHAR, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

class ServerResponse extends OutgoingMessage {
  statusCode = 200;
  statusMessage = undefined;
  sendDate = true;
  #keepAliveTimeout;

  constructor(req, keepAliveTimeout = 5000) {
    super();
    this.req = req;
    this.#keepAliveTimeout = keepAliveTimeout;
    this.useChunkedEncodingByDefault = req.method !== 'HEAD';
    this._contentLengthForEmpty = false;
    if (req.method === 'HEAD') this._headOnly = true;
    this.shouldKeepAlive = req._keepAlive;
  }

  writeHead(statusCode, reason, headers) {
    if (this.headersSent) throw new ERR_HTTP_HEADERS_SENT('write');
    if (typeof reason !== 'string') {
      headers = reason;
      reason = undefined;
    }
    const code = statusCode | 0;
    if (code < 100 || code > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(statusCode);
    this.statusCode = code;
    if (reason !== undefined) {
      if (/[\r\n]/.test(reason)) throw new ERR_INVALID_CHAR('statusMessage');
      this.statusMessage = reason;
    }
    if (Array.isArray(headers)) {
      if (headers.length % 2 !== 0 && !Array.isArray(headers[0])) {
        throw new ERR_INVALID_ARG_TYPE('headers', 'Array of pairs', headers);
      }
      if (Array.isArray(headers[0])) for (const [n, v] of headers) this.appendHeader(n, v);
      else for (let i = 0; i < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
    } else if (headers) {
      for (const name of Object.keys(headers)) {
        const value = headers[name];
        if (value === undefined) continue;
        checkName(name);
        checkValue(name, value);
        this.setHeader(name, value);
      }
    }
    this.flushHeadersLater = true;
    return this;
  }

  get _hasBody() {
    const c = this.statusCode;
    return !this._headOnly && c !== 204 && c !== 304 && !(c >= 100 && c < 200);
  }

  _firstLine() {
    if (this.statusCode < 100 || this.statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(this.statusCode);
    this.statusMessage ??= STATUS_CODES[this.statusCode] ?? 'unknown';
    return `HTTP/1.1 ${this.statusCode} ${this.statusMessage}`;
  }

  _automaticHeaders(lines, has) {
    if (this.sendDate && !has('date')) lines.push(`Date: ${new Date().toUTCString()}`);
    if (has('connection')) {
      if (/(^|,)\s*close\s*(,|$)/i.test(String(this.getHeader('connection')))) this.shouldKeepAlive = false;
    } else if (this.shouldKeepAlive) {
      lines.push('Connection: keep-alive');
      if (this.#keepAliveTimeout > 0 && !has('keep-alive')) {
        lines.push(`Keep-Alive: timeout=${Math.floor(this.#keepAliveTimeout / 1000)}`);
      }
    } else {
      lines.push('Connection: close');
    }
    if (this._hasBody && !has('content-length') && !has('transfer-encoding') && this.shouldKeepAlive === false &&
        this.req.httpVersionMinor === 0) {
      this.useChunkedEncodingByDefault = false; // HTTP/1.0: the body ends with the connection
    }
  }

  assignSocket(socket) {
    this.socket = socket;
    this._flushOutput();
  }

  detachSocket() {
    this.socket = null;
  }

  writeContinue(cb) {
    this.socket?.write('HTTP/1.1 100 Continue\r\n\r\n', 'latin1', cb);
  }

  writeProcessing(cb) {
    this.socket?.write('HTTP/1.1 102 Processing\r\n\r\n', 'latin1', cb);
  }

  setTimeout(ms, cb) {
    if (cb) this.on('timeout', cb);
    this.socket?.setTimeout(ms, () => this.emit('timeout'));
    return this;
  }
}

// One accepted connection: reads requests, answers them in order.
class Connection {
  #server;
  #socket;
  #parser;
  #current = null; // the request whose body is being read
  #responses = []; // responses not finished yet, oldest first
  #closeAfter = false;

  constructor(server, socket) {
    this.#server = server;
    this.#socket = socket;
    this.#parser = new HttpParser('request', {
      head: (info) => this.#onHead(info),
      body: (chunk) => this.#current?._addBody(chunk),
      end: (trailers) => {
        const req = this.#current;
        this.#current = null;
        req?._finish(trailers);
      },
      error: (err) => this.#onParseError(err),
    });
    socket.on('data', (chunk) => this.#parser.execute(chunk));
    socket.on('end', () => {
      if (this.#current) {
        this.#current.aborted = true;
        this.#current.destroy();
      }
      if (this.#responses.length === 0) socket.end();
      else this.#closeAfter = true;
    });
    socket.on('error', (err) => this.#server.emit('clientError', err, socket));
    socket.on('close', () => {
      this.#server._connections.delete(this);
      this.#current?.destroy();
      for (const res of this.#responses) {
        if (!res.writableFinished) res.emit('close');
      }
    });
    socket.on('timeout', () => {
      if (this.idle) socket.destroy();
      else if (!this.#server.emit('timeout', socket)) socket.destroy();
    });
  }

  get idle() {
    return this.#responses.length === 0 && this.#current === null;
  }

  destroy() {
    this.#socket.destroy();
  }

  #onHead(info) {
    const server = this.#server;
    const req = new IncomingMessage(this.#socket);
    req._setHead(info);
    req._keepAlive = info.shouldKeepAlive && server.listening;
    this.#current = req;
    const res = new ServerResponse(req, server.keepAliveTimeout);
    res.on('finish', () => this.#onResponseDone(res));
    this.#responses.push(res);
    if (this.#responses.length === 1) res.assignSocket(this.#socket);
    this.#socket.setTimeout(0);
    const expect = req.headers.expect;
    if (expect !== undefined && /100-continue/i.test(expect)) {
      if (server.listenerCount('checkContinue') > 0) server.emit('checkContinue', req, res);
      else {
        res.writeContinue();
        server.emit('request', req, res);
      }
      return;
    }
    server.emit('request', req, res);
  }

  #onResponseDone(res) {
    this.#responses.shift();
    const req = res.req;
    if (!req.readableEnded && !req.destroyed) req.resume(); // the unread rest of the body is dropped
    process.nextTick(() => res.emit('close'));
    res.detachSocket();
    if (!res.shouldKeepAlive || this.#closeAfter || !this.#server.listening) {
      this.#socket.end();
      return;
    }
    const next = this.#responses[0];
    if (next) next.assignSocket(this.#socket);
    else if (this.#server.keepAliveTimeout > 0) this.#socket.setTimeout(this.#server.keepAliveTimeout);
  }

  #onParseError(err) {
    const socket = this.#socket;
    if (this.#server.listenerCount('clientError') > 0) {
      this.#server.emit('clientError', err, socket);
      return;
    }
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`, 'latin1');
    else socket.destroy();
  }
}

class Server extends net.Server {
  constructor(options, requestListener) {
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    }
    options ??= {};
    super({ allowHalfOpen: true, noDelay: true });
    setupServer(this, options, requestListener, 'connection');
  }

  close(cb) {
    super.close(cb);
    this.closeIdleConnections();
    return this;
  }

  closeAllConnections() {
    for (const c of [...this._connections]) c.destroy();
  }

  closeIdleConnections() {
    for (const c of [...this._connections]) if (c.idle) c.destroy();
  }

  setTimeout(ms, cb) {
    this.timeout = ms;
    if (cb) this.on('timeout', cb);
    return this;
  }
}

// Makes `server` answer HTTP on each socket its `event` gives (https: 'secureConnection').
function setupServer(server, options, requestListener, event) {
  server.keepAliveTimeout = options.keepAliveTimeout ?? 5000;
  server.headersTimeout = options.headersTimeout ?? 60000;
  server.requestTimeout = options.requestTimeout ?? 300000;
  server.maxHeadersCount = null;
  server.maxRequestsPerSocket = 0;
  server.timeout = 0;
  server._connections = new Set();
  if (requestListener) server.on('request', requestListener);
  server.on(event, (socket) => server._connections.add(new Connection(server, socket)));
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

module.exports = { Server, ServerResponse, createServer, setupServer };
