'use strict';
// readline: createInterface over a readable stream, and the cursor helpers (ANSI escapes written to a stream).

const { Interface: LineReader } = require('internal/readline_interface');

function Interface(input, output, completer, terminal) {
  if (!new.target) return new Interface(input, output, completer, terminal);
  return Reflect.construct(LineReader, [input, output, completer, terminal], new.target);
}
Object.setPrototypeOf(Interface.prototype, LineReader.prototype);
Object.setPrototypeOf(Interface, LineReader);

Object.defineProperty(LineReader.prototype.question, require('util').promisify.custom, {
  __proto__: null,
  configurable: true,
  value(query, options) {
    return new Promise((resolve, reject) => {
      if (options?.signal?.aborted) {
        reject(require('internal/readline_interface').abortedQuestion(options.signal));
        return;
      }
      this.question(query, options ?? {}, resolve);
    });
  },
});

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

const ESC = '\x1b[';

function done(stream, text, callback) {
  if (stream == null) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(text, callback);
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('x', x);
  if (Number.isNaN(y)) throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return done(null, '', callback);
  if (typeof x !== 'number') throw new (require('internal/errors').codes.ERR_INVALID_CURSOR_POS)();
  const text = typeof y !== 'number' ? `${ESC}${x + 1}G` : `${ESC}${y + 1};${x + 1}H`;
  return done(stream, text, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (stream == null || !(dx || dy)) return done(null, '', callback);
  let text = '';
  if (dx < 0) text += `${ESC}${-dx}D`;
  else if (dx > 0) text += `${ESC}${dx}C`;
  if (dy < 0) text += `${ESC}${-dy}A`;
  else if (dy > 0) text += `${ESC}${dy}B`;
  return done(stream, text, callback);
}

function clearLine(stream, dir, callback) {
  if (typeof dir === 'function') {
    callback = dir;
    dir = 0;
  }
  if (stream == null) return done(null, '', callback);
  const text = dir < 0 ? `${ESC}1K` : dir > 0 ? `${ESC}0K` : `${ESC}2K`;
  return done(stream, text, callback);
}

function clearScreenDown(stream, callback) {
  if (stream == null) return done(null, '', callback);
  return done(stream, `${ESC}0J`, callback);
}

function emitKeypressEvents() {}

let promises;
module.exports = {
  Interface, createInterface, cursorTo, moveCursor, clearLine, clearScreenDown, emitKeypressEvents,
  get promises() { return (promises ??= require('readline/promises')); },
};
