'use strict';
// Bodies as streams: for await over a request, pipeline() into a response, a HEAD request (no body), an explicit
// Content-Length with several writes, and the order of the events each side sees.
const http = require('http');
const { pipeline, Readable } = require('stream');

const server = http.createServer(async (req, res) => {
  if (req.url === '/upper') {
    const parts = [];
    for await (const chunk of req) parts.push(chunk);
    res.setHeader('content-length', Buffer.concat(parts).length);
    res.write(Buffer.concat(parts).toString().toUpperCase().slice(0, 3));
    res.end(Buffer.concat(parts).toString().toUpperCase().slice(3));
  } else if (req.url === '/piped') {
    res.setHeader('content-type', 'text/plain');
    pipeline(Readable.from(['a', 'b', 'c']), res, (err) => console.log('server pipeline done', err ?? null));
  } else {
    res.setHeader('content-type', 'text/html');
    res.end('<p>page</p>');
  }
  res.on('finish', () => console.log('server finish', req.method, req.url));
});

function call(options, body) {
  return new Promise((resolve, reject) => {
    const events = [];
    const req = http.request({ port: server.address().port, ...options }, (res) => {
      events.push(`response ${res.statusCode}`);
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => events.push(`end ${JSON.stringify(text)} ${res.headers['content-length']} ${res.headers['content-type']}`));
      res.on('close', () => {
        events.push('res close');
        setImmediate(() => resolve(events));
      });
    });
    req.on('finish', () => events.push('req finish'));
    req.on('error', reject);
    req.end(body);
  });
}

server.listen(0, async () => {
  console.log(await call({ method: 'POST', path: '/upper' }, 'hello there'));
  console.log(await call({ path: '/piped' }));
  console.log(await call({ method: 'HEAD', path: '/page' }));
  console.log(await call({ path: '/page' }));
  server.close(() => console.log('closed'));
});
