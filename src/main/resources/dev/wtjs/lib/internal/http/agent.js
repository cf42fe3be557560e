'use strict';
// http.Agent: the client's connections, by 'host:port:'. With keepAlive a connection whose response is done
// waits in freeSockets (not keeping the process alive) for the next request to the same place, and closes after
// `timeout` idle ms; without, it closes. At most maxSockets connections per place; further requests wait.

const EventEmitter = require('events');
const net = require('net');

class Agent extends EventEmitter {
  constructor(options = {}) {
    super();
    this.options = { __proto__: null, path: null, ...options };
    this.keepAlive = Boolean(options.keepAlive);
    this.keepAliveMsecs = options.keepAliveMsecs ?? 1000;
    this.maxSockets = options.maxSockets ?? Infinity;
    this.maxFreeSockets = options.maxFreeSockets ?? 256;
    this.maxTotalSockets = options.maxTotalSockets ?? Infinity;
    this.scheduling = options.scheduling ?? 'lifo';
    this.timeout = options.timeout;
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.requests = { __proto__: null };
    this.sockets = { __proto__: null };
    this.freeSockets = { __proto__: null };
    this.totalSocketCount = 0;
  }

  getName(options = {}) {
    let name = options.host || 'localhost';
    name += ':';
    if (options.port) name += options.port;
    name += ':';
    if (options.localAddress) name += options.localAddress;
    if (options.family === 4 || options.family === 6) name += `:${options.family}`;
    return name;
  }

  createConnection(options, cb) {
    return net.createConnection(options, cb);
  }

  // A request wants a connection: a free one, a new one, or a place in the queue.
  addRequest(req, options) {
    const name = this.getName(options);
    const free = this.freeSockets[name];
    if (free?.length) {
      const socket = this.scheduling === 'lifo' ? free.pop() : free.shift();
      if (free.length === 0) delete this.freeSockets[name];
      socket.ref();
      socket.setTimeout(0);
      socket.removeListener('timeout', socket._agentIdleTimeout);
      (this.sockets[name] ??= []).push(socket);
      req._reusedSocket = true;
      req.onSocket(socket);
      return;
    }
    const busy = this.sockets[name]?.length ?? 0;
    if (busy >= this.maxSockets || this.totalSocketCount >= this.maxTotalSockets) {
      (this.requests[name] ??= []).push([req, options]);
      return;
    }
    req.onSocket(this.#open(name, options));
  }

  #open(name, options) {
    const socket = this.createConnection({ ...this.options, ...options, host: options.host, port: options.port });
    this.totalSocketCount++;
    (this.sockets[name] ??= []).push(socket);
    socket._agentName = name;
    socket.once('close', () => this.#forget(socket));
    // a request reports its socket's errors; one that fails while idle in the pool just goes away
    socket.on('error', () => {});
    return socket;
  }

  #forget(socket) {
    const name = socket._agentName;
    for (const table of [this.sockets, this.freeSockets]) {
      const list = table[name];
      if (!list) continue;
      const at = list.indexOf(socket);
      if (at !== -1) {
        list.splice(at, 1);
        this.totalSocketCount--;
        if (list.length === 0) delete table[name];
      }
    }
    this.#next(name);
  }

  // A request is done with its socket; keepAlive: whether both sides allow reusing it.
  _release(socket, keepAlive) {
    const name = socket._agentName;
    const busy = this.sockets[name];
    const at = busy ? busy.indexOf(socket) : -1;
    if (at !== -1) {
      busy.splice(at, 1);
      if (busy.length === 0) delete this.sockets[name];
    }
    const waiting = this.requests[name];
    if (keepAlive && waiting?.length) {
      const [req] = waiting.shift();
      if (waiting.length === 0) delete this.requests[name];
      (this.sockets[name] ??= []).push(socket);
      req._reusedSocket = true;
      req.onSocket(socket);
      return;
    }
    const freeCount = this.freeSockets[name]?.length ?? 0;
    if (!keepAlive || !this.keepAlive || freeCount >= this.maxFreeSockets || socket.destroyed) {
      if (at !== -1) this.totalSocketCount--;
      socket._agentName = undefined;
      socket.destroy();
      this.#next(name);
      return;
    }
    (this.freeSockets[name] ??= []).push(socket);
    socket.unref();
    socket._agentIdleTimeout ??= () => socket.destroy();
    if (this.timeout) {
      socket.setTimeout(this.timeout);
      socket.once('timeout', socket._agentIdleTimeout);
    }
    this.emit('free', socket, {});
  }

  #next(name) {
    const waiting = this.requests[name];
    if (!waiting?.length) return;
    const [req, options] = waiting.shift();
    if (waiting.length === 0) delete this.requests[name];
    req.onSocket(this.#open(name, options));
  }

  destroy() {
    for (const table of [this.freeSockets, this.sockets]) {
      for (const list of Object.values(table)) for (const s of [...list]) s.destroy();
    }
  }
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

module.exports = { Agent, globalAgent };
