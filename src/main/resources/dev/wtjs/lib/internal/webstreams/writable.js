'use strict';
// WritableStream (WHATWG Streams): the stream, its default writer and controller.

const { codes } = require('internal/errors');
const {
  kState, slotsOf, isBrand, setSlots, deferred, handled, rejected, promiseCall, methodOf, enqueueValueWithSize,
  dequeueValue, resetQueue, highWaterMarkOf, sizeOf, checkObjectArg, inspectAs, defineToStringTag,
  customInspectSymbol,
} = require('internal/webstreams/shared');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_ILLEGAL_CONSTRUCTOR } = codes;

const kPrivate = Symbol('kPrivate');
const kCloseSentinel = Symbol('close');

class WritableStream {
  constructor(sink = undefined, strategy = undefined) {
    setSlots(this, newStreamSlots());
    if (sink === kPrivate) return;
    sink = sink === null ? null : checkObjectArg(sink, 'sink');
    strategy = checkObjectArg(strategy, 'strategy');
    if (sink?.type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', sink.type);
    const size = sizeOf(strategy);
    const hwm = highWaterMarkOf(strategy, 1);
    const start = methodOf(sink, 'start', 'sink');
    const write = methodOf(sink, 'write', 'sink');
    const close = methodOf(sink, 'close', 'sink');
    const abort = methodOf(sink, 'abort', 'sink');
    const controller = new WritableStreamDefaultController(kPrivate);
    setUpController(this, controller,
      () => (start === undefined ? undefined : Reflect.apply(start, sink, [controller])),
      (chunk) => promiseCall(write, sink, chunk, controller),
      () => promiseCall(close, sink),
      (reason) => promiseCall(abort, sink, reason),
      hwm, size);
  }

  get locked() {
    return slotsOf(this, 'WritableStream').writer !== undefined;
  }

  abort(reason = undefined) {
    if (!isBrand(this, 'WritableStream')) return rejected(new codes.ERR_INVALID_THIS('WritableStream'));
    if (this[kState].writer !== undefined) {
      return rejected(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    return streamAbort(this, reason);
  }

  close() {
    if (!isBrand(this, 'WritableStream')) return rejected(new codes.ERR_INVALID_THIS('WritableStream'));
    if (this[kState].writer !== undefined) {
      return rejected(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    if (closeQueuedOrInFlight(this)) {
      return rejected(new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    }
    return streamClose(this);
  }

  getWriter() {
    slotsOf(this, 'WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [customInspectSymbol](depth, opts) {
    const s = slotsOf(this, 'WritableStream');
    return inspectAs(this, { locked: s.writer !== undefined, state: s.state }, depth, opts);
  }
}
defineToStringTag(WritableStream);
require('internal/worker/cloneables').markTransferOnly(WritableStream);

function newStreamSlots() {
  return {
    brand: 'WritableStream', state: 'writable', storedError: undefined, writer: undefined, controller: undefined,
    inFlightWriteRequest: undefined, closeRequest: undefined, inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined, writeRequests: [], backpressure: false,
  };
}

function streamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  s.controller[kState].abortController.abort(reason);
  const state = s.state;
  if (state === 'closed' || state === 'errored') return Promise.resolve();
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = deferred();
  s.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return promise.promise;
}

function streamClose(stream) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') {
    return rejected(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const promise = deferred();
  s.closeRequest = promise;
  if (s.writer !== undefined && s.backpressure && s.state === 'writable') s.writer[kState].ready.resolve(undefined);
  const c = s.controller[kState];
  enqueueValueWithSize(c, kCloseSentinel, 0);
  advanceQueueIfNeeded(c);
  return promise.promise;
}

function closeQueuedOrInFlight(stream) {
  const s = stream[kState];
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function hasInFlight(stream) {
  const s = stream[kState];
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function dealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function startErroring(stream, reason) {
  const s = stream[kState];
  const c = s.controller[kState];
  s.state = 'erroring';
  s.storedError = reason;
  if (s.writer !== undefined) writerEnsureReadyRejected(s.writer, reason);
  if (!hasInFlight(stream) && c.started) finishErroring(stream);
}

function finishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  const c = s.controller[kState];
  resetQueue(c); // the controller's error steps
  const error = s.storedError;
  for (const request of s.writeRequests) request.reject(error);
  s.writeRequests = [];
  const abort = s.pendingAbortRequest;
  if (abort === undefined) {
    rejectCloseAndClosedIfNeeded(stream);
    return;
  }
  s.pendingAbortRequest = undefined;
  if (abort.wasAlreadyErroring) {
    abort.promise.reject(error);
    rejectCloseAndClosedIfNeeded(stream);
    return;
  }
  const result = c.abortAlgorithm(abort.reason);
  clearAlgorithms(c);
  result.then(() => {
    abort.promise.resolve(undefined);
    rejectCloseAndClosedIfNeeded(stream);
  }, (e) => {
    abort.promise.reject(e);
    rejectCloseAndClosedIfNeeded(stream);
  });
}

function finishInFlightWrite(stream) {
  stream[kState].inFlightWriteRequest.resolve(undefined);
  stream[kState].inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(stream, error) {
  stream[kState].inFlightWriteRequest.reject(error);
  stream[kState].inFlightWriteRequest = undefined;
  dealWithRejection(stream, error);
}

function finishInFlightClose(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest.resolve(undefined);
  s.inFlightCloseRequest = undefined;
  if (s.state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.promise.resolve(undefined);
      s.pendingAbortRequest = undefined;
    }
  }
  s.state = 'closed';
  if (s.writer !== undefined) s.writer[kState].closed.resolve(undefined);
}

function finishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  s.inFlightCloseRequest.reject(error);
  s.inFlightCloseRequest = undefined;
  if (s.pendingAbortRequest !== undefined) {
    s.pendingAbortRequest.promise.reject(error);
    s.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function rejectCloseAndClosedIfNeeded(stream) {
  const s = stream[kState];
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = undefined;
  }
  if (s.writer !== undefined) {
    const closed = s.writer[kState].closed;
    closed.reject(s.storedError);
    handled(closed.promise);
  }
}

function updateBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.writer !== undefined && backpressure !== s.backpressure) {
    if (backpressure) s.writer[kState].ready = deferred();
    else s.writer[kState].ready.resolve(undefined);
  }
  s.backpressure = backpressure;
}

// ---- the writer ----
class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isBrand(stream, 'WritableStream')) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    const s = stream[kState];
    if (s.writer !== undefined) throw new ERR_INVALID_STATE.TypeError('WritableStream is locked');
    const w = setSlots(this, { brand: 'WritableStreamDefaultWriter', stream, ready: deferred(), closed: deferred() });
    s.writer = this;
    if (s.state === 'writable') {
      if (!closeQueuedOrInFlight(stream) && s.backpressure) { /* ready stays pending */ } else w.ready.resolve();
    } else if (s.state === 'erroring') {
      w.ready.reject(s.storedError);
      handled(w.ready.promise);
    } else if (s.state === 'closed') {
      w.ready.resolve();
      w.closed.resolve();
    } else {
      w.ready.reject(s.storedError);
      handled(w.ready.promise);
      w.closed.reject(s.storedError);
      handled(w.closed.promise);
    }
  }

  get closed() {
    return writerCall(this, false, () => this[kState].closed.promise);
  }

  get ready() {
    return writerCall(this, false, () => this[kState].ready.promise);
  }

  get desiredSize() {
    const w = slotsOf(this, 'WritableStreamDefaultWriter');
    if (w.stream === undefined) throw new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
    return writerDesiredSize(this);
  }

  abort(reason = undefined) {
    return writerCall(this, true, (stream) => streamAbort(stream, reason));
  }

  close() {
    return writerCall(this, true, (stream) => {
      if (closeQueuedOrInFlight(stream)) {
        return rejected(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
      }
      return streamClose(stream);
    });
  }

  releaseLock() {
    const w = slotsOf(this, 'WritableStreamDefaultWriter');
    if (w.stream === undefined) return;
    writerRelease(this);
  }

  write(chunk = undefined) {
    return writerCall(this, true, () => writerWrite(this, chunk));
  }

  [customInspectSymbol](depth, opts) {
    const w = slotsOf(this, 'WritableStreamDefaultWriter');
    return inspectAs(this, { stream: w.stream, close: w.closed.promise, ready: w.ready.promise,
      desiredSize: w.stream === undefined ? null : writerDesiredSize(this) }, depth, opts);
  }
}
defineToStringTag(WritableStreamDefaultWriter);

// The writer's promise-returning members reject (never throw) on a receiver that is no writer and, when they need
// the stream, on a writer whose lock was released; otherwise body gets the stream.
function writerCall(writer, needsStream, body) {
  if (!isBrand(writer, 'WritableStreamDefaultWriter')) {
    return rejected(new codes.ERR_INVALID_THIS('WritableStreamDefaultWriter'));
  }
  const stream = writer[kState].stream;
  if (needsStream && stream === undefined) {
    return rejected(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
  }
  return body(stream);
}

function writerDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  const c = stream[kState].controller[kState];
  return c.strategyHWM - c.queueTotalSize;
}

function writerEnsureReadyRejected(writer, error) {
  const w = writer[kState];
  if (!w.ready.settled) w.ready.reject(error);
  else {
    w.ready = deferred();
    w.ready.reject(error);
  }
  handled(w.ready.promise);
}

function writerEnsureClosedRejected(writer, error) {
  const w = writer[kState];
  if (!w.closed.settled) w.closed.reject(error);
  else {
    w.closed = deferred();
    w.closed.reject(error);
  }
  handled(w.closed.promise);
}

function writerRelease(writer) {
  const w = writer[kState];
  const stream = w.stream;
  const error = new ERR_INVALID_STATE.TypeError('Writer has been released');
  writerEnsureReadyRejected(writer, error);
  writerEnsureClosedRejected(writer, error);
  stream[kState].writer = undefined;
  w.stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  const c = s.controller[kState];
  let size;
  try {
    size = c.sizeAlgorithm(chunk);
  } catch (e) {
    if (s.state === 'writable') startErroring(stream, e);
    size = 1;
  }
  if (stream !== writer[kState].stream) {
    return rejected(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
  }
  if (s.state === 'errored') return rejected(s.storedError);
  if (closeQueuedOrInFlight(stream) || s.state === 'closed') {
    return rejected(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  if (s.state === 'erroring') return rejected(s.storedError);
  const request = deferred();
  s.writeRequests.push(request);
  try {
    enqueueValueWithSize(c, chunk, size);
  } catch (e) {
    controllerErrorIfNeeded(c, e);
    return request.promise;
  }
  if (!closeQueuedOrInFlight(stream) && s.state === 'writable') updateBackpressure(stream, getBackpressure(c));
  advanceQueueIfNeeded(c);
  return request.promise;
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (closeQueuedOrInFlight(stream) || state === 'closed') return Promise.resolve();
  if (state === 'errored') return Promise.reject(stream[kState].storedError);
  return streamClose(stream);
}

// ---- the controller ----
class WritableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kPrivate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get signal() {
    return slotsOf(this, 'WritableStreamDefaultController').abortController.signal;
  }

  error(error = undefined) {
    const c = slotsOf(this, 'WritableStreamDefaultController');
    if (c.stream[kState].state !== 'writable') return;
    controllerError(c, error);
  }

  [customInspectSymbol](depth, opts) {
    const c = slotsOf(this, 'WritableStreamDefaultController');
    return inspectAs(this, { stream: c.stream }, depth, opts);
  }
}
defineToStringTag(WritableStreamDefaultController);

function clearAlgorithms(c) {
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.sizeAlgorithm = undefined;
}

function getBackpressure(c) {
  return c.strategyHWM - c.queueTotalSize <= 0;
}

function controllerError(c, error) {
  clearAlgorithms(c);
  startErroring(c.stream, error);
}

function controllerErrorIfNeeded(c, error) {
  if (c.stream[kState].state === 'writable') controllerError(c, error);
}

function advanceQueueIfNeeded(c) {
  const stream = c.stream;
  const s = stream[kState];
  if (!c.started || s.inFlightWriteRequest !== undefined) return;
  if (s.state === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (c.queue.length === 0) return;
  const value = c.queue[0].value;
  if (value === kCloseSentinel) processClose(c);
  else processWrite(c, value);
}

function processClose(c) {
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
  dequeueValue(c);
  const result = c.closeAlgorithm();
  clearAlgorithms(c);
  result.then(() => finishInFlightClose(stream), (e) => finishInFlightCloseWithError(stream, e));
}

function processWrite(c, chunk) {
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightWriteRequest = s.writeRequests.shift();
  c.writeAlgorithm(chunk).then(() => {
    finishInFlightWrite(stream);
    const state = s.state;
    dequeueValue(c);
    if (!closeQueuedOrInFlight(stream) && state === 'writable') updateBackpressure(stream, getBackpressure(c));
    advanceQueueIfNeeded(c);
  }, (e) => {
    if (s.state === 'writable') clearAlgorithms(c);
    finishInFlightWriteWithError(stream, e);
  });
}

function setUpController(stream, controller, start, write, close, abort, hwm, size) {
  const c = setSlots(controller, {
    brand: 'WritableStreamDefaultController', stream, queue: [], queueTotalSize: 0, started: false,
    strategyHWM: hwm, sizeAlgorithm: size, writeAlgorithm: write, closeAlgorithm: close, abortAlgorithm: abort,
    abortController: new AbortController(),
  });
  stream[kState].controller = controller;
  updateBackpressure(stream, getBackpressure(c));
  const started = start();
  Promise.resolve(started).then(() => {
    c.started = true;
    advanceQueueIfNeeded(c);
  }, (e) => {
    c.started = true;
    dealWithRejection(stream, e);
  });
}

// A stream whose sink is this runtime's own functions (transform streams, adapters).
function createWritableStream(start, write, close, abort, hwm = 1, size = () => 1) {
  const stream = new WritableStream(kPrivate);
  const controller = new WritableStreamDefaultController(kPrivate);
  setUpController(stream, controller, () => start(controller), write, close, abort, hwm, size);
  return stream;
}

function isWritableStream(value) {
  return isBrand(value, 'WritableStream');
}

module.exports = {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, createWritableStream,
  isWritableStream, streamAbort, streamClose, closeQueuedOrInFlight, writerCloseWithErrorPropagation,
  writerWrite, writerRelease, controllerErrorIfNeeded, writerDesiredSize,
};
