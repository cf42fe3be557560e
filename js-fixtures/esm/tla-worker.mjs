// Top-level await, and a worker started from an ES module file through new URL(..., import.meta.url).
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';

const worker = new Worker(new URL('./lib/echo-worker.mjs', import.meta.url), { workerData: { n: 21 } });
// Listen for 'exit' before awaiting the reply: under load node can run the worker's exit before
// the continuation after the reply, and a listener added then would never fire (node exits 13).
const exited = once(worker, 'exit');
const [reply] = await once(worker, 'message');
console.log('reply', reply);
const [code] = await exited;
console.log('exit', code);
const { double } = await import('./lib/math.mjs');
console.log('dynamic import', double(4));
