'use strict';
// process.stdin, process.stdout and process.stderr as streams. Output goes to the host synchronously (one
// host.write per chunk; a refused write fails the chunk with the errno, as a closed pipe's EPIPE); input comes from the host's reader thread, which starts on the first read, and holds
// the loop open only while someone is reading.

// (stream, and buffer with it, load with the first stdio stream: a worker that never prints starts without them)

// A terminal's stream has isTTY, its size and (for output) its colour methods, as node's tty streams; a pipe's or a
// file's has none of them (isTTY is undefined, not false).
function describeTerminal(stream, host, fd) {
  if (host === undefined || !host.isatty(fd)) return;
  stream.isTTY = true;
  if (fd === 0) return;
  stream.columns = host.columns() || Number(process.env.COLUMNS) || 80;
  stream.rows = Number(process.env.LINES) || 24;
  stream.getWindowSize = () => [stream.columns, stream.rows];
  stream.getColorDepth = () => (process.env.NO_COLOR ? 1 : 8);
  stream.hasColors = (count = 16) => !process.env.NO_COLOR && count <= 256;
}

// A console write is under way (the console keeps a failed write quiet; see failWrite).
let consoleWriting = false;

function makeOutput(host, fd) {
  const { Writable } = require('stream');
  let pendingBytes = null;
  // A write refused (EPIPE: the reader has gone) destroys the stream with node's 'write EPIPE' error. node's
  // console keeps that quiet when nobody listens for the stream's errors, as long as the stream is not written
  // again after the tick the write failed in: a later write reports it (unhandled, it ends the process).
  let quietError;
  let quietTick = false;
  function failWrite(errno, fromConsole) {
    const err = new (require('internal/errors').ErrnoException)(errno, 'write');
    if (!fromConsole || out.listenerCount('error') !== 0) {
      out.destroy(err);
      return;
    }
    quietError = err;
    quietTick = true;
    process.nextTick(() => { quietTick = false; });
    out.destroy();
  }
  const out = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      let text;
      if (typeof chunk === 'string') {
        text = encoding === 'utf8' || encoding === 'utf-8' ? chunk : Buffer.from(chunk, encoding).toString('utf8');
      } else {
        pendingBytes ??= new (require('string_decoder').StringDecoder)('utf8');
        text = pendingBytes.write(chunk);
      }
      const errno = text.length ? host.write(fd, text) : 0;
      // A pipe whose reader has gone: node's 'write EPIPE' error, which destroys the stream.
      cb(errno === 0 ? undefined : new (require('internal/errors').ErrnoException)(errno, 'write'));
    },
    destroy(err, cb) {
      // Like node's: the descriptor stays usable; the stream just reports being destroyed.
      cb(err);
    },
  });
  // The commonest write (a short string, no callback, nothing queued) goes straight to the host; anything
  // else takes the Writable's path. Both end the same way: sync, nothing buffered, an error destroys the stream.
  out.write = function write(chunk, encoding, cb) {
    if (quietError !== undefined) {
      if (!quietTick) process.nextTick(() => out.emit('error', quietError));
      return false;
    }
    const st = this._writableState;
    if (typeof chunk !== 'string' || encoding !== undefined || cb !== undefined || st.length !== 0 ||
        st.writing || st.corked || st.ending || st.destroyed || st.errored || !st.constructed ||
        chunk.length >= st.highWaterMark || this._write !== ownWrite) {
      return Writable.prototype.write.call(this, chunk, encoding, cb);
    }
    const errno = chunk.length === 0 ? 0 : host.write(fd, chunk);
    if (errno !== 0) failWrite(errno, consoleWriting);
    return errno === 0;
  };
  const ownWrite = out._write;
  out.fd = fd;
  out._isStdio = true;
  out.destroySoon = out.destroy;
  describeTerminal(out, host.threadId() === 0 ? host : undefined, fd);
  return out;
}

function makeInput(host) {
  const { Readable } = require('stream');
  const isMain = host.threadId() === 0;
  let started = false;
  let held = false;
  const hold = (on) => {
    if (on === held) return;
    held = on;
    if (on) host.ref(); else host.unref();
  };
  // node reads a file (or /dev/null) on fd 0 with an fs stream that never closes it: no 'close' after 'end'.
  const fromFile = isMain && host.fdKind(0) === 'file';
  const input = new Readable({
    highWaterMark: 64 * 1024,
    autoDestroy: !fromFile,
    read() {
      if (!isMain) {
        this.push(null);
        return;
      }
      if (!started) {
        started = true;
        host.readStdin((chunk) => {
          if (chunk === null) {
            hold(false);
            input.push(null);
          } else if (!input.destroyed) {
            if (!input.push(Buffer.from(chunk, 'latin1'))) hold(false);
          }
        });
      }
      if (!input.readableEnded) hold(true);
    },
    destroy(err, cb) {
      hold(false);
      cb(err);
    },
  });
  input.fd = 0;
  describeTerminal(input, isMain ? host : undefined, 0);
  input.on('pause', () => hold(false));
  input.on('end', () => hold(false));
  input.ref = () => { if (started && !input.readableEnded && !input.isPaused()) hold(true); return input; };
  input.unref = () => { hold(false); return input; };
  input.setRawMode = () => input;
  return input;
}

// The streams this agent made. The global console writes to these, whatever a script later puts in
// process.stdout/stderr (node's console keeps the streams it started with; a patched write() is still seen).
const own = {};
let makers;
let stdioHost;

function ownStream(name) {
  return (own[name] ??= makers[name]());
}

// The global console's write. While its stream (fd 1: stdout, 2: stderr) has not been made, nobody can have
// patched, corked or listened to it, so the text goes straight to the host as the stream would send it, without
// loading the stream modules (most scripts only ever print through console).
function writeFromConsole(fd, text) {
  const name = fd === 1 ? 'stdout' : 'stderr';
  if (own[name] === undefined) {
    if (text.length === 0 || stdioHost.write(fd, text) === 0) return;
    // refused (EPIPE): the stream is made and writes again, to fail as the stream does
  }
  consoleWriting = true;
  try {
    ownStream(name).write(text);
  } finally {
    consoleWriting = false;
  }
}

// Defines the three as lazily made, getter-only properties of process, as node's: assigning one is ignored (a
// TypeError in strict code); a script that wants its own stream there uses defineProperty.
function defineStdio(process, host) {
  stdioHost = host;
  makers = { stdin: () => makeInput(host), stdout: () => makeOutput(host, 1), stderr: () => makeOutput(host, 2) };
  const getters = {
    stdin: function getStdin() { return ownStream('stdin'); },
    stdout: function getStdout() { return ownStream('stdout'); },
    stderr: function getStderr() { return ownStream('stderr'); },
  };
  for (const name of Object.keys(getters)) {
    Object.defineProperty(process, name, { __proto__: null, configurable: true, enumerable: true, get: getters[name] });
  }
}

module.exports = { defineStdio, makeOutput, makeInput, ownStream, writeFromConsole };
