'use strict';
// fs.Dir, what opendir gives: a directory's entries read one at a time (readSync, read, async iteration), then
// closed. The entries are listed when the directory is opened (node reads them in batches of bufferSize; what
// a script sees is the same unless the directory changes meanwhile). An asynchronous read answers as node's do:
// the first one, and the one that finds the end, in a later turn of the loop (a trip to the thread pool), the
// others on a tick.

const { codes: { ERR_DIR_CLOSED, ERR_INVALID_ARG_TYPE } } = require('internal/errors');

class Dir {
  #path;
  #entries;
  #closed = false;
  #fetched = false;

  constructor(path, entries) {
    this.#path = path;
    this.#entries = entries;
  }

  get path() {
    return this.#path;
  }

  readSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    return this.#entries.shift() ?? null;
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((err, entry) => (err ? reject(err) : resolve(entry))));
    }
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    let err = null;
    let entry = null;
    try {
      entry = this.readSync();
    } catch (e) {
      err = e;
    }
    const trip = err === null && (!this.#fetched || entry === null);
    this.#fetched = true;
    if (trip) internalBinding('host').fs().later(1, () => callback(err, entry));
    else process.nextTick(callback, err, entry);
  }

  closeSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    this.#closed = true;
  }

  close(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    let err = null;
    try {
      this.closeSync();
    } catch (e) {
      err = e;
    }
    process.nextTick(callback, err);
  }

  async* entries() {
    try {
      for (let entry; (entry = await this.read()) !== null;) yield entry;
    } finally {
      if (!this.#closed) this.closeSync();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  [Symbol.dispose]() {
    if (!this.#closed) this.closeSync();
  }

  async [Symbol.asyncDispose]() {
    if (!this.#closed) this.closeSync();
  }
}

module.exports = { Dir };
