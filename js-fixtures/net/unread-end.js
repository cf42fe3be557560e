'use strict';
// A server socket nobody reads from still sees the peer's end and closes, so server.close() completes.
const net = require('net');
const server = net.createServer((s) => s.end('hi'));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d));
  c.on('end', () => {
    console.log('end');
    server.close(() => console.log('closed'));
  });
});
