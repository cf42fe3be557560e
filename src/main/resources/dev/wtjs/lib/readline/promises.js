'use strict';
// readline/promises: the same line reader, with question() returning a promise.

const { Interface: LineReader, abortedQuestion, kCancel } = require('internal/readline_interface');
const { codes } = require('internal/errors');

class Interface extends LineReader {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      if (this.closed) {
        reject(new codes.ERR_USE_AFTER_CLOSE('readline'));
        return;
      }
      const signal = options?.signal;
      if (signal) {
        require('internal/validators').validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(abortedQuestion(signal));
          return;
        }
        signal.addEventListener('abort', () => {
          this[kCancel]();
          reject(abortedQuestion(signal));
        }, { once: true });
      }
      const onClose = () => reject(new (require('internal/errors').AbortError)('The operation was aborted'));
      this.once('close', onClose);
      super.question(query, (answer) => {
        this.off('close', onClose);
        resolve(answer);
      });
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

class Readline {
  #stream;
  #todo = [];

  constructor(stream) {
    this.#stream = stream;
  }

  clearLine(dir) {
    this.#todo.push(dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K');
    return this;
  }

  clearScreenDown() {
    this.#todo.push('\x1b[0J');
    return this;
  }

  cursorTo(x, y) {
    this.#todo.push(typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`);
    return this;
  }

  moveCursor(dx, dy) {
    let text = '';
    if (dx < 0) text += `\x1b[${-dx}D`;
    else if (dx > 0) text += `\x1b[${dx}C`;
    if (dy < 0) text += `\x1b[${-dy}A`;
    else if (dy > 0) text += `\x1b[${dy}B`;
    if (text) this.#todo.push(text);
    return this;
  }

  commit() {
    const text = this.#todo.join('');
    this.#todo = [];
    return new Promise((resolve) => this.#stream.write(text, resolve));
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = { Interface, Readline, createInterface };
