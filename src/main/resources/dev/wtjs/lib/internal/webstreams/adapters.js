'use strict';
// Between node's streams and web streams: Readable.fromWeb/toWeb, Writable.fromWeb/toWeb, Duplex.fromWeb/toWeb.
// A node stream made from a web stream reads through its reader / writes through its writer; a web stream made
// from a node stream pulls by resuming it and writes by calling write(), waiting for 'drain'.

const { codes } = require('internal/errors');
const { Buffer } = require('buffer');
const { isReadableStream, ReadableStream } = require('internal/webstreams/readable');
const { isWritableStream, WritableStream } = require('internal/webstreams/writable');
const { validateObject } = require('internal/validators');

function streams() {
  return require('stream');
}

function checkOptions(options) {
  if (options === undefined) return {};
  validateObject(options, 'options');
  return options;
}

function isNodeStream(value, Class) {
  return value instanceof Class;
}

// An error a node stream ended with, as the web side reports it.
function webError(error) {
  if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') {
    const { AbortError } = require('internal/errors');
    return new AbortError(undefined, { cause: error });
  }
  return error;
}

// ---- web -> node ----
function readFromReader(reader, stream) {
  reader.read().then(({ value, done }) => {
    if (done) stream.push(null);
    else stream.push(value);
  }, (error) => stream.destroy(error));
}

function readableFromWeb(readableStream, options = undefined) {
  if (!isReadableStream(readableStream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  const { highWaterMark, encoding, objectMode = false, signal } = checkOptions(options);
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new (streams().Readable)({
    objectMode, highWaterMark, encoding, signal,
    read() {
      readFromReader(reader, this);
    },
    destroy(error, callback) {
      const done = () => callback(error);
      if (closed) done();
      else reader.cancel(error).then(done, done);
    },
  });
  reader.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    readable.destroy(error);
  });
  return readable;
}

function writeThrough(writer, chunk, callback) {
  writer.ready.then(() => writer.write(chunk)).then(() => callback(), callback);
}

function writableFromWeb(writableStream, options = undefined) {
  if (!isWritableStream(writableStream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = checkOptions(options);
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new (streams().Writable)({
    highWaterMark, objectMode, decodeStrings, signal,
    write(chunk, encoding, callback) {
      writeThrough(writer, chunk, callback);
    },
    final(callback) {
      writer.close().then(() => callback(), callback);
    },
    destroy(error, callback) {
      const done = () => callback(error);
      if (closed || error === null) done();
      else writer.abort(error).then(done, done);
    },
  });
  writer.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    writable.destroy(error);
  });
  return writable;
}

function duplexFromWeb(pair, options = undefined) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  const { allowHalfOpen = true, decodeStrings = true, encoding, highWaterMark, objectMode = false, signal } =
    checkOptions(options);
  const reader = readableStream.getReader();
  const writer = writableStream.getWriter();
  const duplex = new (streams().Duplex)({
    allowHalfOpen, decodeStrings, encoding, highWaterMark, objectMode, signal,
    read() {
      readFromReader(reader, this);
    },
    write(chunk, enc, callback) {
      writeThrough(writer, chunk, callback);
    },
    final(callback) {
      writer.close().then(() => callback(), callback);
    },
    destroy(error, callback) {
      const done = () => callback(error);
      Promise.all([reader.cancel(error).catch(() => {}), error === null ? undefined : writer.abort(error).catch(() => {})])
        .then(done, done);
    },
  });
  reader.closed.then(undefined, (error) => duplex.destroy(error));
  writer.closed.then(undefined, (error) => duplex.destroy(error));
  return duplex;
}

// ---- node -> web ----
// mapError (internal callers): how the node stream's error reaches the web side (default: webError).
function readableToWeb(streamReadable, options = undefined, mapError = webError) {
  if (!isNodeStream(streamReadable, streams().Readable)) {
    throw new codes.ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  options = checkOptions(options);
  const objectMode = streamReadable.readableObjectMode;
  const strategy = options.strategy ?? (objectMode ? { highWaterMark: 1 }
    : { highWaterMark: streamReadable.readableHighWaterMark, size: (chunk) => chunk.byteLength ?? 1 });
  let controller;
  let ended = false;
  streamReadable.pause();
  streamReadable.on('data', (chunk) => {
    if (ended) return;
    if (!objectMode && Buffer.isBuffer(chunk)) chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  });
  streams().finished(streamReadable, { writable: false }, (error) => {
    if (ended) return;
    ended = true;
    if (error) controller.error(mapError(error));
    else controller.close();
  });
  return new ReadableStream({
    start(c) {
      controller = c;
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      ended = true;
      streamReadable.destroy(reason);
    },
  }, strategy);
}

function writableToWeb(streamWritable, mapError = webError) {
  if (!isNodeStream(streamWritable, streams().Writable) && !isNodeStream(streamWritable, streams().Duplex)) {
    throw new codes.ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  let controller;
  let ended = false;
  streams().finished(streamWritable, { readable: false }, (error) => {
    if (ended) return;
    ended = true;
    if (error) controller.error(mapError(error));
  });
  return new WritableStream({
    start(c) {
      controller = c;
    },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        return new Promise((resolve) => streamWritable.once('drain', resolve));
      }
      return undefined;
    },
    abort(reason) {
      ended = true;
      streamWritable.destroy(reason);
    },
    close() {
      return new Promise((resolve, reject) => {
        streamWritable.end();
        streams().finished(streamWritable, { readable: false }, (error) => (error ? reject(mapError(error)) : resolve()));
      });
    },
  }, { highWaterMark: 1 });
}

function duplexToWeb(duplex, mapError = webError) {
  if (!isNodeStream(duplex, streams().Duplex)) {
    throw new codes.ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  return { writable: writableToWeb(duplex, mapError), readable: readableToWeb(duplex, undefined, mapError) };
}

module.exports = { readableFromWeb, readableToWeb, writableFromWeb, writableToWeb, duplexFromWeb, duplexToWeb };
