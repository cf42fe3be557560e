'use strict';
// tty: whether a descriptor is a terminal, and the stream classes node gives terminals (enough for libraries
// that look for them: wtjs writes to stdout and stderr through its own streams).

const host = internalBinding('host');
const { codes } = require('internal/errors');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && host.isatty(fd);
}

// Colour depth in bits from the environment, as terminals advertise it.
function colorDepthOf(env) {
  if (env.FORCE_COLOR !== undefined) {
    return { '': 4, 1: 4, true: 4, 2: 8, 3: 24 }[env.FORCE_COLOR] ?? 1;
  }
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return 1;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TMUX) return 24;
  if (/-256(colou?r)?$/i.test(env.TERM ?? '')) return 8;
  if (env.TERM) return 4;
  return 1;
}

class ReadStream {
  constructor(fd) {
    if (!isatty(fd)) throw new codes.ERR_INVALID_FD(fd);
    this.fd = fd;
    this.isRaw = false;
    this.isTTY = true;
  }

  setRawMode(flag) {
    this.isRaw = !!flag;
    return this;
  }
}

class WriteStream {
  constructor(fd) {
    if (!isatty(fd)) throw new codes.ERR_INVALID_FD(fd);
    this.fd = fd;
    this.isTTY = true;
    this.columns = Number(process.env.COLUMNS) || 80;
    this.rows = Number(process.env.LINES) || 24;
  }

  getColorDepth(env = process.env) {
    return colorDepthOf(env);
  }

  hasColors(count, env) {
    if (typeof count === 'object' && count !== null) {
      env = count;
      count = 16;
    }
    return (count ?? 16) <= 2 ** this.getColorDepth(env ?? process.env);
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }

  write(chunk, encoding, callback) {
    host.write(this.fd, typeof chunk === 'string' ? chunk : String(chunk));
    const cb = typeof encoding === 'function' ? encoding : callback;
    if (typeof cb === 'function') process.nextTick(cb);
    return true;
  }
}

module.exports = { isatty, ReadStream, WriteStream };
