'use strict';
// A port sent to a worker in the transfer list links the two agents directly; the transferred port is unusable
// at the sender (posting is dropped, it emits 'close'); MessageEvent.ports lists ports that arrived.
// The worker speaks only when spoken to: main says 'hi' once its own events (the ports check, port2's 'close')
// have printed, so no line depends on how long the worker takes to start (under node either: a busy main thread
// used to see the worker's first message before its own events).
const { Worker, MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', ({ port, tag }) => {
    port.on('message', (m) => {
      if (m === 'hi') port.postMessage('hello from worker via ' + tag);
      port.postMessage('echo ' + m);
      if (m === 'bye') port.close();
    });
  });
`, { eval: true });
let pending = 2; // the ports check and port2's 'close'
const ready = () => { if (--pending === 0) port1.postMessage('hi'); }; // queued on port1 until the worker listens
port2.on('close', () => { console.log('sender port2 close'); ready(); });
w.postMessage({ port: port2, tag: 'transferred' }, [port2]);
console.log('posting to transferred port returns', port2.postMessage('lost'));
try {
  w.postMessage({ port: port2 }, [port2]);
} catch (e) {
  console.log(e.name, e.message);
}
port1.on('message', (m) => {
  console.log('main got', m);
  if (m === 'echo hi') port1.postMessage('bye');
});
port1.on('close', () => console.log('port1 close')); // the worker then has nothing left and exits by itself
// The worker's 'exit' races with the last messages and port1's 'close' in node too: print its code at the end.
let workerCode;
w.on('exit', (code) => { workerCode = code; });
process.on('exit', () => console.log('worker exit', workerCode));

// ports in a MessageEvent
const ch = new MessageChannel();
const inner = new MessageChannel();
ch.port2.onmessage = (e) => {
  console.log('ports', e.ports.length, e.ports[0] === e.data.p, e.data.p.constructor.name);
  e.ports[0].close();
  ch.port2.close();
  ready();
};
ch.port1.postMessage({ p: inner.port1 }, [inner.port1]);
