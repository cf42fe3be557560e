'use strict';
// ref/unref/hasRef; a port with a 'message' listener keeps the process alive, an unref'd one does not;
// onmessage starts the port; messages wait (in order) until the port is started; receiveMessageOnPort.
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');

const a = new MessageChannel();
console.log('fresh', a.port1.hasRef(), a.port2.hasRef());
a.port1.on('message', () => {});
console.log('with listener', a.port1.hasRef());
a.port1.unref();
console.log('unref', a.port1.hasRef());
a.port1.ref();
console.log('ref', a.port1.hasRef(), a.port1.ref(), a.port1.unref());
a.port1.removeAllListeners('message');
console.log('no listener', a.port1.hasRef());

// Polling without a listener.
const b = new MessageChannel();
for (let i = 0; i < 3; i++) b.port1.postMessage({ i });
console.log(receiveMessageOnPort(b.port2), receiveMessageOnPort(b.port2));
console.log(receiveMessageOnPort(b.port2), receiveMessageOnPort(b.port2));
b.port1.close();

// Queued until start(), then in order.
const c = new MessageChannel();
c.port1.postMessage('one');
c.port1.postMessage('two');
c.port2.addEventListener('message', (e) => {
  console.log('c got', e.data);
  if (e.data === 'two') {
    setTimeout(() => {
      console.log('later');
      c.port1.postMessage('three');
      c.port2.start();
    }, 20);
  }
  if (e.data === 'three') {
    c.port2.close();
    setTimeout(() => d.port1.postMessage('late'), 20);
  }
});

// onmessage keeps the process alive until the port is closed; an unref'd listened port does not.
const d = new MessageChannel();
d.port2.onmessage = (e) => {
  console.log('d got', e.data);
  d.port2.close();
};
const e = new MessageChannel();
e.port2.on('message', () => console.log('never'));
e.port2.unref();
process.on('exit', () => console.log('exit'));
