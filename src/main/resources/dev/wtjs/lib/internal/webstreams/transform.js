'use strict';
// TransformStream (WHATWG Streams): a writable side whose chunks a transformer turns into the readable side's.

const { codes } = require('internal/errors');
const {
  kState, slotsOf, isBrand, setSlots, deferred, handled, promiseCall, methodOf, highWaterMarkOf, sizeOf,
  checkObjectArg, inspectAs, defineToStringTag, customInspectSymbol,
} = require('internal/webstreams/shared');
const readable = require('internal/webstreams/readable');
const writable = require('internal/webstreams/writable');
const { ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_ILLEGAL_CONSTRUCTOR } = codes;

const kPrivate = Symbol('kPrivate');

class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    transformer = transformer === null ? null : checkObjectArg(transformer, 'transformer');
    writableStrategy = checkObjectArg(writableStrategy, 'writableStrategy');
    readableStrategy = checkObjectArg(readableStrategy, 'readableStrategy');
    if (transformer?.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', transformer.readableType);
    }
    if (transformer?.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', transformer.writableType);
    }
    const readableHWM = highWaterMarkOf(readableStrategy, 0);
    const readableSize = sizeOf(readableStrategy);
    const writableHWM = highWaterMarkOf(writableStrategy, 1);
    const writableSize = sizeOf(writableStrategy);
    const start = methodOf(transformer, 'start', 'transformer');
    const transform = methodOf(transformer, 'transform', 'transformer');
    const flush = methodOf(transformer, 'flush', 'transformer');
    const cancel = methodOf(transformer, 'cancel', 'transformer');
    const startPromise = deferred();
    const controller = new TransformStreamDefaultController(kPrivate);
    initialize(this, startPromise.promise, writableHWM, writableSize, readableHWM, readableSize);
    setUpController(this, controller,
      transform === undefined ? undefined : (chunk) => promiseCall(transform, transformer, chunk, controller),
      () => promiseCall(flush, transformer, controller),
      (reason) => promiseCall(cancel, transformer, reason));
    try {
      startPromise.resolve(start === undefined ? undefined : Reflect.apply(start, transformer, [controller]));
    } catch (e) {
      startPromise.reject(e);
      throw e;
    }
  }

  get readable() {
    return slotsOf(this, 'TransformStream').readable;
  }

  get writable() {
    return slotsOf(this, 'TransformStream').writable;
  }

  [customInspectSymbol](depth, opts) {
    const t = slotsOf(this, 'TransformStream');
    return inspectAs(this, { readable: t.readable, writable: t.writable, backpressure: t.backpressure },
      depth, opts);
  }
}
defineToStringTag(TransformStream);
require('internal/worker/cloneables').markTransferOnly(TransformStream);

function initialize(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const t = setSlots(stream, { brand: 'TransformStream', backpressure: undefined, backpressureChange: undefined,
    controller: undefined });
  t.writable = writable.createWritableStream(() => startPromise,
    (chunk) => sinkWrite(stream, chunk), () => sinkClose(stream), (reason) => sinkAbort(stream, reason),
    writableHWM, writableSize);
  t.readable = readable.createReadableStream(() => startPromise, () => sourcePull(stream),
    (reason) => sourceCancel(stream, reason), readableHWM, readableSize);
  setBackpressure(stream, true);
}

function readableController(stream) {
  return stream[kState].readable[kState].controller[kState];
}

function errorStream(stream, error) {
  readable.defaultControllerError(readableController(stream), error);
  errorWritableAndUnblockWrite(stream, error);
}

function errorWritableAndUnblockWrite(stream, error) {
  clearAlgorithms(stream[kState].controller[kState]);
  writable.controllerErrorIfNeeded(stream[kState].writable[kState].controller[kState], error);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  const t = stream[kState];
  if (t.backpressureChange !== undefined) t.backpressureChange.resolve(undefined);
  t.backpressureChange = deferred();
  t.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kPrivate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    const c = slotsOf(this, 'TransformStreamDefaultController');
    return readable.defaultDesiredSize(readableController(c.stream));
  }

  enqueue(chunk = undefined) {
    controllerEnqueue(slotsOf(this, 'TransformStreamDefaultController'), chunk);
  }

  error(reason = undefined) {
    errorStream(slotsOf(this, 'TransformStreamDefaultController').stream, reason);
  }

  terminate() {
    controllerTerminate(slotsOf(this, 'TransformStreamDefaultController'));
  }

  [customInspectSymbol](depth, opts) {
    const c = slotsOf(this, 'TransformStreamDefaultController');
    return inspectAs(this, { stream: c.stream }, depth, opts);
  }
}
defineToStringTag(TransformStreamDefaultController);

function setUpController(stream, controller, transform, flush, cancel) {
  const c = setSlots(controller, { brand: 'TransformStreamDefaultController', stream, finishPromise: undefined });
  c.transformAlgorithm = transform ?? ((chunk) => {
    try {
      controllerEnqueue(c, chunk);
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e);
    }
  });
  c.flushAlgorithm = flush;
  c.cancelAlgorithm = cancel;
  stream[kState].controller = controller;
}

function clearAlgorithms(c) {
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function controllerEnqueue(c, chunk) {
  const stream = c.stream;
  const rc = readableController(stream);
  if (!readable.defaultCanCloseOrEnqueue(rc)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    readable.defaultControllerEnqueue(rc, chunk);
  } catch (e) {
    errorWritableAndUnblockWrite(stream, e);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = !(readable.defaultDesiredSize(rc) > 0);
  if (backpressure !== stream[kState].backpressure) setBackpressure(stream, true);
}

function controllerTerminate(c) {
  const stream = c.stream;
  readable.defaultControllerClose(readableController(stream));
  errorWritableAndUnblockWrite(stream, new ERR_INVALID_STATE.TypeError('TransformStream has been terminated'));
}

function performTransform(c, chunk) {
  return c.transformAlgorithm(chunk).then(undefined, (e) => {
    errorStream(c.stream, e);
    throw e;
  });
}

function sinkWrite(stream, chunk) {
  const c = stream[kState].controller[kState];
  if (stream[kState].backpressure) {
    return stream[kState].backpressureChange.promise.then(() => {
      const w = stream[kState].writable[kState];
      if (w.state === 'erroring') throw w.storedError;
      return performTransform(c, chunk);
    });
  }
  return performTransform(c, chunk);
}

function sinkAbort(stream, reason) {
  const c = stream[kState].controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const r = stream[kState].readable;
  c.finishPromise = deferred();
  const result = c.cancelAlgorithm(reason);
  clearAlgorithms(c);
  result.then(() => {
    if (r[kState].state === 'errored') c.finishPromise.reject(r[kState].storedError);
    else {
      readable.defaultControllerError(r[kState].controller[kState], reason);
      c.finishPromise.resolve(undefined);
    }
  }, (e) => {
    readable.defaultControllerError(r[kState].controller[kState], e);
    c.finishPromise.reject(e);
  });
  return c.finishPromise.promise;
}

function sinkClose(stream) {
  const c = stream[kState].controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const r = stream[kState].readable;
  c.finishPromise = deferred();
  const result = c.flushAlgorithm();
  clearAlgorithms(c);
  result.then(() => {
    if (r[kState].state === 'errored') c.finishPromise.reject(r[kState].storedError);
    else {
      readable.defaultControllerClose(r[kState].controller[kState]);
      c.finishPromise.resolve(undefined);
    }
  }, (e) => {
    readable.defaultControllerError(r[kState].controller[kState], e);
    c.finishPromise.reject(e);
  });
  return c.finishPromise.promise;
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function sourceCancel(stream, reason) {
  const c = stream[kState].controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const w = stream[kState].writable;
  c.finishPromise = deferred();
  const result = c.cancelAlgorithm(reason);
  clearAlgorithms(c);
  result.then(() => {
    if (w[kState].state === 'errored') c.finishPromise.reject(w[kState].storedError);
    else {
      writable.controllerErrorIfNeeded(w[kState].controller[kState], reason);
      unblockWrite(stream);
      c.finishPromise.resolve(undefined);
    }
  }, (e) => {
    writable.controllerErrorIfNeeded(w[kState].controller[kState], e);
    unblockWrite(stream);
    c.finishPromise.reject(e);
  });
  return c.finishPromise.promise;
}

function isTransformStream(value) {
  return isBrand(value, 'TransformStream');
}

module.exports = { TransformStream, TransformStreamDefaultController, isTransformStream, handled };
