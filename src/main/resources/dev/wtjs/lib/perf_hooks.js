'use strict';
// performance.now() and friends, on the agent loop's monotonic clock.

const host = internalBinding('host');
const timeOrigin = Date.now() - host.now();

class PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    this.detail = detail ?? null;
  }
}

const marks = new Map();
const entries = [];

class Performance {
  now() {
    return host.now();
  }

  get timeOrigin() {
    return timeOrigin;
  }

  mark(name, options = {}) {
    const e = new PerformanceEntry(`${name}`, 'mark', options.startTime ?? host.now(), 0, options.detail);
    marks.set(e.name, e.startTime);
    entries.push(e);
    return e;
  }

  measure(name, startMark, endMark) {
    const start = typeof startMark === 'string' ? (marks.get(startMark) ?? 0) : 0;
    const end = typeof endMark === 'string' ? (marks.get(endMark) ?? host.now()) : host.now();
    const e = new PerformanceEntry(`${name}`, 'measure', start, end - start);
    entries.push(e);
    return e;
  }

  getEntries() {
    return entries.slice();
  }

  getEntriesByName(name) {
    return entries.filter((e) => e.name === name);
  }

  getEntriesByType(type) {
    return entries.filter((e) => e.entryType === type);
  }

  clearMarks(name) {
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i].entryType === 'mark' && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
    }
    if (name === undefined) marks.clear(); else marks.delete(name);
  }

  eventLoopUtilization() {
    return { idle: 0, active: 0, utilization: 0 };
  }

  toJSON() {
    return { timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }
}

const performance = new Performance();

// createHistogram(): every recorded value is kept (sorted on demand), so percentiles are exact.
class RecordableHistogram {
  #values = [];
  #sorted = true;
  #lowest;
  #highest;
  #exceeds = 0;
  #lastDelta = undefined;

  constructor(lowest, highest) {
    this.#lowest = lowest;
    this.#highest = highest;
  }

  record(value) {
    const { codes } = require('internal/errors');
    if (typeof value === 'bigint') value = Number(value);
    if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('val', ['number', 'bigint'], value);
    if (value < 1 || !Number.isFinite(value)) throw new codes.ERR_OUT_OF_RANGE('val', '>= 1', value);
    if (value > this.#highest) {
      this.#exceeds++;
      return;
    }
    this.#values.push(Math.trunc(value));
    this.#sorted = false;
  }

  recordDelta() {
    const now = host.now() * 1e6;
    if (this.#lastDelta !== undefined) this.record(Math.max(1, Math.round(now - this.#lastDelta)));
    this.#lastDelta = now;
  }

  add(other) {
    for (const v of other.#values) this.record(v);
    this.#exceeds += other.#exceeds;
  }

  reset() {
    this.#values = [];
    this.#exceeds = 0;
    this.#lastDelta = undefined;
  }

  #sortedValues() {
    if (!this.#sorted) {
      this.#values.sort((a, b) => a - b);
      this.#sorted = true;
    }
    return this.#values;
  }

  get count() { return this.#values.length; }
  get exceeds() { return this.#exceeds; }
  get min() { return this.#values.length ? this.#sortedValues()[0] : 9223372036854776000; }
  get max() { return this.#values.length ? this.#sortedValues().at(-1) : 0; }

  get mean() {
    if (!this.#values.length) return NaN;
    return this.#values.reduce((s, v) => s + v, 0) / this.#values.length;
  }

  get stddev() {
    if (!this.#values.length) return NaN;
    const m = this.mean;
    return Math.sqrt(this.#values.reduce((s, v) => s + (v - m) ** 2, 0) / this.#values.length);
  }

  percentile(p) {
    const { codes } = require('internal/errors');
    if (typeof p !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('percentile', 'number', p);
    if (!(p > 0 && p <= 100)) throw new codes.ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', p);
    const values = this.#sortedValues();
    if (!values.length) return 0;
    return values[Math.min(values.length - 1, Math.max(0, Math.ceil((p / 100) * values.length) - 1))];
  }

  get percentiles() {
    const out = new Map();
    if (!this.#values.length) {
      out.set(100, 0);
      return out;
    }
    for (const p of [0, 50, 75, 87.5, 93.75, 96.875, 98.4375, 99.21875, 100]) {
      out.set(p, p === 0 ? this.min : this.percentile(p));
    }
    return out;
  }

  get countBigInt() { return BigInt(this.count); }
  get exceedsBigInt() { return BigInt(this.exceeds); }
  get minBigInt() { return BigInt(this.min); }
  get maxBigInt() { return BigInt(this.max); }
  percentileBigInt(p) { return BigInt(this.percentile(p)); }

  get percentilesBigInt() {
    const out = new Map();
    for (const [k, v] of this.percentiles) out.set(k, BigInt(v));
    return out;
  }

  toJSON() {
    return { count: this.count, min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
             stddev: this.stddev, percentiles: Object.fromEntries(this.percentiles) };
  }
}

function createHistogram(options = {}) {
  const lowest = Number(options.lowest ?? 1);
  const highest = Number(options.highest ?? Number.MAX_SAFE_INTEGER);
  return new RecordableHistogram(lowest, highest);
}

module.exports = { performance, Performance, PerformanceEntry, createHistogram };
