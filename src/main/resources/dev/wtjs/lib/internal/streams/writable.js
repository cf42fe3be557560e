'use strict';
// Writable: write() hands one chunk at a time to _write (or a batch to _writev); the rest wait in a queue.

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const shared = require('internal/streams/shared');
const { Stream } = require('internal/streams/readable');

const { tick } = shared;
const nop = () => {};
const kWaiting = Symbol('endCallbacks');

class WritableState {
  constructor(options, stream, isDuplex) {
    this.objectMode = !!(options?.objectMode || (isDuplex && options?.writableObjectMode));
    this.highWaterMark = shared.limitFrom(options, isDuplex ? 'writableHighWaterMark' : null, this.objectMode);
    this.finalCalled = false;
    this.needDrain = false;
    this.ending = false;
    this.ended = false;
    this.finished = false;
    this.destroyed = false;
    this.decodeStrings = options?.decodeStrings !== false;
    this.defaultEncoding = options?.defaultEncoding || 'utf8';
    this.length = 0;
    this.writing = false;
    this.corked = 0;
    this.sync = true;
    this.bufferProcessing = false;
    this.onwrite = (err) => afterOneWrite(stream, err);
    this.writecb = null;
    this.writelen = 0;
    this.afterWriteTickInfo = null;
    this.buffered = [];
    this.bufferedIndex = 0;
    this.allBuffers = true;
    this.allNoop = true;
    this.pendingcb = 0;
    this.constructed = true;
    this.prefinished = false;
    this.errorEmitted = false;
    this.emitClose = options?.emitClose !== false;
    this.autoDestroy = options?.autoDestroy !== false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this[kWaiting] = [];
  }

  get bufferedRequestCount() { return this.buffered.length - this.bufferedIndex; }

  getBuffer() { return this.buffered.slice(this.bufferedIndex); }
}

function Writable(options) {
  const Duplex = require('internal/streams/duplex').Duplex;
  const isDuplex = this instanceof Duplex;
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) return new Writable(options);
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/finished').addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (!isDuplex) {
    const state = this._writableState;
    shared.startConstruct(this, () => {
      flushQueue(this, state);
      maybeFinish(this, state);
    });
  }
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);
Writable.WritableState = WritableState;

Object.defineProperty(Writable, Symbol.hasInstance, {
  __proto__: null,
  value(obj) {
    if (Function.prototype[Symbol.hasInstance].call(this, obj)) return true;
    if (this !== Writable) return false;
    return !!obj && obj._writableState instanceof WritableState;
  },
});

Writable.prototype.pipe = function pipe() {
  shared.failStream(this, new codes.ERR_STREAM_CANNOT_PIPE());
};

function normalizeChunk(state, chunk, encoding) {
  if (chunk === null) throw new codes.ERR_STREAM_NULL_VALUES();
  if (state.objectMode) return [chunk, encoding];
  if (typeof chunk === 'string') {
    if (state.decodeStrings !== false) return [Buffer.from(chunk, encoding), 'buffer'];
    return [chunk, encoding];
  }
  if (chunk instanceof Buffer) return [chunk, 'buffer'];
  if (chunk instanceof Uint8Array) return [Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength), 'buffer'];
  throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

// Returns true/false as write() does, or the error it met.
function accept(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = state.objectMode ? null : state.defaultEncoding;
  } else {
    if (!encoding) {
      if (!state.objectMode) encoding = state.defaultEncoding;
    } else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    if (typeof cb !== 'function') cb = nop;
  }
  [chunk, encoding] = normalizeChunk(state, chunk, encoding);
  let err;
  if (state.ending) err = new codes.ERR_STREAM_WRITE_AFTER_END();
  else if (state.destroyed) err = new codes.ERR_STREAM_DESTROYED('write');
  if (err) {
    tick(cb, err);
    shared.failStream(stream, err, true);
    return err;
  }
  state.pendingcb++;
  const len = state.objectMode ? 1 : chunk.length;
  state.length += len;
  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk, encoding, callback: cb });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && cb !== nop) state.allNoop = false;
  } else {
    callWrite(stream, state, false, len, chunk, encoding, cb);
  }
  const below = state.length < state.highWaterMark;
  if (!below) state.needDrain = true;
  return below && !state.errored && !state.destroyed;
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  return accept(this, chunk, encoding, cb) === true;
};

function callWrite(stream, state, batch, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  if (state.destroyed) state.onwrite(new codes.ERR_STREAM_DESTROYED('write'));
  else if (batch) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function afterOneWrite(stream, err) {
  const state = stream._writableState;
  const sync = state.sync;
  const cb = state.writecb;
  if (typeof cb !== 'function') {
    shared.failStream(stream, new codes.ERR_MULTIPLE_CALLBACK());
    return;
  }
  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;
  if (err) {
    void err.stack;
    if (!state.errored) state.errored = err;
    const r = stream._readableState;
    if (r && !r.errored) r.errored = err;
    const report = () => {
      state.pendingcb--;
      cb(err);
      failQueue(state);
      shared.failStream(stream, err);
    };
    if (sync) tick(report);
    else report();
    return;
  }
  if (state.buffered.length > state.bufferedIndex) flushQueue(stream, state);
  if (sync) {
    // Called back synchronously: the write counts as done now, its callback (and 'drain') run a tick later.
    state.pendingcb--;
    const info = state.afterWriteTickInfo;
    if (info !== null && info.cb === cb) {
      info.count++;
    } else {
      const fresh = { count: 1, cb };
      state.afterWriteTickInfo = fresh;
      tick(() => {
        state.afterWriteTickInfo = null;
        settleWrites(stream, state, fresh.count, cb, true);
      });
    }
  } else {
    settleWrites(stream, state, 1, cb, false);
  }
}

function settleWrites(stream, state, count, cb, counted) {
  if (!state.ending && !stream.destroyed && state.length === 0 && state.needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    if (!counted) state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) failQueue(state);
  maybeFinish(stream, state);
}

function failQueue(state) {
  if (state.writing) return;
  for (let i = state.bufferedIndex; i < state.buffered.length; i++) {
    const { chunk, callback } = state.buffered[i];
    state.length -= state.objectMode ? 1 : chunk.length;
    callback(state.errored ?? new codes.ERR_STREAM_DESTROYED('write'));
  }
  for (const cb of state[kWaiting].splice(0)) cb(state.errored ?? new codes.ERR_STREAM_DESTROYED('end'));
  resetQueue(state);
}

function resetQueue(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

function flushQueue(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  const { buffered, objectMode } = state;
  let i = state.bufferedIndex;
  const count = buffered.length - i;
  if (!count) return;
  state.bufferProcessing = true;
  if (count > 1 && stream._writev) {
    state.pendingcb -= count - 1;
    const entries = buffered.slice(i);
    const callback = state.allNoop ? nop : (err) => {
      for (const e of entries) e.callback(err);
    };
    entries.allBuffers = state.allBuffers;
    callWrite(stream, state, true, state.length, entries, '', callback);
    resetQueue(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      callWrite(stream, state, false, objectMode ? 1 : chunk.length, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);
    if (i === buffered.length) resetQueue(state);
    else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function _write(chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_write()');
};
Writable.prototype._writev = null;

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) flushQueue(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

Writable.prototype.end = function end(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  let err;
  if (chunk !== null && chunk !== undefined) {
    const got = accept(this, chunk, encoding);
    if (got instanceof Error) err = got;
  }
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }
  if (err) {
    // reported below
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    maybeFinish(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = new codes.ERR_STREAM_ALREADY_FINISHED('end');
  } else if (state.destroyed) {
    err = new codes.ERR_STREAM_DESTROYED('end');
  }
  if (typeof cb === 'function') {
    if (err) tick(cb, err);
    else if (state.finished) tick(cb, null);
    else if (state.errored && state.destroyed) tick(cb, state.errored);
    else state[kWaiting].push(cb);
  }
  return this;
};

function readyToFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 && !state.errored &&
    state.buffered.length === 0 && !state.finished && !state.writing && !state.errorEmitted && !state.closeEmitted;
}

function runFinal(stream, state) {
  let called = false;
  const done = (err) => {
    if (called) {
      shared.failStream(stream, err ?? new codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      for (const cb of state[kWaiting].splice(0)) cb(err);
      shared.failStream(stream, err, state.sync);
    } else if (readyToFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      tick(emitFinish, stream, state);
    }
  };
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(done);
  } catch (err) {
    done(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (state.prefinished || state.finalCalled) return;
  if (typeof stream._final === 'function' && !state.destroyed) {
    state.finalCalled = true;
    runFinal(stream, state);
  } else {
    state.prefinished = true;
    stream.emit('prefinish');
  }
}

function maybeFinish(stream, state, sync) {
  if (!readyToFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    state.pendingcb++;
    tick(() => {
      if (readyToFinish(state)) emitFinish(stream, state);
      else state.pendingcb--;
    });
  } else if (readyToFinish(state)) {
    state.pendingcb++;
    emitFinish(stream, state);
  }
}

function emitFinish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  for (const cb of state[kWaiting].splice(0)) cb(null);
  stream.emit('finish');
  if (state.autoDestroy) {
    const r = stream._readableState;
    if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
  }
}

Writable.prototype.destroy = function destroy(err, cb) {
  const state = this._writableState;
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state[kWaiting].length)) {
    tick(failQueue, state);
  }
  shared.destroy.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = shared.undestroy;
Writable.prototype._destroy = function _destroy(err, cb) { cb(err); };
Writable.prototype[require('events').captureRejectionSymbol] = function (err) { this.destroy(err); };

const getters = {
  closed: { get() { return this._writableState ? this._writableState.closed : false; } },
  destroyed: {
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(v) { if (this._writableState) this._writableState.destroyed = v; },
  },
  writable: {
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set(v) { if (this._writableState) this._writableState.writable = !!v; },
  },
  writableFinished: { get() { return this._writableState ? this._writableState.finished : false; } },
  writableObjectMode: { get() { return this._writableState ? this._writableState.objectMode : false; } },
  writableBuffer: { get() { return this._writableState?.getBuffer(); } },
  writableEnded: { get() { return this._writableState ? this._writableState.ending : false; } },
  writableNeedDrain: {
    get() {
      const w = this._writableState;
      return !!w && !w.destroyed && !w.ending && w.needDrain;
    },
  },
  writableHighWaterMark: { get() { return this._writableState?.highWaterMark; } },
  writableCorked: { get() { return this._writableState ? this._writableState.corked : 0; } },
  writableLength: { get() { return this._writableState?.length; } },
  errored: { get() { return this._writableState ? this._writableState.errored : null; } },
  writableAborted: {
    get() {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
  },
};
for (const [name, desc] of Object.entries(getters)) {
  Object.defineProperty(Writable.prototype, name, { __proto__: null, enumerable: false, configurable: true, ...desc });
}

// Between web streams and this Writable (internal/webstreams/adapters).
Writable.fromWeb = function fromWeb(writableStream, options) {
  return require('internal/webstreams/adapters').writableFromWeb(writableStream, options);
};
Writable.toWeb = function toWeb(streamWritable) {
  return require('internal/webstreams/adapters').writableToWeb(streamWritable);
};

module.exports = { Writable, flushQueue, maybeFinish };
