'use strict';
// The stream module: the legacy Stream constructor, carrying the stream classes and helpers as properties.

const { Stream, Readable } = require('internal/streams/readable');
const { Writable } = require('internal/streams/writable');
const { Duplex, Transform, PassThrough } = require('internal/streams/duplex');
const { finished, pipeline, addAbortSignal } = require('internal/streams/finished');
const shared = require('internal/streams/shared');

function isReadable(stream) {
  if (!shared.isNodeStream(stream)) return null;
  const r = stream._readableState;
  if (!r) return false;
  if (r.errored || r.destroyed) return false;
  return stream.readable === true && !r.endEmitted;
}

function isWritable(stream) {
  if (!shared.isNodeStream(stream)) return null;
  const w = stream._writableState;
  if (!w) return false;
  if (w.errored || w.destroyed) return false;
  return stream.writable === true && !w.ending;
}

function isErrored(stream) {
  return !!(stream && (stream.readableErrored ?? stream.writableErrored ?? stream._readableState?.errorEmitted ??
    stream._writableState?.errorEmitted ?? stream._readableState?.errored ?? stream._writableState?.errored));
}

function isDisturbed(stream) {
  return !!(stream && (stream.readableDidRead || stream.readableAborted || stream._readableState?.dataEmitted));
}

Object.assign(Stream, {
  Stream, Readable, Writable, Duplex, Transform, PassThrough,
  finished, pipeline, addAbortSignal, isReadable, isWritable, isErrored, isDisturbed,
  getDefaultHighWaterMark: shared.defaultLimit,
  setDefaultHighWaterMark: shared.setDefaultLimit,
  _isUint8Array: (v) => v instanceof Uint8Array,
  _uint8ArrayToBuffer: (v) => require('buffer').Buffer.from(v.buffer, v.byteOffset, v.byteLength),
});

let promises;
Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return promises ??= require('stream/promises'); },
});

const util = require('util');
Object.defineProperty(pipeline, util.promisify.custom, {
  __proto__: null,
  enumerable: true,
  get() { return Stream.promises.pipeline; },
});
Object.defineProperty(finished, util.promisify.custom, {
  __proto__: null,
  enumerable: true,
  get() { return Stream.promises.finished; },
});

module.exports = Stream;
