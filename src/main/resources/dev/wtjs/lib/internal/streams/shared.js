'use strict';
// What Readable, Writable and the helpers share: buffer limits, and tearing a stream down (destroy, with the
// 'error' and 'close' events it owes) whether it has one side or two.

const { codes } = require('internal/errors');

let defaultBytes = 64 * 1024;
let defaultObjects = 16;

function defaultLimit(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultLimit(objectMode, value) {
  require('internal/validators').validateInteger(value, 'value', 0);
  if (objectMode) defaultObjects = value; else defaultBytes = value;
}

// options.highWaterMark (or the side's own key) checked, else the default.
function limitFrom(options, sideKey, objectMode) {
  let value = options?.highWaterMark;
  let name = 'highWaterMark';
  if (value == null && sideKey && options?.[sideKey] != null) {
    value = options[sideKey];
    name = sideKey;
  }
  if (value == null) return defaultLimit(objectMode);
  if (!Number.isInteger(value) || value < 0) {
    throw new codes.ERR_INVALID_ARG_VALUE(`options.${name}`, value);
  }
  return Math.floor(value);
}

function sidesOf(stream) {
  return { r: stream._readableState, w: stream._writableState };
}

function tick(fn, ...args) {
  process.nextTick(fn, ...args);
}

function announceError(stream, err) {
  const { r, w } = sidesOf(stream);
  if (w?.errorEmitted || r?.errorEmitted) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  stream.emit('error', err);
}

function announceClose(stream) {
  const { r, w } = sidesOf(stream);
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if (w?.emitClose || r?.emitClose) stream.emit('close');
}

function noteError(err, r, w) {
  if (!err) return;
  void err.stack;
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

// stream.destroy(err, cb) for Readable, Writable and Duplex alike.
function destroy(err, cb) {
  const { r, w } = sidesOf(this);
  if (w?.destroyed || r?.destroyed) {
    if (typeof cb === 'function') cb();
    return this;
  }
  noteError(err, r, w);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  const run = () => runDestroy(this, err, cb);
  if ((w && !w.constructed) || (r && !r.constructed)) this.once(kConstructed, run);
  else run();
  return this;
}

const kConstructed = Symbol('constructed');

function runDestroy(stream, err, cb) {
  let done = false;
  const after = (e) => {
    if (done) return;
    done = true;
    const { r, w } = sidesOf(stream);
    noteError(e, r, w);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(e);
    if (e) {
      tick(() => { announceError(stream, e); announceClose(stream); });
    } else {
      tick(announceClose, stream);
    }
  };
  try {
    stream._destroy(err || null, after);
  } catch (e) {
    after(e);
  }
}

// An error that the stream itself hit: destroy when autoDestroy, else just report it.
function failStream(stream, err, sync) {
  const { r, w } = sidesOf(stream);
  if (w?.destroyed || r?.destroyed) return;
  if (r?.autoDestroy || w?.autoDestroy) {
    stream.destroy(err);
  } else if (err) {
    void err.stack;
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) tick(announceError, stream, err);
    else announceError(stream, err);
  }
}

// Undo a destroy: used by streams that restart (rare; node keeps it as _undestroy).
function undestroy() {
  const { r, w } = sidesOf(this);
  for (const s of [r, w]) {
    if (!s) continue;
    Object.assign(s, { constructed: true, closed: false, closeEmitted: false, destroyed: false, errored: null,
      errorEmitted: false });
  }
  if (r) Object.assign(r, { ended: r.readable === false, endEmitted: r.readable === false });
  if (w) {
    Object.assign(w, { finalCalled: false, prefinished: false, ended: w.writable === false,
      ending: w.writable === false, finished: w.writable === false });
  }
}

// Runs options.construct (or _construct) a tick later; the stream waits for it.
function startConstruct(stream, then) {
  if (typeof stream._construct !== 'function') return;
  const { r, w } = sidesOf(stream);
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstructed, then);
  tick(() => {
    let called = false;
    const done = (err) => {
      if (called) {
        failStream(stream, err ?? new codes.ERR_MULTIPLE_CALLBACK());
        return;
      }
      called = true;
      if (r) r.constructed = true;
      if (w) w.constructed = true;
      if (err) failStream(stream, err, true);
      else tick(() => stream.emit(kConstructed));
    };
    try {
      stream._construct((err) => tick(done, err));
    } catch (err) {
      tick(done, err);
    }
  });
}

// Destroy anything that looks like a stream (pipeline and friends use it on foreign objects too).
function destroyAny(stream, err) {
  if (!stream || stream.destroyed === true && !err) return;
  if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
}

function isNodeStream(obj) {
  return !!obj && (obj._readableState !== undefined || obj._writableState !== undefined ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function'));
}

function isReadableStream(obj) {
  return !!obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!obj._writableState || obj._readableState?.readable !== false) &&
    (!obj._writableState || obj._readableState !== undefined);
}

function isWritableStream(obj) {
  return !!obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || obj._writableState?.writable !== false);
}

module.exports = {
  defaultLimit, setDefaultLimit, limitFrom, destroy, undestroy, failStream, startConstruct, kConstructed,
  destroyAny, isNodeStream, isReadableStream, isWritableStream, tick,
};
