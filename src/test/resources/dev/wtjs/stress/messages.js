// N numbered messages main -> worker -> main, and worker -> worker over a MessageChannel: none lost or reordered.
const { Worker, MessageChannel } = require('worker_threads');
const n = Number(process.argv[2] || 1e5);

const echo = new Worker(`
  const { parentPort } = require('worker_threads');
  let next = 0;
  parentPort.on('message', (i) => {
    if (i !== next++) throw new Error('worker got ' + i + ', expected ' + (next - 1));
    parentPort.postMessage(i);
    if (next === ${n}) parentPort.close();
  });
`, { eval: true });
let back = 0;
echo.on('message', (i) => {
  if (i !== back++) throw new Error('main got ' + i + ', expected ' + (back - 1));
});
echo.on('exit', (code) => console.log('main<->worker:', back, 'in order, exit', code));
for (let i = 0; i < n; i++) echo.postMessage(i);

const { port1, port2 } = new MessageChannel();
const receiver = new Worker(`
  const { workerData: { port, n }, parentPort } = require('worker_threads');
  let next = 0;
  port.on('message', (i) => {
    if (i !== next++) throw new Error('receiver got ' + i);
    if (next === n) { parentPort.postMessage(next); port.close(); }
  });
`, { eval: true, workerData: { port: port2, n }, transferList: [port2] });
const sender = new Worker(`
  const { workerData: { port, n } } = require('worker_threads');
  for (let i = 0; i < n; i++) port.postMessage(i);
  port.close();
`, { eval: true, workerData: { port: port1, n }, transferList: [port1] });
receiver.on('message', (count) => console.log('worker->worker:', count, 'in order'));
