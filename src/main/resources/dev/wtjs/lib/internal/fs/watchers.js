'use strict';
// fs.watch's FSWatcher: 'change' (eventType, filename) events from the agent's WatchService (FsBinding.watch),
// delivered on the loop; a persistent watcher keeps the loop alive until close() or unref().

const EventEmitter = require('events');
const { Buffer } = require('buffer');

const host = internalBinding('host');

class FSWatcher extends EventEmitter {
  #id = -1;
  #refed = false;
  #encoding = 'utf8';

  // Starts watching; returns the errno name when the path cannot be watched, else null.
  start(path, persistent, recursive, encoding) {
    const binding = host.fs();
    this.#encoding = encoding;
    const id = binding.watch(path, recursive, (eventType, filename) => this.#event(eventType, filename));
    if (id < 0) return binding.error() ?? 'EIO';
    this.#id = id;
    if (persistent) this.ref();
    return null;
  }

  #event(eventType, filename) {
    if (this.#id < 0) return;
    const name = this.#encoding === 'buffer' ? Buffer.from(filename) :
      this.#encoding === 'utf8' || this.#encoding === 'utf-8' ? filename : Buffer.from(filename).toString(this.#encoding);
    this.emit('change', eventType, name);
  }

  close() {
    if (this.#id < 0) return;
    host.fs().unwatch(this.#id);
    this.#id = -1;
    this.unref();
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (!this.#refed && this.#id >= 0) {
      this.#refed = true;
      host.ref();
    }
    return this;
  }

  unref() {
    if (this.#refed) {
      this.#refed = false;
      host.unref();
    }
    return this;
  }

  [Symbol.dispose]() {
    this.close();
  }
}

module.exports = { FSWatcher };
