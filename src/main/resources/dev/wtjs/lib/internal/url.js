'use strict';
// The WHATWG URL and URLSearchParams classes, built on the URL records of our parser
// (internal/binding/url.js), and the file: URL helpers the rest of the runtime uses.

const parser = internalBinding('url');
const { posix: posixPath, win32: windowsPath } = require('path');
const { inspect } = require('internal/util/inspect'); // and inspect.custom
const { encodeStr } = require('internal/querystring');
const { codes: errorCodes } = require('internal/errors');
const { ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_INVALID_TUPLE,
  ERR_INVALID_URL, ERR_INVALID_URL_SCHEME, ERR_MISSING_ARGS } = errorCodes;
const { ERR_INVALID_FILE_URL_HOST: BadFileHost, ERR_INVALID_FILE_URL_PATH: BadFilePath } = errorCodes;
const validators = require('internal/validators');

const onWindows = process.platform === 'win32';
const toUSV = (v) => `${v}`.toWellFormed();

// Hooks between the two classes, filled in by their static blocks.
let paramsState;      // (params) => its private state, or throws ERR_INVALID_THIS
let queryChanged;     // (url, serialized) => store the params' serialization as the URL's query
let paramsFor;        // (query) => new URLSearchParams state list from a query string

// ------------------------------------------------------------------------------------------------ URL
class URL {
  #rec;
  #href;
  #params = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const rec = parser.parseRecord(input, base);
    if (rec === null) throw new ERR_INVALID_URL(input, base);
    this.#take(rec);
  }

  #take(rec) {
    this.#rec = rec;
    this.#href = parser.serialize(rec);
    if (this.#params !== null) paramsState(this.#params).list = paramsFor(rec.query ?? '');
  }

  #set(part, value) {
    const rec = parser.withPart(this.#href, part, value);
    if (rec !== null) this.#take(rec);
  }

  static #mine(self) {
    if (self === null || typeof self !== 'object' || !(#rec in self)) {
      throw new TypeError('Receiver must be an instance of class URL');
    }
    return self;
  }

  static {
    queryChanged = (url, serialized) => {
      const rec = url.#rec;
      rec.query = serialized === '' ? null : serialized;
      url.#href = parser.serialize(rec);
    };
  }

  toString() {
    return URL.#mine(this).#href;
  }

  get href() {
    return URL.#mine(this).#href;
  }

  set href(value) {
    URL.#mine(this);
    value = `${value}`;
    const rec = parser.parseRecord(value, undefined);
    if (rec === null) throw new ERR_INVALID_URL(value);
    this.#take(rec);
  }

  get origin() {
    return parser.originOfRecord(URL.#mine(this).#rec);
  }

  get protocol() {
    return `${URL.#mine(this).#rec.scheme}:`;
  }

  set protocol(value) {
    URL.#mine(this).#set('protocol', value);
  }

  get username() {
    return URL.#mine(this).#rec.username;
  }

  set username(value) {
    URL.#mine(this).#set('username', value);
  }

  get password() {
    return URL.#mine(this).#rec.password;
  }

  set password(value) {
    URL.#mine(this).#set('password', value);
  }

  get host() {
    const { host, port } = URL.#mine(this).#rec;
    if (host === null) return '';
    return port === null ? host : `${host}:${port}`;
  }

  set host(value) {
    URL.#mine(this).#set('host', value);
  }

  get hostname() {
    return URL.#mine(this).#rec.host ?? '';
  }

  set hostname(value) {
    URL.#mine(this).#set('hostname', value);
  }

  get port() {
    const { port } = URL.#mine(this).#rec;
    return port === null ? '' : `${port}`;
  }

  set port(value) {
    URL.#mine(this).#set('port', value);
  }

  get pathname() {
    const { path, opaque } = URL.#mine(this).#rec;
    if (opaque) return path;
    let out = '';
    for (const segment of path) out += `/${segment}`;
    return out;
  }

  set pathname(value) {
    URL.#mine(this).#set('pathname', value);
  }

  get search() {
    const { query } = URL.#mine(this).#rec;
    return query ? `?${query}` : '';
  }

  set search(value) {
    URL.#mine(this).#set('search', value);
  }

  get searchParams() {
    URL.#mine(this);
    if (this.#params === null) {
      this.#params = new URLSearchParams(this.search);
      paramsState(this.#params).owner = this;
    }
    return this.#params;
  }

  get hash() {
    const { fragment } = URL.#mine(this).#rec;
    return fragment ? `#${fragment}` : '';
  }

  set hash(value) {
    URL.#mine(this).#set('hash', value);
  }

  toJSON() {
    return URL.#mine(this).#href;
  }

  static parse(input, ...maybeBase) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return new URL(input, maybeBase[0]);
    } catch {
      return null;
    }
  }

  static canParse(input, ...maybeBase) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const base = maybeBase[0];
    return parser.canParse(`${input}`, base === undefined ? undefined : `${base}`);
  }

  static createObjectURL(blob) {
    const BlobClass = globalThis.Blob;
    if (typeof BlobClass !== 'function' || !(blob instanceof BlobClass)) {
      throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', blob);
    }
    const id = randomUUID();
    objectURLs.set(id, blob);
    return BLOB_PREFIX + id;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const text = `${url}`;
    if (text.startsWith(BLOB_PREFIX)) objectURLs.delete(text.slice(BLOB_PREFIX.length));
  }

  [inspect.custom](depthLeft, options) {
    if (typeof depthLeft === 'number' && depthLeft < 0) return this;
    const shown = {};
    for (const key of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
      'pathname', 'search', 'searchParams', 'hash']) {
      shown[key] = this[key];
    }
    const name = (typeof this.constructor === 'function' && this.constructor.name) || 'URL';
    return `${name} ${inspect(shown, options)}`;
  }
}

// Blobs registered by URL.createObjectURL(), by id.
const objectURLs = new Map();
const BLOB_PREFIX = 'blob:nodedata:';
function randomUUID() {
  const hex = [];
  for (let i = 0; i < 16; i++) hex.push(Math.floor(Math.random() * 256));
  hex[6] = (hex[6] & 0x0f) | 0x40;
  hex[8] = (hex[8] & 0x3f) | 0x80;
  const h = hex.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// Web IDL members are enumerable; so are the static methods.
function makeEnumerable(target, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(target, name);
    desc.enumerable = true;
    Object.defineProperty(target, name, desc);
  }
}
makeEnumerable(URL.prototype, ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']);
makeEnumerable(URL, ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

// ------------------------------------------------------------------------------------ URLSearchParams
// application/x-www-form-urlencoded: '+' is a space, percent escapes are UTF-8 bytes.
function decodeForm(text) {
  text = text.replace(/\+/g, ' ');
  if (!text.includes('%')) return text;
  return parser.utf8Decode(parser.percentDecodeToBytes(text));
}

function parseForm(query) {
  const list = [];
  for (const piece of query.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const name = eq === -1 ? piece : piece.slice(0, eq);
    const value = eq === -1 ? '' : piece.slice(eq + 1);
    list.push([decodeForm(name), decodeForm(value)]);
  }
  return list;
}

// Kept as they are by the urlencoded serializer: A-Z a-z 0-9 * - . _ (a space becomes '+').
const FORM_SAFE = new Int8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._') FORM_SAFE[ch.charCodeAt(0)] = 1;
const encodeForm = (text) => encodeStr(text, FORM_SAFE).replace(/%20/g, '+');

function serializeForm(list) {
  return list.map(([name, value]) => `${encodeForm(name)}=${encodeForm(value)}`).join('&');
}

class URLSearchParams {
  // { list: [[name, value], ...], owner: the URL whose query this mirrors, or null }
  #state = { list: [], owner: null };

  constructor(...args) {
    const init = args[0];
    if (init === undefined) return;
    if ((typeof init === 'object' && init !== null) || typeof init === 'function') {
      const iterate = init[Symbol.iterator];
      if (iterate === undefined || iterate === null) {
        this.#state.list = recordPairs(init);
      } else if (typeof iterate !== 'function') {
        throw new ERR_ARG_NOT_ITERABLE('Query pairs'); // (node's wording)
      } else {
        this.#state.list = sequencePairs(init, iterate);
      }
      return;
    }
    let text = toUSV(init);
    if (text[0] === '?') text = text.slice(1);
    this.#state.list = parseForm(text);
  }

  static {
    paramsState = (params) => {
      if (params === null || typeof params !== 'object' || !(#state in params)) {
        throw new ERR_INVALID_THIS(URLSearchParams.name);
      }
      return params.#state;
    };
    paramsFor = parseForm;
  }

  // Tells the owning URL, if any, about a change.
  #changed() {
    const { owner, list } = this.#state;
    if (owner !== null) queryChanged(owner, serializeForm(list));
  }

  get size() {
    return paramsState(this).list.length;
  }

  append(name, value) {
    const state = paramsState(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    state.list.push([toUSV(name), toUSV(value)]);
    this.#changed();
  }

  delete(name, ...optionalValue) {
    const state = paramsState(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const key = toUSV(name);
    const value = optionalValue[0];
    const wanted = value === undefined ? null : toUSV(value);
    state.list = state.list.filter(([n, v]) => n !== key || (wanted !== null && v !== wanted));
    this.#changed();
  }

  get(name) {
    const state = paramsState(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const hit = state.list.find(([n]) => n === name);
    return hit === undefined ? null : hit[1];
  }

  getAll(name) {
    const state = paramsState(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    return state.list.filter(([n]) => n === name).map(([, v]) => v);
  }

  has(name, ...optionalValue) {
    const state = paramsState(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const key = toUSV(name);
    const value = optionalValue[0];
    const wanted = value === undefined ? null : toUSV(value);
    return state.list.some(([n, v]) => n === key && (wanted === null || v === wanted));
  }

  set(name, value) {
    const state = paramsState(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    const first = state.list.findIndex(([n]) => n === name);
    if (first === -1) {
      state.list.push([name, value]);
    } else {
      state.list[first] = [name, value];
      state.list = state.list.filter(([n], i) => i <= first || n !== name);
    }
    this.#changed();
  }

  sort() {
    const state = paramsState(this);
    state.list.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    this.#changed();
  }

  entries() {
    return new ParamsIterator(paramsState(this), 'entries');
  }

  forEach(fn, ...receiver) {
    const state = paramsState(this);
    validators.validateFunction(fn, 'callback');
    // The list may change while the callback runs; each step reads it afresh.
    for (let i = 0; i < state.list.length; i++) {
      const [name, value] = state.list[i];
      fn.call(receiver[0], value, name, this);
    }
  }

  keys() {
    return new ParamsIterator(paramsState(this), 'keys');
  }

  values() {
    return new ParamsIterator(paramsState(this), 'values');
  }

  toString() {
    return serializeForm(paramsState(this).list);
  }

  [inspect.custom](depthLeft, options) {
    const { list } = paramsState(this);
    if (typeof depthLeft === 'number' && depthLeft < 0) return options.stylize('[Object]', 'special');
    const items = list.map(([n, v]) => `${inspect(n, options)} => ${inspect(v, options)}`);
    return `${this.constructor.name} ${braceList(items, options, false)}`;
  }
}

// Lays out inspected items as node does for URLSearchParams and its iterators: on one line when they fit
// in breakLength, otherwise one per line with the closing brace after the last.
function braceList(items, opts, iterator) {
  if (items.length === 0) return iterator ? '{  }' : '{}';
  const visible = items.reduce((sum, item) => sum + stripColors(item).length, 0) + 2 * (items.length - 1);
  if (visible > opts.breakLength) return `{\n  ${items.join(',\n  ')} }`;
  return `{ ${items.join(', ')} }`;
}
const stripColors = (s) => s.replace(/\u001b\[\d\d?m/g, '');

const badPair = () => new ERR_INVALID_TUPLE('Each query pair', '[name, value]');

function sequencePairs(init, iterate) {
  const pairs = [];
  for (const pair of { [Symbol.iterator]: () => iterate.call(init) }) {
    const pairIsObject = (typeof pair === 'object' && pair !== null) || typeof pair === 'function';
    if (!pairIsObject || typeof pair[Symbol.iterator] !== 'function') {
      throw badPair();
    }
    const both = [...pair];
    if (both.length !== 2) throw badPair();
    pairs.push([toUSV(both[0]), toUSV(both[1])]);
  }
  return pairs;
}

function recordPairs(init) {
  const pairs = [];
  const seen = new Map();
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    const name = toUSV(key);
    const value = toUSV(init[key]);
    if (seen.has(name)) {
      pairs[seen.get(name)][1] = value;
    } else {
      seen.set(name, pairs.length);
      pairs.push([name, value]);
    }
  }
  return pairs;
}

makeEnumerable(URLSearchParams.prototype, ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort',
  'entries', 'forEach', 'keys', 'values', 'toString']);
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true,
});

// Iterators over a URLSearchParams that see later changes to it.
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const iteratorState = new WeakMap();

function ParamsIterator(state, kind) {
  iteratorState.set(this, { state, kind, index: 0 });
}

const pick = (kind, [name, value]) => (kind === 'keys' ? name : kind === 'values' ? value : [name, value]);

ParamsIterator.prototype = Object.create(IteratorPrototype, {
  next: {
    value: function next() {
      const it = iteratorState.get(this);
      if (it === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const { list } = it.state;
      if (it.index >= list.length) return { value: undefined, done: true };
      return { value: pick(it.kind, list[it.index++]), done: false };
    },
    writable: true, enumerable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
  [inspect.custom]: {
    value: function(depth, opts) {
      const it = iteratorState.get(this);
      if (it === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      if (typeof depth === 'number' && depth < 0) return opts.stylize('[Object]', 'special');
      const inner = { ...opts, depth: opts.depth === null ? null : depth };
      const items = it.state.list.slice(it.index).map((pair) => inspect(pick(it.kind, pair), inner));
      return `URLSearchParams Iterator ${braceList(items, opts, true)}`;
    },
    writable: true, configurable: true,
  },
});

// ------------------------------------------------------------------------------------- file: URLs, misc
// A URL object, or something shaped like one (node's test: href and protocol present, and not a legacy
// url.parse() result, which has auth and path).
function isURL(value) {
  if (!value?.href || !value.protocol) return false;
  return value.auth === undefined && value.path === undefined;
}

function asFileURL(path) {
  if (typeof path === 'string') return new URL(path);
  if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return path;
}

function wantsWindows(options) {
  return options?.windows ?? onWindows;
}

// Checks a file: URL and returns its pathname in the platform's form, still percent-encoded. The Buffer
// variant lets encoded separators through (`strict` false).
function filePathname(url, windows, strict = true) {
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  const { hostname, pathname } = url;
  if (windows) {
    if (strict && /%2f|%5c/i.test(pathname)) {
      throw new BadFilePath('must not include encoded \\ or / characters');
    }
    const backslashed = pathname.replace(/\//g, '\\');
    if (hostname !== '') return { unc: `\\\\${parser.domainToUnicode(hostname)}`, path: backslashed };
    return { unc: '', path: backslashed };
  }
  if (hostname !== '') throw new BadFileHost(process.platform);
  if (strict && /%2f/i.test(pathname)) throw new BadFilePath('must not include encoded / characters');
  return { unc: '', path: pathname };
}

function checkWindowsDrive(decoded) {
  const letter = decoded.charCodeAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || decoded[2] !== ':') {
    throw new BadFilePath('must be absolute'); // (no drive letter)
  }
}

function fileURLToPath(path, options = undefined) {
  const windows = wantsWindows(options);
  const { unc, path: encoded } = filePathname(asFileURL(path), windows);
  let decoded;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    throw new URIError('URI malformed'); // (V8's words, which node passes on; GraalJS words it otherwise)
  }
  if (!windows) return decoded;
  if (unc !== '') return `${unc}${decoded}`;
  checkWindowsDrive(decoded);
  return decoded.slice(1);
}

function fileURLToPathBuffer(path, options = undefined) {
  const { Buffer } = require('buffer'); // loaded late: buffer needs this module
  const windows = wantsWindows(options);
  const { unc, path: encoded } = filePathname(asFileURL(path), windows, false);
  const bytes = Buffer.from(parser.percentDecodeToBytes(encoded));
  if (!windows) return bytes;
  if (unc !== '') return Buffer.concat([Buffer.from(unc), bytes]);
  checkWindowsDrive(String.fromCharCode(...bytes.subarray(0, 3)));
  return bytes.subarray(1);
}

// Characters of a path that must be escaped before it is handed to the URL parser, which would otherwise
// read them as syntax or drop them.
const PATH_ESCAPES = { '%': '%25', '\\': '%5C', '\n': '%0A', '\r': '%0D', '\t': '%09', '#': '%23', '?': '%3F',
  '[': '%5B', ']': '%5D', '|': '%7C', '~': '%7E' };
// (control characters and spaces too: the URL parser would drop them at the path's end)
function escapePathChars(path, windows) {
  return path.replace(windows ? /[%\x00-\x20#?[\]|~]/g : /[%\\\x00-\x20#?[\]|~]/g,
                      (ch) => PATH_ESCAPES[ch] ?? `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function pathToFileURL(filepath, options = undefined) {
  const windows = wantsWindows(options);
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  if (windows && filepath.startsWith('\\\\')) {
    let rest = filepath;
    // \\?\C:\x is C:\x; \\?\UNC\server\share is \\server\share.
    if (rest.startsWith('\\\\?\\')) {
      rest = rest.slice(4);
      if (!rest.startsWith('UNC\\')) return pathToFileURL(rest, options);
      rest = `\\\\${rest.slice(4)}`;
    }
    const hostEnd = rest.indexOf('\\', 2);
    if (hostEnd === -1) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    const url = new URL('file://');
    url.hostname = rest.slice(2, hostEnd);
    url.pathname = escapePathChars(rest.slice(hostEnd).replace(/\\/g, '/'), true);
    return url;
  }
  const flavour = windows ? windowsPath : posixPath;
  let resolved = flavour.resolve(filepath);
  const last = filepath[filepath.length - 1];
  const endsInSep = last === '/' || (windows && last === '\\');
  if (endsInSep && resolved[resolved.length - 1] !== flavour.sep) resolved += '/';
  if (windows) resolved = resolved.replace(/\\/g, '/');
  const prefix = resolved[0] === '/' ? 'file://' : 'file:///';
  return new URL(`${prefix}${escapePathChars(resolved, windows)}`);
}

function toPathIfFileURL(value) {
  return isURL(value) ? fileURLToPath(value) : value;
}

// The options object http.request() takes, from a URL.
function urlToHttpOptions(source) {
  const { hostname, pathname, search, username, password } = source;
  const options = {
    __proto__: null,
    ...source,
    protocol: source.protocol,
    hostname: typeof hostname === 'string' && hostname.startsWith('[') ? hostname.slice(1, -1) : hostname,
    hash: source.hash,
    search,
    pathname,
    path: (pathname || '') + (search || ''),
    href: source.href,
  };
  if (source.port !== '') options.port = Number(source.port);
  if (username || password) options.auth = [username, password].map((s) => decodeURIComponent(s)).join(':');
  return options;
}

function domainToASCII(name) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return parser.domainToASCII(`${name}`);
}

function domainToUnicode(name) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return parser.domainToUnicode(`${name}`);
}

// Scheme families the legacy url.parse()/format() treat specially.
const unsafeProtocol = new Set(['javascript', 'javascript:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

// The Blob a blob:nodedata: URL names (buffer.resolveObjectURL), or undefined.
function blobOfObjectURL(url) {
  const text = `${url}`;
  if (!text.startsWith(BLOB_PREFIX)) return undefined;
  return objectURLs.get(text.slice(BLOB_PREFIX.length).split(/[?#]/)[0]);
}

module.exports = { blobOfObjectURL,
  URL,
  URLSearchParams,
  URLParse: URL.parse,
  isURL,
  fileURLToPath,
  fileURLToPathBuffer,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  domainToASCII,
  domainToUnicode,
  encodeStr,
  unsafeProtocol,
  hostlessProtocol,
  slashedProtocol,
};
