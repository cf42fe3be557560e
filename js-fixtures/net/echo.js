'use strict';
// A TCP echo server and a client on loopback: the events each side sees, in order, and what is echoed.
const net = require('net');

// Each side's events in their own list (the two sides' interleaving is up to the scheduler), printed at the end.
const serverLog = [];
const clientLog = [];
const log = (...a) => (String(a[0]).startsWith('server') ? serverLog : clientLog).push(a.join(' '));
const server = net.createServer((sock) => {
  log('server: connection', typeof sock.remotePort, sock.remoteAddress === '::ffff:127.0.0.1' || sock.remoteAddress === '127.0.0.1');
  sock.setEncoding('utf8');
  let text = '';
  sock.on('data', (d) => {
    text += d;
    sock.write(d.toUpperCase());
  });
  sock.on('end', () => {
    log('server: end', JSON.stringify(text));
    sock.end('bye');
  });
  sock.on('close', (hadError) => log('server: socket close', hadError));
});
server.on('listening', () => log('server: listening'));
server.listen(0, '127.0.0.1', () => {
  const { address, family, port } = server.address();
  log('address', address, family, typeof port, port > 0);
  const client = net.connect(port, '127.0.0.1');
  log('connecting', client.connecting, client.pending, client.readyState);
  const chunks = [];
  client.on('connect', () => {
    log('client: connect', client.remoteAddress, client.remotePort === port, client.remoteFamily, client.readyState);
    client.write('hello ', () => log('client: write cb'));
    client.end('world');
  });
  client.on('ready', () => log('client: ready'));
  client.on('data', (d) => chunks.push(d));
  client.on('end', () => log('client: end', Buffer.concat(chunks).toString()));
  client.on('finish', () => log('client: finish'));
  client.on('close', (hadError) => {
    log('client: close', hadError, client.bytesWritten, client.destroyed);
    server.close(() => {
      log('server: closed');
      console.log(serverLog.join('\n'));
      console.log(clientLog.join('\n'));
    });
  });
});
