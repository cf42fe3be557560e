// Shared by the nested-* fixtures: main starts a worker (the parent) that starts two workers of its own, one
// spinning in a loop and one blocked in Atomics.wait; each grandchild holds a port whose other end is main's.
// When all three run, the parent ends (how: `mode`) and main checks that the grandchildren ended with it.
const { Worker, MessageChannel } = require('worker_threads');

const grandchildSource = `
const { workerData } = require('worker_threads');
const cells = new Int32Array(workerData.sab);
if (workerData.kind === 'spinning') {
  workerData.port.postMessage('spinning grandchild running');
  for (;;) Atomics.add(cells, 0, 1);
} else {
  Atomics.add(cells, 1, 1);
  workerData.port.postMessage('waiting grandchild running');
  Atomics.wait(cells, 2, 0);
  Atomics.add(cells, 1, 1);
}
`;

const parentSource = `
const { Worker, workerData, parentPort } = require('worker_threads');
for (const kind of ['spinning', 'waiting']) {
  const port = workerData.ports[kind];
  const w = new Worker(workerData.grandchildSource, {
    eval: true, workerData: { sab: workerData.sab, port, kind }, transferList: [port],
  });
  w.on('exit', (code) => parentPort.postMessage('parent saw a grandchild exit ' + code));
}
process.on('exit', (code) => parentPort.postMessage('parent process exit event ' + code));
parentPort.on('message', (how) => {
  if (how === 'exit') process.exit(3);
  if (how === 'throw') throw new Error('parent fails');
});
parentPort.postMessage('parent running');
`;

exports.run = function run(mode) {
  const sab = new SharedArrayBuffer(12);
  const cells = new Int32Array(sab);
  const channels = { spinning: new MessageChannel(), waiting: new MessageChannel() };
  const ports = { spinning: channels.spinning.port2, waiting: channels.waiting.port2 };
  const parent = new Worker(parentSource, {
    eval: true,
    workerData: { sab, grandchildSource, ports },
    transferList: [ports.spinning, ports.waiting],
  });
  const running = [];
  const closed = [];
  const arrived = (m) => {
    running.push(m);
    if (running.length < 3) return;
    for (const line of running.sort()) console.log(line);
    if (mode === 'terminate') parent.terminate().then((code) => console.log('terminate() resolved with', code));
    else parent.postMessage(mode);
  };
  for (const [kind, { port1 }] of Object.entries(channels)) {
    port1.on('message', arrived);
    port1.on('close', () => closed.push(kind));
  }
  // node 24 gives no fixed order between a message the parent posts while it exits and its 'error' event (both
  // orders seen): those lines are printed sorted, with 'exit'.
  const ending = [];
  parent.on('message', (m) => (m === 'parent running' ? arrived(m) : ending.push(`main got: ${m}`)));
  parent.on('error', (e) => ending.push(`parent error: ${e.message}`));
  parent.on('exit', (code) => {
    for (const line of ending.sort()) console.log(line);
    console.log('parent exit', code);
    const spun = Atomics.load(cells, 0);
    setTimeout(() => {
      console.log('spinning grandchild stopped:', Atomics.load(cells, 0) === spun);
      console.log('waiting grandchild gone:', Atomics.notify(cells, 2) === 0 && Atomics.load(cells, 1) >= 1);
      console.log('grandchild ports closed:', closed.sort().join(', '));
    }, 300);
  });
};
