'use strict';
// The body of a fetch Request or Response: what a constructor accepts (a string, bytes, URLSearchParams), its
// default Content-Type, and the reading methods (text, json, arrayBuffer, bytes), each usable once.

const { Buffer } = require('buffer');

const kBody = Symbol('kBody'); // { bytes: Promise<Buffer> | Buffer | null, used: boolean }

// init body -> [Buffer, content type or null]
function extractBody(value) {
  if (typeof value === 'string') return [Buffer.from(value, 'utf8'), 'text/plain;charset=UTF-8'];
  if (value instanceof URLSearchParams) {
    return [Buffer.from(value.toString(), 'utf8'), 'application/x-www-form-urlencoded;charset=UTF-8'];
  }
  if (value instanceof ArrayBuffer) return [Buffer.from(new Uint8Array(value.slice(0))), null];
  if (ArrayBuffer.isView(value)) {
    return [Buffer.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)), null];
  }
  const { Blob } = require('buffer');
  if (Blob !== undefined && value instanceof Blob) {
    return [value.arrayBuffer().then((ab) => Buffer.from(ab)), value.type || null];
  }
  return [Buffer.from(String(value), 'utf8'), 'text/plain;charset=UTF-8'];
}

async function consume(message) {
  const body = message[kBody];
  if (body.used) throw new TypeError('Body is unusable: Body has already been read');
  body.used = true;
  if (body.bytes === null) return Buffer.alloc(0);
  return await body.bytes;
}

// The reading methods, shared by Request and Response.
const bodyMethods = {
  get bodyUsed() {
    return this[kBody].used;
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
    const { Blob } = require('buffer');
    return new Blob([await consume(this)], { type: this.headers.get('content-type') ?? '' });
  },
  async formData() {
    throw new TypeError('wtjs: formData() is not supported');
  },
};

function mixBody(target) {
  for (const name of Object.keys(Object.getOwnPropertyDescriptors(bodyMethods))) {
    Object.defineProperty(target.prototype, name, {
      ...Object.getOwnPropertyDescriptor(bodyMethods, name), enumerable: false,
    });
  }
}

module.exports = { kBody, extractBody, mixBody };
