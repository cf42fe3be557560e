'use strict';
// Readable: a buffer filled by _read()/push() and drained by read(), 'data' (flowing) or 'readable' (paused).

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const shared = require('internal/streams/shared');

const { tick } = shared;

function Stream(options) {
  EventEmitter.call(this, options);
}
Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Stream, EventEmitter);

// The old Stream#pipe: writes each 'data' into dest, pausing on false, no error forwarding.
Stream.prototype.pipe = function pipe(dest, options) {
  const src = this;
  const onData = (chunk) => {
    if (dest.writable && dest.write(chunk) === false && src.pause) src.pause();
  };
  const onDrain = () => { if (src.readable && src.resume) src.resume(); };
  src.on('data', onData);
  dest.on('drain', onDrain);
  let ended = false;
  const onEnd = () => { if (!ended) { ended = true; dest.end(); } };
  const onClose = () => { if (!ended) { ended = true; if (typeof dest.destroy === 'function') dest.destroy(); } };
  if (!dest._isStdio && options?.end !== false) {
    src.on('end', onEnd);
    src.on('close', onClose);
  }
  const onError = (er) => {
    cleanup();
    if (EventEmitter.listenerCount(this, 'error') === 0) this.emit('error', er);
  };
  src.prependListener('error', onError);
  dest.prependListener('error', onError);
  function cleanup() {
    src.removeListener('data', onData);
    dest.removeListener('drain', onDrain);
    src.removeListener('end', onEnd);
    src.removeListener('close', onClose);
    src.removeListener('error', onError);
    dest.removeListener('error', onError);
    src.removeListener('end', cleanup);
    src.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  src.on('end', cleanup);
  src.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', src);
  return dest;
};

class ReadableState {
  constructor(options, stream, isDuplex) {
    this.objectMode = !!(options?.objectMode || (isDuplex && options?.readableObjectMode));
    this.highWaterMark = shared.limitFrom(options, isDuplex ? 'readableHighWaterMark' : null, this.objectMode);
    this.buffer = [];
    this.length = 0;
    this.pipes = [];
    this.flowing = null;
    this.ended = false;
    this.endEmitted = false;
    this.reading = false;
    this.constructed = true;
    this.sync = true;
    this.needReadable = false;
    this.emittedReadable = false;
    this.readableListening = false;
    this.resumeScheduled = false;
    this.errorEmitted = false;
    this.emitClose = options?.emitClose !== false;
    this.autoDestroy = options?.autoDestroy !== false;
    this.destroyed = false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this.defaultEncoding = options?.defaultEncoding || 'utf8';
    this.drainWaits = new Set();
    this.readingMore = false;
    this.dataEmitted = false;
    this.decoder = null;
    this.encoding = null;
    this.paused = null;
    if (options?.encoding) {
      const { StringDecoder } = require('string_decoder');
      this.decoder = new StringDecoder(options.encoding);
      this.encoding = options.encoding;
    }
  }

  get pipesCount() { return this.pipes.length; }
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = this instanceof require('internal/streams/duplex').Duplex;
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) require('internal/streams/finished').addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (!isDuplex) {
    const state = this._readableState;
    shared.startConstruct(this, () => { if (state.needReadable) scheduleReadMore(this, state); });
  }
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
Readable.ReadableState = ReadableState;

Readable.prototype.destroy = shared.destroy;
Readable.prototype._undestroy = shared.undestroy;
Readable.prototype._destroy = function _destroy(err, cb) { cb(err); };
Readable.prototype[EventEmitter.captureRejectionSymbol] = function (err) { this.destroy(err); };

Readable.prototype.push = function push(chunk, encoding) {
  return addChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return addChunk(this, chunk, encoding, true);
};

function addChunk(stream, chunk, encoding, front) {
  const state = stream._readableState;
  if (chunk === null) {
    state.reading = false;
    markEnded(stream, state);
    return false;
  }
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (front && state.encoding && state.encoding !== encoding) {
        chunk = Buffer.from(chunk, encoding).toString(state.encoding);
      } else if (state.encoding !== encoding) {
        chunk = Buffer.from(chunk, encoding);
        encoding = '';
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (chunk instanceof Uint8Array) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = '';
    } else if (chunk !== undefined) {
      shared.failStream(stream, new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
      return false;
    }
  }
  if (!state.objectMode && (chunk === undefined || chunk.length === 0)) {
    state.reading = false;
    if (!front) scheduleReadMore(stream, state);
    return canTakeMore(state);
  }
  if (front) {
    if (state.endEmitted) {
      shared.failStream(stream, new codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      return false;
    }
    if (state.destroyed || state.errored) return false;
    store(stream, state, chunk, true);
    return canTakeMore(state);
  }
  if (state.ended) {
    shared.failStream(stream, new codes.ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if (state.destroyed || state.errored) return false;
  state.reading = false;
  if (state.decoder && !encoding) {
    chunk = state.decoder.write(chunk);
    if (chunk.length === 0) {
      scheduleReadMore(stream, state);
      return canTakeMore(state);
    }
  }
  store(stream, state, chunk, false);
  return canTakeMore(state);
}

function canTakeMore(state) {
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function clearDrainWaits(state) {
  state.drainWaits.clear();
}

function store(stream, state, chunk, front) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
    clearDrainWaits(state);
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (front) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) scheduleReadable(stream);
  }
  scheduleReadMore(stream, state);
}

function markEnded(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const rest = state.decoder.end();
    if (rest?.length) {
      state.buffer.push(rest);
      state.length += state.objectMode ? 1 : rest.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    scheduleReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    fireReadable(stream);
  }
}

function scheduleReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (state.emittedReadable) return;
  state.emittedReadable = true;
  tick(fireReadable, stream);
}

function fireReadable(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  drainFlowing(stream);
}

function scheduleReadMore(stream, state) {
  if (state.readingMore || !state.constructed) return;
  state.readingMore = true;
  tick(readMore, stream, state);
}

function readMore(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const before = state.length;
    stream.read(0);
    if (before === state.length) break;
  }
  state.readingMore = false;
}

function drainFlowing(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

const MAX_LIMIT = 0x40000000;
function growLimit(n) {
  if (n > MAX_LIMIT) throw new codes.ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

// How many units a read(n) call may take right now.
function amountFor(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) {
    return state.flowing && state.length ? (state.buffer[0]?.length ?? 0) : state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

function takeFromBuffer(n, state) {
  if (state.length === 0) return null;
  const buf = state.buffer;
  if (state.objectMode) return buf.shift();
  if (!n || n >= state.length) {
    let all;
    if (state.decoder) all = buf.join('');
    else if (buf.length === 1) all = buf[0];
    else all = Buffer.concat(buf, state.length);
    state.buffer = [];
    return all;
  }
  const first = buf[0];
  if (n < first.length) {
    buf[0] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return buf.shift();
  const parts = [];
  let need = n;
  while (need > 0) {
    const head = buf[0];
    if (head.length <= need) {
      parts.push(buf.shift());
      need -= head.length;
    } else {
      parts.push(head.slice(0, need));
      buf[0] = head.slice(need);
      need = 0;
    }
  }
  return state.decoder ? parts.join('') : Buffer.concat(parts, n);
}

Readable.prototype.read = function read(n) {
  const state = this._readableState;
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const asked = n;
  if (n > state.highWaterMark) state.highWaterMark = growLimit(n);
  if (n !== 0) state.emittedReadable = false;
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) finishReading(this);
    else scheduleReadable(this);
    return null;
  }
  n = amountFor(n, state);
  if (n === 0 && state.ended) {
    if (state.length === 0) finishReading(this);
    return null;
  }
  let pull = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) pull = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) pull = false;
  else if (pull) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      shared.failStream(this, err);
    }
    state.sync = false;
    if (!state.reading) n = amountFor(asked, state);
  }
  let chunk = n > 0 ? takeFromBuffer(n, state) : null;
  if (chunk === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    clearDrainWaits(state);
  }
  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (asked !== n && state.ended) finishReading(this);
  }
  if (chunk !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', chunk);
  }
  return chunk;
};

Readable.prototype._read = function _read() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

function finishReading(stream) {
  const state = stream._readableState;
  if (state.endEmitted) return;
  state.ended = true;
  tick(emitEnd, state, stream);
}

function emitEnd(state, stream) {
  if (state.errored || state.closeEmitted || state.endEmitted || state.length !== 0) return;
  state.endEmitted = true;
  stream.emit('end');
  const w = stream._writableState;
  if (w && stream.allowHalfOpen === false && stream.writable) {
    tick(() => {
      if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
    });
  } else if (state.autoDestroy) {
    if (!w || (w.autoDestroy && (w.finished || w.writable === false))) stream.destroy();
  }
}

Readable.prototype.on = function on(ev, fn) {
  const result = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) scheduleReadable(this);
      else if (!state.reading) tick(() => this.read(0));
    }
  }
  return result;
};
Readable.prototype.addListener = Readable.prototype.on;

function afterListenerRemoved(ev) {
  if (ev === 'readable' || ev === undefined) tick(recheckListening, this);
}

Readable.prototype.removeListener = function removeListener(ev, fn) {
  const result = Stream.prototype.removeListener.call(this, ev, fn);
  afterListenerRemoved.call(this, ev);
  return result;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  const result = Stream.prototype.removeAllListeners.apply(this, arguments);
  afterListenerRemoved.call(this, ev);
  return result;
};

function recheckListening(stream) {
  const state = stream._readableState;
  state.readableListening = stream.listenerCount('readable') > 0;
  if (state.resumeScheduled && state.paused === false) state.flowing = true;
  else if (stream.listenerCount('data') > 0) stream.resume();
  else if (!state.readableListening) state.flowing = null;
}

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if (!state.flowing) {
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      tick(resumeNow, this, state);
    }
  }
  state.paused = false;
  return this;
};

function resumeNow(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  drainFlowing(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state.paused = true;
  return this;
};

Readable.prototype.isPaused = function isPaused() {
  const state = this._readableState;
  return state.paused === true || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  const { StringDecoder } = require('string_decoder');
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  let text = '';
  for (const chunk of state.buffer) text += decoder.write(chunk);
  state.buffer = text ? [text] : [];
  state.length = text.length;
  return this;
};

// ---- pipe ---------------------------------------------------------------------------------------------------
// Each src.pipe(dest) is a PipeLink: the listeners it put on both streams and whether it waits for dest's
// 'drain'. The readable lists its destinations in state.pipes and keeps, in state.drainWaits, those that refused a
// write: it stays paused until that set is empty (a read by anyone else empties it, see read()).

class PipeLink {
  #src;
  #dest;
  #state;
  #endDest;
  #attached = true;
  #drainHooked = false;

  constructor(src, dest, options) {
    this.#src = src;
    this.#dest = dest;
    this.#state = src._readableState;
    this.#endDest = (!options || options.end !== false) && dest !== process.stdout && dest !== process.stderr;
  }

  // Listener order matters (other listeners see the same event order as under node).
  attach() {
    const src = this.#src;
    const dest = this.#dest;
    const state = this.#state;
    state.pipes.push(dest);
    const atEnd = this.#endDest ? this.endDest : this.unpipeSelf;
    if (state.endEmitted) tick(atEnd);
    else src.once('end', atEnd);
    dest.on('unpipe', this.onUnpipe);
    src.on('data', this.onData);
    if (typeof dest.prependListener === 'function') dest.prependListener('error', this.onDestError);
    else dest.on('error', this.onDestError);
    dest.once('close', this.onDestClose);
    dest.once('finish', this.onDestFinish);
    dest.emit('pipe', src);
    if (dest.writableNeedDrain === true) this.#waitForDrain();
    else if (!state.flowing) src.resume();
  }

  endDest = () => this.#dest.end();

  unpipeSelf = () => this.#src.unpipe(this.#dest);

  onData = (chunk) => {
    if (this.#dest.write(chunk) === false) this.#waitForDrain();
  };

  onUnpipe = (readable, info) => {
    if (readable === this.#src && info && info.hasUnpiped === false) {
      info.hasUnpiped = true;
      this.#detach();
    }
  };

  // An error of dest ends the pipe; it is rethrown on dest when nobody else listens for it.
  onDestError = (err) => {
    const dest = this.#dest;
    this.unpipeSelf();
    dest.removeListener('error', this.onDestError);
    if (dest.listenerCount('error') > 0) return;
    const destState = dest._writableState || dest._readableState;
    if (destState && !destState.errorEmitted) shared.failStream(dest, err);
    else dest.emit('error', err);
  };

  onDestClose = () => {
    this.#dest.removeListener('finish', this.onDestFinish);
    this.unpipeSelf();
  };

  onDestFinish = () => {
    this.#dest.removeListener('close', this.onDestClose);
    this.unpipeSelf();
  };

  onDrain = () => {
    const waits = this.#state.drainWaits;
    waits.delete(this.#dest);
    if (waits.size === 0 && this.#src.listenerCount('data')) this.#src.resume();
  };

  #waitForDrain() {
    const state = this.#state;
    const dest = this.#dest;
    if (this.#attached) {
      if (state.pipes.includes(dest)) {
        if (state.pipes.length === 1) state.drainWaits.clear();
        state.drainWaits.add(dest);
      }
      this.#src.pause();
    }
    if (!this.#drainHooked) {
      this.#drainHooked = true;
      dest.on('drain', this.onDrain);
    }
  }

  #detach() {
    const src = this.#src;
    const dest = this.#dest;
    dest.removeListener('close', this.onDestClose);
    dest.removeListener('finish', this.onDestFinish);
    if (this.#drainHooked) dest.removeListener('drain', this.onDrain);
    dest.removeListener('error', this.onDestError);
    dest.removeListener('unpipe', this.onUnpipe);
    src.removeListener('end', this.endDest);
    src.removeListener('end', this.unpipeSelf);
    src.removeListener('data', this.onData);
    this.#attached = false;
    // A destination that goes away while src waits for it no longer holds src back.
    const stillFull = !dest._writableState || dest._writableState.needDrain;
    if (this.#drainHooked && this.#state.drainWaits.has(dest) && stillFull) this.onDrain();
  }
}

Readable.prototype.pipe = function pipe(dest, options) {
  new PipeLink(this, dest, options).attach();
  return dest;
};

Readable.prototype.unpipe = function unpipe(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const all = state.pipes;
    state.pipes = [];
    this.pause();
    for (const d of all) d.emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const at = state.pipes.indexOf(dest);
  if (at === -1) return this;
  state.pipes.splice(at, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

Readable.prototype.wrap = function wrap(old) {
  let paused = false;
  old.on('data', (chunk) => {
    if (!this.push(chunk) && old.pause) {
      paused = true;
      old.pause();
    }
  });
  old.on('end', () => this.push(null));
  old.on('error', (err) => shared.failStream(this, err));
  old.on('close', () => this.destroy());
  old.on('destroy', () => this.destroy());
  this._read = () => {
    if (paused && old.resume) {
      paused = false;
      old.resume();
    }
  };
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function () {
  return iterate(this, undefined);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) require('internal/validators').validateObject(options, 'options');
  return iterate(this, options);
};

async function* iterate(stream, options) {
  let wake = null;
  const poke = () => {
    const w = wake;
    wake = null;
    if (w) w();
  };
  stream.on('readable', poke);
  let error;
  const { finished } = require('internal/streams/finished');
  const stop = finished(stream, { writable: false }, (err) => {
    error = err ? err : null;
    poke();
  });
  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) yield chunk;
      else if (error) throw error;
      else if (error === null) return;
      else await new Promise((resolve) => { wake = resolve; });
    }
  } catch (err) {
    error = require('internal/errors').aggregateTwoErrors(error, err);
    throw error;
  } finally {
    const state = stream._readableState;
    if ((error || options?.destroyOnReturn !== false) && (error === undefined || state.autoDestroy)) {
      shared.destroyAny(stream, null);
    } else {
      stream.off('readable', poke);
      stop();
    }
  }
}

const getters = {
  readable: {
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(v) { if (this._readableState) this._readableState.readable = !!v; },
  },
  readableDidRead: { get() { return this._readableState.dataEmitted; } },
  readableAborted: {
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: { get() { return this._readableState.highWaterMark; } },
  readableBuffer: { get() { return this._readableState?.buffer; } },
  readableFlowing: {
    get() { return this._readableState.flowing; },
    set(v) { if (this._readableState) this._readableState.flowing = v; },
  },
  readableLength: { get() { return this._readableState.length; } },
  readableObjectMode: { get() { return this._readableState ? this._readableState.objectMode : false; } },
  readableEncoding: { get() { return this._readableState ? this._readableState.encoding : null; } },
  errored: { get() { return this._readableState ? this._readableState.errored : null; } },
  closed: { get() { return this._readableState ? this._readableState.closed : false; } },
  destroyed: {
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(v) { if (this._readableState) this._readableState.destroyed = v; },
  },
  readableEnded: { get() { return this._readableState ? this._readableState.endEmitted : false; } },
};
for (const [name, desc] of Object.entries(getters)) {
  Object.defineProperty(Readable.prototype, name, { __proto__: null, enumerable: false, configurable: true, ...desc });
}

for (const [name, fn] of Object.entries(require('internal/streams/operators'))) {
  Object.defineProperty(Readable.prototype, name, { __proto__: null, value: fn, writable: true, configurable: true });
}

Readable.from = function from(iterable, options) {
  return fromIterable(Readable, iterable, options);
};

function fromIterable(Ctor, iterable, options) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Ctor({
      objectMode: true, ...options,
      read() { this.push(iterable); this.push(null); },
    });
  }
  let iterator;
  let isAsync;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }
  const readable = new Ctor({ objectMode: true, highWaterMark: 1, ...options });
  let busy = false;
  readable._read = function () {
    if (!busy) {
      busy = true;
      pull();
    }
  };
  readable._destroy = function (err, cb) {
    close(err).then(() => tick(cb, err), (e) => tick(cb, e || err));
  };
  async function close(err) {
    const hadError = err !== undefined && err !== null;
    if (typeof iterator.throw === 'function' && hadError && isAsync) {
      const { done } = await iterator.throw(err);
      await iterator.return?.();
      if (done) return;
    }
    if (typeof iterator.return === 'function') await iterator.return();
  }
  async function pull() {
    for (;;) {
      try {
        const step = isAsync ? await iterator.next() : iterator.next();
        if (step.done) {
          readable.push(null);
        } else {
          const value = step.value && typeof step.value.then === 'function' ? await step.value : step.value;
          if (value === null) {
            busy = false;
            throw new codes.ERR_STREAM_NULL_VALUES();
          } else if (readable.push(value)) {
            continue;
          } else {
            busy = false;
          }
        }
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  return readable;
}

// Between web streams and this Readable (internal/webstreams/adapters).
Readable.fromWeb = function fromWeb(readableStream, options) {
  return require('internal/webstreams/adapters').readableFromWeb(readableStream, options);
};
Readable.toWeb = function toWeb(streamReadable, options) {
  return require('internal/webstreams/adapters').readableToWeb(streamReadable, options);
};

module.exports = { Stream, Readable, fromIterable, scheduleReadMore };
