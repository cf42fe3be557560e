// diagnostics_channel: channels, subscribers, errors in subscribers, stores, tracing channels.
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');
const ch = dc.channel('a');
console.log(ch, ch.hasSubscribers, ch.name, ch instanceof dc.Channel, dc.channel('a') === ch);
const f = (m, n) => console.log('got', m, n);
dc.subscribe('a', f);
console.log(ch.hasSubscribers, dc.hasSubscribers('a'));
ch.publish({ x: 1 });
console.log(dc.unsubscribe('a', f), dc.unsubscribe('a', f));
ch.subscribe(() => { throw new Error('sub err'); });
ch.subscribe(f);
ch.publish(2);
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
console.log(dc.channel(Symbol('s')).name);
for (const bad of [() => ch.subscribe(5), () => dc.channel(5), () => dc.subscribe('x', 5), () => dc.tracingChannel(5)]) {
  try { bad(); } catch (e) { console.log(e.code, e.message); }
}
const store = new AsyncLocalStorage();
const sc = dc.channel('stored');
sc.bindStore(store, (d) => ({ wrapped: d }));
console.log(sc.runStores(7, function (a) { return [store.getStore(), this.t, a]; }, { t: 'this' }, 'arg'), store.getStore());
console.log(sc.unbindStore(store), sc.unbindStore(store));
const tc = dc.tracingChannel('op');
console.log(tc, Object.keys(tc), tc.hasSubscribers);
tc.subscribe({ start(m) { console.log('start', m); }, end(m) { console.log('end', m.ctx, m.result, m.error?.message); },
  asyncStart(m) { console.log('asyncStart', m); }, asyncEnd(m) { console.log('asyncEnd', m); }, error(m) { console.log('error', m.error.message); } });
console.log(tc.hasSubscribers, tc.traceSync((a) => a * 2, { ctx: 1 }, null, 21));
try { tc.traceSync(() => { throw new Error('bad'); }, { ctx: 2 }); } catch (e) { console.log('rethrown', e.message); }
setTimeout(() => {
  tc.tracePromise(async () => 'v', { ctx: 3 }).then((v) => {
    console.log('promise', v);
    tc.traceCallback((cb) => setTimeout(() => cb(null, 'cbv'), 1), 0, { ctx: 4 }, null, (e, v2) => console.log('cb', e, v2));
  });
}, 5);
