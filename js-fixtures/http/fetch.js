'use strict';
// fetch against a local server: text, json, arrayBuffer, status, headers, POST bodies, redirects; a refused
// connection; the Headers, Request and Response classes on their own.
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    if (req.url === '/redirect') {
      res.writeHead(302, { location: '/text' });
      res.end();
    } else if (req.url === '/json') {
      res.setHeader('content-type', 'application/json');
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.end(JSON.stringify({ method: req.method, body, type: req.headers['content-type'] ?? null,
                               length: req.headers['content-length'] ?? null }));
    } else if (req.url === '/bytes') {
      res.end(Buffer.from([1, 2, 3, 250]));
    } else if (req.url === '/missing') {
      res.statusCode = 404;
      res.statusMessage = 'Nope';
      res.end('missing');
    } else {
      res.setHeader('X-Test', 'yes');
      res.end(`text for ${req.method} ${req.url}`);
    }
  });
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  let r = await fetch(`${base}/text`);
  console.log(r.status, r.ok, r.statusText, r.headers.get('x-test'), r.redirected, r.type, await r.text(), r.bodyUsed);
  try {
    await r.text();
  } catch (err) {
    console.log(err.name, err.message);
  }
  r = await fetch(`${base}/redirect`);
  console.log(r.status, r.redirected, r.url.endsWith('/text'), await r.text());
  r = await fetch(`${base}/json`, { method: 'POST', body: 'plain' });
  console.log(await r.json(), r.headers.getSetCookie(), r.headers.get('set-cookie'));
  r = await fetch(new Request(`${base}/json`, { method: 'put', body: new URLSearchParams({ q: 'x y' }) }));
  console.log(await r.json());
  r = await fetch(`${base}/json`, { method: 'POST', body: new Uint8Array([104, 105]), headers: { 'Content-Type': 'application/x-bytes' } });
  console.log(await r.json());
  r = await fetch(`${base}/bytes`);
  console.log(new Uint8Array(await r.arrayBuffer()));
  r = await fetch(`${base}/missing`);
  console.log(r.status, r.ok, r.statusText, await r.text());
  server.close(() => require('net').createServer().listen(0, '127.0.0.1', async function () {
    const { port } = this.address();
    await new Promise((resolve) => this.close(resolve));
    try {
      await fetch(`http://127.0.0.1:${port}/gone`);
    } catch (err) {
      console.log(err.name, err.message, err.cause.code, err.cause.syscall, err.cause.address);
    }
    try {
      await fetch('http://127.0.0.1:6000/blocked');
    } catch (err) {
      console.log(err.name, err.message, err.cause.message);
    }
    try {
      await fetch('/relative');
    } catch (err) {
      console.log(err.name, err.message);
    }
    const h = new Headers({ 'Content-Type': 'text/html', 'X-B': ' spaced ' });
    h.append('x-a', '1');
    h.append('X-A', '2');
    console.log([...h], h.get('x-a'), h.has('X-B'), h.get('nope'));
    try {
      h.append('bad name', 'x');
    } catch (err) {
      console.log(err.name, err.message);
    }
    const resp = new Response('{"a":1}', { status: 201, statusText: 'Made', headers: { 'x-y': 'z' } });
    console.log(resp.status, resp.statusText, resp.ok, resp.headers.get('content-type'), await resp.json());
    const j = Response.json({ b: 2 });
    console.log(j.headers.get('content-type'), await j.text());
    try {
      new Response('x', { status: 99 });
    } catch (err) {
      console.log(err.name, err.message);
    }
    try {
      new Request('http://x.test/', { method: 'GET', body: 'no' });
    } catch (err) {
      console.log(err.name, err.message);
    }
    const req = new Request('http://x.test/a?b=1', { method: 'post', headers: [['x-one', '1']] });
    console.log(req.method, req.url, req.headers.get('x-one'));
  }));
});
