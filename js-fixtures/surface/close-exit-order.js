'use strict';
// Order of 'message', 'close' and 'exit' when a worker posts, then closes its port, just ends, or exits.
// (Messages on two different ports have no order in node either, so each case uses one port.)
const { Worker, MessageChannel } = require('worker_threads');

function run(label, body, next) {
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(`
    const { workerData: { port } } = require('worker_threads');
    ${body}
  `, { eval: true, workerData: { port: port2 }, transferList: [port2] });
  port1.on('message', (m) => console.log(label, 'message', m));
  port1.on('close', () => console.log(label, 'port close'));
  w.on('message', (m) => console.log(label, 'worker message', m));
  w.on('exit', (code) => {
    console.log(label, 'exit', code);
    setTimeout(next, 50);
  });
}

run('A', `port.postMessage(1); port.postMessage(2); port.close();`, () =>
  run('B', `port.postMessage(1);`, () =>
    run('C', `port.postMessage(1); process.exit(3);`, () => console.log('done'))));
