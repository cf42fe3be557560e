// p-limit (ES module only, depends on yocto-queue): a concurrency limit.
import pLimit from 'p-limit';
const limit = pLimit(2);
let running = 0;
let peak = 0;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const results = await Promise.all([40, 10, 20, 5, 1].map((ms, i) => limit(async () => {
  running++;
  peak = Math.max(peak, running);
  await sleep(ms);
  running--;
  return i;
})));
console.log(results, peak, limit.activeCount, limit.pendingCount, limit.concurrency);
