'use strict';
// CompressionStream and DecompressionStream ('deflate', 'deflate-raw', 'gzip'): a web stream pair over one of the
// zlib module's streams, as Duplex.toWeb makes it (writes are taken while zlib has room, before anything is
// read). zlib's errors reach the web side as a TypeError with zlib's code, caused by zlib's error.

const { codes } = require('internal/errors');
const { slotsOf, setSlots, inspectAs, defineToStringTag, customInspectSymbol } = require('internal/webstreams/shared');

const formats = ['deflate', 'deflate-raw', 'gzip'];

function zlibError(error) {
  const wrapped = new TypeError(undefined, { cause: error });
  wrapped.code = error.code;
  return wrapped;
}

function zlibPair(className, format, makers) {
  if (!formats.includes(`${format}`)) {
    const error = new codes.ERR_INVALID_ARG_VALUE('format', format);
    error.message = `Failed to construct '${className}': 1st argument '${format}' is not a valid enum value of ` +
      'type CompressionFormat.';
    throw error;
  }
  const engine = require('zlib')[makers[`${format}`]]();
  return require('internal/webstreams/adapters').duplexToWeb(engine, zlibError);
}

class CompressionStream {
  constructor(format) {
    const pair = zlibPair('CompressionStream', format,
      { deflate: 'createDeflate', 'deflate-raw': 'createDeflateRaw', gzip: 'createGzip' });
    setSlots(this, { brand: 'CompressionStream', pair });
  }

  get readable() {
    return slotsOf(this, 'CompressionStream').pair.readable;
  }

  get writable() {
    return slotsOf(this, 'CompressionStream').pair.writable;
  }

  [customInspectSymbol](depth, opts) {
    const s = slotsOf(this, 'CompressionStream');
    return inspectAs(this, { readable: s.pair.readable, writable: s.pair.writable }, depth, opts);
  }
}
defineToStringTag(CompressionStream);

class DecompressionStream {
  constructor(format) {
    const pair = zlibPair('DecompressionStream', format,
      { deflate: 'createInflate', 'deflate-raw': 'createInflateRaw', gzip: 'createGunzip' });
    setSlots(this, { brand: 'DecompressionStream', pair });
  }

  get readable() {
    return slotsOf(this, 'DecompressionStream').pair.readable;
  }

  get writable() {
    return slotsOf(this, 'DecompressionStream').pair.writable;
  }

  [customInspectSymbol](depth, opts) {
    const s = slotsOf(this, 'DecompressionStream');
    return inspectAs(this, { readable: s.pair.readable, writable: s.pair.writable }, depth, opts);
  }
}
defineToStringTag(DecompressionStream);

module.exports = { CompressionStream, DecompressionStream };
