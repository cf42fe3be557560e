'use strict';
// Pieces every web stream class uses: the internal slots (one symbol), deferred promises, queues with sizes,
// queuing strategies read from a constructor's arguments, and the `Name { fields }` form util.inspect shows.

const { codes } = require('internal/errors');
const { customInspectSymbol } = require('internal/util');

const kState = Symbol('kState');
const { ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS } = codes;

// The slots of `self` when it was made by `Class` (brand), else ERR_INVALID_THIS.
function slotsOf(self, brand) {
  const s = typeof self === 'object' && self !== null ? self[kState] : undefined;
  if (s === undefined || s.brand !== brand) throw new ERR_INVALID_THIS(brand);
  return s;
}

function isBrand(value, brand) {
  return typeof value === 'object' && value !== null && value[kState] !== undefined && value[kState].brand === brand;
}

function setSlots(self, slots) {
  Object.defineProperty(self, kState, { value: slots, writable: true, configurable: true, enumerable: false });
  return slots;
}

function deferred() {
  const d = { settled: false };
  d.promise = new Promise((ok, fail) => {
    d.resolve = (v) => { d.settled = true; ok(v); };
    d.reject = (e) => { d.settled = true; fail(e); };
  });
  return d;
}

// Marks a promise as handled (no unhandled-rejection report), returning it.
function handled(promise) {
  promise.then(undefined, () => {});
  return promise;
}

function rejected(error) {
  return handled(Promise.reject(error));
}

// Calls an optional method of an underlying source/sink/transformer, as a promise.
function promiseCall(fn, thisArg, ...args) {
  if (fn === undefined) return Promise.resolve();
  try {
    return Promise.resolve(Reflect.apply(fn, thisArg, args));
  } catch (e) {
    return Promise.reject(e);
  }
}

function methodOf(object, key, where) {
  const fn = object?.[key];
  if (fn === undefined) return undefined;
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(`${where}.${key}`, 'Function', fn);
  return fn;
}

// ---- queues with sizes ----
function enqueueValueWithSize(slots, value, size) {
  size = Number(size);
  if (Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  slots.queue.push({ value, size });
  slots.queueTotalSize += size;
}

function dequeueValue(slots) {
  const { value, size } = slots.queue.shift();
  slots.queueTotalSize = Math.max(0, slots.queueTotalSize - size);
  return value;
}

function resetQueue(slots) {
  slots.queue = [];
  slots.queueTotalSize = 0;
}

// ---- strategies ----
function highWaterMarkOf(strategy, fallback) {
  const hwm = strategy?.highWaterMark;
  if (hwm === undefined) return fallback;
  const n = Number(hwm);
  if (Number.isNaN(n) || n < 0) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', hwm);
  return n;
}

function sizeOf(strategy) {
  const size = strategy?.size;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

function checkObjectArg(value, name) {
  if (value === undefined) return {};
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE(name, 'object', value);
  }
  return value;
}

let inspectFn;
function inspectAs(self, fields, depth, opts) {
  inspectFn ??= require('internal/util/inspect').inspect;
  const label = self.constructor?.name ?? 'Object';
  if (depth < 0) return self;
  return `${label} ${inspectFn(fields, { ...opts, depth: opts.depth == null ? null : opts.depth - 1 })}`;
}

function defineToStringTag(Class, name = Class.name) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: name, configurable: true });
}

// Copies a buffer's bytes into a new ArrayBuffer and detaches the original (the spec's "transfer").
function transferBuffer(buffer) {
  return buffer.transfer();
}

function isDetached(buffer) {
  return buffer.detached === true;
}

module.exports = {
  kState, slotsOf, isBrand, setSlots, deferred, handled, rejected, promiseCall, methodOf, enqueueValueWithSize,
  dequeueValue, resetQueue, highWaterMarkOf, sizeOf, checkObjectArg, inspectAs, defineToStringTag, transferBuffer,
  isDetached, customInspectSymbol,
};

// Whether a ReadableStream has been read from or canceled.
module.exports.isDisturbed = (stream) => stream[kState].disturbed === true;
