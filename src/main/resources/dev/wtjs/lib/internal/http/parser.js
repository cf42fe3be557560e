'use strict';
// An incremental HTTP/1.x message parser: fed the bytes of a connection as they arrive, it reports each
// message's head, its body pieces and its end. One parser reads either requests (a server's) or responses (a
// client's). Bodies are framed by Transfer-Encoding: chunked, Content-Length, or (responses only) the
// connection's end.

const { Buffer } = require('buffer');

const MAX_HEAD = 16 * 1024; // node's default --max-http-header-size

class ParseError extends Error {
  constructor(code, reason) {
    super(`Parse Error: ${reason}`);
    this.code = code;
    this.reason = reason;
  }
}

class HttpParser {
  #kind;
  #on;
  #pending = Buffer.alloc(0);
  #state = 'head';
  #remaining = 0; // body bytes left (Content-Length or the current chunk)
  #keepAlive = false;
  #trailers = [];
  // A response to HEAD (or 1xx/204/304) has no body whatever its headers say; the client says so per request.
  expectNoBody = false;

  // kind: 'request' | 'response'; on: { head(info), body(buffer), end(trailers), error(err) }
  constructor(kind, on) {
    this.#kind = kind;
    this.#on = on;
  }

  get idle() {
    return this.#state === 'head' && this.#pending.length === 0;
  }

  execute(chunk) {
    if (this.#state === 'failed') return;
    this.#pending = this.#pending.length ? Buffer.concat([this.#pending, chunk]) : chunk;
    try {
      while (this.#step()) {
        // each step consumes what it can
      }
    } catch (err) {
      if (!(err instanceof ParseError)) throw err;
      this.#state = 'failed';
      err.bytesParsed = 0;
      this.#on.error(err);
    }
  }

  // The connection ended: a response read to the end is complete; anything else cut short is an error.
  finish() {
    if (this.#state === 'eof-body') {
      this.#state = 'done';
      this.#on.end([]);
      return true;
    }
    return this.#state === 'head' && this.#pending.length === 0;
  }

  #take(n) {
    const piece = this.#pending.subarray(0, n);
    this.#pending = this.#pending.subarray(n);
    return piece;
  }

  #step() {
    switch (this.#state) {
      case 'head': return this.#readHead();
      case 'length-body': return this.#readLengthBody();
      case 'chunk-size': return this.#readChunkSize();
      case 'chunk-data': return this.#readChunkData();
      case 'chunk-end': return this.#readChunkEnd();
      case 'trailers': return this.#readTrailers();
      case 'eof-body':
        if (this.#pending.length) this.#on.body(this.#take(this.#pending.length));
        return false;
      default: return false;
    }
  }

  #line() {
    const at = this.#pending.indexOf(10);
    if (at === -1) {
      if (this.#pending.length > MAX_HEAD) throw new ParseError('HPE_HEADER_OVERFLOW', 'Header overflow');
      return null;
    }
    const line = this.#take(at + 1).toString('latin1', 0, at + 1);
    return line.endsWith('\r\n') ? line.slice(0, -2) : line.slice(0, -1);
  }

  #readHead() {
    // blank lines before a message are skipped
    while (this.#pending.length && (this.#pending[0] === 13 || this.#pending[0] === 10)) this.#take(1);
    if (!this.#pending.length) return false;
    let end = this.#pending.indexOf('\r\n\r\n');
    let sep = 4;
    if (end === -1) {
      end = this.#pending.indexOf('\n\n');
      sep = 2;
    }
    if (end === -1) {
      if (this.#pending.length > MAX_HEAD) throw new ParseError('HPE_HEADER_OVERFLOW', 'Header overflow');
      return false;
    }
    if (end > MAX_HEAD) throw new ParseError('HPE_HEADER_OVERFLOW', 'Header overflow');
    const lines = this.#take(end + sep).toString('latin1', 0, end).split(/\r?\n/);
    const info = this.#kind === 'request' ? parseRequestLine(lines[0]) : parseStatusLine(lines[0]);
    info.rawHeaders = parseHeaderLines(lines, 1);
    this.#startBody(info);
    return true;
  }

  #startBody(info) {
    const raw = info.rawHeaders;
    let chunked = false;
    let length = -1;
    let connection = '';
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i].toLowerCase();
      const value = raw[i + 1];
      if (name === 'transfer-encoding') chunked = /(^|,)\s*chunked\s*$/i.test(value);
      else if (name === 'content-length') {
        if (!/^\d+$/.test(value) || (length !== -1 && length !== Number(value))) {
          throw new ParseError('HPE_UNEXPECTED_CONTENT_LENGTH', 'Invalid Content-Length');
        }
        length = Number(value);
      } else if (name === 'connection') connection += `,${value.toLowerCase()}`;
    }
    const v11 = info.versionMajor === 1 && info.versionMinor >= 1;
    this.#keepAlive = v11 ? !/(^|,)\s*close\s*(,|$)/.test(connection) : /(^|,)\s*keep-alive\s*(,|$)/.test(connection);
    const status = info.statusCode;
    const noBody = this.#kind === 'response' &&
      (this.expectNoBody || (status >= 100 && status < 200) || status === 204 || status === 304);
    let mode;
    if (noBody) mode = 'none';
    else if (chunked) mode = 'chunked';
    else if (length !== -1) mode = length === 0 ? 'none' : 'length';
    else mode = this.#kind === 'response' ? 'eof' : 'none';
    if (mode === 'eof') this.#keepAlive = false;
    info.shouldKeepAlive = this.#keepAlive;
    info.upgrade = false;
    const informational = this.#kind === 'response' && status >= 100 && status < 200 && status !== 101;
    this.#on.head(info);
    if (informational) {
      this.#state = 'head';
      return;
    }
    switch (mode) {
      case 'none': this.#complete([]); break;
      case 'chunked': this.#state = 'chunk-size'; break;
      case 'length': this.#remaining = length; this.#state = 'length-body'; break;
      default: this.#state = 'eof-body';
    }
  }

  #complete(trailers) {
    this.#state = 'head';
    this.expectNoBody = false;
    this.#on.end(trailers);
  }

  #readLengthBody() {
    if (!this.#pending.length) return false;
    const piece = this.#take(Math.min(this.#remaining, this.#pending.length));
    this.#remaining -= piece.length;
    this.#on.body(piece);
    if (this.#remaining === 0) this.#complete([]);
    return true;
  }

  #readChunkSize() {
    const line = this.#line();
    if (line === null) return false;
    const size = line.split(';')[0].trim();
    if (!/^[0-9a-fA-F]+$/.test(size)) throw new ParseError('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size');
    this.#remaining = Number.parseInt(size, 16);
    this.#state = this.#remaining === 0 ? 'trailers' : 'chunk-data';
    this.#trailers = [];
    return true;
  }

  #readChunkData() {
    if (!this.#pending.length) return false;
    const piece = this.#take(Math.min(this.#remaining, this.#pending.length));
    this.#remaining -= piece.length;
    this.#on.body(piece);
    if (this.#remaining === 0) this.#state = 'chunk-end';
    return true;
  }

  #readChunkEnd() {
    const line = this.#line();
    if (line === null) return false;
    if (line !== '') throw new ParseError('HPE_STRICT', 'Expected CRLF after chunk');
    this.#state = 'chunk-size';
    return true;
  }

  #readTrailers() {
    const line = this.#line();
    if (line === null) return false;
    if (line === '') {
      this.#complete(this.#trailers);
      return true;
    }
    this.#trailers.push(...parseHeaderLines([line], 0));
    return true;
  }
}

function parseRequestLine(line) {
  const m = /^([^ ]+) ([^ ]+) HTTP\/(\d)\.(\d)$/.exec(line);
  if (!m) throw new ParseError('HPE_INVALID_METHOD', 'Invalid method encountered');
  if (!/^[A-Z-]+$/.test(m[1])) throw new ParseError('HPE_INVALID_METHOD', 'Invalid method encountered');
  return { method: m[1], url: m[2], versionMajor: Number(m[3]), versionMinor: Number(m[4]) };
}

function parseStatusLine(line) {
  const m = /^HTTP\/(\d)\.(\d) (\d{3})(?: (.*))?$/.exec(line);
  if (!m) throw new ParseError('HPE_INVALID_CONSTANT', 'Expected HTTP/');
  return { versionMajor: Number(m[1]), versionMinor: Number(m[2]), statusCode: Number(m[3]), statusMessage: m[4] ?? '' };
}

function parseHeaderLines(lines, from) {
  const raw = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    const colon = line.indexOf(':');
    if (colon <= 0 || !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(line.slice(0, colon))) {
      throw new ParseError('HPE_INVALID_HEADER_TOKEN', 'Invalid header token');
    }
    raw.push(line.slice(0, colon), line.slice(colon + 1).trim());
  }
  return raw;
}

module.exports = { HttpParser, ParseError };
