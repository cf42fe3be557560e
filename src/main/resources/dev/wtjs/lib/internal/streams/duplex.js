'use strict';
// Duplex (both sides on one object), Transform (writes come out transformed on the readable side) and
// PassThrough.

const { Readable, scheduleReadMore } = require('internal/streams/readable');
const { Writable, flushQueue, maybeFinish } = require('internal/streams/writable');
const shared = require('internal/streams/shared');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  this.allowHalfOpen = options?.allowHalfOpen !== false;
  if (options) {
    if (options.readable === false) {
      Object.assign(this._readableState, { readable: false, ended: true, endEmitted: true });
    }
    if (options.writable === false) {
      Object.assign(this._writableState, { writable: false, ending: true, ended: true, finished: true });
    }
    if (options.signal) require('internal/streams/finished').addAbortSignal(options.signal, this);
  }
  const r = this._readableState;
  const w = this._writableState;
  shared.startConstruct(this, () => {
    if (r.needReadable) scheduleReadMore(this, r);
    flushQueue(this, w);
    maybeFinish(this, w);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

for (const name of Object.getOwnPropertyNames(Writable.prototype)) {
  if (name === 'constructor' || Object.prototype.hasOwnProperty.call(Duplex.prototype, name)) continue;
  if (Object.prototype.hasOwnProperty.call(Readable.prototype, name) && name !== 'destroy') continue;
  Object.defineProperty(Duplex.prototype, name,
    Object.getOwnPropertyDescriptor(Writable.prototype, name));
}

const both = (rKey, wKey = rKey) => function () {
  const r = this._readableState;
  const w = this._writableState;
  if (r === undefined || w === undefined) return (r ?? w)?.[rKey] ?? false;
  return r[rKey] && w[wKey];
};
Object.defineProperties(Duplex.prototype, {
  destroyed: {
    __proto__: null,
    configurable: true,
    get: both('destroyed'),
    set(v) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = v;
        this._writableState.destroyed = v;
      }
    },
  },
  closed: {
    __proto__: null,
    configurable: true,
    get() { return !!(this._readableState?.closed || this._writableState?.closed); },
  },
  errored: {
    __proto__: null,
    configurable: true,
    get() { return this._readableState?.errored ?? this._writableState?.errored ?? null; },
  },
});

Duplex.from = function from(body) {
  if (body instanceof Duplex) return body;
  if (body && (typeof body[Symbol.asyncIterator] === 'function' || typeof body[Symbol.iterator] === 'function')) {
    return require('internal/streams/readable').fromIterable(Duplex, body, { objectMode: true, writable: false });
  }
  const { codes } = require('internal/errors');
  throw new codes.ERR_INVALID_ARG_TYPE('body',
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable', 'Function',
     '{ readable, writable } pair', 'Promise'], body);
};

const kPending = Symbol('pendingTransformCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  Duplex.call(this, options);
  this._readableState.sync = false;
  this[kPending] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', finishViaPrefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function endReadable(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((err, data) => {
      if (err) {
        if (cb) cb(err);
        else this.destroy(err);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function finishViaPrefinish() {
  if (this._final !== endReadable) endReadable.call(this);
}

Transform.prototype._final = endReadable;

Transform.prototype._transform = function _transform() {
  const { codes } = require('internal/errors');
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function _write(chunk, encoding, callback) {
  const r = this._readableState;
  const w = this._writableState;
  const before = r.length;
  this._transform(chunk, encoding, (err, value) => {
    if (err) {
      callback(err);
      return;
    }
    if (value != null) this.push(value);
    if (r.ended) {
      process.nextTick(callback);
    } else if (w.ended || before === r.length || r.length < r.highWaterMark) {
      callback();
    } else {
      this[kPending] = callback;
    }
  });
};

Transform.prototype._read = function _read() {
  const cb = this[kPending];
  if (cb) {
    this[kPending] = null;
    cb();
  }
};

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);
PassThrough.prototype._transform = function _transform(chunk, encoding, cb) {
  cb(null, chunk);
};

// Between web stream pairs and this Duplex (internal/webstreams/adapters).
Duplex.fromWeb = function fromWeb(pair, options) {
  return require('internal/webstreams/adapters').duplexFromWeb(pair, options);
};
Duplex.toWeb = function toWeb(duplex) {
  return require('internal/webstreams/adapters').duplexToWeb(duplex);
};

module.exports = { Duplex, Transform, PassThrough };
