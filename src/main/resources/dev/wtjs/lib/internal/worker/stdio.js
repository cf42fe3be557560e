'use strict';
// Minimal readable and writable streams for a worker's stdio (worker.stdout/stderr/stdin with the stdout/stderr/
// stdin options, and process.stdin inside a worker started with stdin: true). Not node's stream module: they
// have what stdio users reach for: 'data', 'end', 'finish', 'close', setEncoding, pause/resume, pipe,
// write(chunk, [encoding], [cb]), end([chunk]), and async iteration.

const EventEmitter = require('events');

class StdioReadable extends EventEmitter {
  constructor() {
    super();
    this.readable = true;
    this.readableEnded = false;
    this.readableEncoding = null;
    this._buffer = [];
    this._flowing = null;
    this._ended = false;
    this.on('newListener', (event) => {
      if (event === 'data' && this._flowing !== false) this.resume();
    });
  }

  setEncoding(encoding) {
    this.readableEncoding = encoding;
    return this;
  }

  _chunk(text) {
    if (this.readableEncoding !== null) return text;
    return Buffer.from(text, 'utf8');
  }

  // Called by the worker plumbing: a chunk (string) arrived, or null for the end.
  push(text) {
    if (this._ended) return false;
    if (text === null) {
      this._ended = true;
    } else {
      this._buffer.push(text);
    }
    if (this._flowing) this._flow();
    return true;
  }

  _flow() {
    if (this._scheduled) return;
    this._scheduled = true;
    process.nextTick(() => {
      this._scheduled = false;
      while (this._flowing && this._buffer.length > 0) this.emit('data', this._chunk(this._buffer.shift()));
      if (this._flowing && this._ended && this._buffer.length === 0 && !this.readableEnded) {
        this.readableEnded = true;
        this.readable = false;
        this.onFlowing?.(false);
        this.emit('end');
        this.emit('close');
      }
    });
  }

  resume() {
    this._flowing = true;
    this.onFlowing?.(true);
    this._flow();
    return this;
  }

  pause() {
    this._flowing = false;
    this.onFlowing?.(false);
    return this;
  }

  isPaused() {
    return this._flowing === false;
  }

  read() {
    if (this._buffer.length === 0) return null;
    const text = this._buffer.join('');
    this._buffer = [];
    return this._chunk(text);
  }

  pipe(dest, options) {
    this.on('data', (chunk) => dest.write(chunk));
    if (!options || options.end !== false) {
      this.on('end', () => {
        if (dest !== process.stdout && dest !== process.stderr) dest.end();
      });
    }
    dest.emit?.('pipe', this);
    return dest;
  }

  unpipe() {
    this.removeAllListeners('data');
    return this;
  }

  destroy() {
    this._buffer = [];
    this._ended = true;
    this.readable = false;
    process.nextTick(() => this.emit('close'));
    return this;
  }

  async *[Symbol.asyncIterator]() {
    const queue = [];
    let done = false;
    let wake = null;
    this.on('data', (c) => {
      queue.push(c);
      if (wake) wake();
    });
    this.once('end', () => {
      done = true;
      if (wake) wake();
    });
    while (true) {
      if (queue.length > 0) {
        yield queue.shift();
      } else if (done) {
        return;
      } else {
        await new Promise((resolve) => { wake = resolve; });
        wake = null;
      }
    }
  }
}

class StdioWritable extends EventEmitter {
  // send(text) delivers one chunk; finish() the end.
  constructor(send, finish) {
    super();
    this._send = send;
    this._finish = finish;
    this.writable = true;
    this.writableEnded = false;
    this.writableFinished = false;
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.writableEnded) {
      const { codes } = require('internal/errors');
      const err = new codes.ERR_STREAM_WRITE_AFTER_END();
      process.nextTick(() => {
        if (typeof cb === 'function') cb(err);
        this.emit('error', err);
      });
      return false;
    }
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(encoding ?? 'utf8');
    this._send(text);
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (this.writableEnded) return this;
    this.writableEnded = true;
    this.writable = false;
    this._finish();
    process.nextTick(() => {
      this.writableFinished = true;
      this.emit('finish');
      if (typeof cb === 'function') cb();
      this.emit('close');
    });
    return this;
  }

  cork() {}

  uncork() {}

  setDefaultEncoding() {
    return this;
  }

  destroy() {
    this.writable = false;
    process.nextTick(() => this.emit('close'));
    return this;
  }
}

module.exports = { StdioReadable, StdioWritable };
