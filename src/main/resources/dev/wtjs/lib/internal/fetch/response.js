'use strict';
// The fetch Response class.

const { Headers, kGuard } = require('internal/fetch/headers');
const { kBody, extractBody, mixBody, cloneBody } = require('internal/fetch/body');

const kState = Symbol('kState');

class Response {
  constructor(body = null, init = {}) {
    init ??= {};
    const status = init.status ?? 200;
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
    }
    const statusText = init.statusText === undefined ? '' : String(init.statusText);
    const headers = init.headers instanceof Headers && init.headers[kGuard] === 'immutable' ? init.headers
      : new Headers(init.headers);
    let bytes = null;
    if (body !== null && body !== undefined) {
      if ([204, 205, 304].includes(status)) throw new TypeError('Response constructor: Invalid response status code ' + status);
      const [data, type] = extractBody(body);
      bytes = data;
      if (type !== null && !headers.has('content-type')) headers.set('content-type', type);
    }
    this[kState] = { status, statusText, headers, url: '', redirected: false, type: 'default' };
    this[kBody] = { bytes, used: false };
  }

  static error() {
    const r = new Response(null, { status: 200 });
    Object.assign(r[kState], { status: 0, type: 'error' });
    return r;
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const headers = new Headers(init?.headers);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    return new Response(text, { ...init, headers });
  }

  static redirect(url, status = 302) {
    if (![301, 302, 303, 307, 308].includes(status)) throw new RangeError(`Invalid status code ${status}`);
    return new Response(null, { status, headers: { location: new URL(String(url)).href } });
  }

  get status() { return this[kState].status; }
  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }
  get statusText() { return this[kState].statusText; }
  get headers() { return this[kState].headers; }
  get url() { return this[kState].url; }
  get redirected() { return this[kState].redirected; }
  get type() { return this[kState].type; }
  get [Symbol.toStringTag]() { return 'Response'; }

  clone() {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = new Response(null, { status: 200 });
    copy[kState] = { ...this[kState] };
    copy[kBody] = cloneBody(this[kBody]);
    return copy;
  }
}
mixBody(Response);

// A response made by fetch from what the server sent; its body is a byte stream fed as the bytes arrive.
function networkResponse({ status, statusText, headers, url, redirected, stream }) {
  const r = new Response(null, { status: 200 });
  r[kState] = { status, statusText, headers, url, redirected, type: 'basic' };
  r[kBody] = { bytes: null, used: false, stream };
  return r;
}

module.exports = { Response, networkResponse };
