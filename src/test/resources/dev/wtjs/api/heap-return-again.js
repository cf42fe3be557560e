// After the workers are gone the JIT goes on allocating, and the heap grows again: here the main script grows it
// itself, by ~256 MB more than it had free, right after the heap was given back the first time, then lets go of it
// and waits (up to 20 s) for a second fall, without any worker starting in between.
const { Worker } = require('worker_threads');
const mb = (b) => Math.round(b / 1048576);
const grow = () => {
  const m = process.memoryUsage();
  const held = [];
  for (let left = m.heapTotal - m.heapUsed + (256 << 20); left > 0; left -= 64 << 20) held.push(new ArrayBuffer(64 << 20));
  return process.memoryUsage().heapTotal;
};
const worker = `require('worker_threads').parentPort.postMessage((${grow})());`;

async function fallFrom(peak, ms) {
  const deadline = Date.now() + ms;
  let total = process.memoryUsage().heapTotal;
  while (total > peak - (128 << 20) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    total = process.memoryUsage().heapTotal;
  }
  return total <= peak - (128 << 20) ? 'given back' : `kept: ${mb(total)} MB of a peak of ${mb(peak)} MB`;
}

(async () => {
  const w = new Worker(worker, { eval: true });
  let peak = 0;
  w.on('message', (total) => { peak = total; });
  await new Promise((resolve) => w.on('exit', resolve));
  console.log('first time:', await fallFrom(peak, 20000));
  console.log('second time:', await fallFrom(grow(), 20000));
})();
