'use strict';

// assert.CallTracker (deprecated, DEP0173): wraps functions to count their calls, and reports or throws for
// those called a different number of times than expected.

const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { validateUint32 } = require('internal/validators');

const noop = [() => {}][0]; // nameless, as the wrapper of calls() without a function is

class CallTracker {
  #records = new WeakMap();  // wrapper -> its record
  #pending = new Set();      // records whose wrapper has not been verified away

  #recordOf(tracked) {
    const record = this.#records.get(tracked);
    if (record === undefined) throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    return record;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const record of this.#pending) record.calls = [];
      return;
    }
    const record = this.#recordOf(tracked);
    record.calls = [];
    if (record.expected !== 0) this.#pending.add(record);
  }

  getCalls(tracked) {
    return [...this.#recordOf(tracked).calls];
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    const record = { name: fn.name || 'calls', expected, calls: [], origin: new Error() };
    const tracker = this;
    const wrapper = function(...args) {
      record.calls.push({ thisArg: this, arguments: args });
      if (record.calls.length === expected) tracker.#pending.delete(record);
      else tracker.#pending.add(record);
      return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
    };
    Object.defineProperties(wrapper, {
      length: { value: fn.length, configurable: true },
      name: { value: fn.name, configurable: true },
    });
    this.#records.set(wrapper, record);
    this.#pending.add(record);
    return wrapper;
  }

  report() {
    const out = [];
    for (const record of this.#pending) {
      out.push({
        message: `Expected the ${record.name} function to be executed ${record.expected} time(s) but was ` +
          `executed ${record.calls.length} time(s).`,
        actual: record.calls.length,
        expected: record.expected,
        operator: record.name,
        stack: record.origin,
      });
    }
    return out;
  }

  verify() {
    const problems = this.report();
    if (problems.length === 0) return;
    if (problems.length === 1) {
      throw new AssertionError({ message: problems[0].message, details: problems });
    }
    throw new AssertionError({ message: 'Functions were not called the expected number of times', details: problems });
  }
}

module.exports = CallTracker;
