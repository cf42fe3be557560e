'use strict';
// The global fetch, for http: and https: URLs, over wtjs's own http and https clients (with an agent of its own
// that keeps idle connections without holding the process). Redirects are followed (up to 20); a failure to
// connect rejects with node's `TypeError: fetch failed` whose cause is the socket's error. Other schemes are
// refused.

const { Buffer } = require('buffer');
const { Request, kState } = require('internal/fetch/request');
const { networkResponse } = require('internal/fetch/response');
const { headersFromRaw } = require('internal/fetch/headers');
const { kBody } = require('internal/fetch/body');

const agents = { __proto__: null };
function fetchAgent(protocol) {
  const { Agent } = protocol === 'https:' ? require('https') : require('internal/http/agent');
  agents[protocol] ??= new Agent({ keepAlive: true, timeout: 4000 });
  return agents[protocol];
}

// The ports the Fetch standard blocks (services that could be confused by an HTTP request).
const badPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101,
  102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514,
  515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659,
  4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);

function failed(cause) {
  return new TypeError('fetch failed', { cause });
}

async function fetch(input, init = undefined) {
  const request = new Request(input, init);
  const signal = request.signal;
  if (signal.aborted) throw signal.reason;
  let body = request[kBody].bytes === null ? null : await request[kBody].bytes;
  let url = request[kState].url;
  let method = request.method;
  const headers = request.headers;
  for (let redirects = 0; ; redirects++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw failed(new Error('unknown scheme'));
    if (badPorts.has(Number(url.port))) throw failed(new Error('bad port'));
    const answer = await exchange(url, method, headers, body, signal);
    const location = answer.res.headers.location;
    if ([301, 302, 303, 307, 308].includes(answer.res.statusCode) && location !== undefined &&
        request.redirect !== 'manual') {
      answer.res.resume();
      if (request.redirect === 'error') throw failed(new Error('unexpected redirect'));
      if (redirects >= 20) throw failed(new Error('redirect count exceeded'));
      url = new URL(location, url);
      if (answer.res.statusCode === 303 || ((answer.res.statusCode === 301 || answer.res.statusCode === 302) && method === 'POST')) {
        if (method !== 'HEAD') method = 'GET';
        body = null;
        headers.delete('content-type');
        headers.delete('content-length');
      }
      continue;
    }
    return networkResponse({
      status: answer.res.statusCode,
      statusText: answer.res.statusMessage,
      headers: headersFromRaw(answer.res.rawHeaders),
      url: url.href,
      redirected: redirects > 0,
      stream: answer.stream,
    });
  }
}

// One request/response; resolves when the head has arrived, with a promise of the whole body.
function exchange(url, method, headers, body, signal) {
  const http = require(url.protocol === 'https:' ? 'https' : 'http');
  return new Promise((resolve, reject) => {
    const outgoing = {};
    for (const [name, value] of headers) {
      if (outgoing[name] === undefined) outgoing[name] = value;
      else outgoing[name] = [].concat(outgoing[name], value);
    }
    outgoing.accept ??= '*/*';
    outgoing['accept-language'] ??= '*';
    outgoing['sec-fetch-mode'] ??= 'cors';
    outgoing['user-agent'] ??= 'node';
    if (body !== null) outgoing['content-length'] = String(body.length);
    const req = http.request({
      protocol: url.protocol, hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || (url.protocol === 'https:' ? 443 : 80),
      path: `${url.pathname}${url.search}`, method, headers: outgoing, agent: fetchAgent(url.protocol),
    });
    const onAbort = () => {
      req.destroy();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('error', (err) => {
      signal.removeEventListener('abort', onAbort);
      reject(failed(err));
    });
    req.on('response', (res) => {
      if (method === 'HEAD' || [101, 204, 205, 304].includes(res.statusCode)) {
        signal.removeEventListener('abort', onAbort);
        res.resume();
        resolve({ res, stream: undefined });
        return;
      }
      const { ReadableStream } = require('internal/webstreams/readable');
      let controller;
      let settled = false;
      const onBodyAbort = () => {
        res.destroy();
        finish(signal.reason);
      };
      const finish = (error) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onBodyAbort);
        if (error === undefined) controller.close();
        else controller.error(error);
      };
      // Read as it arrives (no backpressure: the connection goes back to the agent as soon as the body is in).
      const stream = new ReadableStream({
        type: 'bytes',
        start(c) {
          controller = c;
        },
        cancel() {
          settled = true;
          signal.removeEventListener('abort', onBodyAbort);
          res.destroy();
        },
      });
      res.on('data', (chunk) => {
        if (!settled && chunk.length > 0) controller.enqueue(new Uint8Array(chunk));
      });
      res.on('end', () => finish());
      res.on('error', (err) => finish(new TypeError('terminated', { cause: err })));
      signal.removeEventListener('abort', onAbort);
      signal.addEventListener('abort', onBodyAbort, { once: true });
      resolve({ res, stream });
    });
    req.end(body ?? undefined);
  });
}

module.exports = { fetch };
