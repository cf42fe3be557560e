'use strict';
// An HTTP server and http.get/http.request against it on loopback: what the server sees of each request and
// what the client sees of each response (Date and ports left out).
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    const { host, ...headers } = req.headers;
    console.log('server:', req.method, req.url, req.httpVersion, JSON.stringify(headers), typeof host,
                JSON.stringify(body), req.rawHeaders.filter((h, i) => i % 2 === 0).join(','));
    if (req.url === '/json') {
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('X-Multi', ['a', 'b']);
      res.end(JSON.stringify({ ok: true, got: body }));
    } else if (req.url === '/chunks') {
      res.writeHead(201, 'Made', { 'x-custom': 'yes' });
      res.write('one,');
      res.write(Buffer.from('two,'));
      res.end('three');
    } else if (req.url === '/empty') {
      res.statusCode = 204;
      res.end();
    } else {
      res.statusCode = 404;
      res.end('nothing here');
    }
  });
});

function show(res, body) {
  const { date, ...headers } = res.headers;
  console.log('client:', res.statusCode, res.statusMessage, res.httpVersion, JSON.stringify(headers),
              typeof date, JSON.stringify(body));
}

function collect(res) {
  return new Promise((resolve) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { text += d; });
    res.on('end', () => resolve(text));
  });
}

server.listen(0, async () => {
  const { port } = server.address();
  const get = (path) => new Promise((resolve, reject) => {
    http.get(`http://localhost:${port}${path}`, (res) => collect(res).then((b) => resolve([res, b]))).on('error', reject);
  });
  for (const path of ['/json', '/chunks', '/empty', '/missing?x=1']) {
    const [res, body] = await get(path);
    show(res, body);
  }
  const [res, body] = await new Promise((resolve) => {
    const req = http.request({ port, method: 'POST', path: '/json', headers: { 'Content-Type': 'text/plain', 'X-Req': 1 } },
      (r) => collect(r).then((b) => resolve([r, b])));
    req.write('part1;');
    req.end('part2');
  });
  show(res, body);
  const [res2, body2] = await new Promise((resolve) => {
    const req = http.request(`http://127.0.0.1:${port}/json`, { method: 'PUT' }, (r) => collect(r).then((b) => resolve([r, b])));
    req.end('whole');
  });
  show(res2, body2);
  server.close(() => console.log('closed'));
});
