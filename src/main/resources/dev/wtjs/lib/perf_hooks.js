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

module.exports = { performance, Performance, PerformanceEntry };
