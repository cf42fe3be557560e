'use strict';
// fs.ReadStream and fs.WriteStream. wtjs's fs has no descriptor calls yet, so a ReadStream reads the file whole
// when it opens and hands it out in highWaterMark slices, one per loop turn, and a WriteStream appends each
// chunk to the file. The descriptor they report is a number of their own, not an OS descriptor.

const { Readable, Writable } = require('stream');
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');

let nextFd = 100;

function optionsOf(options) {
  if (options == null) return {};
  if (typeof options === 'string') return { encoding: options };
  if (typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  return options;
}

function checkRange(name, value, min) {
  if (value === undefined) return;
  require('internal/validators').validateInteger(value, name, min);
}


// A stream's file is open: it gets its descriptor number, 'open' and 'ready', then _construct's callback.
function announceOpen(stream, callback) {
  stream.fd = nextFd++;
  stream.emit('open', stream.fd);
  stream.emit('ready');
  callback();
}
class ReadStream extends Readable {
  #bytes = null;
  #at = 0;
  #stop = Infinity;

  constructor(path, options) {
    options = optionsOf(options);
    super({
      highWaterMark: options.highWaterMark ?? 64 * 1024,
      encoding: options.encoding,
      emitClose: options.emitClose ?? true,
      autoDestroy: options.autoClose ?? true,
      signal: options.signal,
    });
    this.path = typeof path === 'string' || path instanceof URL ? `${path instanceof URL ? path.pathname : path}`
      : Buffer.isBuffer(path) ? path.toString() : path;
    if (typeof this.path !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
    }
    this.fd = null;
    this.flags = options.flags ?? 'r';
    this.mode = options.mode ?? 0o666;
    checkRange('start', options.start, 0);
    checkRange('end', options.end, 0);
    if (options.start !== undefined && options.end !== undefined && options.start > options.end) {
      throw new codes.ERR_OUT_OF_RANGE('start', `<= "end" (here: ${options.end})`, options.start);
    }
    this.start = options.start;
    this.end = options.end ?? Infinity;
    this.bytesRead = 0;
    this.#at = options.start ?? 0;
    this.#stop = this.end;
  }

  get pending() { return this.fd === null; }

  _construct(callback) {
    setImmediate(() => {
      try {
        this.#bytes = require('fs').readFileSync(this.path);
      } catch (err) {
        callback(err);
        return;
      }
      announceOpen(this, callback);
    });
  }

  _read(size) {
    setImmediate(() => {
      if (this.destroyed) return;
      const last = Math.min(this.#bytes.length, this.#stop + 1);
      const upto = Math.min(last, this.#at + size);
      if (upto <= this.#at) {
        this.push(null);
        return;
      }
      const chunk = Buffer.from(this.#bytes.subarray(this.#at, upto));
      this.#at = upto;
      this.bytesRead += chunk.length;
      this.push(chunk);
    });
  }

  _destroy(err, callback) {
    this.#bytes = null;
    if (this.fd !== null) this.fd = null;
    callback(err);
  }

  close(callback) {
    if (typeof callback === 'function') require('stream').finished(this, callback);
    this.destroy();
  }
}

class WriteStream extends Writable {
  constructor(path, options) {
    options = optionsOf(options);
    super({
      highWaterMark: options.highWaterMark,
      decodeStrings: true,
      defaultEncoding: options.encoding ?? 'utf8',
      emitClose: options.emitClose ?? true,
      autoDestroy: options.autoClose ?? true,
      signal: options.signal,
    });
    this.path = path instanceof URL ? path.pathname : Buffer.isBuffer(path) ? path.toString() : path;
    if (typeof this.path !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
    }
    this.fd = null;
    this.flags = options.flags ?? 'w';
    this.mode = options.mode ?? 0o666;
    this.start = options.start;
    this.bytesWritten = 0;
  }

  get pending() { return this.fd === null; }

  _construct(callback) {
    setImmediate(() => {
      try {
        const fs = require('fs');
        if (this.flags.startsWith('a')) fs.appendFileSync(this.path, '', { flag: this.flags });
        else fs.writeFileSync(this.path, '', { flag: this.flags });
      } catch (err) {
        callback(err);
        return;
      }
      announceOpen(this, callback);
    });
  }

  _write(chunk, encoding, callback) {
    try {
      require('fs').appendFileSync(this.path, chunk);
    } catch (err) {
      setImmediate(callback, err);
      return;
    }
    this.bytesWritten += chunk.length;
    setImmediate(callback);
  }

  _destroy(err, callback) {
    this.fd = null;
    callback(err);
  }

  close(callback) {
    if (callback) {
      if (this.closed) {
        process.nextTick(callback);
        return;
      }
      this.on('close', callback);
    }
    if (!this.writableEnded) this.end();
    else if (this.writableFinished || this.destroyed) this.destroy();
  }

  destroySoon() {
    this.end();
  }
}

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
