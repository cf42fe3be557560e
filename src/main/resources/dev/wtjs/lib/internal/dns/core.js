'use strict';
// The work under node:dns and node:dns/promises: argument checks, the host binding's calls (off the loop
// thread), results shaped as node gives them, and errors as node's DNSException. Each operation is written once,
// as a function taking a node-style callback; the promise API wraps them.

const { codes, DNSException } = require('internal/errors');
const { validateString, validateFunction, validateBoolean, validatePort } = require('internal/validators');
const { isIP } = require('internal/net/ip');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = codes;
const UV_EAI_NONAME = -3008;

let binding;
function dnsBinding() {
  binding ??= internalBinding('host').dns();
  return binding;
}

let defaultOrder = 'verbatim';
const orders = ['verbatim', 'ipv4first', 'ipv6first'];

function getDefaultResultOrder() {
  return defaultOrder;
}

function setDefaultResultOrder(order) {
  if (!orders.includes(order)) {
    throw new ERR_INVALID_ARG_VALUE('dnsOrder', order, "must be one of: 'verbatim', 'ipv4first', 'ipv6first'");
  }
  defaultOrder = order;
}

// The error of a failed call: EACCES (the embedder did not grant the network) as the permission model's refusal,
// else node's DNSException (getaddrinfo/getnameinfo's ENOTFOUND carries libuv's EAI_NONAME errno).
function failure(code, syscall, name) {
  if (code === 'EACCES') return require('internal/net/handles').accessDenied(name);
  const errno = code === 'ENOTFOUND' && syscall.startsWith('get') && syscall !== 'getHostByAddr' ? UV_EAI_NONAME : code;
  return new DNSException(errno, syscall, name);
}

function lookupError(code, hostname) {
  return failure(code, 'getaddrinfo', hostname);
}

// (hostname, options, callback(err, address, family) or (err, [{address, family}]) with all)
function lookup(hostname, options, callback) {
  if (hostname && typeof hostname !== 'string') validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  let family = 0;
  let all = false;
  let order = defaultOrder;
  if (typeof options === 'number') {
    family = options;
  } else if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
    if (options.family !== undefined) {
      family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    }
    if (options.all !== undefined) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options.verbatim !== undefined) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order !== undefined) {
      if (!orders.includes(options.order)) {
        throw new ERR_INVALID_ARG_VALUE('options.order', options.order, "must be one of: 'verbatim', 'ipv4first', 'ipv6first'");
      }
      order = options.order;
    }
  }
  if (family !== 0 && family !== 4 && family !== 6) {
    throw new ERR_INVALID_ARG_VALUE(typeof options === 'number' ? 'family' : 'options.family', family,
      'must be one of: 0, 4, 6');
  }
  if (!hostname) {
    process.emitWarning(`The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
      'DeprecationWarning', 'DEP0118');
    process.nextTick(() => (all ? callback(null, []) : callback(null, null, family === 6 ? 6 : 4)));
    return;
  }
  const literal = isIP(hostname);
  if (literal !== 0) {
    process.nextTick(() => (all ? callback(null, [{ address: hostname, family: literal }])
      : callback(null, hostname, literal)));
    return;
  }
  dnsBinding().lookup(hostname, family, (code, lines) => {
    if (code !== null) {
      callback(lookupError(code, hostname));
      return;
    }
    let found = lines.split('\n').map((line) => {
      const [address, fam] = line.split('|');
      return { address, family: Number(fam) };
    });
    if (order === 'ipv4first') found = [...found.filter((a) => a.family === 4), ...found.filter((a) => a.family === 6)];
    if (order === 'ipv6first') found = [...found.filter((a) => a.family === 6), ...found.filter((a) => a.family === 4)];
    if (all) callback(null, found);
    else callback(null, found[0].address, found[0].family);
  });
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new codes.ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  dnsBinding().lookupService(address, Number(port), (code, text) => {
    if (code !== null) {
      callback(failure(code, 'getnameinfo', address));
      return;
    }
    const [host, service] = text.split('\n');
    callback(null, host, service);
  });
}

// ---- record queries ----
const stripDot = (name) => (name.endsWith('.') ? name.slice(0, -1) : name);

// The quoted strings of a TXT record's text ("a" "b" -> ['a', 'b']).
function txtChunks(text) {
  const chunks = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  let m;
  while ((m = re.exec(text)) !== null) chunks.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]);
  return chunks;
}

const recordTypes = {
  A: { syscall: 'queryA', shape: (t) => t },
  AAAA: { syscall: 'queryAaaa', shape: (t) => t },
  CNAME: { syscall: 'queryCname', shape: stripDot },
  NS: { syscall: 'queryNs', shape: stripDot },
  PTR: { syscall: 'queryPtr', shape: stripDot },
  MX: {
    syscall: 'queryMx',
    shape: (t) => {
      const [priority, exchange] = t.split(/\s+/);
      return { exchange: stripDot(exchange), priority: Number(priority) };
    },
  },
  TXT: { syscall: 'queryTxt', shape: txtChunks },
  SRV: {
    syscall: 'querySrv',
    shape: (t) => {
      const [priority, weight, port, name] = t.split(/\s+/);
      return { name: stripDot(name), port: Number(port), priority: Number(priority), weight: Number(weight) };
    },
  },
  SOA: {
    syscall: 'querySoa',
    shape: (t) => {
      const [nsname, hostmaster, serial, refresh, retry, expire, minttl] = t.split(/\s+/);
      return { nsname: stripDot(nsname), hostmaster: stripDot(hostmaster), serial: Number(serial),
        refresh: Number(refresh), retry: Number(retry), expire: Number(expire), minttl: Number(minttl) };
    },
  },
  NAPTR: {
    syscall: 'queryNaptr',
    shape: (t) => {
      const [order, preference, flags, service, regexp, replacement] = t.split(/\s+/);
      const unquote = (s) => s.replace(/^"|"$/g, '');
      return { flags: unquote(flags), service: unquote(service), regexp: unquote(regexp),
        replacement: stripDot(replacement), order: Number(order), preference: Number(preference) };
    },
  },
};
// Types node knows whose records the JDK's DNS client cannot ask for: they fail with ENOTIMP.
const unsupportedTypes = { ANY: 'queryAny', CAA: 'queryCaa', TLSA: 'queryTlsa' };

function resolveWith(servers, name, rrtype, callback) {
  validateString(name, 'name');
  validateFunction(callback, 'callback');
  const spec = recordTypes[rrtype];
  if (spec === undefined) {
    process.nextTick(() => callback(new DNSException('ENOTIMP', unsupportedTypes[rrtype], name)));
    return;
  }
  dnsBinding().resolve(name, rrtype, servers, (code, text) => {
    if (code !== null) {
      callback(failure(code, spec.syscall, name));
      return;
    }
    const records = text.split('\n').map(spec.shape);
    callback(null, rrtype === 'SOA' ? records[0] : records);
  });
}

function reverseWith(servers, ip, callback) {
  validateString(ip, 'name');
  validateFunction(callback, 'callback');
  if (isIP(ip) === 0) {
    const error = new DNSException('EINVAL', 'getHostByAddr', ip);
    throw error;
  }
  dnsBinding().reverse(ip, servers, (code, text) => {
    if (code !== null) callback(failure(code, 'getHostByAddr', ip));
    else callback(null, text.split('\n'));
  });
}

const rrtypes = ['A', 'AAAA', 'ANY', 'CAA', 'CNAME', 'MX', 'NAPTR', 'NS', 'PTR', 'SOA', 'SRV', 'TLSA', 'TXT'];
const methodTypes = {
  resolve4: 'A', resolve6: 'AAAA', resolveAny: 'ANY', resolveCaa: 'CAA', resolveCname: 'CNAME', resolveMx: 'MX',
  resolveNaptr: 'NAPTR', resolveNs: 'NS', resolvePtr: 'PTR', resolveSoa: 'SOA', resolveSrv: 'SRV',
  resolveTlsa: 'TLSA', resolveTxt: 'TXT',
};

function checkRrtype(rrtype) {
  validateString(rrtype, 'rrtype');
  if (!rrtypes.includes(rrtype)) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
}

// Servers as the binding takes them: 'dns:' (the system's) or 'dns://a dns://b:53'.
function serverUrls(servers) {
  if (servers === null) return 'dns:';
  return servers.map(([host, port]) => `dns://${host.includes(':') ? `[${host}]` : host}:${port}`).join(' ');
}

// ['1.2.3.4', '[::1]:53', '1.2.3.4:5353'] -> [[host, port]]
function parseServers(servers) {
  if (!Array.isArray(servers)) throw new ERR_INVALID_ARG_TYPE('servers', 'Array', servers);
  return servers.map((server, i) => {
    validateString(server, `servers[${i}]`);
    let host = server;
    let port = 53;
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(server);
    if (bracketed) {
      host = bracketed[1];
      if (bracketed[2]) port = Number(bracketed[2]);
    } else if (isIP(server) === 0) {
      const m = /^([^:]+):(\d+)$/.exec(server);
      if (m) {
        host = m[1];
        port = Number(m[2]);
      }
    }
    if (isIP(host) === 0) throw new codes.ERR_INVALID_IP_ADDRESS(server);
    return [host, port];
  });
}

function systemServers() {
  const text = dnsBinding().servers();
  return text === '' ? [] : text.split('\n');
}

function showServers(servers) {
  if (servers === null) return systemServers();
  return servers.map(([host, port]) => {
    if (port === 53) return host;
    return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
  });
}

module.exports = {
  lookup, lookupService, resolveWith, reverseWith, checkRrtype, methodTypes, serverUrls, parseServers, showServers,
  getDefaultResultOrder, setDefaultResultOrder,
};
