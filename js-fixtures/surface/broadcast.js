'use strict';
// BroadcastChannel: every agent with the same name receives, except the sender; onmessage, addEventListener,
// close(), ref/unref; other names do not hear it.
const { Worker, BroadcastChannel } = require('worker_threads');

const code = `
  const { BroadcastChannel, parentPort, workerData } = require('worker_threads');
  const bc = new BroadcastChannel('config');
  const other = new BroadcastChannel('other');
  other.onmessage = () => console.log('wrong channel!');
  other.unref();
  bc.onmessage = (e) => {
    if (e.data.cmd === 'bye') return; // another worker's goodbye: whether it comes before our close is a race
    parentPort.postMessage(workerData + ' got ' + JSON.stringify(e.data) + ' ' + (e.target === bc));
    if (e.data.cmd === 'stop') {
      bc.postMessage({ from: workerData, cmd: 'bye' });
      bc.close();
      other.close();
    }
  };
  parentPort.postMessage(workerData + ' ready');
`;
const bc = new BroadcastChannel('config');
console.log(bc, bc.name, bc instanceof EventTarget);
const seen = [];
bc.addEventListener('message', (e) => {
  seen.push(`main got ${JSON.stringify(e.data)}`);
});
let ready = 0;
const lines = [];
const workers = ['w1', 'w2'].map((name) => {
  const w = new Worker(code, { eval: true, workerData: name });
  w.on('message', (m) => {
    lines.push(m);
    if (m.endsWith('ready') && ++ready === 2) {
      bc.postMessage({ cmd: 'set', level: 3 });
      bc.postMessage({ cmd: 'stop' });
    }
  });
  return w;
});
let exited = 0;
for (const w of workers) {
  w.on('exit', () => {
    if (++exited < 2) return;
    for (const l of lines.sort()) console.log(l);
    for (const l of seen.sort()) console.log(l);
    bc.close();
    console.log(bc);
    try {
      bc.postMessage('after close');
    } catch (e) {
      console.log(e.name, e.message, e.code, e instanceof Error);
    }
    bc.close();
    console.log('ref/unref after close', bc.ref() === bc, bc.unref() === bc);
  });
}
