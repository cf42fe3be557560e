// AsyncLocalStorage: the store follows timers, immediates, nextTick, promises and await; run() nests, exit()
// leaves it, and AsyncResource runs a function in the context it was made in. What callbacks see is printed
// sorted at exit (their order among themselves is the loop's business, and timing-dependent).
const { AsyncLocalStorage, AsyncResource, executionAsyncId, triggerAsyncId, createHook } = require('async_hooks');
const als = new AsyncLocalStorage();
const log = (...a) => console.log(...a);
const seen = [];
const later = (label, store) => seen.push(`${label} ${JSON.stringify(store)}`);
process.on('exit', () => console.log(seen.sort().join('\n')));
log('outside', als.getStore());
als.run({ id: 1 }, () => {
  log('sync', als.getStore());
  setTimeout(() => later('timeout', als.getStore()), 5);
  setImmediate(() => later('immediate', als.getStore()));
  process.nextTick(() => later('nextTick', als.getStore()));
  queueMicrotask(() => later('microtask', als.getStore()));
  Promise.resolve().then(() => later('then', als.getStore()));
  (async () => {
    await null;
    later('after await', als.getStore());
    await new Promise((r) => setTimeout(r, 1));
    later('after timer await', als.getStore());
  })();
  als.run({ id: 2 }, () => log('nested', als.getStore()));
  als.exit(() => log('exit', als.getStore()));
  log('back', als.getStore());
});
const resource = als.run('captured', () => new AsyncResource('Job'));
resource.runInAsyncScope(function(a, b) { log('resource scope', als.getStore(), this.tag, a, b); }, { tag: 't' }, 1, 2);
const bound = als.run('bound', () => AsyncResource.bind(() => als.getStore()));
log('bound', bound(), typeof resource.asyncId(), resource.asyncId() > 1, typeof triggerAsyncId());
log('top-level ids', executionAsyncId(), typeof createHook({}).enable);
const snap = als.run('snap', () => AsyncLocalStorage.snapshot());
log('snapshot', snap(() => als.getStore()));
