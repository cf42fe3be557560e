// Deep objects across JIT warm-up: R round trips of a D-deep object, each read back at full depth.
const { Worker } = require('worker_threads');
const rounds = Number(process.argv[2] || 2000);
const depth = 400;

function deep(d) {
  let o = { leaf: d };
  for (let i = 0; i < d; i++) o = { next: o, i };
  return o;
}
function depthOf(o) {
  let d = 0;
  while (o.next) { o = o.next; d++; }
  return d;
}
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (o) => parentPort.postMessage(o));
`, { eval: true });
let seen = 0;
let wrong = 0;
worker.on('messageerror', (e) => { console.log('messageerror', e.message); });
worker.on('message', (o) => {
  if (depthOf(o) !== depth) wrong++;
  if (++seen === rounds) {
    console.log('deep round trips:', seen, 'wrong:', wrong);
    worker.terminate();
  } else {
    worker.postMessage(deep(depth));
  }
});
worker.postMessage(deep(depth));
