'use strict';
// The zlib stream classes: a Transform over one codec of the host (java.util.zip's Deflater/Inflater, with the
// gzip header and trailer done there). Each chunk goes through the codec as it is written; the end finishes the
// codec (Z_FINISH, or the finishFlush option).

const { Transform } = require('stream');
const { Buffer, kMaxLength } = require('buffer');
const { codes } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const host = internalBinding('host');
const C = internalBinding('constants').zlib;

let binding;
function zlibBinding() {
  binding ??= host.zlib();
  return binding;
}

// node's option checks: a missing or NaN value takes the default; a non-number is a type error.
function checkRange(value, name, lower, upper, fallback) {
  if (value === undefined || Number.isNaN(value)) return fallback;
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isFinite(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'a finite number', value);
  if (value < lower || value > upper) {
    throw new codes.ERR_OUT_OF_RANGE(name, upper === Infinity ? `>= ${lower}` : `>= ${lower} and <= ${upper}`, value);
  }
  return value;
}

function checkFlush(value, name, fallback) {
  return checkRange(value, name, C.Z_NO_FLUSH, C.Z_BLOCK, fallback);
}

function bytesOf(value, name) {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (Buffer.isBuffer(value)) return value;
  if (ArrayBuffer.isView(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], value);
}

// zlib's failure as node reports it: a plain Error with errno and code.
function zlibError([message, code, errno]) {
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  return err;
}

const kFlushMarker = Symbol('zlib flush marker');
const COMPRESSING = new Set([C.DEFLATE, C.GZIP, C.DEFLATERAW]);

class Zlib extends Transform {
  #id;
  #mode;
  #flushes = [];
  #level;
  #strategy;

  constructor(options, mode) {
    // (node takes anything that is not an object as no options)
    const o = options !== null && typeof options === 'object' ? options : {};
    const chunkSize = checkRange(o.chunkSize, 'options.chunkSize', C.Z_MIN_CHUNK, Infinity, C.Z_DEFAULT_CHUNK);
    const flush = checkFlush(o.flush, 'options.flush', C.Z_NO_FLUSH);
    const finishFlush = checkFlush(o.finishFlush, 'options.finishFlush', C.Z_FINISH);
    const inflating = !COMPRESSING.has(mode);
    let windowBits = o.windowBits;
    if (inflating && windowBits === 0) windowBits = undefined; // 0: take the window size from the header
    checkRange(windowBits, 'options.windowBits', mode === C.GZIP || mode === C.GUNZIP ? 9 : C.Z_MIN_WINDOWBITS,
               C.Z_MAX_WINDOWBITS, C.Z_DEFAULT_WINDOWBITS);
    const level = checkRange(o.level, 'options.level', C.Z_MIN_LEVEL, C.Z_MAX_LEVEL, C.Z_DEFAULT_COMPRESSION);
    checkRange(o.memLevel, 'options.memLevel', C.Z_MIN_MEMLEVEL, C.Z_MAX_MEMLEVEL, C.Z_DEFAULT_MEMLEVEL);
    const strategy = checkRange(o.strategy, 'options.strategy', C.Z_DEFAULT_STRATEGY, C.Z_FIXED, C.Z_DEFAULT_STRATEGY);
    let dictionary = null;
    if (o.dictionary !== undefined) {
      if (!ArrayBuffer.isView(o.dictionary) && !(o.dictionary instanceof ArrayBuffer)) {
        throw new codes.ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                             o.dictionary);
      }
      dictionary = bytesOf(o.dictionary, 'options.dictionary').toString('latin1');
    }
    super({ ...o, autoDestroy: true, highWaterMark: o.highWaterMark ?? chunkSize });
    this.#mode = mode;
    this.#level = level;
    this.#strategy = strategy;
    this.#id = zlibBinding().create(mode, level, strategy, dictionary);
    this._handle = { mode };
    this._chunkSize = chunkSize;
    this._defaultFlushFlag = flush;
    this._finishFlushFlag = finishFlush;
    this._maxOutputLength = checkRange(o.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength,
                                       kMaxLength);
    this.bytesWritten = 0;
  }

  get _closed() {
    return this._handle === null;
  }

  // Runs bytes through the codec: the output, or throws zlib's error.
  _processChunk(bytes, flushFlag) {
    if (this._handle === null) throw new codes.ERR_STREAM_DESTROYED('write');
    const out = zlibBinding().process(this.#id, bytes.toString('latin1'), flushFlag);
    if (out === null) throw zlibError(zlibBinding().error());
    this.bytesWritten += bytes.length;
    if (out.length > this._maxOutputLength) throw new codes.ERR_BUFFER_TOO_LARGE(this._maxOutputLength);
    return Buffer.from(out, 'latin1');
  }

  _transform(chunk, encoding, cb) {
    let flag = this._defaultFlushFlag;
    if (chunk[kFlushMarker] !== undefined) flag = this.#flushes.shift();
    let out;
    try {
      out = this._processChunk(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk, flag);
    } catch (err) {
      cb(err);
      return;
    }
    if (out.length) this.push(out);
    cb();
  }

  _flush(cb) {
    let out;
    try {
      out = this._processChunk(Buffer.alloc(0), this._finishFlushFlag);
    } catch (err) {
      cb(err);
      return;
    }
    if (out.length) this.push(out);
    cb();
  }

  // Flushes what the codec holds (Z_FULL_FLUSH by default) after the writes before it.
  flush(kind, callback) {
    if (typeof kind === 'function' || kind === undefined) {
      callback = kind;
      kind = C.Z_FULL_FLUSH;
    }
    if (this.writableFinished || this.writableEnded) {
      if (callback) process.nextTick(callback);
      return;
    }
    const marker = Buffer.alloc(0);
    marker[kFlushMarker] = kind;
    this.#flushes.push(kind);
    this.write(marker, callback && (() => callback()));
  }

  params(level, strategy, callback) {
    checkRange(level, 'level', C.Z_MIN_LEVEL, C.Z_MAX_LEVEL);
    checkRange(strategy, 'strategy', C.Z_DEFAULT_STRATEGY, C.Z_FIXED);
    if (this.#level !== level || this.#strategy !== strategy) {
      this.#level = level;
      this.#strategy = strategy;
      zlibBinding().params(this.#id, level, strategy);
    }
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      process.nextTick(callback);
    }
  }

  reset() {
    zlibBinding().reset(this.#id);
  }

  close(callback) {
    if (callback) require('stream').finished(this, callback);
    this.destroy();
  }

  _destroy(err, cb) {
    if (this._handle !== null) {
      this._handle = null;
      zlibBinding().close(this.#id);
    }
    cb(err);
  }
}

function variant(name, mode) {
  const cls = {
    [name]: class extends Zlib {
      constructor(options) {
        super(options, mode);
      }
    },
  }[name];
  return cls;
}

const Deflate = variant('Deflate', C.DEFLATE);
const Inflate = variant('Inflate', C.INFLATE);
const Gzip = variant('Gzip', C.GZIP);
const Gunzip = variant('Gunzip', C.GUNZIP);
const DeflateRaw = variant('DeflateRaw', C.DEFLATERAW);
const InflateRaw = variant('InflateRaw', C.INFLATERAW);
const Unzip = variant('Unzip', C.UNZIP);

module.exports = { Zlib, Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, bytesOf };
