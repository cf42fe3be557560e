'use strict';
// diagnostics_channel tracing channels: the events each trace method publishes, in order, with the context they
// carry, for results, throws, rejections and callback errors; a store bound to the start channel is entered for
// the traced call.
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');

const tc = dc.tracingChannel('fixture:tracing');
const seen = [];
const show = (ctx) => {
  let text = ctx.id;
  if ('result' in ctx) text += ` result=${ctx.result}`;
  if (ctx.error) text += ` error=${ctx.error.message}`;
  return text;
};
const handlers = {};
for (const ev of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[ev] = (ctx) => seen.push(`${ev} ${show(ctx)}`);
}
tc.subscribe(handlers);
const store = new AsyncLocalStorage();
tc.start.bindStore(store, (ctx) => `store of ${ctx.id}`);

const flush = (title) => {
  console.log(`${title}: ${seen.splice(0).join(' | ')}`);
};

function tagged(x) {
  return `${x}:${store.getStore()}:${this.tag}`;
}
console.log('sync', tc.traceSync(tagged, { id: 's1' }, { tag: 'T' }, 'x'));
flush('traceSync value');
try {
  tc.traceSync(() => { throw new Error('sync boom'); }, { id: 's2' });
} catch (e) {
  console.log('caught', e.message);
}
flush('traceSync throw');

(async () => {
  console.log('promise', await tc.tracePromise(async (v) => `${v}!`, { id: 'p1' }, null, 'ok'));
  flush('tracePromise value');
  await tc.tracePromise(async () => { throw new Error('async boom'); }, { id: 'p2' })
    .catch((e) => console.log('rejected', e.message));
  flush('tracePromise rejection');
  try {
    tc.tracePromise(() => { throw new Error('thrown before a promise'); }, { id: 'p3' });
  } catch (e) {
    console.log('caught', e.message);
  }
  flush('tracePromise throw');
  console.log('plain value', await tc.tracePromise(() => 7, { id: 'p4' }));
  flush('tracePromise non-promise');

  await new Promise((resolve) => {
    tc.traceCallback((a, cb) => setImmediate(() => cb(null, a + 1)), -1, { id: 'c1' }, null, 1, (err, v) => {
      console.log('callback', err, v, store.getStore());
      resolve();
    });
  });
  flush('traceCallback value');
  await new Promise((resolve) => {
    tc.traceCallback((cb) => setImmediate(() => cb(new Error('cb boom'))), 0, { id: 'c2' }, null, (err) => {
      console.log('callback error', err.message);
      resolve();
    });
  });
  flush('traceCallback error');
  try {
    tc.traceCallback(() => {}, 0, { id: 'c3' }, null, 'not a function');
  } catch (e) {
    console.log(e.code, e.message);
  }
  flush('traceCallback bad callback');
  console.log('unsubscribed', tc.unsubscribe(handlers), tc.hasSubscribers);
  store.disable();
})();
