'use strict';
// net.Server: a listening host socket. listen() binds at once (so address() answers right after it) and emits
// 'listening' on the next tick; each accepted connection becomes a Socket and a 'connection' event. close()
// stops accepting; 'close' follows once the connections it accepted have closed too.

const EventEmitter = require('events');
const { binding, own, disown, kNetEvent, LoopHold, accessDenied, uvErrno } = require('internal/net/handles');
const { Socket, kAccepted } = require('internal/net/socket');
const {
  codes: { ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING, ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE },
  UVExceptionWithHostPort,
} = require('internal/errors');
const { validatePort, validateFunction } = require('internal/validators');


class Server extends EventEmitter {
  #id = -1;
  #address = null;
  #hold = new LoopHold();
  #connections = 0;
  #closing = false;

  constructor(options = undefined, connectionListener = undefined) {
    super();
    let opts = options ?? {};
    let listener = connectionListener;
    if (typeof opts === 'function') [opts, listener] = [{}, opts];
    if (typeof opts !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    this.allowHalfOpen = !!opts.allowHalfOpen;
    this.pauseOnConnect = !!opts.pauseOnConnect;
    this.maxConnections = undefined;
    if (listener !== undefined) this.on('connection', listener);
  }

  get listening() {
    return this.#id !== -1;
  }

  listen(...args) {
    let cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    let options;
    if (args[0] !== null && typeof args[0] === 'object') {
      options = args[0];
    } else {
      options = { port: args[0] };
      if (typeof args[1] === 'string') options.host = args[1];
      if (typeof args[1] === 'number') options.backlog = args[1];
      else if (typeof args[2] === 'number') options.backlog = args[2];
    }
    if (this.#id !== -1) throw new ERR_SERVER_ALREADY_LISTEN();
    let port = options.port;
    if (port === undefined || port === null) {
      if (options.path !== undefined) throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" (Unix socket paths are not supported by wtjs)');
      port = 0;
    }
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
    }
    port = validatePort(port, 'options.port');
    if (cb !== undefined) this.once('listening', cb);
    const host = options.host ?? null;
    const net = binding();
    if (!net.allowed()) {
      process.nextTick(() => this.emit('error', accessDenied(`${host ?? '::'}:${port}`)));
      return this;
    }
    const bound = net.listen(host, port, options.backlog ?? 511);
    if (bound === null) {
      const code = net.error();
      const err = UVExceptionWithHostPort(uvErrno(code), 'listen', host ?? '::', port);
      process.nextTick(() => this.emit('error', err));
      return this;
    }
    this.#id = bound[0];
    this.#address = { address: bound[1], family: bound[3], port: bound[2] };
    this.#closing = false;
    own(this.#id, this);
    this.#hold.open();
    process.nextTick(() => this.emit('listening'));
    return this;
  }

  [kNetEvent](kind, ...d) {
    if (kind !== 'connection') return;
    const [id, remoteAddress, remotePort, family, localAddress, localPort] = d;
    const socket = new Socket({
      allowHalfOpen: this.allowHalfOpen,
      [kAccepted]: {
        id,
        remote: { address: remoteAddress, port: remotePort, family },
        local: { address: localAddress, port: localPort, family },
      },
    });
    if (this.maxConnections !== undefined && this.#connections >= this.maxConnections) {
      socket.destroy();
      this.emit('drop', { localAddress, localPort, localFamily: family, remoteAddress, remotePort, remoteFamily: family });
      return;
    }
    socket.server = this;
    socket._server = this;
    this.#connections++;
    if (this.pauseOnConnect) socket.pause();
    this.emit('connection', socket);
  }

  _connectionClosed() {
    this.#connections--;
    this.#emitCloseIfDrained();
  }

  address() {
    return this.#address === null ? null : { ...this.#address };
  }

  close(cb) {
    if (cb !== undefined) {
      validateFunction(cb, 'cb');
      if (this.#id === -1) this.once('close', () => cb(new ERR_SERVER_NOT_RUNNING()));
      else this.once('close', cb);
    }
    if (this.#id !== -1) {
      binding().close(this.#id);
      disown(this.#id);
      this.#id = -1;
      this.#address = null;
      this.#hold.close();
    }
    this.#closing = true;
    this.#emitCloseIfDrained();
    return this;
  }

  #emitCloseIfDrained() {
    if (!this.#closing || this.#id !== -1 || this.#connections > 0) return;
    this.#closing = false;
    process.nextTick(() => this.emit('close'));
  }

  getConnections(cb) {
    process.nextTick(() => cb(null, this.#connections));
    return this;
  }

  ref() {
    this.#hold.ref();
    return this;
  }

  unref() {
    this.#hold.unref();
    return this;
  }

  [Symbol.asyncDispose]() {
    if (this.#id === -1) return Promise.resolve();
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }
}

module.exports = { Server };
