'use strict';
// node:stream/consumers: read a whole stream (node Readable, web ReadableStream or any async iterable) into one
// value.

const { Buffer } = require('buffer');

function iterate(stream) {
  if (stream === null || stream === undefined || typeof stream[Symbol.asyncIterator] !== 'function') {
    throw new TypeError('stream is not async iterable');
  }
  return stream;
}

async function blob(stream) {
  const { Blob } = require('internal/blob');
  const chunks = [];
  for await (const chunk of iterate(stream)) chunks.push(chunk);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  return (await blob(stream)).arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function bytes(stream) {
  return new Uint8Array(await arrayBuffer(stream));
}

async function text(stream) {
  const decoder = new TextDecoder();
  let out = '';
  for await (const chunk of iterate(stream)) {
    out += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  return out + decoder.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, bytes, text, json };
