'use strict';
// Worker start: sequential `new Worker(...)` -> first message received -> 'exit', in ms per worker.
// `node worker-start.js eval|file [--quick]`. Reports the steady state (median of the workers after the first
// third) as the main value and the cold first worker of the process as an extra metric.
const path = require('path');
const { Worker } = require('worker_threads');
const { quick, nowMs, metric, result, median, arg, deadline, once, run } = require('./common');

const kind = arg('eval');
if (kind !== 'eval' && kind !== 'file') throw new Error(`unknown kind ${kind} (eval|file)`);
const maxWorkers = quick ? 6 : 200;
const minWorkers = quick ? 3 : 12;
const budgetMs = quick ? 1500 : 12000; // GraalJS compiles hot code after a few seconds
const src = "require('worker_threads').parentPort.postMessage('hi');";
const file = path.join(__dirname, 'workers', 'hello.js');

async function startOne() {
  const t0 = nowMs();
  const w = kind === 'eval' ? new Worker(src, { eval: true }) : new Worker(file);
  const exited = once(w, 'exit');
  const m = await once(w, 'message');
  if (m !== 'hi') throw new Error(`unexpected first message ${JSON.stringify(m)}`);
  const code = await exited;
  if (code !== 0) throw new Error(`worker exited with code ${code}`);
  return nowMs() - t0;
}

run(async () => {
  deadline(quick ? 60000 : 120000, 'worker-start');
  const times = [];
  const start = nowMs();
  while (times.length < maxWorkers && (times.length < minWorkers || nowMs() - start < budgetMs)) {
    times.push(await startOne());
  }
  const steady = median(times.slice(Math.ceil(times.length / 3)));
  result(metric(`worker-start-${kind}`, 'ms/worker', steady, 'lower'),
    [metric(`worker-start-${kind} cold (1st)`, 'ms', times[0], 'lower')]);
});
