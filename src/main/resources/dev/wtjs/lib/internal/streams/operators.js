'use strict';
// The experimental iteration helpers of Readable (map, filter, toArray, ...), one value at a time: the
// concurrency option is accepted but each callback is awaited before the next value is taken.

const { AbortError } = require('internal/errors');
const { validateFunction, validateObject, validateAbortSignal, validateInteger } = require('internal/validators');

function checkOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
  return options?.signal;
}

function throwIfAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function derive(source, produce, options) {
  const { Readable } = require('internal/streams/readable');
  return Readable.from(produce(source, checkOptions(options)), { objectMode: true });
}

function map(fn, options) {
  validateFunction(fn, 'fn');
  return derive(this, async function* (src, signal) {
    for await (const value of src) {
      throwIfAborted(signal);
      yield await fn(value, { signal });
    }
  }, options);
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  return derive(this, async function* (src, signal) {
    for await (const value of src) {
      throwIfAborted(signal);
      if (await fn(value, { signal })) yield value;
    }
  }, options);
}

function flatMap(fn, options) {
  validateFunction(fn, 'fn');
  return derive(this, async function* (src, signal) {
    for await (const value of src) yield* await fn(value, { signal });
  }, options);
}

function take(n, options) {
  validateInteger(n, 'number', 0);
  return derive(this, async function* (src, signal) {
    if (n <= 0) return;
    let left = n;
    for await (const value of src) {
      throwIfAborted(signal);
      yield value;
      if (--left <= 0) return;
    }
  }, options);
}

function drop(n, options) {
  validateInteger(n, 'number', 0);
  return derive(this, async function* (src, signal) {
    let skip = n;
    for await (const value of src) {
      throwIfAborted(signal);
      if (skip > 0) skip--;
      else yield value;
    }
  }, options);
}

async function toArray(options) {
  const signal = checkOptions(options);
  const out = [];
  for await (const value of this) {
    throwIfAborted(signal);
    out.push(value);
  }
  return out;
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  const signal = checkOptions(options);
  for await (const value of this) {
    throwIfAborted(signal);
    await fn(value, { signal });
  }
}

async function reduce(fn, initial, options) {
  validateFunction(fn, 'reducer');
  const signal = checkOptions(options);
  let acc = initial;
  let has = arguments.length > 1;
  for await (const value of this) {
    throwIfAborted(signal);
    if (!has) {
      acc = value;
      has = true;
    } else {
      acc = await fn(acc, value, { signal });
    }
  }
  if (!has) {
    const err = new TypeError('Reduce of an empty stream requires an initial value');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  return acc;
}

async function find(fn, options) {
  validateFunction(fn, 'fn');
  const signal = checkOptions(options);
  for await (const value of this) {
    if (await fn(value, { signal })) return value;
  }
  return undefined;
}

async function some(fn, options) {
  validateFunction(fn, 'fn');
  const signal = checkOptions(options);
  for await (const value of this) {
    if (await fn(value, { signal })) return true;
  }
  return false;
}

async function every(fn, options) {
  validateFunction(fn, 'fn');
  const signal = checkOptions(options);
  for await (const value of this) {
    if (!(await fn(value, { signal }))) return false;
  }
  return true;
}

module.exports = { map, filter, flatMap, take, drop, toArray, forEach, reduce, find, some, every };
