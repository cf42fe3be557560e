// Copyright (c) 2014, StrongLoop Inc.
//
// Permission to use, copy, modify, and/or distribute this software for any
// purpose with or without fee is hereby granted, provided that the above
// copyright notice and this permission notice appear in all copies.
//
// THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
// WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
// MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
// ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
// WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
// ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
// OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.

'use strict';

// wtjs port of node 20's lib/v8.js: the serialization API on top of the pure-JS serdes binding. Heap,
// profiling and coverage functions need V8 internals and throw ERR_METHOD_NOT_IMPLEMENTED.

const {
  BigInt64Array,
  BigUint64Array,
  DataView,
  Error,
  Float32Array,
  Float64Array,
  Int16Array,
  Int32Array,
  Int8Array,
  ObjectPrototypeToString,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSubarray,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  TypeError,
  Uint16Array,
  Uint32Array,
  Uint8Array,
  Uint8ClampedArray,
} = primordials;

const {
  Serializer,
  Deserializer,
} = internalBinding('serdes');

// Optional dependencies: wtjs builtins that may be missing or still being ported.
function tryRequire(id) {
  try {
    return require(id);
  } catch {
    return undefined;
  }
}
const bufferModule = tryRequire('buffer');
const Buffer = bufferModule !== undefined && typeof bufferModule.Buffer === 'function' ?
  bufferModule.Buffer : undefined;
const internalBuffer = Buffer !== undefined ? tryRequire('internal/buffer') : undefined;
const FastBuffer = internalBuffer !== undefined && typeof internalBuffer.FastBuffer === 'function' ?
  internalBuffer.FastBuffer : undefined;

let inspectFn;
function inspect(v) {
  if (inspectFn === undefined) {
    const m = tryRequire('internal/util/inspect');
    inspectFn = m !== undefined && typeof m.inspect === 'function' ? m.inspect : (x) => ObjectPrototypeToString(x);
  }
  return inspectFn(v);
}

function notImplemented(name) {
  const errors = tryRequire('internal/errors');
  const E = errors?.codes?.ERR_METHOD_NOT_IMPLEMENTED;
  if (typeof E === 'function') return new E(name);
  const err = new Error(`The ${name} method is not implemented`);
  err.code = 'ERR_METHOD_NOT_IMPLEMENTED';
  return err;
}

function validateString(value, name) {
  const validators = tryRequire('internal/validators');
  if (validators !== undefined && typeof validators.validateString === 'function') {
    validators.validateString(value, name);
    return;
  }
  if (typeof value !== 'string') {
    const err = new TypeError(`The "${name}" argument must be of type string.`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
}

function stub(name) {
  return {
    [name]() {
      throw notImplemented(name);
    },
  }[name];
}

/* V8 serialization API */

/* JS methods for the base objects */
Serializer.prototype._getDataCloneError = Error;

function viewParts(view) {
  if (TypedArrayPrototypeGetSymbolToStringTag(view) !== undefined) {
    return [TypedArrayPrototypeGetBuffer(view), TypedArrayPrototypeGetByteOffset(view),
            TypedArrayPrototypeGetByteLength(view)];
  }
  return [DataViewPrototypeGetBuffer(view), DataViewPrototypeGetByteOffset(view),
          DataViewPrototypeGetByteLength(view)];
}

/**
 * Reads raw bytes from the deserializer's internal buffer.
 * @param {number} length
 * @returns {Buffer}
 */
Deserializer.prototype.readRawBytes = function readRawBytes(length) {
  const offset = this._readRawBytes(length);
  // `this.buffer` can be a Buffer or a plain Uint8Array (or any view), so just calling `.slice()` doesn't work.
  const { 0: buffer, 1: byteOffset } = viewParts(this.buffer);
  const Ctor = FastBuffer !== undefined ? FastBuffer : Uint8Array;
  return new Ctor(buffer, byteOffset + offset, length);
};

function arrayBufferViewTypeToIndex(abView) {
  const type = ObjectPrototypeToString(abView);
  if (type === '[object Int8Array]') return 0;
  if (type === '[object Uint8Array]') return 1;
  if (type === '[object Uint8ClampedArray]') return 2;
  if (type === '[object Int16Array]') return 3;
  if (type === '[object Uint16Array]') return 4;
  if (type === '[object Int32Array]') return 5;
  if (type === '[object Uint32Array]') return 6;
  if (type === '[object Float32Array]') return 7;
  if (type === '[object Float64Array]') return 8;
  if (type === '[object DataView]') return 9;
  // Index 10 is FastBuffer.
  if (type === '[object BigInt64Array]') return 11;
  if (type === '[object BigUint64Array]') return 12;
  return -1;
}

function arrayBufferViewIndexToType(index) {
  if (index === 0) return Int8Array;
  if (index === 1) return Uint8Array;
  if (index === 2) return Uint8ClampedArray;
  if (index === 3) return Int16Array;
  if (index === 4) return Uint16Array;
  if (index === 5) return Int32Array;
  if (index === 6) return Uint32Array;
  if (index === 7) return Float32Array;
  if (index === 8) return Float64Array;
  if (index === 9) return DataView;
  if (index === 10) return FastBuffer !== undefined ? FastBuffer : Uint8Array;
  if (index === 11) return BigInt64Array;
  if (index === 12) return BigUint64Array;
  return undefined;
}

class DefaultSerializer extends Serializer {
  constructor() {
    super();

    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  /**
   * Used to write some kind of host object, i.e. an
   * object that is created by native C++ bindings.
   * @param {object} abView
   * @returns {void}
   */
  _writeHostObject(abView) {
    // Keep track of how to handle different ArrayBufferViews. The default
    // Serializer for Node does not use the V8 methods for serializing those
    // objects because Node's `Buffer` objects use pooled allocation in many
    // cases, and their underlying `ArrayBuffer`s would show up in the
    // serialization. Because a) those may contain sensitive data and the user
    // may not be aware of that and b) they are often much larger than the
    // `Buffer` itself, custom serialization is applied.
    let i = 10;  // FastBuffer
    if (Buffer === undefined || abView.constructor !== Buffer) {
      i = arrayBufferViewTypeToIndex(abView);
      if (i === -1) {
        throw new this._getDataCloneError(
          `Unserializable host object: ${inspect(abView)}`);
      }
    }
    const { 0: buffer, 1: byteOffset, 2: byteLength } = viewParts(abView);
    this.writeUint32(i);
    this.writeUint32(byteLength);
    this.writeRawBytes(new Uint8Array(buffer, byteOffset, byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  /**
   * Used to read some kind of host object, i.e. an
   * object that is created by native C++ bindings.
   * @returns {any}
   */
  _readHostObject() {
    const typeIndex = this.readUint32();
    const ctor = arrayBufferViewIndexToType(typeIndex);
    const byteLength = this.readUint32();
    const BYTES_PER_ELEMENT = ctor !== undefined ? ctor.BYTES_PER_ELEMENT || 1 : 1;
    // wtjs: node would throw a TypeError/RangeError from `new ctor(...)` here; untrusted input gets the
    // deserializer's own error instead.
    if (ctor === undefined || byteLength % BYTES_PER_ELEMENT !== 0) {
      throw new Error('Unable to deserialize cloned data.');
    }
    const byteOffset = this._readRawBytes(byteLength);
    const { 0: buffer, 1: viewOffset } = viewParts(this.buffer);

    const offset = viewOffset + byteOffset;
    if (offset % BYTES_PER_ELEMENT === 0) {
      return new ctor(buffer,
                      offset,
                      byteLength / BYTES_PER_ELEMENT);
    }
    // Copy to an aligned buffer first.
    const copy = new Uint8Array(byteLength);
    TypedArrayPrototypeSet(copy, TypedArrayPrototypeSubarray(new Uint8Array(buffer, viewOffset), byteOffset,
                                                             byteOffset + byteLength));
    return new ctor(TypedArrayPrototypeGetBuffer(copy),
                    0,
                    byteLength / BYTES_PER_ELEMENT);
  }
}

/**
 * Uses a `DefaultSerializer` to serialize `value`
 * into a buffer.
 * @param {any} value
 * @returns {Buffer}
 */
function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

/**
 * Uses a `DefaultDeserializer` with default options
 * to read a JavaScript value from a buffer.
 * @param {Buffer | TypedArray | DataView} buffer
 * @returns {any}
 */
function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

/**
 * Sets V8 command-line flags. wtjs runs on GraalJS: the flags are validated and ignored.
 * @param {string} flags
 * @returns {void}
 */
function setFlagsFromString(flags) {
  validateString(flags, 'flags');
}

class GCProfiler {
  start() {
    throw notImplemented('GCProfiler.start');
  }

  stop() {
    throw notImplemented('GCProfiler.stop');
  }
}

module.exports = {
  cachedDataVersionTag: stub('cachedDataVersionTag'),
  getHeapSnapshot: stub('getHeapSnapshot'),
  getHeapStatistics: stub('getHeapStatistics'),
  getHeapSpaceStatistics: stub('getHeapSpaceStatistics'),
  getHeapCodeStatistics: stub('getHeapCodeStatistics'),
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage: stub('takeCoverage'),
  stopCoverage: stub('stopCoverage'),
  serialize,
  writeHeapSnapshot: stub('writeHeapSnapshot'),
  setHeapSnapshotNearHeapLimit: stub('setHeapSnapshotNearHeapLimit'),
  GCProfiler,
};
