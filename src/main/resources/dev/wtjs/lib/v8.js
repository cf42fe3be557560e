'use strict';
// `v8`: the serialization API (serialize, deserialize and the classes behind them) over wtjs's pure-JS serdes
// binding. The heap, profiler and coverage functions need V8 itself and throw ERR_METHOD_NOT_IMPLEMENTED;
// setFlagsFromString checks its argument and does nothing (the engine is GraalJS).

const { Serializer, Deserializer } = internalBinding('serdes');
const { getDefaultHostHooks, HOST_TRANSFERABLE } = require('internal/structured_clone');

// Typed arrays and DataViews travel as host objects: a tag naming the view type, the byte length, the bytes.
// The tags are node's (10 is Buffer), so data serialized by node reads back here and the other way round.
const VIEW_TAGS = [
  ['Int8Array', Int8Array], ['Uint8Array', Uint8Array], ['Uint8ClampedArray', Uint8ClampedArray],
  ['Int16Array', Int16Array], ['Uint16Array', Uint16Array], ['Int32Array', Int32Array],
  ['Uint32Array', Uint32Array], ['Float32Array', Float32Array], ['Float64Array', Float64Array],
  ['DataView', DataView], ['Buffer', null], ['BigInt64Array', BigInt64Array], ['BigUint64Array', BigUint64Array],
];
if (typeof globalThis.Float16Array === 'function') VIEW_TAGS.push(['Float16Array', globalThis.Float16Array]);
const BUFFER_TAG = 10;
const tagOfType = new Map(VIEW_TAGS.map(([name], tag) => [name, tag]));

const objectToString = Object.prototype.toString;

let buffers;   // { Buffer, FastBuffer }, loaded on first use
function bufferTypes() {
  buffers ??= { Buffer: require('buffer').Buffer, FastBuffer: require('internal/buffer').FastBuffer };
  return buffers;
}

const viewKind = (view) => Reflect.apply(objectToString, view, []).slice(8, -1);

// The bytes a typed array or DataView covers, as a Uint8Array over the same memory.
function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function notImplemented(name) {
  const { ERR_METHOD_NOT_IMPLEMENTED } = require('internal/errors').codes;
  return new ERR_METHOD_NOT_IMPLEMENTED(name);
}

// A function named `name` that only throws ERR_METHOD_NOT_IMPLEMENTED.
function unavailable(name) {
  const holder = { [name]() { throw notImplemented(name); } };
  return holder[name];
}

Serializer.prototype._getDataCloneError = Error;

// Bytes from the deserializer's input, as a Buffer sharing its memory (the input may be any view type).
Deserializer.prototype.readRawBytes = function readRawBytes(length) {
  const at = this._readRawBytes(length);
  const input = this.buffer;
  return new (bufferTypes().FastBuffer)(input.buffer, input.byteOffset + at, length);
};

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
    // A MessagePort is a host object to node's serializer, and _writeHostObject refuses it.
    const modeOf = getDefaultHostHooks().hostObjectMode;
    if (typeof modeOf === 'function') this._isHostObject = (obj) => modeOf(obj) === HOST_TRANSFERABLE;
  }

  // Views are written by hand rather than as V8 would, so that a Buffer carved from a shared pool sends only
  // its own bytes, not the whole pool behind it.
  _writeHostObject(view) {
    let tag = BUFFER_TAG;
    if (view.constructor !== bufferTypes().Buffer) {
      tag = tagOfType.get(viewKind(view));
      if (tag === undefined || tag === BUFFER_TAG) {
        const { inspect } = require('internal/util/inspect');
        throw new this._getDataCloneError(`Unserializable host object: ${inspect(view)}`);
      }
    }
    const bytes = bytesOf(view);
    this.writeUint32(tag);
    this.writeUint32(bytes.byteLength);
    this.writeRawBytes(bytes);
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const tag = this.readUint32();
    const byteLength = this.readUint32();
    const Type = tag === BUFFER_TAG ? bufferTypes().FastBuffer : VIEW_TAGS[tag]?.[1];
    const at = this._readRawBytes(byteLength);
    if (Type === undefined) {
      // node 24 fails this way on a tag that names no view type (once the bytes were there).
      throw new TypeError("Cannot read properties of undefined (reading 'BYTES_PER_ELEMENT')");
    }
    const unit = Type.BYTES_PER_ELEMENT ?? 1;
    const length = Math.floor(byteLength / unit);  // a partial last element is left out
    const input = this.buffer;
    const start = input.byteOffset + at;
    if (start % unit === 0) return new Type(input.buffer, start, length);
    // Misaligned for the element size: the view gets its own aligned copy.
    const copy = new Uint8Array(byteLength);
    copy.set(new Uint8Array(input.buffer, start, byteLength));
    return new Type(copy.buffer, 0, length);
  }
}

function serialize(value) {
  const writer = new DefaultSerializer();
  writer.writeHeader();
  writer.writeValue(value);
  return writer.releaseBuffer();
}

function deserialize(buffer) {
  const reader = new DefaultDeserializer(buffer);
  reader.readHeader();
  return reader.readValue();
}

function setFlagsFromString(flags) {
  require('internal/validators').validateString(flags, 'flags');
}

class GCProfiler {
  start() { throw notImplemented('GCProfiler.start'); }
  stop() { throw notImplemented('GCProfiler.stop'); }
}

module.exports = {
  cachedDataVersionTag: unavailable('cachedDataVersionTag'),
  getHeapSnapshot: unavailable('getHeapSnapshot'),
  getHeapStatistics: unavailable('getHeapStatistics'),
  getHeapSpaceStatistics: unavailable('getHeapSpaceStatistics'),
  getHeapCodeStatistics: unavailable('getHeapCodeStatistics'),
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage: unavailable('takeCoverage'),
  stopCoverage: unavailable('stopCoverage'),
  serialize,
  writeHeapSnapshot: unavailable('writeHeapSnapshot'),
  setHeapSnapshotNearHeapLimit: unavailable('setHeapSnapshotNearHeapLimit'),
  GCProfiler,
};
