'use strict';
// MessagePort's two faces: EventEmitter (on/once/off with the value) and EventTarget (addEventListener,
// onmessage, MessageEvent), start(), queued messages kept in order until started.
const { MessageChannel, MessagePort } = require('worker_threads');

console.log(typeof MessagePort, Object.getPrototypeOf(MessagePort.prototype).constructor.name);
const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof EventTarget, port1 instanceof MessagePort, typeof port1.on, typeof port1.emit);
try { new MessagePort(); } catch (e) { console.log(e.name, e.code, e.message); }

port1.postMessage('a');
port1.postMessage('b');
port1.postMessage({ c: 3 });
const seen = [];
port2.addEventListener('message', (e) => {
  seen.push(['listener', e.data, e.type, e.target === port2, Array.isArray(e.ports), e.ports.length,
             e.constructor.name, e instanceof Event]);
});
port2.on('message', (v) => {
  seen.push(['on', v]);
  if (seen.length === 7) phase2();
});
port2.once('message', (v) => seen.push(['once', v]));
console.log('listeners', port2.listenerCount('message'));

function phase2() {
  for (const s of seen) console.log(JSON.stringify(s));
  const ch = new MessageChannel();
  ch.port2.onmessage = (e) => {
    console.log('onmessage', e.data, typeof ch.port2.onmessage);
    if (e.data === 2) {
      ch.port2.onmessage = null;
      console.log('cleared', ch.port2.onmessage);
      ch.port1.close();
    }
  };
  ch.port1.postMessage(1);
  ch.port1.postMessage(2);
  ch.port2.on('close', () => console.log('port2 close'));
  ch.port1.on('close', () => console.log('port1 close'));
  ch.port2.on('close', phase3);
}

function phase3() {
  port2.on('close', () => console.log('first pair: port2 close'));
  port1.on('close', () => console.log('first pair: port1 close'));
  port1.close();
  port1.close(); // twice is fine
  port1.postMessage('dropped'); // posting to a closed port is silently dropped
  console.log('hasRef after close', port1.hasRef(), port2.hasRef());
}
