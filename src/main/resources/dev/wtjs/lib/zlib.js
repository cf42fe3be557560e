'use strict';
// zlib on java.util.zip: the stream classes (internal/zlib/stream), and for each format a one-shot function in
// three shapes: callback (gzip), synchronous (gzipSync), and util.promisify-able. Brotli and Zstandard have no
// codec here: their functions throw ERR_METHOD_NOT_IMPLEMENTED.

const { codes } = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const streams = require('internal/zlib/stream');
const crc32 = require('internal/zlib/crc32');

const C = internalBinding('constants').zlib;
const constants = Object.freeze(Object.assign(Object.create(null), C, { Z_MAX_CHUNK: Infinity }));

const codeNames = {};
for (const name of ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR',
  'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR']) {
  codeNames[name] = C[name];
  codeNames[C[name]] = name;
}

// The whole input through a new codec at once, finished.
function runSync(Kind, buffer, options) {
  const bytes = streams.bytesOf(buffer, 'buffer');
  const engine = new Kind(options);
  try {
    const out = engine._processChunk(bytes, engine._finishFlushFlag);
    return options?.info ? { buffer: out, engine } : out;
  } finally {
    engine.close();
  }
}

function oneShot(Kind) {
  const sync = (buffer, options) => runSync(Kind, buffer, options);
  const async = (buffer, options, callback) => {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    validateFunction(callback, 'callback');
    const bytes = streams.bytesOf(buffer, 'buffer');
    const engine = new Kind(options);
    // the work is done on the loop, and its result comes in a later turn, as node's thread pool hands it back
    setImmediate(() => {
      let out;
      try {
        out = engine._processChunk(bytes, engine._finishFlushFlag);
      } catch (err) {
        engine.close();
        callback(err);
        return;
      }
      engine.close();
      callback(null, out);
    });
  };
  return { sync, async };
}

function notHere(name) {
  return function() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED(`zlib.${name}()`);
  };
}

function unsupportedClass(name) {
  return {
    [name]: class {
      constructor() {
        throw new codes.ERR_METHOD_NOT_IMPLEMENTED(`zlib.${name}()`);
      }
    },
  }[name];
}

const zlib = {
  crc32(data, value = 0) {
    if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
      throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    validateUint32(value, 'value');
    return crc32(streams.bytesOf(data, 'data'), value);
  },
  codes: Object.freeze(codeNames),
  constants,
};

for (const [name, Kind] of [['deflate', streams.Deflate], ['inflate', streams.Inflate], ['gzip', streams.Gzip],
  ['gunzip', streams.Gunzip], ['deflateRaw', streams.DeflateRaw], ['inflateRaw', streams.InflateRaw],
  ['unzip', streams.Unzip]]) {
  const { sync, async } = oneShot(Kind);
  const className = Kind.name;
  zlib[className] = Kind;
  zlib[`create${className}`] = (options) => new Kind(options);
  zlib[name] = async;
  zlib[`${name}Sync`] = sync;
}

for (const family of ['brotli', 'zstd']) {
  const title = family[0].toUpperCase() + family.slice(1);
  for (const way of ['Compress', 'Decompress']) {
    zlib[`${title}${way}`] = unsupportedClass(`${title}${way}`);
    zlib[`create${title}${way}`] = notHere(`create${title}${way}`);
    zlib[`${family}${way}`] = notHere(`${family}${way}`);
    zlib[`${family}${way}Sync`] = notHere(`${family}${way}Sync`);
  }
}

// the legacy constants on the module itself (zlib.Z_OK ...), not enumerable
for (const key of Object.keys(constants)) {
  if (key.startsWith('Z_')) Object.defineProperty(zlib, key, { value: constants[key], enumerable: false });
}

module.exports = zlib;
