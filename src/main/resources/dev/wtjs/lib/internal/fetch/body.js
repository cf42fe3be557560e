'use strict';
// The body of a fetch Request or Response: what a constructor accepts (a string, bytes, URLSearchParams, a Blob,
// FormData, a ReadableStream), its default Content-Type, the `body` stream and the reading methods (text, json,
// arrayBuffer, bytes, blob, formData), each usable once.

const { Buffer } = require('buffer');

const kBody = Symbol('kBody'); // { bytes: Promise<Buffer> | Buffer | null, used: boolean, stream }

async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) {
    if (!ArrayBuffer.isView(chunk)) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
  return Buffer.concat(chunks);
}

// init body -> [Buffer or Promise<Buffer>, content type or null]
function extractBody(value) {
  if (typeof value === 'string') return [Buffer.from(value, 'utf8'), 'text/plain;charset=UTF-8'];
  if (value instanceof URLSearchParams) {
    return [Buffer.from(value.toString(), 'utf8'), 'application/x-www-form-urlencoded;charset=UTF-8'];
  }
  if (value instanceof ArrayBuffer) return [Buffer.from(new Uint8Array(value.slice(0))), null];
  if (ArrayBuffer.isView(value)) {
    return [Buffer.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)), null];
  }
  const { isBlob } = require('internal/blob');
  if (isBlob(value)) {
    return [value.arrayBuffer().then((ab) => Buffer.from(ab)), value.type || null];
  }
  const { isFormData, encodeMultipart, newBoundary } = require('internal/fetch/formdata');
  if (isFormData(value)) {
    const boundary = newBoundary();
    return [encodeMultipart(value, boundary).then((bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)),
      `multipart/form-data; boundary=${boundary}`];
  }
  const { isReadableStream } = require('internal/webstreams/readable');
  if (isReadableStream(value)) {
    if (value.locked) throw new TypeError('Response body object should not be disturbed or locked');
    const bytes = readAll(value);
    bytes.catch(() => {}); // reported when read
    return [bytes, null];
  }
  return [Buffer.from(String(value), 'utf8'), 'text/plain;charset=UTF-8'];
}

function isUsed(body) {
  return body.used || (body.stream !== undefined && body.stream.locked);
}

async function consume(message) {
  const body = message[kBody];
  if (isUsed(body)) throw new TypeError('Body is unusable: Body has already been read');
  body.used = true;
  if (body.stream !== undefined) return readAll(body.stream);
  if (body.bytes === null) return Buffer.alloc(0);
  return await body.bytes;
}

// The body slot of a clone: a body stream already made (or a network body) is teed between the two.
function cloneBody(body) {
  if (body.stream !== undefined) {
    const [mine, theirs] = body.stream.tee();
    body.stream = mine;
    return { bytes: body.bytes, used: false, stream: theirs };
  }
  return { bytes: body.bytes, used: false };
}

// The body as a byte stream, made on first use; reading it uses the body up.
function bodyStream(body) {
  if (body.stream !== undefined) return body.stream;
  if (body.bytes === null) return null;
  {
    const { ReadableStream } = require('internal/webstreams/readable');
    const source = body.bytes;
    body.stream = new ReadableStream({
      type: 'bytes',
      async pull(controller) {
        const bytes = await source;
        if (bytes.length > 0) controller.enqueue(new Uint8Array(bytes));
        controller.close();
      },
    });
  }
  return body.stream;
}

// The reading methods, shared by Request and Response.
const bodyMethods = {
  get body() {
    return bodyStream(this[kBody]);
  },
  get bodyUsed() {
    const body = this[kBody];
    return body.used || (body.stream !== undefined && require('internal/webstreams/shared').isDisturbed(body.stream));
  },
  async text() {
    return (await consume(this)).toString('utf8');
  },
  async json() {
    return JSON.parse((await consume(this)).toString('utf8'));
  },
  async arrayBuffer() {
    const buf = await consume(this);
    return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length);
  },
  async bytes() {
    return new Uint8Array(await this.arrayBuffer());
  },
  async blob() {
    const { Blob } = require('internal/blob');
    return new Blob([await consume(this)], { type: this.headers.get('content-type') ?? '' });
  },
  async formData() {
    const { parseFormData } = require('internal/fetch/formdata');
    const type = this.headers.get('content-type');
    const bytes = await consume(this);
    return parseFormData(bytes, type);
  },
};

function mixBody(target) {
  for (const name of Object.keys(Object.getOwnPropertyDescriptors(bodyMethods))) {
    Object.defineProperty(target.prototype, name, {
      ...Object.getOwnPropertyDescriptor(bodyMethods, name), enumerable: false,
    });
  }
}

module.exports = { kBody, extractBody, mixBody, cloneBody };
