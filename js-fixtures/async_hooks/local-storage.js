// AsyncLocalStorage: the store follows timers, immediates, nextTick, promises and await; run() nests, exit()
// leaves it, and AsyncResource runs a function in the context it was made in.
const { AsyncLocalStorage, AsyncResource, executionAsyncId, triggerAsyncId, createHook } = require('async_hooks');
const als = new AsyncLocalStorage();
const log = (...a) => console.log(...a);
log('outside', als.getStore());
als.run({ id: 1 }, () => {
  log('sync', als.getStore());
  setTimeout(() => log('timeout', als.getStore()), 5);
  setImmediate(() => log('immediate', als.getStore()));
  process.nextTick(() => log('nextTick', als.getStore()));
  queueMicrotask(() => log('microtask', als.getStore()));
  Promise.resolve().then(() => log('then', als.getStore()));
  (async () => {
    await null;
    log('after await', als.getStore());
    await new Promise((r) => setTimeout(r, 1));
    log('after timer await', als.getStore());
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
