'use strict';
// The `url` module: the WHATWG classes and helpers from internal/url, plus the legacy url.parse(),
// url.format() and url.resolve() API with node's lenient, historical behaviour.

const { toASCII, format: formatWhatwg } = internalBinding('url');
const { encodeStr } = require('internal/querystring');
const querystring = require('querystring');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL } } = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
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
} = require('internal/url');

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

function urlParse(input, parseQueryString, slashesDenoteHost) {
  warnLegacyParse();
  if (input instanceof Url) return input;
  const parsed = new Url();
  parsed.parse(input, parseQueryString, slashesDenoteHost);
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

Url.prototype.parse = function parse(input, parseQueryString, slashesDenoteHost) {
  validateString(input, 'url');
  const { text, hasHash, hasAt } = prepareInput(input);
  let rest = text;

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = SIMPLE_PATH.exec(rest);
    if (simple !== null) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  const protoMatch = PROTOCOL.exec(rest);
  const proto = protoMatch === null ? undefined : protoMatch[0];
  const lowerProto = proto === undefined ? undefined : proto.toLowerCase();
  if (proto !== undefined) {
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes = false;
  if (slashesDenoteHost || proto !== undefined || AUTH_AND_HOST.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto !== undefined && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  // The protocol's own spelling decides here (so 'HTTP:x' is read as having a host).
  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto !== undefined && !slashedProtocol.has(proto)))) {
    rest = takeAuthority(this, rest, input);
  }

  if (!unsafeProtocol.has(lowerProto)) rest = autoEscape(rest);

  const hashAt = rest.indexOf('#');
  if (hashAt !== -1) this.hash = rest.slice(hashAt);
  const beforeHash = hashAt === -1 ? rest : rest.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt !== -1) {
    this.search = beforeHash.slice(queryAt);
    this.query = beforeHash.slice(queryAt + 1);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const pathEnd = queryAt !== -1 ? queryAt : hashAt;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = `${this.pathname || ''}${this.search || ''}`;
  this.href = this.format();
  return this;
};

// Reads `[auth@]host[:port]` from the front of `rest` into the Url; returns what follows it.
function takeAuthority(url, rest, input) {
  rest = rest.replace(/[\t\n\r]/g, '');
  let badAt = -1;
  let at = -1;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
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
    url.auth = decodeURIComponent(rest.slice(0, at));
    hostStart = at + 1;
  }
  if (badAt === -1) {
    url.host = rest.slice(hostStart);
    rest = '';
  } else {
    url.host = rest.slice(hostStart, badAt);
    rest = rest.slice(badAt);
  }
  url.parseHost();
  if (typeof url.hostname !== 'string') url.hostname = '';

  const bracketed = isBracketed(url.hostname);
  if (!bracketed) {
    // Cut the hostname at its first character that cannot be in one; the remainder joins the path.
    const name = url.hostname;
    const bad = name.search(/[\u0000-\u0020"#%'/:;<>?@\\^`{|}]/);
    if (bad !== -1) {
      if (name[bad] === ':') warnBadPort(input);
      url.hostname = name.slice(0, bad);
      rest = `/${name.slice(bad)}${rest}`;
    }
  }

  url.hostname = url.hostname.length > MAX_HOSTNAME ? '' : url.hostname.toLowerCase();
  if (url.hostname !== '') {
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
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = PORT_AT_END.exec(host);
  if (port !== null) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// Characters kept as they are in the auth part by format(): A-Z a-z 0-9 ! ' ( ) * - . _ ~ :
const AUTH_SAFE = new Int8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!'()*-._~:") {
  AUTH_SAFE[ch.charCodeAt(0)] = 1;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeStr(auth, AUTH_SAFE)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const name = this.hostname;
    host = auth + (name.includes(':') && !isBracketed(name) ? `[${name}]` : name);
    if (this.port) host += `:${this.port}`;
  }
  let query = '';
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';

  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));

  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatWhatwg(urlObject.href, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

// ------------------------------------------------------------------------------------------- resolving
function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function copyInto(target, source, skip) {
  for (const key of Object.keys(source)) {
    if (key !== skip) target[key] = source[key];
  }
}

const finish = (url) => {
  url.href = url.format();
  return url;
};

const joinPath = (url) => {
  if (url.pathname !== null || url.search !== null) url.path = `${url.pathname || ''}${url.search || ''}`;
};

// A host taken back from the front of a path may carry 'user@'.
function splitAuthFromHost(url) {
  const host = url.host;
  if (!host || host.indexOf('@') <= 0) return;
  const parts = host.split('@');
  url.auth = parts.shift();
  url.host = url.hostname = parts.shift();
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }
  const result = new Url();
  copyInto(result, this);
  result.hash = relative.hash;

  // Only a fragment (or nothing) to apply.
  if (relative.href === '') return finish(result);

  // '//host/path': everything but the protocol comes from the relative URL.
  if (relative.slashes && !relative.protocol) {
    copyInto(result, relative, 'protocol');
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    return finish(resolveOtherScheme(result, relative));
  }

  return finish(resolveSameScheme(result, relative));
};

// The relative URL names another scheme than the base.
function resolveOtherScheme(result, relative) {
  if (!slashedProtocol.has(relative.protocol)) {
    copyInto(result, relative);
    return result;
  }
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocol.has(relative.protocol)) {
    // 'http:host/path': the first non-empty path segment is the host.
    const segments = (relative.pathname || '').split('/');
    relative.host = '';
    while (segments.length > 0 && !relative.host) relative.host = segments.shift();
    relative.host ||= '';
    relative.hostname ||= '';
    if (segments[0] !== '') segments.unshift('');
    if (segments.length < 2) segments.unshift('');
    result.pathname = segments.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) result.path = `${result.pathname || ''}${result.search || ''}`;
  result.slashes = result.slashes || relative.slashes;
  return result;
}

const startsAbsolute = (segment) => segment === '' || (Boolean(segment) && segment[0] === '/');

function resolveSameScheme(result, relative) {
  const baseAbsolute = Boolean(result.pathname) && result.pathname[0] === '/';
  const relAbsolute = Boolean(relative.host) || (Boolean(relative.pathname) && relative.pathname[0] === '/');
  let mustEndAbsolute = relAbsolute || baseAbsolute || (Boolean(result.host) && Boolean(relative.pathname));
  const dropAllDots = mustEndAbsolute;
  let segments = result.pathname ? result.pathname.split('/') : [];
  const relSegments = relative.pathname ? relative.pathname.split('/') : [];
  // Schemes without '//' (mailto: and the like) keep any host as the first path segment.
  const hostInPath = Boolean(result.protocol) && !slashedProtocol.has(result.protocol);

  if (hostInPath) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (segments[0] === '') segments[0] = result.host;
      else segments.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relSegments[0] === '') relSegments[0] = relative.host;
        else relSegments.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbsolute = mustEndAbsolute && (relSegments[0] === '' || segments[0] === '');
  }

  if (relAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    segments = relSegments;
  } else if (relSegments.length > 0) {
    segments.pop();
    segments = segments.concat(relSegments);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query: the base path stays.
    if (hostInPath) {
      result.hostname = result.host = segments.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    joinPath(result);
    return result;
  }

  if (segments.length === 0) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return result;
  }

  const last = segments[segments.length - 1];
  const keepTrailingSlash = last === '' ||
    ((Boolean(result.host) || Boolean(relative.host) || segments.length > 1) && (last === '.' || last === '..'));

  // Remove '.' and resolve '..' against the segment before it, from the end backwards.
  let pending = 0;
  const kept = [];
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i];
    if (seg === '.') continue;
    if (seg === '..') {
      pending++;
    } else if (pending > 0) {
      pending--;
    } else {
      kept.push(seg);
    }
  }
  segments = kept.reverse();
  if (!mustEndAbsolute && !dropAllDots) {
    for (; pending > 0; pending--) segments.unshift('..');
  }
  if (mustEndAbsolute && segments[0] !== '' && !(segments[0] && segments[0][0] === '/')) segments.unshift('');
  if (keepTrailingSlash && !segments.join('/').endsWith('/')) segments.push('');

  const isAbsolute = startsAbsolute(segments[0]);
  if (hostInPath) {
    result.hostname = result.host = isAbsolute ? '' : (segments.length > 0 ? segments.shift() : '');
    splitAuthFromHost(result);
  }
  mustEndAbsolute = mustEndAbsolute || (Boolean(result.host) && segments.length > 0);
  if (mustEndAbsolute && !isAbsolute) segments.unshift('');

  if (segments.length > 0) {
    result.pathname = segments.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  joinPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return result;
}

module.exports = {
  // Legacy API.
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

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
