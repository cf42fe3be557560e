'use strict';
// http.IncomingMessage: a request as the server sees it, or a response as the client sees it. The head is set
// when the parser has read it; the body is this Readable's data, fed by the connection (which pauses while the
// reader does not keep up).

const { Readable } = require('internal/streams/readable');
const { foldHeaders, foldHeadersDistinct } = require('internal/http/common');

class IncomingMessage extends Readable {
  #headers = null;
  #headersDistinct = null;
  #trailers = null;

  constructor(socket) {
    super({ autoDestroy: true });
    this.socket = socket;
    this.httpVersionMajor = 1;
    this.httpVersionMinor = 1;
    this.httpVersion = '1.1';
    this.complete = false;
    this.rawHeaders = [];
    this.rawTrailers = [];
    this.aborted = false;
    this.upgrade = false;
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
    this.joinDuplicateHeaders = false;
  }

  get connection() {
    return this.socket;
  }

  get headers() {
    this.#headers ??= foldHeaders(this.rawHeaders);
    return this.#headers;
  }

  set headers(value) {
    this.#headers = value;
  }

  get headersDistinct() {
    this.#headersDistinct ??= foldHeadersDistinct(this.rawHeaders);
    return this.#headersDistinct;
  }

  get trailers() {
    this.#trailers ??= foldHeaders(this.rawTrailers);
    return this.#trailers;
  }

  set trailers(value) {
    this.#trailers = value;
  }

  get trailersDistinct() {
    return foldHeadersDistinct(this.rawTrailers);
  }

  // from the parser
  _setHead(info) {
    this.httpVersionMajor = info.versionMajor;
    this.httpVersionMinor = info.versionMinor;
    this.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
    this.rawHeaders = info.rawHeaders;
    if (info.method !== undefined) {
      this.method = info.method;
      this.url = info.url;
    } else {
      this.statusCode = info.statusCode;
      this.statusMessage = info.statusMessage;
    }
  }

  _addBody(chunk) {
    if (this.destroyed) return;
    if (!this.push(chunk)) this.socket?.pause();
  }

  _finish(trailers) {
    this.rawTrailers = trailers;
    this.complete = true;
    this.push(null);
  }

  _read() {
    if (this.socket && !this.socket.destroyed && this.socket.isPaused()) this.socket.resume();
  }

  _destroy(err, cb) {
    if (!this.readableEnded || !this.complete) {
      this.aborted = !this.complete;
    }
    cb(err);
  }

  setTimeout(ms, cb) {
    if (cb) this.on('timeout', cb);
    this.socket?.setTimeout(ms, () => this.emit('timeout'));
    return this;
  }
}

module.exports = { IncomingMessage };
