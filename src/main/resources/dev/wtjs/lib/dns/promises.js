'use strict';
// node:dns/promises: node:dns's calls returning promises.

const core = require('internal/dns/core');
const { PromiseResolver } = require('internal/dns/resolver');
const { errorCodes } = require('internal/dns/constants');

function lookup(hostname, options = undefined) {
  return new Promise((resolve, reject) => {
    core.lookup(hostname, options, (err, address, family) => {
      if (err) reject(err);
      else if (Array.isArray(address)) resolve(address);
      else resolve({ address, family });
    });
  });
}

function lookupService(address, port) {
  return new Promise((resolve, reject) => {
    core.lookupService(address, port, (err, hostname, service) => (err ? reject(err) : resolve({ hostname, service })));
  });
}

const defaultResolver = new PromiseResolver();
const promises = {
  lookup,
  lookupService,
  Resolver: PromiseResolver,
  getDefaultResultOrder: core.getDefaultResultOrder,
  setDefaultResultOrder: core.setDefaultResultOrder,
  setServers: (servers) => defaultResolver.setServers(servers),
  ...errorCodes,
  getServers: () => defaultResolver.getServers(),
  resolve: (hostname, rrtype) => defaultResolver.resolve(hostname, rrtype),
};
for (const method of ['resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr',
  'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTlsa', 'resolveTxt', 'reverse']) {
  promises[method] = { [method]: (hostname) => defaultResolver[method](hostname) }[method];
}

module.exports = promises;
