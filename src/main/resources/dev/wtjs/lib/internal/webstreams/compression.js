'use strict';
// CompressionStream and DecompressionStream ('deflate', 'deflate-raw', 'gzip'): TransformStreams over the zlib
// module's streams.

const { codes } = require('internal/errors');
const { slotsOf, setSlots, inspectAs, defineToStringTag, customInspectSymbol } = require('internal/webstreams/shared');
const { TransformStream } = require('internal/webstreams/transform');

const formats = ['deflate', 'deflate-raw', 'gzip'];

function zlibTransform(className, format, makers) {
  if (!formats.includes(`${format}`)) {
    const error = new codes.ERR_INVALID_ARG_VALUE('format', format);
    error.message = `Failed to construct '${className}': 1st argument '${format}' is not a valid enum value of ` +
      'type CompressionFormat.';
    throw error;
  }
  const zlib = require('zlib');
  const engine = zlib[makers[`${format}`]]();
  let controller;
  let failure;
  engine.on('data', (chunk) => controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length)));
  engine.on('error', (e) => {
    failure = e;
    controller.error(new TypeError(e.code ?? e.message));
  });
  return new TransformStream({
    start(c) {
      controller = c;
    },
    transform(chunk) {
      if (!ArrayBuffer.isView(chunk) && !(chunk instanceof ArrayBuffer)) {
        throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
      const bytes = chunk instanceof ArrayBuffer ? new Uint8Array(chunk) :
        new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      return new Promise((resolve, reject) => {
        engine.write(Buffer.from(bytes), () => (failure ? reject(new TypeError(failure.code ?? failure.message)) : resolve()));
      });
    },
    flush() {
      return new Promise((resolve, reject) => {
        if (failure) {
          reject(new TypeError(failure.code ?? failure.message));
          return;
        }
        engine.once('end', resolve);
        engine.once('error', (e) => reject(new TypeError(e.code ?? e.message)));
        engine.end();
      });
    },
  });
}

class CompressionStream {
  constructor(format) {
    const transform = zlibTransform('CompressionStream', format,
      { deflate: 'createDeflate', 'deflate-raw': 'createDeflateRaw', gzip: 'createGzip' });
    setSlots(this, { brand: 'CompressionStream', transform });
  }

  get readable() {
    return slotsOf(this, 'CompressionStream').transform.readable;
  }

  get writable() {
    return slotsOf(this, 'CompressionStream').transform.writable;
  }

  [customInspectSymbol](depth, opts) {
    const s = slotsOf(this, 'CompressionStream');
    return inspectAs(this, { readable: s.transform.readable, writable: s.transform.writable }, depth, opts);
  }
}
defineToStringTag(CompressionStream);

class DecompressionStream {
  constructor(format) {
    const transform = zlibTransform('DecompressionStream', format,
      { deflate: 'createInflate', 'deflate-raw': 'createInflateRaw', gzip: 'createGunzip' });
    setSlots(this, { brand: 'DecompressionStream', transform });
  }

  get readable() {
    return slotsOf(this, 'DecompressionStream').transform.readable;
  }

  get writable() {
    return slotsOf(this, 'DecompressionStream').transform.writable;
  }

  [customInspectSymbol](depth, opts) {
    const s = slotsOf(this, 'DecompressionStream');
    return inspectAs(this, { readable: s.transform.readable, writable: s.transform.writable }, depth, opts);
  }
}
defineToStringTag(DecompressionStream);

module.exports = { CompressionStream, DecompressionStream };
