'use strict';
// Timers and immediates for one agent. Timers sit in a binary heap ordered by (due time, creation order); the
// Java loop is told the earliest due time and whether any timer is ref'd. The loop calls runTimers once per
// expired timer and runImmediates once per phase, so promise jobs and nextTicks run between callbacks.

const asyncContext = require('internal/async_context');
const kContext = Symbol('asyncContext');

// The async context a timer or immediate runs in (not enumerable: inspecting one shows node's fields only).
function keepContext(entry) {
  const snapshot = asyncContext.capture();
  if (snapshot !== undefined) Object.defineProperty(entry, kContext, { value: snapshot, writable: true });
}
const host = internalBinding('host');
const { triggerUncaughtException } = require('internal/process/execution');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kEntry = Symbol('kEntry');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerIdSymbol = Symbol('triggerId');

let seq = 0;
let asyncIds = 1;
let refedTimers = 0;
let activeTimers = 0;
const heap = [];
const knownTimers = new Map(); // primitive id -> Timeout, for clearTimeout(id)

function less(a, b) {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq);
}

function heapPush(e) {
  heap.push(e);
  let i = heap.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!less(heap[i], heap[p])) break;
    [heap[i], heap[p]] = [heap[p], heap[i]];
    i = p;
  }
}

function heapPop() {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  }
  return top;
}

// The earliest live entry (stale ones, left by clear/refresh, are dropped here).
function peek() {
  while (heap.length > 0 && heap[0].timer[kEntry] !== heap[0]) heapPop();
  return heap[0];
}

function publish() {
  const top = peek();
  host.setTimer(top ? top.due : -1, refedTimers > 0);
}

function schedule(timer, start) {
  const entry = { timer, due: start + timer._idleTimeout, seq: seq++ };
  if (timer[kEntry] == null) {
    activeTimers++;
    if (timer[kRefed]) refedTimers++;
  }
  timer[kEntry] = entry;
  timer._idleStart = start;
  heapPush(entry);
  publish();
}

function unschedule(timer) {
  if (timer[kEntry] == null) return;
  timer[kEntry] = null;
  activeTimers--;
  if (timer[kRefed]) refedTimers--;
  publish();
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    const given = after;
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      // node 24 names each kind of bad delay (an omitted one is simply 1)
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
                            '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      } else if (after < 0) {
        process.emitWarning(`${after} is a negative number.\nTimeout duration was set to 1.`, 'TimeoutNegativeWarning');
      } else if (typeof given === 'number' && Number.isNaN(given)) {
        process.emitWarning(`${after} is not a number.\nTimeout duration was set to 1.`, 'TimeoutNaNWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    keepContext(this);
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = asyncIds++;
    this[triggerIdSymbol] = 1;
    Object.defineProperty(this, kEntry, { value: null, writable: true, enumerable: false });
  }

  // As node: re-arms the timer even after it fired (from its own callback or later); a cleared one stays off.
  refresh() {
    if (this._onTimeout != null) {
      if (this._destroyed) {
        this._destroyed = false;
        if (this[kHasPrimitive]) knownTimers.set(this[asyncIdSymbol], this);
      }
      schedule(this, host.now());
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (this[kEntry] != null) { refedTimers--; publish(); }
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (this[kEntry] != null) { refedTimers++; publish(); }
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimers.set(id, this);
    }
    return id;
  }
}

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
}

function setTimeout(callback, after, ...args) {
  validateCallback(callback);
  const t = new Timeout(callback, after, args.length ? args : undefined, false, true);
  schedule(t, host.now());
  return t;
}

function setInterval(callback, repeat, ...args) {
  validateCallback(callback);
  const t = new Timeout(callback, repeat, args.length ? args : undefined, true, true);
  schedule(t, host.now());
  return t;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    timer._destroyed = true;
    unschedule(timer);
    if (timer[kHasPrimitive]) knownTimers.delete(timer[asyncIdSymbol]);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimers.get(+timer);
    if (t) clearTimeout(t);
  }
}

// Runs the earliest timer if it is due at `now`, then tells the loop when the next one is due.
function runTimers(now) {
  const e = peek();
  if (e !== undefined && e.due <= now) {
    const t = e.timer;
    heapPop();
    t[kEntry] = null;
    activeTimers--;
    if (t[kRefed]) refedTimers--;
    try {
      const cb = t._onTimeout;
      if (t._repeat !== null && !t._destroyed) {
        t._idleTimeout = t._repeat;
        schedule(t, now);
      } else {
        t._destroyed = true;
        if (t[kHasPrimitive]) knownTimers.delete(t[asyncIdSymbol]);
      }
      asyncContext.runWithin(t[kContext], cb, t, t._timerArgs);
    } catch (err) {
      triggerUncaughtException(err);
    }
  }
  const top = peek();
  host.setTimer(top ? top.due : -1, refedTimers > 0);
}

// ---- immediates ----

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    keepContext(this);
    this._destroyed = false;
    this[kRefed] = true;
    this[asyncIdSymbol] = asyncIds++;
    this[triggerIdSymbol] = 1;
    refedImmediates++;
  }

  ref() {
    if (!this[kRefed] && !this._destroyed) { this[kRefed] = true; refedImmediates++; publishImmediates(); }
    return this;
  }

  unref() {
    if (this[kRefed] && !this._destroyed) { this[kRefed] = false; refedImmediates--; publishImmediates(); }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

let immediates = [];
let refedImmediates = 0;

function publishImmediates() {
  host.setImmediate(immediates.length > 0, refedImmediates > 0);
}

function setImmediate(callback, ...args) {
  validateCallback(callback);
  const im = new Immediate(callback, args.length ? args : undefined);
  immediates.push(im);
  if (immediates.length === 1) publishImmediates();
  return im;
}

function finish(im) {
  if (im._destroyed) return;
  im._destroyed = true;
  if (im[kRefed]) refedImmediates--;
}

function clearImmediate(im) {
  if (!im || im._destroyed) return;
  finish(im);
  im._onImmediate = null;
  publishImmediates();
}

let batch = [];
let batchIndex = 0;

// Called by the loop's check phase: the first call takes the queued immediates as this phase's batch; each call
// runs one and returns whether more of the batch remain (the loop calls again, after the promise jobs).
function runImmediates() {
  if (batchIndex >= batch.length) {
    batch = immediates;
    batchIndex = 0;
    immediates = [];
  }
  while (batchIndex < batch.length) {
    const im = batch[batchIndex++];
    if (im._destroyed) continue;
    finish(im);
    const cb = im._onImmediate;
    im._onImmediate = null;
    try {
      asyncContext.runWithin(im[kContext], cb, im, im._argv);
    } catch (err) {
      triggerUncaughtException(err);
    }
    break;
  }
  const more = batchIndex < batch.length;
  host.setImmediate(more || immediates.length > 0, refedImmediates > 0);
  return more;
}

// node's util.promisify(setTimeout) / util.promisify(setImmediate) are timers/promises' functions.
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    __proto__: null,
    enumerable: true,
    get() { return require('timers/promises')[name]; },
  });
}

// Starts a Timeout made with `new Timeout(...)` (timers/promises).
function insert(timer) {
  schedule(timer, host.now());
}

module.exports = {
  Timeout, Immediate, insert, setTimeout, setInterval, clearTimeout, clearInterval: clearTimeout,
  setImmediate, clearImmediate, runTimers, runImmediates, TIMEOUT_MAX,
};
