'use strict';
// Worker start: sequential `new Worker(...)` -> first message received -> 'exit', in ms per worker.
// `node worker-start.js eval|file [--quick]`. Reports the steady state (workers started back to back until the rate
// is steady, common.steadyRate) as the main value and the cold first worker of the process as an extra metric.
const path = require('path');
const { Worker } = require('worker_threads');
const { quick, nowMs, metric, result, arg, deadline, once, run, steadyRate, warmupMetric } = require('./common');

const kind = arg('eval');
if (kind !== 'eval' && kind !== 'file') throw new Error(`unknown kind ${kind} (eval|file)`);
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

// Starts workers one after another for about `ms`; resolves [count, elapsed].
async function startMany(ms) {
  const t0 = nowMs();
  let n = 0;
  do {
    await startOne();
    n++;
  } while (nowMs() - t0 < ms);
  return [n, nowMs() - t0];
}

run(async () => {
  deadline(quick ? 60000 : 150000, 'worker-start');
  const cold = await startOne();
  const s = await steadyRate(startMany);
  result(metric(`worker-start-${kind}`, 'ms/worker', 1000 / s.rate, 'lower'), [
    metric(`worker-start-${kind} cold (1st)`, 'ms', cold, 'lower'),
    warmupMetric(`worker-start-${kind}`, s),
  ]);
});
