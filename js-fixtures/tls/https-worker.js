'use strict';
// An https server in a worker, requested from the main thread: with its CA given, with rejectUnauthorized:
// false, and refused (node's error for a certificate nobody vouches for); fetch of an https: URL.
const https = require('https');
const fs = require('fs');
const path = require('path');
const { Worker, isMainThread, parentPort } = require('worker_threads');

const pem = (name) => fs.readFileSync(path.join(__dirname, name));

function get(options) {
  return new Promise((resolve, reject) => {
    https.get(options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve(`${res.statusCode} ${res.headers['content-type']} ${text}`));
    }).on('error', reject);
  });
}

if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', async ({ port }) => {
    console.log('with ca:', await get({ port, host: 'localhost', path: '/a', ca: pem('ca-cert.pem') }));
    console.log('by IP, with ca:', await get({ port, host: '127.0.0.1', path: '/b', ca: [pem('ca-cert.pem')] }));
    console.log('unverified:', await get({ port, host: '127.0.0.1', path: '/c', rejectUnauthorized: false }));
    try {
      await get({ port, host: '127.0.0.1', path: '/d' });
    } catch (e) {
      console.log('untrusted:', e.code, e.message);
    }
    try {
      await get({ port, host: '127.0.0.1', path: '/e', ca: pem('ca-cert.pem'), servername: 'example.com' });
    } catch (e) {
      console.log('wrong name:', e.code, e.reason, e.host);
    }
    const agent = new https.Agent({ ca: pem('ca-cert.pem'), keepAlive: true });
    console.log('agent:', agent.defaultPort, agent.protocol,
                await get({ port, host: 'localhost', path: '/f', agent }));
    agent.destroy();
    try {
      await fetch(`https://127.0.0.1:${port}/g`);
    } catch (e) {
      console.log('fetch:', e.name, e.message, e.cause?.code, e.cause?.message);
    }
    w.postMessage('close');
  });
  w.on('exit', (code) => console.log('worker exit', code));
} else {
  const server = https.createServer({ key: pem('server-key.pem'), cert: pem('server-cert.pem') }, (req, res) => {
    res.setHeader('content-type', 'text/plain');
    res.end(`secure ${req.socket.encrypted} ${req.method} ${req.url} ${req.socket.getProtocol()}`);
  });
  server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
  parentPort.once('message', () => server.close());
}
