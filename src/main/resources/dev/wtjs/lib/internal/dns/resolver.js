'use strict';
// The Resolver classes of node:dns (callbacks) and node:dns/promises: record queries against the system's name
// servers or those set with setServers().

const { codes } = require('internal/errors');
const core = require('internal/dns/core');

class CallbackResolver {
  #servers = null; // null: the system's

  constructor(options = undefined) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
  }

  cancel() {}

  getServers() {
    return core.showServers(this.#servers);
  }

  setServers(servers) {
    this.#servers = core.parseServers(servers);
  }

  setLocalAddress() {}

  resolve(hostname, rrtype, callback) {
    if (typeof rrtype === 'function') {
      callback = rrtype;
      rrtype = 'A';
    } else if (rrtype === undefined) {
      rrtype = 'A';
    }
    core.checkRrtype(rrtype);
    core.resolveWith(core.serverUrls(this.#servers), hostname, rrtype, callback);
  }

  reverse(ip, callback) {
    core.reverseWith(core.serverUrls(this.#servers), ip, callback);
  }
}
for (const [method, type] of Object.entries(core.methodTypes)) {
  CallbackResolver.prototype[method] = function (hostname, options, callback) {
    if (typeof options === 'function') callback = options;
    return this.resolve(hostname, type, callback);
  };
}

function promised(fn) {
  return function (...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(fn, this, [...args, (err, value) => (err ? reject(err) : resolve(value))]);
    });
  };
}

class PromiseResolver extends CallbackResolver {}
for (const method of ['resolve', 'reverse', ...Object.keys(core.methodTypes)]) {
  const callbackForm = CallbackResolver.prototype[method];
  PromiseResolver.prototype[method] = {
    [method](hostname, rrtype = undefined) {
      const args = method === 'resolve' ? [hostname, rrtype ?? 'A'] : [hostname];
      return promised(callbackForm).apply(this, args);
    },
  }[method];
}
Object.defineProperty(PromiseResolver, 'name', { value: 'Resolver' });
Object.defineProperty(CallbackResolver, 'name', { value: 'Resolver' });

module.exports = { CallbackResolver, PromiseResolver };
