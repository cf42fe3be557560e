// Two workers, one after the other, each holding ~256 MB more than the heap had free; then the main script waits
// (up to 60 s) for the heap's committed size to fall back, and prints what it saw.
const { Worker } = require('worker_threads');
const mb = (b) => Math.round(b / 1048576);
const src = `
const { parentPort } = require('worker_threads');
const m = process.memoryUsage();
const held = [];
for (let left = m.heapTotal - m.heapUsed + (256 << 20); left > 0; left -= 64 << 20) held.push(new ArrayBuffer(64 << 20));
parentPort.postMessage([process.memoryUsage().heapTotal, held.length]);`;

let peak = 0;
function one() {
  return new Promise((resolve, reject) => {
    const w = new Worker(src, { eval: true });
    w.on('message', ([total]) => { peak = Math.max(peak, total); });
    w.on('error', reject);
    w.on('exit', resolve);
  });
}

(async () => {
  await one();
  await one();
  const deadline = Date.now() + 60000;
  let total = process.memoryUsage().heapTotal;
  while (total > peak - (128 << 20) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    total = process.memoryUsage().heapTotal;
  }
  console.log(total <= peak - (128 << 20) ? 'heap given back' : `heap kept: ${mb(total)} MB of a peak of ${mb(peak)} MB`);
})();
