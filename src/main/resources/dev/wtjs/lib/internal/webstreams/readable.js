'use strict';
// ReadableStream (WHATWG Streams): the stream, its default and BYOB readers, and the two controllers. The
// abstract operations are plain functions over the slots kept under `kState`; the classes are thin.

const { codes } = require('internal/errors');
const {
  kState, slotsOf, isBrand, setSlots, deferred, handled, rejected, promiseCall, methodOf, enqueueValueWithSize,
  dequeueValue, resetQueue, highWaterMarkOf, sizeOf, checkObjectArg, inspectAs, defineToStringTag, transferBuffer,
  isDetached, customInspectSymbol,
} = require('internal/webstreams/shared');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_ILLEGAL_CONSTRUCTOR, ERR_ARG_NOT_ITERABLE,
} = codes;

const kPrivate = Symbol('kPrivate'); // lets this module call constructors users may not

// ---- ReadableStream ----
class ReadableStream {
  constructor(source = undefined, strategy = undefined) {
    if (source === kPrivate) {
      setSlots(this, newStreamSlots());
      return;
    }
    source = source === null ? null : checkObjectArg(source, 'source');
    strategy = checkObjectArg(strategy, 'strategy');
    setSlots(this, newStreamSlots());
    const type = source?.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      }
      setUpByteControllerFromSource(this, source, highWaterMarkOf(strategy, 0));
    } else if (type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('source.type', type);
    } else {
      const size = sizeOf(strategy);
      setUpDefaultControllerFromSource(this, source, highWaterMarkOf(strategy, 1), size);
    }
  }

  get locked() {
    return slotsOf(this, 'ReadableStream').reader !== undefined;
  }

  cancel(reason = undefined) {
    if (!isBrand(this, 'ReadableStream')) return rejected(new codes.ERR_INVALID_THIS('ReadableStream'));
    if (this[kState].reader !== undefined) {
      return rejected(new ERR_INVALID_STATE.TypeError('ReadableStream is locked'));
    }
    return streamCancel(this, reason);
  }

  getReader(options = undefined) {
    slotsOf(this, 'ReadableStream');
    options = checkObjectArg(options, 'options');
    const mode = options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = undefined) {
    slotsOf(this, 'ReadableStream');
    const readable = transform?.readable;
    if (!isBrand(readable, 'ReadableStream')) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform?.writable;
    if (!isBrand(writable, 'WritableStream')) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    const opts = pipeOptions(options);
    if (this[kState].reader !== undefined) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    if (writable[kState].writer !== undefined) throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    handled(pipe()(this, writable, opts));
    return readable;
  }

  pipeTo(destination, options = undefined) {
    try {
      slotsOf(this, 'ReadableStream');
      if (!isBrand(destination, 'WritableStream')) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const opts = pipeOptions(options);
      if (this[kState].reader !== undefined) {
        throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      }
      if (destination[kState].writer !== undefined) {
        throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      }
      return pipe()(this, destination, opts);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  tee() {
    slotsOf(this, 'ReadableStream');
    if (this[kState].reader !== undefined) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    return teeStream(this);
  }

  values(options = undefined) {
    slotsOf(this, 'ReadableStream');
    options = checkObjectArg(options, 'options');
    return asyncIterator(this, !!options.preventCancel);
  }

  [Symbol.asyncIterator](options = undefined) {
    return this.values(options);
  }

  static from(iterable) {
    return streamFromIterable(iterable);
  }

  [customInspectSymbol](depth, opts) {
    const s = slotsOf(this, 'ReadableStream');
    return inspectAs(this, {
      locked: s.reader !== undefined,
      state: s.state,
      supportsBYOB: isBrand(s.controller, 'ReadableByteStreamController'),
    }, depth, opts);
  }
}
defineToStringTag(ReadableStream);
require('internal/worker/cloneables').markTransferOnly(ReadableStream);

function newStreamSlots() {
  return {
    brand: 'ReadableStream', state: 'readable', reader: undefined, storedError: undefined, disturbed: false,
    controller: undefined,
  };
}

function pipeOptions(options) {
  options = checkObjectArg(options, 'options');
  const signal = options.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return {
    preventClose: !!options.preventClose, preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel, signal,
  };
}

let pipeFn;
function pipe() {
  pipeFn ??= require('internal/webstreams/pipe').pipeStreams;
  return pipeFn;
}

// ---- stream operations ----
function streamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  streamClose(stream);
  const reader = s.reader;
  if (reader !== undefined && isBrand(reader, 'ReadableStreamBYOBReader')) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const r of requests) r.close(undefined);
  }
  return s.controller[kState].cancelSteps(reason).then(() => undefined);
}

function streamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  const reader = s.reader;
  if (reader === undefined) return;
  reader[kState].closed.resolve(undefined);
  if (isBrand(reader, 'ReadableStreamDefaultReader')) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const r of requests) r.close();
  }
}

function streamError(stream, error) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = error;
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kState];
  r.closed.reject(error);
  handled(r.closed.promise);
  const requests = r.readRequests ?? r.readIntoRequests;
  if (r.readRequests) r.readRequests = [];
  else r.readIntoRequests = [];
  for (const req of requests) req.error(error);
}

function numReadRequests(stream) {
  const reader = stream[kState].reader;
  if (reader === undefined) return 0;
  return (reader[kState].readRequests ?? reader[kState].readIntoRequests).length;
}

function hasDefaultReader(stream) {
  return isBrand(stream[kState].reader, 'ReadableStreamDefaultReader');
}

function hasBYOBReader(stream) {
  return isBrand(stream[kState].reader, 'ReadableStreamBYOBReader');
}

function addReadRequest(stream, request) {
  stream[kState].reader[kState].readRequests.push(request);
}

function fulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

// ---- readers ----
function initializeReader(reader, stream, slots) {
  const s = stream[kState];
  slots.stream = stream;
  slots.closed = deferred();
  s.reader = reader;
  if (s.state === 'closed') slots.closed.resolve(undefined);
  else if (s.state === 'errored') {
    slots.closed.reject(s.storedError);
    handled(slots.closed.promise);
  }
}

function releaseReader(reader) {
  const r = reader[kState];
  const stream = r.stream;
  const error = new ERR_INVALID_STATE.TypeError('Reader released');
  if (stream[kState].state === 'readable') r.closed.reject(error);
  else {
    r.closed = deferred();
    r.closed.reject(error);
  }
  handled(r.closed.promise);
  stream[kState].controller[kState].releaseSteps();
  stream[kState].reader = undefined;
  r.stream = undefined;
  const requests = r.readRequests ?? r.readIntoRequests;
  if (r.readRequests) r.readRequests = [];
  else r.readIntoRequests = [];
  for (const req of requests) req.error(error);
}

// A reader's promise-returning members reject (never throw) on a receiver that is not a `brand` reader and, when
// they need the stream, on a reader whose lock was released; otherwise body gets the stream.
function readerCall(reader, brand, needsStream, body) {
  if (!isBrand(reader, brand)) return rejected(new codes.ERR_INVALID_THIS(brand));
  const stream = reader[kState].stream;
  if (needsStream && stream === undefined) {
    return rejected(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
  }
  return body(stream);
}

function readerCancel(reader, reason) {
  return readerCall(reader, reader[kState].brand, true, (stream) => streamCancel(stream, reason));
}

// A read's promise. A chunk given at once (from the queue, inside read()) comes as { done, value }, one given
// later as { value, done }: the two shapes node's results print with.
function readRequestPromise() {
  const d = deferred();
  const request = {
    promise: d.promise,
    atOnce: true,
    chunk: (value) => d.resolve(request.atOnce ? { done: false, value } : { value, done: false }),
    close: (value = undefined) => d.resolve({ value, done: true }),
    error: (e) => d.reject(e),
  };
  return request;
}

function defaultReaderRead(reader, request) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') request.close();
  else if (s.state === 'errored') request.error(s.storedError);
  else s.controller[kState].pullSteps(request);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isBrand(stream, 'ReadableStream')) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (stream[kState].reader !== undefined) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    const slots = setSlots(this, { brand: 'ReadableStreamDefaultReader', readRequests: [] });
    initializeReader(this, stream, slots);
  }

  read() {
    return readerCall(this, 'ReadableStreamDefaultReader', true, () => {
      const request = readRequestPromise();
      defaultReaderRead(this, request);
      request.atOnce = false;
      return request.promise;
    });
  }

  releaseLock() {
    const r = slotsOf(this, 'ReadableStreamDefaultReader');
    if (r.stream === undefined) return;
    releaseReader(this);
  }

  get closed() {
    return readerCall(this, 'ReadableStreamDefaultReader', false, () => this[kState].closed.promise);
  }

  cancel(reason = undefined) {
    return readerCall(this, 'ReadableStreamDefaultReader', true, (stream) => streamCancel(stream, reason));
  }

  [customInspectSymbol](depth, opts) {
    const r = slotsOf(this, 'ReadableStreamDefaultReader');
    return inspectAs(this, { stream: r.stream, readRequests: r.readRequests.length, close: r.closed.promise },
      depth, opts);
  }
}
defineToStringTag(ReadableStreamDefaultReader);

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isBrand(stream, 'ReadableStream')) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (!isBrand(stream[kState].controller, 'ReadableByteStreamController')) {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    if (stream[kState].reader !== undefined) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    const slots = setSlots(this, { brand: 'ReadableStreamBYOBReader', readIntoRequests: [] });
    initializeReader(this, stream, slots);
  }

  read(view, options = undefined) {
    return readerCall(this, 'ReadableStreamBYOBReader', false, (stream) => byobRead(stream, view, options));
  }

  releaseLock() {
    const r = slotsOf(this, 'ReadableStreamBYOBReader');
    if (r.stream === undefined) return;
    releaseReader(this);
  }

  get closed() {
    return readerCall(this, 'ReadableStreamBYOBReader', false, () => this[kState].closed.promise);
  }

  cancel(reason = undefined) {
    return readerCall(this, 'ReadableStreamBYOBReader', true, (stream) => streamCancel(stream, reason));
  }

  [customInspectSymbol](depth, opts) {
    const r = slotsOf(this, 'ReadableStreamBYOBReader');
    return inspectAs(this, { stream: r.stream, requestIntoRequests: r.readIntoRequests.length,
      close: r.closed.promise }, depth, opts);
  }
}
defineToStringTag(ReadableStreamBYOBReader);

// BYOB read(view, options): the view and options.min checked in node's order, then a pull into the view.
function byobRead(stream, view, options) {
  if (!ArrayBuffer.isView(view)) {
    return rejected(new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
  }
  if (view.byteLength === 0 || view.buffer.byteLength === 0 || isDetached(view.buffer)) {
    return rejected(new ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached'));
  }
  let min = 1;
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') {
      return rejected(new ERR_INVALID_ARG_TYPE('options', 'object', options));
    }
    if (options.min !== undefined) {
      if (typeof options.min !== 'number') {
        return rejected(new ERR_INVALID_ARG_TYPE('options.min', 'number', options.min));
      }
      min = options.min;
    }
  }
  if (!Number.isInteger(min)) return rejected(new ERR_INVALID_ARG_VALUE('options.min', min, 'must be an integer'));
  if (min <= 0) return rejected(new ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0'));
  const length = view instanceof DataView ? view.byteLength : view.length;
  if (min > length) return rejected(new codes.ERR_OUT_OF_RANGE('options.min', '<= view.length', min));
  if (stream === undefined) {
    return rejected(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
  }
  const request = readRequestPromise();
  request.atOnce = false; // (BYOB results are always { value, done })
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'errored') request.error(s.storedError);
  else byteControllerPullInto(s.controller[kState], view, min, request);
  return request.promise;
}

// ---- the default controller ----
class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kPrivate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    return defaultDesiredSize(slotsOf(this, 'ReadableStreamDefaultController'));
  }

  close() {
    const c = slotsOf(this, 'ReadableStreamDefaultController');
    if (!defaultCanCloseOrEnqueue(c)) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    defaultControllerClose(c);
  }

  enqueue(chunk = undefined) {
    const c = slotsOf(this, 'ReadableStreamDefaultController');
    if (!defaultCanCloseOrEnqueue(c)) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    defaultControllerEnqueue(c, chunk);
  }

  error(error = undefined) {
    defaultControllerError(slotsOf(this, 'ReadableStreamDefaultController'), error);
  }

  [customInspectSymbol](depth, opts) {
    const c = slotsOf(this, 'ReadableStreamDefaultController');
    return inspectAs(this, { stream: c.stream }, depth, opts);
  }
}
defineToStringTag(ReadableStreamDefaultController);

function defaultDesiredSize(c) {
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function defaultCanCloseOrEnqueue(c) {
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

function defaultControllerClose(c) {
  if (!defaultCanCloseOrEnqueue(c)) return;
  c.closeRequested = true;
  if (c.queue.length === 0) {
    clearAlgorithms(c);
    streamClose(c.stream);
  }
}

function defaultControllerEnqueue(c, chunk) {
  if (!defaultCanCloseOrEnqueue(c)) return;
  const stream = c.stream;
  if (stream[kState].reader !== undefined && numReadRequests(stream) > 0) {
    fulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = c.sizeAlgorithm(chunk);
      enqueueValueWithSize(c, chunk, size);
    } catch (e) {
      defaultControllerError(c, e);
      throw e;
    }
  }
  defaultCallPullIfNeeded(c);
}

function defaultControllerError(c, error) {
  if (c.stream[kState].state !== 'readable') return;
  resetQueue(c);
  clearAlgorithms(c);
  streamError(c.stream, error);
}

function clearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.sizeAlgorithm = undefined;
}

function defaultShouldCallPull(c) {
  if (!defaultCanCloseOrEnqueue(c) || !c.started) return false;
  const stream = c.stream;
  if (stream[kState].reader !== undefined && numReadRequests(stream) > 0) return true;
  return defaultDesiredSize(c) > 0;
}

// Runs the controller's pull when shouldPull says so, one at a time: a pull asked for meanwhile runs after it.
function callPullIfNeeded(c, shouldPull, fail) {
  if (!shouldPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      callPullIfNeeded(c, shouldPull, fail);
    }
  }, (e) => fail(c, e));
}

function defaultCallPullIfNeeded(c) {
  callPullIfNeeded(c, defaultShouldCallPull, defaultControllerError);
}

function setUpDefaultController(stream, controller, start, pull, cancel, hwm, size) {
  const c = setSlots(controller, {
    brand: 'ReadableStreamDefaultController', stream, queue: [], queueTotalSize: 0, started: false,
    closeRequested: false, pullAgain: false, pulling: false, sizeAlgorithm: size, strategyHWM: hwm,
    pullAlgorithm: pull, cancelAlgorithm: cancel,
  });
  c.cancelSteps = (reason) => {
    resetQueue(c);
    const result = c.cancelAlgorithm(reason);
    clearAlgorithms(c);
    return result;
  };
  c.pullSteps = (request) => {
    if (c.queue.length > 0) {
      const chunk = dequeueValue(c);
      if (c.closeRequested && c.queue.length === 0) {
        clearAlgorithms(c);
        streamClose(stream);
      } else {
        defaultCallPullIfNeeded(c);
      }
      request.chunk(chunk);
    } else {
      addReadRequest(stream, request);
      defaultCallPullIfNeeded(c);
    }
  };
  c.releaseSteps = () => {};
  stream[kState].controller = controller;
  let started;
  try {
    started = start();
  } catch (e) {
    throw e;
  }
  Promise.resolve(started).then(() => {
    c.started = true;
    defaultCallPullIfNeeded(c);
  }, (e) => defaultControllerError(c, e));
}

function setUpDefaultControllerFromSource(stream, source, hwm, size) {
  const controller = new ReadableStreamDefaultController(kPrivate);
  const start = methodOf(source, 'start', 'source');
  const pull = methodOf(source, 'pull', 'source');
  const cancel = methodOf(source, 'cancel', 'source');
  setUpDefaultController(stream, controller,
    () => (start === undefined ? undefined : Reflect.apply(start, source, [controller])),
    () => promiseCall(pull, source, controller),
    (reason) => promiseCall(cancel, source, reason),
    hwm, size);
}

// A stream whose controller is driven by this runtime (tee, from, transform streams, adapters).
function createReadableStream(start, pull, cancel, hwm = 1, size = () => 1) {
  const stream = new ReadableStream(kPrivate);
  const controller = new ReadableStreamDefaultController(kPrivate);
  setUpDefaultController(stream, controller, () => start(controller), () => pull(controller), cancel, hwm, size);
  return stream;
}

// ---- the byte stream controller ----
class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== kPrivate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    const c = slotsOf(this, 'ReadableByteStreamController');
    if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
      const d = c.pendingPullIntos[0];
      const view = new Uint8Array(d.buffer, d.byteOffset + d.bytesFilled, d.byteLength - d.bytesFilled);
      const request = new ReadableStreamBYOBRequest(kPrivate);
      setSlots(request, { brand: 'ReadableStreamBYOBRequest', controller: c, view });
      c.byobRequest = request;
    }
    return c.byobRequest;
  }

  get desiredSize() {
    return byteDesiredSize(slotsOf(this, 'ReadableByteStreamController'));
  }

  close() {
    const c = slotsOf(this, 'ReadableByteStreamController');
    if (c.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (c.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    byteControllerClose(c);
  }

  enqueue(chunk) {
    const c = slotsOf(this, 'ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0 || isDetached(chunk.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    if (c.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (c.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    byteControllerEnqueue(c, chunk);
  }

  error(error = undefined) {
    byteControllerError(slotsOf(this, 'ReadableByteStreamController'), error);
  }

  [customInspectSymbol](depth, opts) {
    const c = slotsOf(this, 'ReadableByteStreamController');
    return inspectAs(this, { stream: c.stream }, depth, opts);
  }
}
defineToStringTag(ReadableByteStreamController);

class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== kPrivate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    return slotsOf(this, 'ReadableStreamBYOBRequest').view;
  }

  respond(bytesWritten) {
    const r = slotsOf(this, 'ReadableStreamBYOBRequest');
    if (r.controller === undefined) throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    const n = Number(bytesWritten);
    if (!Number.isFinite(n) || n < 0) throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    if (isDetached(r.view.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    byteControllerRespond(r.controller, Math.trunc(n));
  }

  respondWithNewView(view) {
    const r = slotsOf(this, 'ReadableStreamBYOBRequest');
    if (r.controller === undefined) throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    if (!ArrayBuffer.isView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    if (isDetached(view.buffer)) throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    byteControllerRespondWithNewView(r.controller, view);
  }

  [customInspectSymbol](depth, opts) {
    const r = slotsOf(this, 'ReadableStreamBYOBRequest');
    return inspectAs(this, { view: r.view, controller: r.controller }, depth, opts);
  }
}
defineToStringTag(ReadableStreamBYOBRequest);

function byteDesiredSize(c) {
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function invalidateBYOBRequest(c) {
  if (c.byobRequest === null) return;
  const r = c.byobRequest[kState];
  r.controller = undefined;
  r.view = null;
  c.byobRequest = null;
}

function byteControllerClose(c) {
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = new ERR_INVALID_STATE.TypeError('Partial read');
      byteControllerError(c, e);
      throw e;
    }
  }
  clearAlgorithms(c);
  streamClose(stream);
}

function byteControllerError(c, error) {
  if (c.stream[kState].state !== 'readable') return;
  invalidateBYOBRequest(c);
  c.pendingPullIntos = [];
  resetQueue(c);
  clearAlgorithms(c);
  streamError(c.stream, error);
}

function viewOfDescriptor(d) {
  const Ctor = d.viewConstructor;
  return new Ctor(d.buffer, d.byteOffset, d.bytesFilled / d.elementSize);
}

function commitPullInto(stream, d) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const view = viewOfDescriptor(d);
  if (d.readerType === 'default') {
    fulfillReadRequest(stream, view, done);
  } else {
    const request = stream[kState].reader[kState].readIntoRequests.shift();
    if (done) request.close(view);
    else request.chunk(view);
  }
}

function enqueueChunkToQueue(c, buffer, byteOffset, byteLength) {
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function fillPullIntoFromQueue(c, d) {
  const maxBytesToCopy = Math.min(c.queueTotalSize, d.byteLength - d.bytesFilled);
  const maxBytesFilled = d.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % d.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= d.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - d.bytesFilled;
    ready = true;
  }
  while (totalBytesToCopyRemaining > 0) {
    const head = c.queue[0];
    const n = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = d.byteOffset + d.bytesFilled;
    new Uint8Array(d.buffer, destStart, n).set(new Uint8Array(head.buffer, head.byteOffset, n));
    if (head.byteLength === n) c.queue.shift();
    else {
      head.byteOffset += n;
      head.byteLength -= n;
    }
    c.queueTotalSize -= n;
    d.bytesFilled += n;
    totalBytesToCopyRemaining -= n;
  }
  return ready;
}

function handleQueueDrain(c) {
  if (c.queueTotalSize === 0 && c.closeRequested) {
    clearAlgorithms(c);
    streamClose(c.stream);
  } else {
    byteCallPullIfNeeded(c);
  }
}

function processPullIntosUsingQueue(c) {
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) return;
    const d = c.pendingPullIntos[0];
    if (fillPullIntoFromQueue(c, d)) {
      c.pendingPullIntos.shift();
      commitPullInto(c.stream, d);
    }
  }
}

function processReadRequestsUsingQueue(c) {
  const reader = c.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    const entry = c.queue.shift();
    c.queueTotalSize -= entry.byteLength;
    handleQueueDrain(c);
    fulfillReadRequest(c.stream, new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength), false);
  }
}

function byteControllerEnqueue(c, chunk) {
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  const { byteOffset, byteLength } = chunk;
  const buffer = transferBuffer(chunk.buffer);
  if (c.pendingPullIntos.length > 0) {
    invalidateBYOBRequest(c);
    const first = c.pendingPullIntos[0];
    first.buffer = transferBuffer(first.buffer);
    if (first.readerType === 'none') {
      if (first.bytesFilled > 0) {
        enqueueChunkToQueue(c, first.buffer.slice(first.byteOffset, first.byteOffset + first.bytesFilled), 0,
          first.bytesFilled);
      }
      c.pendingPullIntos.shift();
    }
  }
  if (hasDefaultReader(stream)) {
    processReadRequestsUsingQueue(c);
    if (numReadRequests(stream) === 0) {
      enqueueChunkToQueue(c, buffer, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) c.pendingPullIntos.shift();
      fulfillReadRequest(stream, new Uint8Array(buffer, byteOffset, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    enqueueChunkToQueue(c, buffer, byteOffset, byteLength);
    processPullIntosUsingQueue(c);
  } else {
    enqueueChunkToQueue(c, buffer, byteOffset, byteLength);
  }
  byteCallPullIfNeeded(c);
}

function byteShouldCallPull(c) {
  const stream = c.stream;
  if (stream[kState].state !== 'readable' || c.closeRequested || !c.started) return false;
  if (hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
  if (hasBYOBReader(stream) && numReadRequests(stream) > 0) return true;
  return byteDesiredSize(c) > 0;
}

function byteCallPullIfNeeded(c) {
  callPullIfNeeded(c, byteShouldCallPull, byteControllerError);
}

function byteControllerPullInto(c, view, min, request) {
  const stream = c.stream;
  const elementSize = view.BYTES_PER_ELEMENT ?? 1;
  const viewConstructor = view instanceof DataView ? DataView : view.constructor;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferBuffer(view.buffer);
  } catch (e) {
    request.error(e);
    return;
  }
  const d = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0,
    minimumFill: min * elementSize, elementSize, viewConstructor, readerType: 'byob',
  };
  const reader = stream[kState].reader;
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(d);
    reader[kState].readIntoRequests.push(request);
    return;
  }
  if (stream[kState].state === 'closed') {
    request.close(new viewConstructor(d.buffer, d.byteOffset, 0));
    return;
  }
  if (c.queueTotalSize > 0) {
    if (fillPullIntoFromQueue(c, d)) {
      const filled = viewOfDescriptor(d);
      handleQueueDrain(c);
      request.chunk(filled);
      return;
    }
    if (c.closeRequested) {
      const e = new ERR_INVALID_STATE.TypeError('Partial read');
      byteControllerError(c, e);
      request.error(e);
      return;
    }
  }
  c.pendingPullIntos.push(d);
  reader[kState].readIntoRequests.push(request);
  byteCallPullIfNeeded(c);
}

function byteControllerRespond(c, bytesWritten) {
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (bytesWritten !== 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  } else if (bytesWritten === 0 || first.bytesFilled + bytesWritten > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
  }
  first.buffer = transferBuffer(first.buffer);
  respondInternal(c, bytesWritten);
}

function byteControllerRespondWithNewView(c, view) {
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  if (state === 'closed' ? view.byteLength !== 0 : view.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset ||
      first.bufferByteLength !== view.buffer.byteLength ||
      first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  const n = view.byteLength;
  first.buffer = transferBuffer(view.buffer);
  respondInternal(c, n);
}

function respondInternal(c, bytesWritten) {
  const first = c.pendingPullIntos[0];
  invalidateBYOBRequest(c);
  const stream = c.stream;
  if (stream[kState].state === 'closed') {
    if (first.readerType === 'none') c.pendingPullIntos.shift();
    if (hasBYOBReader(stream)) {
      while (numReadRequests(stream) > 0) commitPullInto(stream, c.pendingPullIntos.shift());
    }
  } else {
    first.bytesFilled += bytesWritten;
    if (first.readerType === 'none') {
      if (first.bytesFilled > 0) {
        enqueueChunkToQueue(c, first.buffer.slice(first.byteOffset, first.byteOffset + first.bytesFilled), 0,
          first.bytesFilled);
      }
      c.pendingPullIntos.shift();
      processPullIntosUsingQueue(c);
    } else if (first.bytesFilled >= first.minimumFill) {
      c.pendingPullIntos.shift();
      const remainder = first.bytesFilled % first.elementSize;
      if (remainder > 0) {
        const end = first.byteOffset + first.bytesFilled;
        enqueueChunkToQueue(c, first.buffer.slice(end - remainder, end), 0, remainder);
      }
      first.bytesFilled -= remainder;
      commitPullInto(stream, first);
      processPullIntosUsingQueue(c);
    }
  }
  byteCallPullIfNeeded(c);
}

function setUpByteController(stream, controller, start, pull, cancel, hwm, autoAllocateChunkSize) {
  const c = setSlots(controller, {
    brand: 'ReadableByteStreamController', stream, queue: [], queueTotalSize: 0, started: false,
    closeRequested: false, pullAgain: false, pulling: false, strategyHWM: hwm, pullAlgorithm: pull,
    cancelAlgorithm: cancel, pendingPullIntos: [], byobRequest: null, autoAllocateChunkSize,
  });
  c.cancelSteps = (reason) => {
    if (c.pendingPullIntos.length > 0) c.pendingPullIntos[0].bytesFilled = 0;
    c.pendingPullIntos.splice(1);
    resetQueue(c);
    const result = c.cancelAlgorithm(reason);
    clearAlgorithms(c);
    return result;
  };
  c.pullSteps = (request) => {
    if (c.queueTotalSize > 0) {
      const entry = c.queue.shift();
      c.queueTotalSize -= entry.byteLength;
      handleQueueDrain(c);
      request.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
      return;
    }
    if (c.autoAllocateChunkSize !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(c.autoAllocateChunkSize);
      } catch (e) {
        request.error(e);
        return;
      }
      c.pendingPullIntos.push({
        buffer, bufferByteLength: c.autoAllocateChunkSize, byteOffset: 0, byteLength: c.autoAllocateChunkSize,
        bytesFilled: 0, minimumFill: 1, elementSize: 1, viewConstructor: Uint8Array, readerType: 'default',
      });
    }
    addReadRequest(stream, request);
    byteCallPullIfNeeded(c);
  };
  c.releaseSteps = () => {
    if (c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos[0];
      first.readerType = 'none';
      c.pendingPullIntos.splice(1);
    }
  };
  stream[kState].controller = controller;
  Promise.resolve(start()).then(() => {
    c.started = true;
    byteCallPullIfNeeded(c);
  }, (e) => byteControllerError(c, e));
}

function setUpByteControllerFromSource(stream, source, hwm) {
  const controller = new ReadableByteStreamController(kPrivate);
  const start = methodOf(source, 'start', 'source');
  const pull = methodOf(source, 'pull', 'source');
  const cancel = methodOf(source, 'cancel', 'source');
  let auto = source.autoAllocateChunkSize;
  if (auto !== undefined) {
    auto = Number(auto);
    if (!Number.isInteger(auto) || auto <= 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  setUpByteController(stream, controller,
    () => (start === undefined ? undefined : Reflect.apply(start, source, [controller])),
    () => promiseCall(pull, source, controller),
    (reason) => promiseCall(cancel, source, reason),
    hwm, auto);
}

// ---- tee ----
function teeStream(stream) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();
  const pullAlgorithm = () => {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    defaultReaderRead(reader, {
      chunk: (chunk) => queueMicrotask(() => {
        readAgain = false;
        if (!canceled1) defaultControllerEnqueue(branch1[kState].controller[kState], chunk);
        if (!canceled2) defaultControllerEnqueue(branch2[kState].controller[kState], chunk);
        reading = false;
        if (readAgain) pullAlgorithm();
      }),
      close: () => {
        reading = false;
        if (!canceled1) defaultControllerClose(branch1[kState].controller[kState]);
        if (!canceled2) defaultControllerClose(branch2[kState].controller[kState]);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error: () => {
        reading = false;
      },
    });
    return Promise.resolve();
  };
  const pull = pullAlgorithm;
  const cancelBoth = (which) => (reason) => {
    if (which === 1) {
      canceled1 = true;
      reason1 = reason;
    } else {
      canceled2 = true;
      reason2 = reason;
    }
    if (canceled1 && canceled2) {
      cancelPromise.resolve(streamCancel(stream, [reason1, reason2]));
    }
    return cancelPromise.promise;
  };
  branch1 = createReadableStream(() => undefined, pull, cancelBoth(1));
  branch2 = createReadableStream(() => undefined, pull, cancelBoth(2));
  reader[kState].closed.promise.catch((e) => {
    defaultControllerError(branch1[kState].controller[kState], e);
    defaultControllerError(branch2[kState].controller[kState], e);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });
  return [branch1, branch2];
}

// ---- async iteration ----
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function asyncIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  let ongoing;
  let finished = false;
  const nextSteps = () => {
    if (finished) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => {
      defaultReaderRead(reader, {
        chunk: (value) => resolve({ value, done: false }),
        close: () => {
          finished = true;
          releaseReader(reader);
          resolve({ done: true, value: undefined });
        },
        error: (e) => {
          finished = true;
          releaseReader(reader);
          reject(e);
        },
      });
    });
  };
  const returnSteps = async (value) => {
    if (finished) return { done: true, value };
    finished = true;
    if (!preventCancel) {
      const result = readerCancel(reader, value);
      releaseReader(reader);
      await result;
      return { done: true, value };
    }
    releaseReader(reader);
    return { done: true, value };
  };
  const iterator = Object.create(ReadableStreamAsyncIteratorPrototype);
  Object.defineProperty(iterator, kState, {
    value: {
      next: () => {
        ongoing = ongoing ? ongoing.then(nextSteps, nextSteps) : nextSteps();
        return ongoing;
      },
      return: (value) => {
        const run = () => returnSteps(value);
        ongoing = ongoing ? ongoing.then(run, run) : run();
        return ongoing;
      },
    },
  });
  return iterator;
}

const ReadableStreamAsyncIteratorPrototype = Object.create(AsyncIteratorPrototype, {
  next: {
    value: function next() {
      return this[kState].next();
    },
    writable: true, configurable: true,
  },
  return: {
    value: function (value) {
      return this[kState].return(value);
    },
    writable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'ReadableStream AsyncIterator', configurable: true },
});

// ---- ReadableStream.from ----
function streamFromIterable(iterable) {
  let method = iterable?.[Symbol.asyncIterator];
  let sync = false;
  if (method === undefined || method === null) {
    method = iterable?.[Symbol.iterator];
    sync = true;
  }
  if (typeof method !== 'function') {
    const shown = typeof iterable === 'string' ? iterable : String(iterable);
    throw new ERR_ARG_NOT_ITERABLE(shown);
  }
  const raw = Reflect.apply(method, iterable, []);
  if (raw === null || typeof raw !== 'object') throw new TypeError('The iterator is not an object');
  const next = raw.next;
  // One pull: the iterator's next result; a sync iterator's value is awaited first (one job, as node).
  const pull = (controller) => {
    let result;
    try {
      result = Reflect.apply(next, raw, []);
    } catch (e) {
      return Promise.reject(e);
    }
    const settle = (r) => {
      if (r === null || typeof r !== 'object') {
        throw new TypeError('The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (r.done) defaultControllerClose(controller[kState]);
      else defaultControllerEnqueue(controller[kState], r.value);
    };
    if (!sync) return Promise.resolve(result).then(settle);
    if (result === null || typeof result !== 'object') {
      return Promise.reject(new TypeError('The iterator result is not an object'));
    }
    const done = !!result.done;
    return Promise.resolve(result.value).then((value) => settle({ value, done }));
  };
  return createReadableStream(() => undefined, pull, async (reason) => {
    const ret = raw.return;
    if (ret === undefined || ret === null) return;
    const result = await Reflect.apply(ret, raw, [reason]);
    if (result === null || typeof result !== 'object') {
      throw new TypeError('The promise returned by the iterator.return() method must fulfill with an object');
    }
  }, 0);
}

function isReadableStream(value) {
  return isBrand(value, 'ReadableStream');
}

module.exports = {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController, createReadableStream, isReadableStream,
  streamCancel, defaultReaderRead, releaseReader, defaultControllerEnqueue, defaultControllerClose,
  defaultControllerError, defaultCanCloseOrEnqueue, defaultDesiredSize, kPrivate, teeStream,
};
