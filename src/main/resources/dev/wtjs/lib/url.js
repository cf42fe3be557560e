'use strict';
// The `url` module: the WHATWG classes and helpers from internal/url, plus the legacy url.parse(),
// url.format() and url.resolve() API with node's lenient, historical behaviour.

const { toASCII, format: formatWhatwg } = internalBinding('url');
const { encodeStr } = require('internal/querystring');
const qs = require('querystring');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL } } = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const whatwg = require('internal/url');
const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  fileURLToPathBuffer,
  pathToFileURL,
  urlToHttpOptions,
  unsafeProtocol,
  hostlessProtocol,
  slashedProtocol,
} = whatwg;

// ------------------------------------------------------------------------------------------- warnings
let warnedParse = false;
let warnedPort = false;

// True when the code calling into this module lives under a node_modules folder.
function calledFromDependency() {
  const stack = new Error().stack || '';
  // The first frame outside the builtins (whose locations start with 'node:') is the caller.
  const caller = stack.split('\n').slice(1).find((line) => !/[( ]node:/.test(line));
  return caller !== undefined && /[\\/]node_modules[\\/]/.test(caller);
}

function warnLegacyParse() {
  if (warnedParse) return;
  warnedParse = true;
  if (calledFromDependency()) return;
  process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have security ' +
    'implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.',
  'DeprecationWarning', 'DEP0169');
}

function warnBadPort(input) {
  if (warnedPort) return;
  warnedPort = true;
  process.emitWarning(`The URL ${input} is invalid. Future versions of Node.js will throw an error.`,
                      'DeprecationWarning', 'DEP0170');
}

// ------------------------------------------------------------------------------------------ Url objects
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function urlParse(input, wantQueryObject, slashesMeanHost) {
  warnLegacyParse();
  if (input instanceof Url) return input;
  const parsed = new Url();
  parsed.parse(input, wantQueryObject, slashesMeanHost);
  return parsed;
}

// Leading and trailing characters url.parse() ignores.
const isBlank = (code) => code < 33 || code === 0xA0 || code === 0xFEFF;

// Trims the input and turns backslashes before the first '?' or '#' into slashes. Also reports whether the
// input holds '#' or '@' anywhere that matters for the fast path below.
function prepareInput(input) {
  let start = 0;
  let end = input.length;
  while (start < end && isBlank(input.charCodeAt(start))) start++;
  while (end > start && isBlank(input.charCodeAt(end - 1))) end--;
  let text = input.slice(start, end);
  const split = text.search(/[?#]/);
  const head = split === -1 ? text : text.slice(0, split);
  text = head.replace(/\\/g, '/') + (split === -1 ? '' : text.slice(split));
  return { text, hasHash: text.includes('#'), hasAt: head.includes('@') };
}

const SIMPLE_PATH = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const PROTOCOL = /^[a-z0-9.+-]+:/i;
const AUTH_AND_HOST = /^\/\/[^@/]+@[^@/]+/;
const PORT_AT_END = /:[0-9]*$/;
// Characters that end the host part ('#/?') and characters never allowed in one.
const HOST_ENDERS = '#/?';
const NOT_IN_HOST = ' "%\';<>\\^`{|}';
// What IDNA mapping must not introduce into a hostname, and what may not appear inside [...].
const FORBIDDEN_IN_HOST = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const FORBIDDEN_IN_IPV6 = /[\0\t\n\r #%/<>?@\\^|]/;
const MAX_HOSTNAME = 255;

// Characters escaped in the part after the host, for any protocol but javascript:.
const AUTO_ESCAPE = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };
const autoEscape = (text) => text.replace(/[\t\n\r "'<>\\^`{|}]/g, (ch) => AUTO_ESCAPE[ch]);

const isBracketed = (name) => name[0] === '[' && name[name.length - 1] === ']';

Url.prototype.parse = function parse(input, wantQueryObject, slashesMeanHost) {
  validateString(input, 'url');
  const { text, hasHash, hasAt } = prepareInput(input);
  let remaining = text;

  if (!slashesMeanHost && !hasHash && !hasAt) {
    const simple = SIMPLE_PATH.exec(remaining);
    if (simple !== null) {
      this.path = remaining;
      this.href = remaining;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = wantQueryObject ? qs.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (wantQueryObject) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }

  const protoMatch = PROTOCOL.exec(remaining);
  const proto = protoMatch === null ? undefined : protoMatch[0];
  const protoLower = proto === undefined ? undefined : proto.toLowerCase();
  if (proto !== undefined) {
    this.protocol = protoLower;
    remaining = remaining.slice(protoMatch[0].length);
  }

  let slashes = false;
  if (slashesMeanHost || proto !== undefined || AUTH_AND_HOST.test(remaining)) {
    slashes = remaining.startsWith('//');
    if (slashes && !(proto !== undefined && hostlessProtocol.has(protoLower))) {
      remaining = remaining.slice(2);
      this.slashes = true;
    }
  }

  // The protocol's own spelling decides here (so 'HTTP:x' is read as having a host).
  if (!hostlessProtocol.has(protoLower) && (slashes || (proto !== undefined && !slashedProtocol.has(proto)))) {
    remaining = takeAuthority(this, remaining, input);
  }

  if (!unsafeProtocol.has(protoLower)) remaining = autoEscape(remaining);

  const hashAt = remaining.indexOf('#');
  if (hashAt !== -1) this.hash = remaining.slice(hashAt);
  const beforeHash = hashAt === -1 ? remaining : remaining.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt !== -1) {
    this.search = beforeHash.slice(queryAt);
    this.query = beforeHash.slice(queryAt + 1);
    if (wantQueryObject) this.query = qs.parse(this.query);
  } else if (wantQueryObject) {
    this.search = null;
    this.query = Object.create(null);
  }

  const pathEnd = queryAt !== -1 ? queryAt : hashAt;
  if (pathEnd === -1) {
    if (remaining.length > 0) this.pathname = remaining;
  } else if (pathEnd > 0) {
    this.pathname = remaining.slice(0, pathEnd);
  }
  if (slashedProtocol.has(protoLower) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = `${this.pathname || ''}${this.search || ''}`;
  this.href = formatLegacy(this);
  return this;
};

// Reads `[auth@]host[:port]` from the front of `remaining` into the Url; returns what follows it.
function takeAuthority(url, remaining, input) {
  // tabs and line breaks are dropped from the authority only (the path keeps them, escaped)
  let end = 0;
  while (end < remaining.length && !HOST_ENDERS.includes(remaining[end])) end++;
  remaining = remaining.slice(0, end).replace(/[\t\n\r]/g, '') + remaining.slice(end);
  let badAt = -1;
  let at = -1;
  for (let i = 0; i < remaining.length; i++) {
    const ch = remaining[i];
    if (HOST_ENDERS.includes(ch)) {
      if (badAt === -1) badAt = i;
      break;
    }
    if (ch === '@') {
      at = i;
      badAt = -1;
    } else if (NOT_IN_HOST.includes(ch) && badAt === -1) {
      badAt = i;
    }
  }
  let hostStart = 0;
  if (at !== -1) {
    url.auth = decodeURIComponent(remaining.slice(0, at));
    hostStart = at + 1;
  }
  if (badAt === -1) {
    url.host = remaining.slice(hostStart);
    remaining = '';
  } else {
    url.host = remaining.slice(hostStart, badAt);
    remaining = remaining.slice(badAt);
  }
  url.parseHost();
  if (typeof url.hostname !== 'string') url.hostname = '';

  const bracketed = isBracketed(url.hostname);
  if (!bracketed) {
    // Cut the hostname at its first character that cannot be in one; the remainder joins the path.
    const name = url.hostname;
    // (a NUL does not end the name: the name is refused below, as node does)
    const bad = name.search(/[\u0001-\u0020"#%'/:;<>?@\\^`{|}]/);
    if (bad !== -1) {
      if (name[bad] === ':') warnBadPort(input);
      url.hostname = name.slice(0, bad);
      remaining = `/${name.slice(bad)}${remaining}`;
    }
  }

  url.hostname = url.hostname.length > MAX_HOSTNAME ? '' : url.hostname.toLowerCase();
  if (url.hostname) {
    if (bracketed) {
      if (FORBIDDEN_IN_IPV6.test(url.hostname)) throw new ERR_INVALID_URL(input);
    } else {
      url.hostname = toASCII(url.hostname);
      // Only IDNA mapping can have emptied the name or brought such characters in.
      if (url.hostname === '' || FORBIDDEN_IN_HOST.test(url.hostname)) throw new ERR_INVALID_URL(input);
    }
  }
  url.host = url.hostname + (url.port ? `:${url.port}` : '');
  if (bracketed) {
    url.hostname = url.hostname.slice(1, -1);
    if (remaining[0] !== '/') remaining = `/${remaining}`;
  }
  return remaining;
}


// Characters kept as they are in the auth part by format(): A-Z a-z 0-9 ! ' ( ) * - . _ ~ :
const AUTH_SAFE = new Int8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!'()*-._~:") {
  AUTH_SAFE[ch.charCodeAt(0)] = 1;
}

// Serializes a Url-shaped object. Fields win in this order: host over hostname + port, search over query.
function formatLegacy(obj) {
  const userinfo = obj.auth ? `${encodeStr(obj.auth, AUTH_SAFE)}@` : '';
  let scheme = obj.protocol || '';
  if (scheme && !scheme.endsWith(':')) scheme += ':';
  let authority = '';
  if (obj.host) {
    authority = userinfo + obj.host;
  } else if (obj.hostname) {
    const name = obj.hostname;
    authority = userinfo + (name.includes(':') && !isBracketed(name) ? `[${name}]` : name);
    if (obj.port) authority += `:${obj.port}`;
  }
  const queryText = obj.query !== null && typeof obj.query === 'object' ? qs.stringify(obj.query) : '';
  let tail = (obj.search || (queryText && `?${queryText}`) || '').replace(/#/g, '%23');
  if (tail && tail[0] !== '?') tail = `?${tail}`;
  let path = (obj.pathname || '').replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));
  if (obj.slashes || slashedProtocol.has(scheme)) {
    if (obj.slashes || authority) {
      if (path && path[0] !== '/') path = `/${path}`;
      authority = `//${authority}`;
    } else if (scheme.length >= 4 && scheme.startsWith('file')) {
      authority = '//';
    }
  }
  let fragment = obj.hash || '';
  if (fragment && fragment[0] !== '#') fragment = `#${fragment}`;
  return `${scheme}${authority}${path}${tail}${fragment}`;
}

Object.assign(Url.prototype, {
  format() {
    return formatLegacy(this);
  },

  resolve(relative) {
    return formatLegacy(this.resolveObject(urlParse(relative, false, true)));
  },

  resolveObject(relative) {
    let ref = relative;
    if (typeof ref === 'string') {
      ref = new Url();
      ref.parse(relative, false, true);
    }
    const out = Object.assign(new Url(), this);
    out.hash = ref.hash;
    if (ref.href === '') return withHref(out);                    // only a fragment (or nothing)
    if (ref.slashes && !ref.protocol) return withHref(networkPathRef(out, ref));
    if (ref.protocol && ref.protocol !== out.protocol) return withHref(otherSchemeRef(out, ref));
    return withHref(sameSchemeRef(out, ref));
  },
});

// Splits a trailing ':digits' off this.host into this.port; the rest (if any) is the hostname.
Url.prototype.parseHost = function parseHost() { // ':80' -> port
  const hostText = this.host;
  const portMatch = PORT_AT_END.exec(hostText);
  const cut = portMatch === null ? hostText.length : hostText.length - portMatch[0].length;
  if (portMatch !== null && portMatch[0] !== ':') this.port = portMatch[0].slice(1);
  if (cut > 0) this.hostname = hostText.slice(0, cut);
};

function formatAny(urlObject, options) {
  if (typeof urlObject === 'string') return urlParse(urlObject).format();
  if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  }
  if (!(urlObject instanceof URL)) return formatLegacy(urlObject);
  const want = { fragment: true, unicode: false, search: true, auth: true };
  if (options) {
    validateObject(options, 'options'); // (a falsy options object means the defaults)
    for (const key of Object.keys(want)) {
      if (options[key] !== null && options[key] !== undefined) want[key] = Boolean(options[key]);
    }
  }
  return formatWhatwg(urlObject.href, want.fragment, want.unicode, want.search, want.auth);
}

// ------------------------------------------------------------------------------------------- resolving
const resolveLegacy = (from, to) => urlParse(from, false, true).resolve(to);
const resolveLegacyObject = (from, to) => (from ? urlParse(from, false, true).resolveObject(to) : to);

function withHref(target) {
  target.href = target.format();
  return target;
}

function copyFields(target, source, fields) {
  for (const key of fields) target[key] = source[key];
}

function refreshPath(target) {
  if (target.pathname !== null || target.search !== null) {
    target.path = `${target.pathname || ''}${target.search || ''}`;
  }
}

// A host taken back from the front of a path may carry 'user@'.
function moveAuthOutOfHost(target) {
  const host = target.host;
  if (!host || host.indexOf('@') <= 0) return;
  const [user, name] = host.split('@');
  target.auth = user;
  target.host = target.hostname = name;
}

// '//host/path': everything but the scheme comes from the reference.
function networkPathRef(out, ref) {
  for (const key of Object.keys(ref)) {
    if (key !== 'protocol') out[key] = ref[key];
  }
  if (slashedProtocol.has(out.protocol) && out.hostname && !out.pathname) out.pathname = out.path = '/';
  return out;
}

// The reference names another scheme than the base.
function otherSchemeRef(out, ref) {
  if (!slashedProtocol.has(ref.protocol)) return Object.assign(out, ref);
  out.protocol = ref.protocol;
  const hostFromPath = !ref.host && !/^file:?$/.test(ref.protocol) && !hostlessProtocol.has(ref.protocol);
  if (hostFromPath) {
    // 'http:host/path': the first non-empty path segment is the host.
    const parts = (ref.pathname || '').split('/');
    let first = '';
    while (parts.length > 0 && !first) first = parts.shift();
    ref.host = first || '';
    if (!ref.hostname) ref.hostname = '';
    if (parts[0] !== '') parts.unshift('');
    if (parts.length < 2) parts.unshift('');
    out.pathname = parts.join('/');
  } else {
    out.pathname = ref.pathname;
  }
  copyFields(out, ref, ['search', 'query', 'auth', 'port']);
  out.host = ref.host || '';
  out.hostname = ref.hostname || ref.host;
  if (out.pathname || out.search) out.path = `${out.pathname || ''}${out.search || ''}`;
  out.slashes = out.slashes || ref.slashes;
  return out;
}

const rootedSegment = (seg) => seg === '' || (Boolean(seg) && seg[0] === '/');

function sameSchemeRef(out, ref) {
  const baseRooted = Boolean(out.pathname) && out.pathname[0] === '/';
  const refRooted = Boolean(ref.host) || (Boolean(ref.pathname) && ref.pathname[0] === '/');
  let endRooted = refRooted || baseRooted || (Boolean(out.host) && Boolean(ref.pathname));
  const dropDots = endRooted;
  let segs = out.pathname ? out.pathname.split('/') : [];
  const refSegs = ref.pathname ? ref.pathname.split('/') : [];
  // Schemes without '//' (mailto: and the like) carry any host as the first path segment.
  const hostInPath = Boolean(out.protocol) && !slashedProtocol.has(out.protocol);

  if (hostInPath) {
    putHostFirst(segs, out.host);
    out.hostname = out.host = '';
    out.port = null;
    if (ref.protocol) {
      putHostFirst(refSegs, ref.host);
      ref.hostname = ref.port = ref.host = null;
    }
    endRooted = endRooted && (refSegs[0] === '' || segs[0] === '');
  }

  if (refRooted) {
    for (const key of ['host', 'hostname']) {
      if (ref[key] || ref[key] === '') {
        if (out[key] !== ref[key]) out.auth = null;
        out[key] = ref[key];
        if (key === 'host') out.port = ref.port;
      }
    }
    copyFields(out, ref, ['search', 'query']);
    segs = refSegs;
  } else if (refSegs.length > 0) {
    segs.pop();
    segs.push(...refSegs);
    copyFields(out, ref, ['search', 'query']);
  } else if (ref.search !== null && ref.search !== undefined) {
    // Only a query: the base path stays.
    if (hostInPath) {
      out.host = out.hostname = segs.shift();
      moveAuthOutOfHost(out);
    }
    copyFields(out, ref, ['search', 'query']);
    refreshPath(out);
    return out;
  }

  if (segs.length === 0) {
    out.pathname = null;
    out.path = out.search ? `/${out.search}` : null;
    return out;
  }

  const final = segs[segs.length - 1];
  const slashAtEnd = final === '' ||
    ((Boolean(out.host) || Boolean(ref.host) || segs.length > 1) && (final === '.' || final === '..'));
  const { kept, unresolvedUps } = collapseDots(segs);
  segs = kept;
  if (!endRooted && !dropDots) segs.unshift(...new Array(unresolvedUps).fill('..'));
  if (endRooted && !rootedSegment(segs[0])) segs.unshift('');
  if (slashAtEnd && !segs.join('/').endsWith('/')) segs.push('');

  const rooted = rootedSegment(segs[0]);
  if (hostInPath) {
    out.host = out.hostname = rooted || segs.length === 0 ? '' : segs.shift();
    moveAuthOutOfHost(out);
  }
  endRooted = endRooted || (Boolean(out.host) && segs.length > 0);
  if (endRooted && !rooted) segs.unshift('');

  if (segs.length === 0) {
    out.pathname = out.path = null;
  } else {
    out.pathname = segs.join('/');
  }
  refreshPath(out);
  out.auth = ref.auth || out.auth;
  out.slashes = out.slashes || ref.slashes;
  return out;
}

function putHostFirst(segs, host) {
  if (!host) return;
  if (segs[0] === '') segs[0] = host;
  else segs.unshift(host);
}

// Drops '.' segments and cancels each '..' against the nearest kept segment before it, working from the end.
function collapseDots(segs) {
  const kept = [];
  let unresolvedUps = 0;
  for (let i = segs.length - 1; i >= 0; i--) {
    const seg = segs[i];
    if (seg === '.') continue;
    if (seg === '..') unresolvedUps++;
    else if (unresolvedUps > 0) unresolvedUps--;
    else kept.push(seg);
  }
  return { kept: kept.reverse(), unresolvedUps };
}

module.exports = {
  // Legacy API.
  Url,
  parse: urlParse,
  resolve: resolveLegacy,
  resolveObject: resolveLegacyObject,
  format: formatAny,

  // WHATWG API.
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  // Helpers.
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
