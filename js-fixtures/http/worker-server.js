'use strict';
// An HTTP server in a worker, requested from the main thread with http.get and fetch; the worker closes its
// server when told, and exits.
const http = require('http');
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', async ({ port }) => {
    const viaGet = await new Promise((resolve, reject) => {
      http.get({ port, host: '127.0.0.1', path: '/hello?from=get' }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { text += d; });
        res.on('end', () => resolve(`${res.statusCode} ${res.headers['content-type']} ${text}`));
      }).on('error', reject);
    });
    console.log('http.get:', viaGet);
    const res = await fetch(`http://127.0.0.1:${port}/echo`, { method: 'POST', body: JSON.stringify({ n: 42 }),
                                                              headers: { 'content-type': 'application/json' } });
    console.log('fetch:', res.status, res.ok, res.headers.get('content-type'), await res.json());
    w.postMessage('close');
  });
  w.on('exit', (code) => console.log('worker exit', code));
} else {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      if (req.url === '/echo') {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ method: req.method, type: req.headers['content-type'], got: JSON.parse(body) }));
      } else {
        res.setHeader('content-type', 'text/plain');
        res.end(`hi from the worker, ${req.method} ${req.url}`);
      }
    });
  });
  server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
  parentPort.on('message', () => {
    server.close();
    parentPort.close();
  });
}
