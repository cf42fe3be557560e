'use strict';
// The error codes and getaddrinfo flags node:dns exports.

const errorCodes = {};
for (const name of ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY', 'BADNAME',
  'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION', 'BADSTR', 'BADFLAGS',
  'NONAME', 'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS', 'CANCELLED']) {
  errorCodes[name] = `E${name}`;
}
const flags = { ADDRCONFIG: 32, ALL: 16, V4MAPPED: 8 };

module.exports = { errorCodes, flags };
