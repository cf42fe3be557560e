'use strict';
// net's failures: connecting to a closed port (ECONNREFUSED), listening on a taken one (EADDRINUSE), bad
// arguments.
const net = require('net');

function show(err) {
  const port = err.port;
  console.log(err.name, err.code, err.errno, err.syscall, err.address, typeof port,
              err.message.replace(String(port), 'PORT'));
}

function tryIt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

tryIt('connect port -1', () => net.connect(-1));
tryIt('connect port 70000', () => net.connect({ port: 70000 }));
tryIt('connect port abc object', () => net.connect({ port: 'abc' }));
tryIt('connect no port', () => net.connect({ host: 'localhost' }));
tryIt('listen -1', () => net.createServer().listen(-1));
tryIt('listen 65536', () => net.createServer().listen({ port: 65536 }));
tryIt('createServer(5)', () => net.createServer(5));
tryIt('isIP', () => console.log(net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('::ffff:1.2.3.4'), net.isIP('1.2.3'),
  net.isIPv4('10.0.0.256'), net.isIPv6('fe80::1%eth0'), net.isIP('1:2:3:4:5:6:7:8'), net.isIP('1::2::3')));

const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  const { port } = probe.address();
  const taken = net.createServer();
  taken.on('error', (err) => {
    show(err);
    console.log('listening after error', taken.listening, taken.address());
    probe.close(() => {
      const c = net.connect(port, '127.0.0.1');
      c.on('connect', () => console.log('unexpected connect'));
      c.on('error', (err2) => {
        show(err2);
        console.log('destroyed', c.destroyed);
      });
      c.on('close', (hadError) => {
        console.log('close', hadError);
        probe.close((e) => console.log('close again:', e.code, e.message));
      });
    });
  });
  taken.listen(port, '127.0.0.1');
});
