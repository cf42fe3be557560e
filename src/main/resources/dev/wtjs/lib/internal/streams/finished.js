'use strict';
// finished(), pipeline() and addAbortSignal(): watching streams end, and chaining them with error teardown.

const { codes, AbortError } = require('internal/errors');
const shared = require('internal/streams/shared');

const { tick } = shared;
const nop = () => {};

function once(fn) {
  let called = false;
  return function (...args) {
    if (called) return;
    called = true;
    return fn.apply(this, args);
  };
}

function readableDone(stream) {
  const r = stream._readableState;
  if (!r) return false;
  return r.endEmitted || (r.ended && r.length === 0 && false);
}

function writableDone(stream) {
  const w = stream._writableState;
  return !!w && w.finished;
}

function finished(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    require('internal/validators').validateObject(options, 'options');
  }
  require('internal/validators').validateFunction(callback, 'callback');
  if (options.signal) require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
  callback = once(callback);
  if (!shared.isNodeStream(stream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const r = stream._readableState;
  const w = stream._writableState;
  const readable = options.readable ?? (typeof stream.pipe === 'function' && (!r || r.readable !== false) &&
    (r !== undefined || !w));
  const writable = options.writable ?? (typeof stream.write === 'function' && (!w || w.writable !== false) &&
    (w !== undefined || !r));
  let readEnded = readableDone(stream) || (r ? false : !readable);
  let writeEnded = writableDone(stream) || (w ? false : !writable);
  let closed = !!(w?.closed || r?.closed);

  // Streams that will emit 'close' on their own are reported on 'close', not on 'end'/'finish'.
  let awaitClose = !closed && (!w || (w.autoDestroy && w.emitClose)) && (!r || (r.autoDestroy && r.emitClose)) &&
    (r !== undefined || w !== undefined) && !!r === !!readable && !!w === !!writable;
  const premature = () => new codes.ERR_STREAM_PREMATURE_CLOSE();
  const onEnd = () => {
    readEnded = true;
    if (stream.destroyed) awaitClose = false;
    if (awaitClose && (!stream.readable || writable)) return;
    if (!writable || writeEnded) callback.call(stream);
  };
  const onFinish = () => {
    writeEnded = true;
    if (stream.destroyed) awaitClose = false;
    if (awaitClose && (!stream.writable || readable)) return;
    if (!readable || readEnded) callback.call(stream);
  };
  const onError = (err) => callback.call(stream, err);
  const onClose = () => {
    closed = true;
    const err = w?.errored || r?.errored;
    if (err && typeof err !== 'boolean') return callback.call(stream, err);
    if (readable && !readEnded && r !== undefined && !(r.endEmitted)) return callback.call(stream, premature());
    if (writable && !writeEnded && w !== undefined && !w.finished) return callback.call(stream, premature());
    callback.call(stream);
  };
  const onLegacyEnd = () => callback.call(stream);

  stream.on('end', onEnd);
  stream.on('finish', onFinish);
  if (options.error !== false) stream.on('error', onError);
  stream.on('close', onClose);
  if (!r && !w && readable) stream.on('end', onLegacyEnd);

  const settled = (w?.closeEmitted || r?.closeEmitted) || (w?.errorEmitted || r?.errorEmitted);
  if (closed && settled) {
    tick(onClose);
  } else if (!readable && (!w || w.finished) && w?.finished) {
    tick(onClose);
  } else if (!writable && r?.endEmitted) {
    tick(onClose);
  } else if (w?.finished && r?.endEmitted) {
    tick(onClose);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('end', onEnd);
    stream.removeListener('finish', onFinish);
    stream.removeListener('error', onError);
    stream.removeListener('close', onClose);
    stream.removeListener('end', onLegacyEnd);
  };

  if (options.signal && !closed) {
    const signal = options.signal;
    const abort = () => {
      const done = callback;
      cleanup();
      done.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      tick(abort);
    } else {
      signal.addEventListener('abort', abort, { once: true });
      const original = callback;
      callback = once(function (...args) {
        signal.removeEventListener('abort', abort);
        original.apply(stream, args);
      });
    }
  }
  return cleanup;
}

function addAbortSignal(signal, stream) {
  require('internal/validators').validateAbortSignal(signal, 'signal');
  if (!shared.isNodeStream(stream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const abort = () => stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) abort();
  else {
    signal.addEventListener('abort', abort, { once: true });
    finished(stream, () => signal.removeEventListener('abort', abort));
  }
  return stream;
}

function isIterable(obj) {
  return obj != null && (typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function');
}

function toAsyncIterable(source) {
  if (shared.isNodeStream(source) && typeof source[Symbol.asyncIterator] !== 'function') {
    const { Readable } = require('internal/streams/readable');
    return Readable.prototype[Symbol.asyncIterator].call(new Readable({ objectMode: true }).wrap(source));
  }
  return source;
}

// Feeds an (async) iterable into a writable node stream, honouring backpressure.
async function pump(iterable, dest, done, end) {
  let error;
  let waiting = null;
  const wake = (err) => {
    if (err) error = err;
    const w = waiting;
    waiting = null;
    if (w) w();
  };
  const drained = () => new Promise((resolve, reject) => {
    if (error) reject(error);
    else waiting = () => (error ? reject(error) : resolve());
  });
  dest.on('drain', wake);
  const stop = finished(dest, { readable: false }, wake);
  try {
    if (dest.writableNeedDrain) await drained();
    for await (const chunk of iterable) {
      if (!dest.write(chunk)) await drained();
    }
    if (end) {
      dest.end();
      await drained();
    }
    done();
  } catch (err) {
    done(error !== err ? require('internal/errors').aggregateTwoErrors(error, err) : err);
  } finally {
    stop();
    dest.off('drain', wake);
  }
}

function pipeline(...streams) {
  const callback = once(takeCallback(streams));
  if (Array.isArray(streams[0]) && streams.length === 1) streams = streams[0];
  return pipelineImpl(streams, callback, {});
}

function takeCallback(streams) {
  require('internal/validators').validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
  return streams.pop();
}

function pipelineImpl(streams, callback, options) {
  if (streams.length < 2) throw new codes.ERR_MISSING_ARGS('streams');
  const ac = new AbortController();
  const outer = options.signal;
  const onOuterAbort = () => settle(new AbortError(undefined, { cause: outer.reason }), true);
  if (outer) {
    if (outer.aborted) tick(onOuterAbort);
    else outer.addEventListener('abort', onOuterAbort, { once: true });
  }

  let error;
  let value;
  let pending = 0;
  const teardown = [];
  let done = false;

  function settle(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (teardown.length) teardown.shift()(error);
    outer?.removeEventListener('abort', onOuterAbort);
    ac.abort();
    if (final && !done) {
      done = true;
      tick(callback, error, value);
    }
  }
  const step = (err) => settle(err, --pending === 0);

  let last;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || options.end !== false;
    const isLast = i === streams.length - 1;

    if (shared.isNodeStream(stream)) {
      if (end) {
        let over = false;
        stream.on('close', () => { over = true; });
        finished(stream, { readable: reading, writable: writing }, (err) => { over = !err; });
        teardown.push((err) => {
          if (over) return;
          over = true;
          shared.destroyAny(stream, err || new codes.ERR_STREAM_DESTROYED('pipe'));
        });
      }
      if (reading) {
        // an error tears the pipeline down at once; the stream's own finished() still counts it as done
        stream.on('error', (err) => {
          if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') settle(err, false);
        });
      }
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        last = stream({ signal: ac.signal });
        if (!isIterable(last)) throw new codes.ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', last);
      } else if (shared.isNodeStream(stream) || isIterable(stream)) {
        last = stream;
      } else {
        throw new codes.ERR_INVALID_ARG_TYPE('source', ['Stream', 'Iterable', 'AsyncIterable', 'Function'], stream);
      }
    } else if (typeof stream === 'function') {
      last = stream(toAsyncIterable(last), { signal: ac.signal });
      if (reading) {
        if (!isIterable(last)) throw new codes.ERR_INVALID_RETURN_VALUE('AsyncIterable', `transform[${i - 1}]`, last);
      } else {
        const { PassThrough } = require('internal/streams/duplex');
        const pt = new PassThrough({ objectMode: true });
        const result = last;
        if (result && typeof result.then === 'function') {
          pending++;
          result.then((v) => {
            value = v;
            if (v != null) pt.write(v);
            if (end) pt.end();
            tick(step);
          }, (err) => {
            pt.destroy(err);
            tick(step, err);
          });
        } else if (isIterable(result)) {
          pending++;
          pump(result, pt, step, true);
        } else {
          throw new codes.ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', result);
        }
        last = pt;
        let over = false;
        finished(pt, { readable: true, writable: false }, (err) => { over = !err; });
        teardown.push((err) => { if (!over) { over = true; shared.destroyAny(pt, err); } });
      }
    } else if (shared.isNodeStream(stream)) {
      if (shared.isNodeStream(last)) {
        pending += 2;
        connect(last, stream, step, end);
      } else if (isIterable(last)) {
        pending++;
        pump(last, stream, step, end);
      } else {
        throw new codes.ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], last);
      }
      last = stream;
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable', 'Function'], stream);
    }
  }
  if (outer?.aborted) outer.removeEventListener('abort', onOuterAbort);
  return last;
}

// Pipes src into dst; step() is called once for each of the two when it is done: src when it has ended (or
// failed), dst when it has finished (a destination that closes first is reported by its finished():
// ERR_STREAM_PREMATURE_CLOSE). With end: false the destination stays open, and is done at once.
function connect(src, dst, step, end) {
  src.pipe(dst, { end: false });
  const finish = () => { if (end) dst.end(); };
  if (src._readableState?.endEmitted) tick(finish);
  else src.once('end', finish);
  finished(src, { readable: true, writable: false }, (err) => {
    const r = src._readableState;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && r && r.ended && !r.errored && !r.errorEmitted) {
      src.once('end', () => step());
    } else {
      step(err);
    }
  });
  if (end) finished(dst, { readable: false, writable: true }, step);
  else step();
}

module.exports = { finished, pipeline, pipelineImpl, takeCallback, addAbortSignal, once };
