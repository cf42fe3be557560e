'use strict';
// MessageChannel port-to-port between two workers: main makes a channel and transfers one port to each of two
// workers; worker A pings worker B through its port, B answers; round trips per second of a small object.
const path = require('path');
const { Worker, MessageChannel } = require('worker_threads');
const { quick, metric, result, deadline, once, run, warmupMetric } = require('./common');

const file = path.join(__dirname, 'workers', 'channel-peer.js');

run(async () => {
  deadline(120000, 'channel');
  const { port1, port2 } = new MessageChannel();
  const a = new Worker(file, {
    workerData: { role: 'ping', port: port1 }, transferList: [port1], argv: quick ? ['--quick'] : [],
  });
  const b = new Worker(file, { workerData: { role: 'pong', port: port2 }, transferList: [port2] });
  const bExit = once(b, 'exit');
  const r = await once(a, 'message');
  await once(a, 'exit');
  await bExit;
  if (r.error) throw new Error(r.error);
  result(metric('channel-worker-to-worker', 'round trips/s', r.rate, 'higher'), [warmupMetric('channel', r)]);
});
