'use strict';
// An unref'd server does not keep the process alive; ref() makes it do so again; an unref'd client socket
// neither.
const net = require('net');

const server = net.createServer((sock) => {
  sock.unref();
  sock.on('data', () => {});
});
server.listen(0, '127.0.0.1', () => {
  console.log('listening');
  server.unref();
  server.ref();
  server.unref();
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    console.log('connected');
    client.unref();
    setTimeout(() => console.log('timer ran'), 20);
  });
});
process.on('exit', (code) => console.log('exit', code, server.listening));
