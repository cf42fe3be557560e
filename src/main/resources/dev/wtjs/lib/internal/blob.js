'use strict';
// Blob (File API): immutable bytes with a MIME type, read as text, bytes, an ArrayBuffer or a web stream.
// The bytes are kept as one Uint8Array; slice() shares it.

const { codes } = require('internal/errors');
const { customInspectSymbol } = require('internal/util');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS } = codes;

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');

function isBlob(value) {
  return typeof value === 'object' && value !== null && value[kBytes] !== undefined;
}

function bytesOfPart(part, endings) {
  if (isBlob(part)) return part[kBytes];
  if (part instanceof ArrayBuffer || part instanceof SharedArrayBuffer) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) {
    return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  }
  let text = `${part}`;
  if (endings === 'native') text = text.replace(/\r\n|\r/g, '\n');
  return new TextEncoder().encode(text);
}

function normalizeType(type) {
  const text = `${type}`;
  return /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : '';
}

function checkOptions(options) {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' && typeof options !== 'function') {
    const error = new ERR_INVALID_ARG_TYPE('options', 'object', options);
    error.message = error.message.replace('must be of type object', 'must be a dictionary');
    throw error;
  }
  return options;
}

class Blob {
  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      const error = new ERR_INVALID_ARG_TYPE('sources', 'sequence', sources);
      error.message = 'Value cannot be converted to sequence.';
      throw error;
    }
    options = checkOptions(options);
    const endings = options.endings === undefined ? 'transparent' : `${options.endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', options.endings);
    }
    const parts = [];
    let length = 0;
    for (const part of sources) {
      const bytes = bytesOfPart(part, endings);
      parts.push(bytes);
      length += bytes.length;
    }
    const all = new Uint8Array(length);
    let at = 0;
    for (const bytes of parts) {
      all.set(bytes, at);
      at += bytes.length;
    }
    this[kBytes] = all;
    this[kType] = options.type === undefined ? '' : normalizeType(options.type);
  }

  get size() {
    return bytesOf(this).length;
  }

  get type() {
    bytesOf(this);
    return this[kType];
  }

  slice(start = 0, end = undefined, contentType = '') {
    const bytes = bytesOf(this);
    const size = bytes.length;
    const clamp = (n) => {
      n = Math.trunc(Number(n)) || 0;
      return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
    };
    const from = clamp(start);
    const to = end === undefined ? size : clamp(end);
    const blob = Object.create(Blob.prototype);
    blob[kBytes] = bytes.subarray(from, Math.max(from, to));
    blob[kType] = normalizeType(contentType);
    return blob;
  }

  async text() {
    return new TextDecoder().decode(await this.arrayBuffer());
  }

  async arrayBuffer() {
    const bytes = bytesOf(this);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
  }

  async bytes() {
    return new Uint8Array(await this.arrayBuffer());
  }

  stream() {
    const bytes = bytesOf(this);
    const { ReadableStream } = require('internal/webstreams/readable');
    const chunkSize = 65536;
    let at = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (at >= bytes.length) {
          controller.close();
          return;
        }
        const end = Math.min(at + chunkSize, bytes.length);
        controller.enqueue(bytes.slice(at, end));
        at = end;
        if (at >= bytes.length) controller.close();
      },
    });
  }

  get [Symbol.toStringTag]() {
    return 'Blob';
  }

  [customInspectSymbol](depth, opts) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    return `Blob ${inspect({ size: this.size, type: this.type }, { ...opts, depth: opts.depth == null ? null : opts.depth - 1 })}`;
  }
}
for (const name of ['size', 'type', 'slice', 'text', 'arrayBuffer', 'bytes', 'stream']) {
  Object.defineProperty(Blob.prototype, name, { ...Object.getOwnPropertyDescriptor(Blob.prototype, name), enumerable: true });
}

function bytesOf(blob) {
  if (!isBlob(blob)) throw new ERR_INVALID_THIS('Blob');
  return blob[kBytes];
}

// Wraps the async readers so a wrong `this` rejects rather than throws.
for (const name of ['text', 'arrayBuffer', 'bytes']) {
  const method = Blob.prototype[name];
  Object.defineProperty(Blob.prototype, name, {
    value: { [name](...args) {
      if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
      return Reflect.apply(method, this, args);
    } }[name],
    writable: true, enumerable: true, configurable: true,
  });
}

// Copies for the structured clone: the type and the bytes (latin1) cross agents as one string.
Object.defineProperty(Blob.prototype, require('internal/worker/cloneables').kHostClone, {
  value: {
    kind: 'Blob',
    write: (blob) => `${JSON.stringify({ type: blob[kType] })}\n${latin1(blob[kBytes])}`,
  },
});

function latin1(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

function splitClone(text) {
  const cut = text.indexOf('\n');
  const head = JSON.parse(text.slice(0, cut));
  const body = text.slice(cut + 1);
  const bytes = new Uint8Array(body.length);
  for (let i = 0; i < body.length; i++) bytes[i] = body.charCodeAt(i);
  return [head, bytes];
}

function blobFromClone(text) {
  const [head, bytes] = splitClone(text);
  const blob = Object.create(Blob.prototype);
  blob[kBytes] = bytes;
  blob[kType] = head.type;
  return blob;
}

// A Blob with the bytes and type of the one a URL from URL.createObjectURL names, while not revoked.
function resolveObjectURL(url) {
  const blob = require('internal/url').blobOfObjectURL(url);
  return blob === undefined ? undefined : blob.slice(0, blob.size, blob.type);
}

module.exports = { Blob, isBlob, kBytes, resolveObjectURL, blobFromClone, splitClone, latin1 };
