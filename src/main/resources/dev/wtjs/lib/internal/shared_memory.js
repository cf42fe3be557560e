'use strict';
// SharedArrayBuffer whose memory is shared between agents (each agent has its own GraalJS context): the bytes
// live in a Java direct buffer; each agent sees them through an ArrayBuffer of its own with the
// SharedArrayBuffer prototype. GraalJS's own Atomics do not treat such a buffer as shared, so the Atomics
// functions go to Java for these buffers (atomic operations, wait/notify across threads) and stay native for
// everything else. Runs before the builtin loader (no require, no primordials): the bootstrap compiles it with
// the parameter `host` and calls it once.

const mem = host.sharedMemory();
const NativeArrayBuffer = ArrayBuffer;
const byteLengthOf = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const bufferOf = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype), 'buffer').get;
const byteOffsetOf = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype), 'byteOffset').get;
const lengthOf = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype), 'length').get;
const tagOf = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype), Symbol.toStringTag).get;
const memoryOf = new WeakMap(); // our SharedArrayBuffer -> Java SharedMemory

// A new SharedArrayBuffer object over the memory each time, as V8 makes one per deserialization (a SAB that
// comes back, or goes through structuredClone, is another object over the same memory).
function wrap(memory, proto) {
  const ab = new NativeArrayBuffer(mem.buffer(memory));
  Object.setPrototypeOf(ab, proto);
  memoryOf.set(ab, memory);
  return ab;
}

function toIndex(value) {
  const n = value === undefined ? 0 : Math.trunc(Number(value)) || 0;
  if (n < 0 || n > 2 ** 31 - 1) throw new RangeError('Invalid array buffer length');
  return n;
}

function thisMemory(self, method) {
  const m = memoryOf.get(self);
  if (m === undefined) {
    throw new TypeError(`Method SharedArrayBuffer.prototype.${method} called on incompatible receiver ${String(self)}`);
  }
  return m;
}

function SharedArrayBuffer(length) {
  if (new.target === undefined) throw new TypeError("Constructor SharedArrayBuffer requires 'new'");
  const proto = new.target.prototype ?? SharedArrayBuffer.prototype;
  return wrap(mem.allocate(toIndex(length)), proto);
}

Object.defineProperties(SharedArrayBuffer.prototype, {
  byteLength: {
    get() { thisMemory(this, 'byteLength'); return byteLengthOf.call(this); },
    configurable: true,
  },
  maxByteLength: {
    get() { thisMemory(this, 'maxByteLength'); return byteLengthOf.call(this); },
    configurable: true,
  },
  growable: {
    get() { thisMemory(this, 'growable'); return false; },
    configurable: true,
  },
  slice: {
    value: function slice(start, end) {
      thisMemory(this, 'slice');
      const len = byteLengthOf.call(this);
      const rel = (v, d) => {
        const n = v === undefined ? d : Math.trunc(Number(v)) || 0;
        return n < 0 ? Math.max(len + n, 0) : Math.min(n, len);
      };
      const from = rel(start, 0);
      const to = rel(end, len);
      const out = new SharedArrayBuffer(Math.max(to - from, 0));
      new Uint8Array(out).set(new Uint8Array(this, from, Math.max(to - from, 0)));
      return out;
    },
    writable: true,
    configurable: true,
  },
  [Symbol.toStringTag]: { value: 'SharedArrayBuffer', configurable: true },
});
Object.defineProperty(SharedArrayBuffer, Symbol.species, { get() { return this; }, configurable: true });
Object.defineProperty(globalThis, 'SharedArrayBuffer', {
  value: SharedArrayBuffer, writable: true, configurable: true, enumerable: false,
});

// ---- Atomics on shared buffers ----

const native = {};
for (const k of ['add', 'sub', 'and', 'or', 'xor', 'exchange', 'compareExchange', 'load', 'store', 'wait', 'notify',
  'waitAsync']) {
  native[k] = Atomics[k];
}

const SIGNED = { Int8Array: true, Int16Array: true, Int32Array: true, BigInt64Array: true };
const INTEGER = {
  Int8Array: 1, Uint8Array: 1, Int16Array: 2, Uint16Array: 2, Int32Array: 4, Uint32Array: 4,
  BigInt64Array: 8, BigUint64Array: 8,
};

// [memory, byteIndex, size, signed, isBigInt] for a typed array over shared memory, else undefined.
function locate(ta, index, waitable) {
  if (!ArrayBuffer.isView(ta) || tagOf.call(ta) === undefined) return undefined;
  const m = memoryOf.get(bufferOf.call(ta));
  if (m === undefined) return undefined;
  const tag = tagOf.call(ta);
  const size = INTEGER[tag];
  if (size === undefined || (waitable && tag !== 'Int32Array' && tag !== 'BigInt64Array')) {
    throw new TypeError('[object Array] is not an integer shared typed array.');
  }
  const i = index === undefined ? 0 : Math.trunc(Number(index)) || 0;
  if (i < 0 || i >= lengthOf.call(ta)) throw new RangeError('Invalid atomic access index');
  return [m, byteOffsetOf.call(ta) + i * size, size, SIGNED[tag] === true, size === 8];
}

function result(loc, v) {
  if (loc[4]) return loc[3] ? BigInt.asIntN(64, BigInt(v)) : BigInt.asUintN(64, BigInt(v));
  return Number(v);
}

function big(v) {
  return BigInt.asIntN(64, BigInt(v)).toString();
}

function rmw(name, op) {
  Atomics[name] = {
    [name](ta, index, value) {
      const loc = locate(ta, index, false);
      if (loc === undefined) return native[name](ta, index, value);
      if (loc[4]) return result(loc, mem.rmw64(loc[0], op, loc[1], big(value)));
      const v = Math.trunc(Number(value)) || 0;
      return result(loc, mem.rmw(loc[0], op, loc[1], loc[2], loc[3], v));
    },
  }[name];
}
rmw('add', 0);
rmw('sub', 1);
rmw('and', 2);
rmw('or', 3);
rmw('xor', 4);
rmw('exchange', 5);

Atomics.load = function load(ta, index) {
  const loc = locate(ta, index, false);
  if (loc === undefined) return native.load(ta, index);
  if (loc[4]) return result(loc, mem.rmw64(loc[0], 6, loc[1], '0'));
  return result(loc, mem.rmw(loc[0], 6, loc[1], loc[2], loc[3], 0));
};

Atomics.store = function store(ta, index, value) {
  const loc = locate(ta, index, false);
  if (loc === undefined) return native.store(ta, index, value);
  if (loc[4]) {
    const b = BigInt(value);
    mem.rmw64(loc[0], 5, loc[1], big(b));
    return b;
  }
  const v = Math.trunc(Number(value)) || 0;
  mem.store(loc[0], loc[1], loc[2], v);
  return v;
};

Atomics.compareExchange = function compareExchange(ta, index, expected, replacement) {
  const loc = locate(ta, index, false);
  if (loc === undefined) return native.compareExchange(ta, index, expected, replacement);
  if (loc[4]) return result(loc, mem.compareExchange64(loc[0], loc[1], big(expected), big(replacement)));
  return result(loc, mem.compareExchange(loc[0], loc[1], loc[2], loc[3], Math.trunc(Number(expected)) || 0,
                                         Math.trunc(Number(replacement)) || 0));
};

Atomics.wait = function wait(ta, index, value, timeout) {
  const loc = locate(ta, index, true);
  if (loc === undefined) return native.wait(ta, index, value, timeout);
  const expected = loc[4] ? big(value) : String(Number(value) | 0);
  const t = timeout === undefined ? Infinity : Number(timeout);
  return mem.await(loc[0], loc[1], loc[2], expected, Number.isNaN(t) ? Infinity : Math.max(t, 0));
};

Atomics.notify = function notify(ta, index, count) {
  const loc = locate(ta, index, true);
  if (loc === undefined) return native.notify(ta, index, count);
  const c = count === undefined ? Infinity : Math.max(Math.trunc(Number(count)) || 0, 0);
  return mem.notify(loc[0], loc[1], c);
};

return {
  isShared: (ab) => memoryOf.has(ab),
  memoryOf: (ab) => memoryOf.get(ab),
  fromMemory: (m) => wrap(m, SharedArrayBuffer.prototype),
};
