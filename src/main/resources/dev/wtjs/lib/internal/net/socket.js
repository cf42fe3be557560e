'use strict';
// net.Socket: a Duplex over one host TCP socket. Bytes written go to the host in order (each write's callback
// runs when the host has sent it); bytes read arrive as 'data' pushes, reading stops while the readable side is
// full. The host socket's events (connect, data, end, written, shutdown, error) come through internal/net/handles.

const { Duplex } = require('internal/streams/duplex');
const { Buffer } = require('buffer');
const { binding, own, disown, kNetEvent, LoopHold, accessDenied, uvErrno } = require('internal/net/handles');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_SOCKET_CLOSED },
  ErrnoException, ExceptionWithHostPort, DNSException,
} = require('internal/errors');
const { validatePort, validateNumber, validateFunction } = require('internal/validators');
const { isIP } = require('internal/net/ip');

const kAccepted = Symbol('kAccepted');

class Socket extends Duplex {
  #id = -1;
  #hold = new LoopHold();
  #writeCallbacks = new Map();
  #nextWrite = 1;
  #finalCallback = null;
  #reading = true;
  #timeoutMs = 0;
  #timer = null;
  #local = null;
  #remote = null;
  #hadError = false;

  constructor(options = {}) {
    if (typeof options === 'number') options = { fd: options };
    super({ allowHalfOpen: Boolean(options?.allowHalfOpen), emitClose: false, autoDestroy: true,
            decodeStrings: true, readable: options?.readable, writable: options?.writable });
    this.connecting = false;
    this.bytesRead = 0;
    this._bytesWritten = 0;
    this.server = null;
    this._server = null;
    const accepted = options?.[kAccepted];
    if (accepted) {
      this.#attach(accepted.id);
      this.#setAddresses(accepted.remote, accepted.local);
    }
  }

  #attach(id) {
    this.#id = id;
    own(id, this);
    this.#hold.open();
  }

  #setAddresses(remote, local) {
    this.#remote = remote;
    this.#local = local;
  }

  get bytesWritten() {
    return this._bytesWritten;
  }

  get remoteAddress() { return this.#remote?.address; }
  get remotePort() { return this.#remote?.port; }
  get remoteFamily() { return this.#remote?.family; }
  get localAddress() { return this.#local?.address; }
  get localPort() { return this.#local?.port; }
  get localFamily() { return this.#local?.family; }

  get pending() {
    return this.#id === -1 || this.connecting;
  }

  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }

  address() {
    return this.#local ? { address: this.#local.address, family: this.#local.family, port: this.#local.port } : {};
  }

  connect(...args) {
    const [options, cb] = normalizeConnectArgs(args);
    if (options.path != null && options.port == null) throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], undefined);
    const host = options.host ?? 'localhost';
    const port = options.port;
    if (port === undefined || port === null) throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    const portNumber = validatePort(port);
    if (typeof host !== 'string') throw new ERR_INVALID_ARG_TYPE('options.host', 'string', host);
    if (cb !== undefined) this.once('connect', cb);
    if (options.timeout) this.setTimeout(options.timeout);
    this.connecting = true;
    const net = binding();
    if (!net.allowed()) {
      process.nextTick(() => this.destroy(accessDenied(`${host}:${portNumber}`)));
      return this;
    }
    this.#attach(net.connect(host, portNumber));
    return this;
  }

  [kNetEvent](kind, ...d) {
    switch (kind) {
      case 'connect': {
        this.connecting = false;
        this.#setAddresses({ address: d[0], port: d[1], family: d[2] }, { address: d[3], port: d[4], family: d[2] });
        this.#touch();
        if (!this.#reading) binding().setReading(this.#id, false);
        this.emit('connect');
        this.emit('ready');
        break;
      }
      case 'data': {
        const chunk = Buffer.from(d[0], 'latin1');
        this.bytesRead += chunk.length;
        this.#touch();
        if (!this.push(chunk)) this.#setReading(false);
        break;
      }
      case 'end':
        this.push(null);
        this.read(0); // 'end' comes even when nobody reads (a paused socket with nothing buffered)
        break;
      case 'written': {
        const entry = this.#writeCallbacks.get(d[0]);
        this.#writeCallbacks.delete(d[0]);
        if (entry) {
          this._bytesWritten += entry.length;
          this.#touch();
          entry.cb();
        }
        break;
      }
      case 'shutdown': {
        const cb = this.#finalCallback;
        this.#finalCallback = null;
        cb?.();
        break;
      }
      case 'error': {
        const [code, syscall, address, port] = d;
        if (code === 'EACCES' && !binding().allowed()) {
          this.#fail(accessDenied(`${address}:${port}`));
          break;
        }
        // a connect names where it went (`connect ECONNREFUSED 127.0.0.1:8080`), a read or write does not
        this.#fail(address == null ? ErrnoException(uvErrno(code), syscall)
          : ExceptionWithHostPort(uvErrno(code), syscall, address, port));
        break;
      }
      case 'lookupError':
        this.#fail(DNSException(-3008, 'getaddrinfo', d[0]));
        break;
    }
  }

  #fail(err) {
    this.#hadError = true;
    this.connecting = false;
    this.#closeHandle();
    this.destroy(err);
  }

  #setReading(on) {
    if (this.#reading === on) return;
    this.#reading = on;
    if (this.#id !== -1 && !this.connecting) binding().setReading(this.#id, on);
  }

  _read() {
    this.#setReading(true);
  }

  _write(chunk, encoding, cb) {
    if (this.#id === -1) {
      cb(new ERR_SOCKET_CLOSED());
      return;
    }
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding);
    const req = this.#nextWrite++;
    if (binding().write(this.#id, buf.toString('latin1'), req)) {
      // taken by the socket at once
      this._bytesWritten += buf.length;
      this.#touch();
      cb();
      return;
    }
    this.#writeCallbacks.set(req, { cb, length: buf.length });
  }

  _final(cb) {
    if (this.#id === -1) {
      cb();
      return;
    }
    this.#finalCallback = cb;
    binding().shutdown(this.#id);
  }

  _destroy(err, cb) {
    this.#clearTimer();
    this.#closeHandle();
    if (err) this.#hadError = true;
    cb(err);
    const hadError = this.#hadError;
    process.nextTick(() => {
      this.emit('close', hadError);
      this.server?._connectionClosed?.();
    });
  }

  #closeHandle() {
    if (this.#id === -1) return;
    binding().close(this.#id);
    disown(this.#id);
    this.#id = -1;
    this.#hold.close();
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', () => this.destroy());
  }

  resetAndDestroy() {
    return this.destroy();
  }

  ref() {
    this.#hold.ref();
    return this;
  }

  unref() {
    this.#hold.unref();
    return this;
  }

  setNoDelay() {
    return this;
  }

  setKeepAlive() {
    return this;
  }

  setTimeout(ms, cb) {
    validateNumber(ms, 'msecs');
    if (cb !== undefined) {
      validateFunction(cb, 'callback');
      if (ms === 0) this.removeListener('timeout', cb); else this.once('timeout', cb);
    }
    this.#timeoutMs = ms;
    this.#touch();
    return this;
  }

  get timeout() {
    return this.#timeoutMs || undefined;
  }

  #touch() {
    this.#clearTimer();
    if (this.#timeoutMs > 0 && !this.destroyed) {
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.emit('timeout');
      }, this.#timeoutMs);
      this.#timer.unref();
    }
  }

  #clearTimer() {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
  }
}

// connect(port[, host][, cb]), connect(options[, cb]), connect(path[, cb]) -> [options, cb]
function normalizeConnectArgs(args) {
  if (args.length === 0) return [{}, undefined];
  let options;
  const first = args[0];
  if (first !== null && typeof first === 'object') options = { ...first };
  else if (typeof first === 'string' && !/^\d+$/.test(first) && isIP(first) === 0 && Number.isNaN(Number(first))) {
    options = { path: first };
  } else {
    options = { port: first };
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  return [options, typeof cb === 'function' ? cb : undefined];
}

module.exports = { Socket, kAccepted, normalizeConnectArgs };
