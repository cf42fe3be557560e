// Four workers deep: the first is terminated and the three below it end with it, the deepest while spinning.
const { Worker, MessageChannel } = require('worker_threads');

// Each level starts the next and passes the rest of the ports down; the last one spins.
const levelSource = `
const { Worker, workerData } = require('worker_threads');
const [mine, ...below] = workerData.ports;
if (below.length > 0) {
  new Worker(workerData.levelSource, { eval: true, workerData: { ...workerData, ports: below }, transferList: below });
}
mine.postMessage('level ' + (4 - below.length) + ' running');
if (below.length === 0) {
  const cells = new Int32Array(workerData.sab);
  for (;;) Atomics.add(cells, 0, 1);
}
`;

const sab = new SharedArrayBuffer(4);
const cells = new Int32Array(sab);
const channels = [1, 2, 3, 4].map(() => new MessageChannel());
const ports = channels.map((c) => c.port2);
const top = new Worker(levelSource, { eval: true, workerData: { sab, levelSource, ports }, transferList: ports });
const running = [];
const closed = [];
channels.forEach(({ port1 }, i) => {
  port1.on('message', (m) => {
    running.push(m);
    if (running.length < 4) return;
    for (const line of running.sort()) console.log(line);
    top.terminate().then((code) => console.log('terminate() resolved with', code));
  });
  port1.on('close', () => closed.push(i + 1));
});
top.on('exit', (code) => {
  console.log('level 1 exit', code);
  const spun = Atomics.load(cells, 0);
  setTimeout(() => {
    console.log('deepest stopped:', Atomics.load(cells, 0) === spun);
    console.log('ports closed for levels:', closed.sort().join(', '));
  }, 300);
});
