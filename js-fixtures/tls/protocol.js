'use strict';
// TLS against peers that do not speak it (node's OpenSSL codes), a body of many records each way over https,
// and ALPN.
const tls = require('tls');
const https = require('https');
const http = require('http');
const net = require('net');
const fs = require('fs');
const path = require('path');

const key = fs.readFileSync(path.join(__dirname, 'localhost-key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'localhost-cert.pem'));

function tlsToPlain() {
  return new Promise((resolve) => {
    const plain = net.createServer((s) => s.once('data', () => s.end('HTTP/1.1 400 Bad Request\r\n\r\n')));
    plain.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: plain.address().port, host: '127.0.0.1', rejectUnauthorized: false });
      c.on('error', (e) => {
        console.log('tls to a plain server:', e.code, '|', e.library, '|', e.reason);
        plain.close(resolve);
      });
    });
  });
}

function overHttps() {
  return new Promise((resolve) => {
    const body = Buffer.alloc(40 * 1024, 'abcdefghij');
    const server = https.createServer({ key, cert }, (req, res) => {
      const chunks = [];
      req.on('data', (d) => chunks.push(d));
      req.on('end', () => {
        const got = Buffer.concat(chunks);
        res.end(`${got.length} ${got.equals(body)} ${req.socket.alpnProtocol}`);
      });
    });
    server.on('tlsClientError', (e) => console.log('server tlsClientError:', e.code));
    server.listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      const req = https.request({ port, host: '127.0.0.1', method: 'POST', ca: cert, servername: 'localhost',
                                  ALPNProtocols: ['h2', 'http/1.1'] }, (res) => {
        let text = '';
        res.on('data', (d) => { text += d; });
        res.on('end', () => {
          console.log('server got:', text, '| client alpn:', req.socket.alpnProtocol);
          http.get({ port, host: '127.0.0.1' }).on('error', (e) => {
            console.log('http to an https server:', e.code, e.message);
            server.close(resolve);
          });
        });
      });
      req.end(body);
    });
  });
}

tlsToPlain().then(overHttps).then(() => console.log('done'));
