'use strict';
// http.OutgoingMessage: what ServerResponse and ClientRequest share. Headers are kept by lower-cased name with
// the name as set; the head goes out with the first write (or end), followed by the body, chunked when no
// Content-Length was given and the whole body is not known at end(). Output made before the message has a
// socket waits in a queue.

const Stream = require('stream');
const { Buffer } = require('buffer');
const { isToken, hasBadValueChar } = require('internal/http/common');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_INVALID_HTTP_TOKEN, ERR_HTTP_INVALID_HEADER_VALUE, ERR_INVALID_CHAR,
    ERR_INVALID_ARG_TYPE, ERR_STREAM_WRITE_AFTER_END, ERR_STREAM_DESTROYED, ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STREAM_ALREADY_FINISHED,
  },
} = require('internal/errors');

const kHeaders = Symbol('kHeaders');

function checkName(name) {
  if (!isToken(name)) throw new ERR_INVALID_HTTP_TOKEN('Header name', name);
}

function checkValue(name, value) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    if (hasBadValueChar(String(v))) throw new ERR_INVALID_CHAR('header content', name);
  }
}

class OutgoingMessage extends Stream {
  [kHeaders] = new Map(); // lower-cased name -> [name as set, value]
  #queue = []; // [data, encoding, callback] before there is a socket
  #ended = false;
  #finished = false;
  #bodyBytes = 0;
  #waitingForDrain = false;
  #queuedBytes = 0;
  #drainAfterFlush = false;
  socket = null;
  headersSent = false;
  chunkedEncoding = false;
  useChunkedEncodingByDefault = true;
  sendDate = false;
  shouldKeepAlive = true;
  destroyed = false;
  strictContentLength = false;
  constructor() {
    super();
    this.writable = true;
  }

  get connection() {
    return this.socket;
  }

  // Whether the message may have a body (a response to HEAD, a 204 or a 304 has none).
  get _hasBody() {
    return true;
  }

  get writableEnded() {
    return this.#ended;
  }

  get finished() {
    return this.#ended;
  }

  get writableFinished() {
    return this.#finished;
  }

  get writableObjectMode() {
    return false;
  }

  get writableLength() {
    return this.socket?.writableLength ?? 0;
  }

  get writableHighWaterMark() {
    return this.socket?.writableHighWaterMark ?? 16384;
  }

  get writableCorked() {
    return 0;
  }

  get writableNeedDrain() {
    return this.socket?.writableNeedDrain ?? false;
  }

  cork() {}

  uncork() {}

  setHeader(name, value) {
    if (this.headersSent) throw new ERR_HTTP_HEADERS_SENT('set');
    checkName(name);
    checkValue(name, value);
    this[kHeaders].set(name.toLowerCase(), [name, value]);
    return this;
  }

  setHeaders(headers) {
    if (this.headersSent) throw new ERR_HTTP_HEADERS_SENT('set');
    if (!headers || typeof headers[Symbol.iterator] !== 'function' && !(headers instanceof Map)) {
      throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
    }
    for (const [name, value] of headers) this.setHeader(name, value);
    return this;
  }

  appendHeader(name, value) {
    if (this.headersSent) throw new ERR_HTTP_HEADERS_SENT('append');
    checkName(name);
    checkValue(name, value);
    const key = name.toLowerCase();
    const old = this[kHeaders].get(key);
    if (old === undefined) this[kHeaders].set(key, [name, value]);
    else this[kHeaders].set(key, [old[0], [].concat(old[1], value)]);
    return this;
  }

  getHeader(name) {
    if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
    return this[kHeaders].get(name.toLowerCase())?.[1];
  }

  getHeaders() {
    const out = { __proto__: null };
    for (const [key, [, value]] of this[kHeaders]) out[key] = value;
    return out;
  }

  getHeaderNames() {
    return [...this[kHeaders].keys()];
  }

  getRawHeaderNames() {
    return [...this[kHeaders].values()].map(([name]) => name);
  }

  hasHeader(name) {
    if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
    return this[kHeaders].has(name.toLowerCase());
  }

  removeHeader(name) {
    if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
    if (this.headersSent) throw new ERR_HTTP_HEADERS_SENT('remove');
    this[kHeaders].delete(name.toLowerCase());
  }

  // The first line of the head (subclasses).
  _firstLine() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('_firstLine()');
  }

  // Headers the message adds itself, after the user's (subclasses add theirs, then framing is decided here).
  _automaticHeaders(lines, has) {}

  #head(wholeBody) {
    const lines = [this._firstLine()];
    for (const [, [name, value]] of this[kHeaders]) {
      if (Array.isArray(value)) for (const v of value) lines.push(`${name}: ${v}`);
      else lines.push(`${name}: ${value}`);
    }
    const has = (key) => this[kHeaders].has(key);
    this._automaticHeaders(lines, has);
    if (this._hasBody && !has('content-length') && !has('transfer-encoding')) {
      if (wholeBody !== undefined && (wholeBody.length > 0 || !this.useChunkedEncodingByDefault)) {
        if (wholeBody.length > 0 || this._contentLengthForEmpty) lines.push(`Content-Length: ${wholeBody.length}`);
      } else if (this.useChunkedEncodingByDefault) {
        lines.push('Transfer-Encoding: chunked');
        this.chunkedEncoding = true;
      }
    } else if (has('transfer-encoding')) {
      this.chunkedEncoding = /(^|,)\s*chunked\s*$/i.test(String(this.getHeader('transfer-encoding')));
    }
    this.headersSent = true;
    return `${lines.join('\r\n')}\r\n\r\n`;
  }

  flushHeaders() {
    if (!this.headersSent) this.#send(this.#head(), 'latin1');
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.#ended) {
      const err = new ERR_STREAM_WRITE_AFTER_END();
      process.nextTick(() => {
        cb?.(err);
        this.emit('error', err);
      });
      return true;
    }
    if (this.destroyed) {
      const err = new ERR_STREAM_DESTROYED('write');
      process.nextTick(() => cb?.(err));
      return false;
    }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
    if (!this.headersSent) this.#send(this.#head(), 'latin1');
    if (!this._hasBody) return true; // a response to HEAD, a 204 or a 304: the body is dropped, as node does
    return this.#writeBody(chunk, encoding, cb);
  }

  #writeBody(chunk, encoding, cb) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding ?? 'utf8') : chunk;
    if (buf.length === 0) {
      if (cb) process.nextTick(cb);
      return true;
    }
    this.#bodyBytes += buf.length;
    if (this.chunkedEncoding) {
      this.#send(`${buf.length.toString(16)}\r\n`, 'latin1');
      this.#send(buf);
      return this.#send('\r\n', 'latin1', cb);
    }
    return this.#send(buf, undefined, cb);
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.#ended) {
      if (cb) {
        if (this.#finished) process.nextTick(() => cb(new ERR_STREAM_ALREADY_FINISHED('end')));
        else this.once('finish', cb);
      }
      return this;
    }
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
    if (cb) this.once('finish', cb);
    let body = chunk ?? undefined;
    if (body !== undefined && typeof body === 'string') body = Buffer.from(body, encoding ?? 'utf8');
    if (!this.headersSent) {
      this.#send(this.#head(body), 'latin1');
    }
    this.#ended = true;
    this.writable = false;
    if (this._hasBody && body !== undefined) this.#writeBody(body);
    const done = () => {
      this.#finished = true;
      this._onFinish?.();
      this.emit('finish');
    };
    if (this._hasBody && this.chunkedEncoding) this.#send(`0\r\n${this._trailerText ?? ''}\r\n`, 'latin1', done);
    else this.#send('', 'latin1', done);
    return this;
  }

  addTrailers(headers) {
    let text = '';
    const entries = Array.isArray(headers) ? headers : Object.entries(headers);
    for (const [name, value] of entries) {
      checkName(name);
      checkValue(name, value);
      text += `${name}: ${value}\r\n`;
    }
    this._trailerText = text;
  }

  // Output goes to the socket, or waits for one. Returns what socket.write returned (backpressure).
  #send(data, encoding, cb) {
    if (this.socket === null || this._holdOutput) {
      this.#queue.push([data, encoding, cb]);
      this.#queuedBytes += data.length;
      if (this.#queuedBytes < this.writableHighWaterMark) return true;
      this.#drainAfterFlush = true;
      return false;
    }
    if (data.length === 0) {
      // nothing to send: the callback runs once what came before is out
      if (cb) this.socket.write('', cb); // an empty write keeps the order
      return true;
    }
    const ok = this.socket.write(data, encoding, cb);
    if (!ok && !this.#waitingForDrain) {
      // the socket's buffer is full: the message says 'drain' when the socket does
      this.#waitingForDrain = true;
      const socket = this.socket;
      socket.once('drain', () => {
        this.#waitingForDrain = false;
        if (this.socket === socket || this.socket === null) this.emit('drain');
      });
    }
    return ok;
  }

  // The message has its socket now (or may use it now): what was queued goes out.
  _flushOutput() {
    const queued = this.#queue;
    this.#queue = [];
    this.#queuedBytes = 0;
    for (const [data, encoding, cb] of queued) this.#send(data, encoding, cb);
    if (this.#drainAfterFlush && !this.#waitingForDrain) process.nextTick(() => this.emit('drain'));
    this.#drainAfterFlush = false;
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.socket) this.socket.destroy(err);
    else if (err) process.nextTick(() => this.emit('error', err));
    return this;
  }
}

module.exports = { OutgoingMessage, kHeaders, checkName, checkValue };
