'use strict';
// A 256 KB request body streamed to a server that echoes it back (chunked); the client reads it all, with a pause
// in the middle (backpressure on both sides).
const http = require('http');

const size = 256 * 1024;
const payload = Buffer.alloc(size);
for (let i = 0; i < size; i++) payload[i] = (i * 31 + (i >> 8)) & 0xff;

const server = http.createServer((req, res) => {
  console.log('server:', req.method, req.headers['content-length'], req.headers['transfer-encoding']);
  res.setHeader('content-type', 'application/octet-stream');
  req.pipe(res);
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'PUT', headers: { 'content-length': size } }, (res) => {
    console.log('client:', res.statusCode, res.headers['transfer-encoding'], res.headers['content-length']);
    const chunks = [];
    let paused = false;
    res.on('data', (c) => {
      chunks.push(c);
      if (!paused) {
        paused = true;
        res.pause();
        setTimeout(() => res.resume(), 50);
      }
    });
    res.on('end', () => {
      const all = Buffer.concat(chunks);
      console.log('received', all.length, all.equals(payload));
      server.close(() => console.log('closed'));
    });
  });
  for (let at = 0; at < size; at += 64 * 1024) req.write(payload.subarray(at, at + 64 * 1024));
  req.end();
});
