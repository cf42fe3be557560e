// Many messages keep their order both ways; the worker ends when the parent closes its port.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  let sum = 0;
  parentPort.on('message', (m) => {
    if (m === 'done') { parentPort.postMessage({ sum }); parentPort.close(); return; }
    sum += m;
    parentPort.postMessage(m * 2);
  });
`, { eval: true });
const got = [];
w.on('message', (m) => {
  if (typeof m === 'object') {
    console.log('sum', m.sum, 'ordered', got.every((v, i) => v === i * 2), got.length);
  } else {
    got.push(m);
  }
});
for (let i = 0; i < 200; i++) w.postMessage(i);
w.postMessage('done');
w.on('exit', (c) => console.log('exit', c));
