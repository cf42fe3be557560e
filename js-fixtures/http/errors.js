'use strict';
// http's failures: a refused connection, bad arguments, headers after they were sent, a bad request line.
const http = require('http');
const net = require('net');

function tryIt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

tryIt('https url', () => http.get('https://127.0.0.1/'));
tryIt('bad method', () => http.request({ method: 'BAD METHOD', port: 1 }));
tryIt('bad path', () => http.request({ path: '/a b', port: 1 }));
tryIt('bad header name', () => http.request({ port: 1, headers: { 'bad name': 'x' } }));
tryIt('validateHeaderName', () => http.validateHeaderName('x y'));
tryIt('validateHeaderValue', () => http.validateHeaderValue('x', 'a\nb'));
console.log(http.STATUS_CODES[418], http.STATUS_CODES[404], http.METHODS.length, http.METHODS.slice(0, 5));

const server = http.createServer((req, res) => {
  res.setHeader('x-a', '1');
  res.end('done');
  tryIt('setHeader after end', () => res.setHeader('x-b', '2'));
  tryIt('writeHead after end', () => res.writeHead(200));
  console.log('headersSent', res.headersSent, res.writableEnded, res.getHeader('x-a'), res.getHeaderNames());
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
    res.resume();
    res.on('end', () => {
      // a request that is not HTTP gets node's 400 and the connection closes
      const sock = net.connect(port, '127.0.0.1', () => sock.write('NOT HTTP\r\n\r\n'));
      let text = '';
      sock.on('data', (d) => { text += d; });
      sock.on('close', () => {
        console.log(JSON.stringify(text));
        server.close(() => {
          const req = http.get({ port, host: '127.0.0.1' });
          req.on('error', (err) => console.log('refused:', err.code, err.syscall, err.message.replace(String(port), 'PORT')));
          req.on('close', () => console.log('request close'));
        });
      });
    });
  });
});
