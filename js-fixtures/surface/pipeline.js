'use strict';
// Two workers wired together with a MessageChannel: A produces, B transforms, main collects.
const { Worker, MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const producer = new Worker(`
  const { workerData: { out } } = require('worker_threads');
  for (let i = 1; i <= 5; i++) out.postMessage(i);
  out.postMessage('end');
  out.close();
`, { eval: true, workerData: { out: port1 }, transferList: [port1] });
const transformer = new Worker(`
  const { workerData: { input }, parentPort } = require('worker_threads');
  input.on('message', (m) => {
    if (m === 'end') { parentPort.postMessage('end'); input.close(); return; }
    parentPort.postMessage(m * m);
  });
`, { eval: true, workerData: { input: port2 }, transferList: [port2] });
const results = [];
transformer.on('message', (m) => {
  if (m === 'end') console.log('squares', results.join(','));
  else results.push(m);
});
const exits = [];
for (const [name, w] of [['producer', producer], ['transformer', transformer]]) {
  w.on('exit', (code) => {
    exits.push(`${name} ${code}`);
    if (exits.length === 2) console.log('exits', exits.sort().join(', '));
  });
}
