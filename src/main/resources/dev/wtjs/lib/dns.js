'use strict';
// node:dns: lookup (the system resolver, as getaddrinfo), lookupService, and record queries (resolve*,
// reverse) through a default Resolver; dns.promises is node:dns/promises.

const core = require('internal/dns/core');
const { CallbackResolver } = require('internal/dns/resolver');
const { errorCodes, flags } = require('internal/dns/constants');

const defaultResolver = new CallbackResolver();
const dns = {
  lookup: core.lookup,
  lookupService: core.lookupService,
  Resolver: CallbackResolver,
  getDefaultResultOrder: core.getDefaultResultOrder,
  setDefaultResultOrder: core.setDefaultResultOrder,
  setServers: (servers) => defaultResolver.setServers(servers),
  ADDRCONFIG: flags.ADDRCONFIG,
  ALL: flags.ALL,
  V4MAPPED: flags.V4MAPPED,
  ...errorCodes,
  getServers: () => defaultResolver.getServers(),
  resolve: (...args) => defaultResolver.resolve(...args),
};
for (const method of ['resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr',
  'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTlsa', 'resolveTxt', 'reverse']) {
  dns[method] = { [method]: (...args) => defaultResolver[method](...args) }[method];
}
Object.defineProperty(dns, 'promises', {
  get() {
    return require('dns/promises');
  },
  enumerable: true,
  configurable: true,
});

module.exports = dns;
