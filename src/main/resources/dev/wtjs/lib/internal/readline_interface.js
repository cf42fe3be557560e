'use strict';
// The line reader behind readline and readline/promises: splits an input stream into 'line' events (\n, \r\n or
// \r), answers question() with the next line, and iterates lines with for await. No terminal line editing: input
// is read as lines whether or not it is a terminal.

const EventEmitter = require('events');
const { codes, AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');

const kQuestion = Symbol('questionCallback');
const kCancel = Symbol('cancelQuestion');

class Interface extends EventEmitter {
  #pending = '';
  #afterCR = false;
  #decoder = null;
  #prompt = '> ';
  #savedPrompt = null;
  #listeners = null;
  #iterator = null;

  constructor(input, output, completer, terminal) {
    super();
    const options = input?.input !== undefined ? input : { input, output, completer, terminal };
    ({ input, output, completer, terminal } = options);
    if (completer !== undefined && typeof completer !== 'function') {
      throw new codes.ERR_INVALID_ARG_VALUE('completer', completer);
    }
    if (options.prompt !== undefined) this.#prompt = options.prompt;
    if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
    this.input = input;
    this.output = output;
    this.completer = completer;
    this.terminal = terminal === undefined ? !!output?.isTTY : !!terminal;
    this.crlfDelay = Math.max(100, Number(options.crlfDelay) || 100);
    this.historySize = options.historySize ?? 30;
    this.history = options.history ?? [];
    this.line = '';
    this.cursor = 0;
    this.closed = false;
    this.paused = false;
    this[kQuestion] = null;

    const onData = (chunk) => this.#takeText(typeof chunk === 'string' ? chunk : this.#decode(chunk));
    const onEnd = () => {
      const rest = (this.#decoder?.end() ?? '');
      if (rest) this.#takeText(rest);
      if (this.#pending.length > 0) {
        const last = this.#pending;
        this.#pending = '';
        this.#deliver(last);
      }
      this.close();
    };
    this.#listeners = { onData, onEnd };
    input.on('data', onData);
    input.on('end', onEnd);
    this.once('close', () => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
    });
    if (options.signal) {
      const signal = options.signal;
      if (signal.aborted) process.nextTick(() => this.close());
      else {
        const onAbort = () => this.close();
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    input.resume?.();
  }

  #decode(bytes) {
    this.#decoder ??= new (require('string_decoder').StringDecoder)('utf8');
    return this.#decoder.write(bytes);
  }

  #takeText(text) {
    if (this.#afterCR && text.startsWith('\n')) text = text.slice(1);
    this.#afterCR = false;
    const parts = (this.#pending + text).split(/\r\n|\n|\r/);
    this.#afterCR = text.endsWith('\r');
    this.#pending = parts.pop();
    for (const line of parts) {
      if (this.closed) break;
      this.#deliver(line);
    }
  }

  #deliver(line) {
    const cb = this[kQuestion];
    if (cb) {
      this[kQuestion] = null;
      if (this.#savedPrompt !== null) {
        this.#prompt = this.#savedPrompt;
        this.#savedPrompt = null;
      }
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  #write(text) {
    if (this.output !== null && this.output !== undefined && typeof this.output.write === 'function') {
      this.output.write(text);
    }
  }

  setPrompt(prompt) {
    this.#prompt = prompt;
  }

  getPrompt() {
    return this.#prompt;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    this.#write(this.#prompt);
  }

  question(query, options, cb) {
    if (typeof options === 'function') {
      cb = options;
      options = {};
    }
    options ??= {};
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    if (options.signal) {
      validateAbortSignal(options.signal, 'options.signal');
      if (options.signal.aborted) return;
      const onAbort = () => this[kCancel]();
      options.signal.addEventListener('abort', onAbort, { once: true });
      const inner = cb;
      cb = (answer) => {
        options.signal.removeEventListener('abort', onAbort);
        inner(answer);
      };
    }
    if (typeof cb !== 'function') return;
    if (this[kQuestion]) {
      this.prompt();
      return;
    }
    this.#savedPrompt = this.#prompt;
    this.#prompt = `${query}`;
    this[kQuestion] = cb;
    this.prompt();
  }

  // A question given up (its signal aborted): the old prompt comes back and the line is ended on output.
  [kCancel]() {
    if (!this[kQuestion]) return;
    this[kQuestion] = null;
    if (this.#savedPrompt !== null) {
      this.#prompt = this.#savedPrompt;
      this.#savedPrompt = null;
    }
    this.#write('\r\n');
  }

  write(data) {
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) this.resume();
    if (typeof data === 'string' && data.length) this.#takeText(data);
  }

  pause() {
    if (this.paused) return this;
    this.input.pause?.();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return this;
    this.input.resume?.();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  close() {
    if (this.closed) return;
    this.pause();
    this.closed = true;
    this.emit('close');
  }

  getCursorPos() {
    return { rows: 0, cols: this.cursor };
  }

  [Symbol.asyncIterator]() {
    if (this.#iterator === null) this.#iterator = this.#lines();
    return this.#iterator;
  }

  async *#lines() {
    const queue = [];
    let wake = null;
    let done = this.closed;
    const poke = () => {
      const w = wake;
      wake = null;
      if (w) w();
    };
    const onLine = (line) => {
      queue.push(line);
      if (queue.length >= 1024 && !this.paused) this.pause();
      poke();
    };
    const onClose = () => {
      done = true;
      poke();
    };
    this.on('line', onLine);
    this.on('close', onClose);
    try {
      while (true) {
        if (queue.length) {
          const line = queue.shift();
          if (queue.length === 0 && this.paused && !this.closed) this.resume();
          yield line;
        } else if (done) {
          return;
        } else {
          await new Promise((resolve) => { wake = resolve; });
        }
      }
    } finally {
      this.off('line', onLine);
      this.off('close', onClose);
      this.close();
    }
  }
}

function abortedQuestion(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

module.exports = { Interface, kQuestion, kCancel, abortedQuestion };
