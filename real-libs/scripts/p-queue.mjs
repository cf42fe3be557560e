// p-queue (ES module only): concurrency, priorities, events, onIdle, abort through an AbortSignal. The delays
// are far apart so the completion order holds however slowly the tasks get started.
import PQueue from 'p-queue';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const queue = new PQueue({ concurrency: 2 });
const log = [];
queue.on('active', () => log.push(`active size=${queue.size} pending=${queue.pending}`));
queue.on('completed', (r) => log.push(`completed ${r}`));
for (const [name, ms, priority] of [['a', 600, 0], ['b', 200, 0], ['c', 20, 0], ['d', 20, 5]]) {
  queue.add(async () => { await sleep(ms); return name; }, { priority });
}
const controller = new AbortController();
const aborted = queue.add(() => sleep(5), { signal: controller.signal }).catch((e) => `aborted: ${e.name}`);
controller.abort();
await queue.onIdle();
console.log(log.join('\n'));
console.log(await aborted, queue.size, queue.pending);
const limited = new PQueue({ intervalCap: 2, interval: 50 });
const t0 = Date.now();
await Promise.all([1, 2, 3].map((n) => limited.add(() => n)));
console.log('interval cap respected', Date.now() - t0 >= 40);
