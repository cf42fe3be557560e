'use strict';
// A port sent to a worker in the transfer list links the two agents directly; the transferred port is unusable
// at the sender (posting is dropped, it emits 'close'); MessageEvent.ports lists ports that arrived.
const { Worker, MessageChannel } = require('worker_threads');

// ports in a MessageEvent, first: the transfer to a worker starts once it was seen (its output would otherwise
// race with a worker that starts fast)
const ch = new MessageChannel();
const inner = new MessageChannel();
ch.port2.onmessage = (e) => {
  console.log('ports', e.ports.length, e.ports[0] === e.data.p, e.data.p.constructor.name);
  e.ports[0].close();
  ch.port2.close();
  transferToWorker();
};
ch.port1.postMessage({ p: inner.port1 }, [inner.port1]);

function transferToWorker() {
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', ({ port, tag }) => {
      port.postMessage('hello from worker via ' + tag);
      port.on('message', (m) => {
        port.postMessage('echo ' + m);
        if (m === 'bye') port.close();
      });
    });
  `, { eval: true });
  port2.on('close', () => console.log('sender port2 close'));
  w.postMessage({ port: port2, tag: 'transferred' }, [port2]);
  console.log('posting to transferred port returns', port2.postMessage('lost'));
  try {
    w.postMessage({ port: port2 }, [port2]);
  } catch (e) {
    console.log(e.name, e.message);
  }
  const got = []; // printed with port1's 'close': a fast worker's first answer may come before port2's 'close'
  port1.on('message', (m) => {
    got.push(m);
    if (m === 'hello from worker via transferred') port1.postMessage('hi');
    if (m === 'echo hi') port1.postMessage('bye');
  });
  port1.on('close', () => console.log('main got', got, 'then port1 close')); // the worker then has nothing left and exits by itself
  // The worker's 'exit' races with the last messages and port1's 'close' in node too: print its code at the end.
  let workerCode;
  w.on('exit', (code) => { workerCode = code; });
  process.on('exit', () => console.log('worker exit', workerCode));
}
