'use strict';
// fs.promises.open's FileHandle: a descriptor of this agent's fs (FsBinding's table) with promise methods. The
// calls are the descriptor calls of `fs` (a FileHandle is an object around fs.openSync's number); after close()
// every call rejects with node's EBADF 'file closed' error and fd reads -1.

const EventEmitter = require('events');
const { settleLater } = require('internal/fs/trips');
const { Buffer } = require('buffer');

const kFd = Symbol('kFd');

function fs() {
  return require('fs');
}

function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
  }

  get fd() {
    return this[kFd];
  }

  #open(syscall) {
    if (this[kFd] === -1) throw closedError(syscall);
    return this[kFd];
  }

  read(buffer, offset, length, position) {
    return settleLater('read', () => {
      const fd = this.#open('read');
      if (buffer === undefined || (buffer !== null && !ArrayBuffer.isView(buffer) && typeof buffer === 'object')) {
        const opts = buffer ?? {};
        buffer = opts.buffer ?? Buffer.alloc(16384);
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = opts);
      }
      const bytesRead = fs().readSync(fd, buffer, offset, length, position);
      return { bytesRead, buffer };
    });
  }

  write(data, ...rest) {
    return settleLater('write', () => {
      const fd = this.#open('write');
      const bytesWritten = fs().writeSync(fd, data, ...rest);
      return { __proto__: null, bytesWritten, buffer: data };
    });
  }

  // From the current position to the end.
  readFile(options) {
    return settleLater('readFile', () => {
      const fd = this.#open('read');
      const chunks = [];
      for (;;) {
        const chunk = Buffer.allocUnsafe(64 * 1024);
        const n = fs().readSync(fd, chunk, 0, chunk.length, null);
        if (n === 0) break;
        chunks.push(chunk.subarray(0, n));
      }
      const all = Buffer.concat(chunks);
      const encoding = typeof options === 'string' ? options : options?.encoding;
      return encoding ? all.toString(encoding) : all;
    });
  }

  // At the current position (node writes from there; it does not truncate).
  writeFile(data, options) {
    return settleLater('writeFile', () => {
      const fd = this.#open('write');
      const encoding = typeof options === 'string' ? options : options?.encoding ?? 'utf8';
      const bytes = typeof data === 'string' ? Buffer.from(data, encoding) : data;
      fs().writeSync(fd, bytes, 0, bytes.byteLength, null);
    });
  }

  async appendFile(data, options) {
    return this.writeFile(data, options);
  }

  stat(options) {
    return settleLater('stat', () => {
      return fs().fstatSync(this.#open('fstat'), options);
    });
  }

  truncate(len = 0) {
    return settleLater('truncate', () => {
      fs().ftruncateSync(this.#open('ftruncate'), len);
    });
  }

  sync() {
    return settleLater('sync', () => {
      fs().fsyncSync(this.#open('fsync'));
    });
  }

  datasync() {
    return settleLater('datasync', () => {
      fs().fdatasyncSync(this.#open('fdatasync'));
    });
  }

  close() {
    return settleLater('close', () => {
      if (this[kFd] === -1) return;
      const fd = this[kFd];
      this[kFd] = -1;
      fs().closeSync(fd);
      this.emit('close');
    });
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  // The file's lines from the current position, for `for await`.
  readLines(options) {
    const fd = this.#open('read');
    const { Readable } = require('stream');
    const input = new Readable({
      read(size) {
        const chunk = Buffer.allocUnsafe(Math.max(size, 64 * 1024));
        let n;
        try {
          n = fs().readSync(fd, chunk, 0, chunk.length, null);
        } catch (err) {
          this.destroy(err);
          return;
        }
        this.push(n === 0 ? null : chunk.subarray(0, n));
      },
    });
    if (options?.encoding) input.setEncoding(options.encoding);
    return require('readline').createInterface({ input, crlfDelay: Infinity });
  }
}

function open(path, flags, mode) {
  return settleLater('open', () => new FileHandle(fs().openSync(path, flags ?? 'r', mode)));
}

module.exports = { FileHandle, open };
