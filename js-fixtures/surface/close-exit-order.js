'use strict';
// 'message', 'close' and 'exit' when a worker posts, then closes its port, just ends, or exits: every message
// on a port comes before that port's 'close'. node 24 fixes no order between the port's events and the worker's
// 'exit' (in 9 recordings 'close' came before and after 'exit', and once a message after 'exit'), so each case
// prints its two endings sorted. Messages on two different ports have no order in node either.
const { Worker, MessageChannel } = require('worker_threads');

function run(label, body, next) {
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(`
    const { workerData: { port } } = require('worker_threads');
    ${body}
  `, { eval: true, workerData: { port: port2 }, transferList: [port2] });
  const ends = [];
  const end = (what) => {
    ends.push(what);
    if (ends.length < 2) return;
    console.log(label, ends.sort().join(', '));
    setTimeout(next, 50);
  };
  let closed = false;
  port1.on('message', (m) => console.log(label, 'message', m, closed ? 'after close' : 'before close'));
  port1.on('close', () => { closed = true; end('port close'); });
  w.on('message', (m) => console.log(label, 'worker message', m));
  w.on('exit', (code) => end(`exit ${code}`));
}

run('A', `port.postMessage(1); port.postMessage(2); port.close();`, () =>
  run('B', `port.postMessage(1);`, () =>
    run('C', `port.postMessage(1); process.exit(3);`, () => console.log('done'))));
