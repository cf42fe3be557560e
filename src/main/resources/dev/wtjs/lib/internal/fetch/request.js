'use strict';
// The fetch Request class.

const { Headers } = require('internal/fetch/headers');
const { kBody, extractBody, mixBody } = require('internal/fetch/body');

const standardMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH']);
const kState = Symbol('kState');

function parseUrl(input) {
  try {
    return new URL(String(input));
  } catch (cause) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause });
  }
}

class Request {
  constructor(input, init = {}) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to construct 'Request': 1 argument required, but only 0 present.");
    }
    init ??= {};
    const from = input instanceof Request ? input : null;
    const url = from ? new URL(from.url) : parseUrl(input);
    if (url.username || url.password) {
      throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
    }
    let method = init.method ?? from?.method ?? 'GET';
    method = String(method);
    if (standardMethods.has(method.toUpperCase())) method = method.toUpperCase();
    if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(method) || ['CONNECT', 'TRACE', 'TRACK'].includes(method.toUpperCase())) {
      throw new TypeError(`'${method}' HTTP method is unsupported.`);
    }
    const headers = new Headers(init.headers ?? from?.headers);
    let bytes = null;
    if (init.body !== undefined && init.body !== null) {
      if (method === 'GET' || method === 'HEAD') throw new TypeError('Request with GET/HEAD method cannot have body.');
      const [data, type] = extractBody(init.body);
      bytes = data;
      if (type !== null && !headers.has('content-type')) headers.set('content-type', type);
    } else if (from) {
      bytes = from[kBody].bytes;
    }
    this[kState] = { url, method, headers, signal: init.signal ?? from?.signal ?? new AbortController().signal,
                     redirect: init.redirect ?? from?.redirect ?? 'follow' };
    this[kBody] = { bytes, used: false };
  }

  get url() { return this[kState].url.href; }
  get method() { return this[kState].method; }
  get headers() { return this[kState].headers; }
  get signal() { return this[kState].signal; }
  get redirect() { return this[kState].redirect; }
  get [Symbol.toStringTag]() { return 'Request'; }

  clone() {
    if (this.bodyUsed) throw new TypeError('Request.clone: Body has already been consumed.');
    return new Request(this);
  }
}
mixBody(Request);

module.exports = { Request, kState };
