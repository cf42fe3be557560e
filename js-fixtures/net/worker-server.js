'use strict';
// A TCP server started in a worker, reached from the main thread: the worker posts its port, main connects,
// exchanges a line, and the worker exits once its server has closed. Each side's events are printed once both
// are done (their interleaving is up to the scheduler).
const net = require('net');
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const mainLog = [];
  const workerLog = [];
  let pending = 2;
  const done = () => {
    if (--pending > 0) return;
    console.log(mainLog.join('\n'));
    console.log(workerLog.join('\n'));
  };
  const w = new Worker(__filename);
  w.on('message', (msg) => {
    if (typeof msg === 'string') {
      workerLog.push(msg);
      return;
    }
    const sock = net.connect({ port: msg.port, host: '127.0.0.1' }, () => mainLog.push('main: connected'));
    sock.setEncoding('utf8');
    let text = '';
    sock.on('data', (d) => { text += d; });
    sock.on('end', () => mainLog.push(`main: got ${JSON.stringify(text)}`));
    sock.on('close', () => {
      mainLog.push('main: closed');
      done();
    });
    sock.end('ping from main');
  });
  w.on('exit', (code) => {
    workerLog.push(`worker exit ${code}`);
    done();
  });
} else {
  const server = net.createServer((sock) => {
    let text = '';
    sock.on('data', (d) => { text += d; });
    sock.on('end', () => {
      parentPort.postMessage(`worker: got ${JSON.stringify(text)}`);
      sock.end(`pong (${text.length} bytes)`);
      server.close(() => parentPort.postMessage('worker: server closed'));
    });
  });
  server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
}
