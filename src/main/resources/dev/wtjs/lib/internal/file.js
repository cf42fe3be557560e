'use strict';
// File: a Blob with a name and a modification time.

const { codes } = require('internal/errors');
const { Blob, isBlob } = require('internal/blob');
const { customInspectSymbol } = require('internal/util');

const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');

class File extends Blob {
  constructor(fileBits, fileName, options = undefined) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let lastModified = options?.lastModified;
    if (lastModified === undefined) lastModified = Date.now();
    else {
      lastModified = Number(lastModified);
      lastModified = Number.isFinite(lastModified) ? Math.trunc(lastModified) : 0;
    }
    this[kName] = `${fileName}`;
    this[kLastModified] = lastModified;
  }

  get name() {
    if (!isFile(this)) throw new codes.ERR_INVALID_THIS('File');
    return this[kName];
  }

  get lastModified() {
    if (!isFile(this)) throw new codes.ERR_INVALID_THIS('File');
    return this[kLastModified];
  }

  get [Symbol.toStringTag]() {
    return 'File';
  }

  [customInspectSymbol](depth, opts) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const fields = { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified };
    return `File ${inspect(fields, { ...opts, depth: opts.depth == null ? null : opts.depth - 1 })}`;
  }
}
for (const name of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, name, { ...Object.getOwnPropertyDescriptor(File.prototype, name), enumerable: true });
}

Object.defineProperty(File.prototype, require('internal/worker/cloneables').kHostClone, {
  value: {
    kind: 'File',
    write(file) {
      const head = { type: file.type, name: file[kName], lastModified: file[kLastModified] };
      const { kBytes, latin1 } = require('internal/blob');
      return `${JSON.stringify(head)}\n${latin1(file[kBytes])}`;
    },
  },
});

function fileFromClone(text) {
  const [head, bytes] = require('internal/blob').splitClone(text);
  return new File([bytes], head.name, { type: head.type, lastModified: head.lastModified });
}

function isFile(value) {
  return isBlob(value) && value[kName] !== undefined;
}

module.exports = { File, isFile, fileFromClone };
