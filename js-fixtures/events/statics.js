// events' static helpers and node-24 details: listenerCount(type, listener), the once wrapper, getEventListeners /
// getMaxListeners / setMaxListeners on EventTargets, captureRejections, errorMonitor and addAbortListener.
const events = require('events');
const { EventEmitter } = events;
const e = new EventEmitter();
function f() {}
e.on('x', f);
e.once('x', f);
e.prependOnceListener('x', function g() {});
console.log(e.listenerCount('x'), e.listenerCount('x', f), e.listenerCount('x', () => {}));
console.log(e.rawListeners('x').map((l) => [l.name, l.listener && l.listener.name]), e.listeners('x').map((l) => l.name));
console.log(events.listenerCount(e, 'x'), events.getEventListeners(e, 'x').length, events.getMaxListeners(e));
const et = new EventTarget();
const h = () => {};
et.addEventListener('foo', h);
et.addEventListener('foo', { handleEvent() {} });
console.log(events.getEventListeners(et, 'foo').length, events.getEventListeners(et, 'foo')[0] === h,
  events.getEventListeners(et, 'none'), events.getMaxListeners(et));
process.on('warning', (w) => console.log('warning', w.name, w.message, w.count, w.type));
events.setMaxListeners(2, et, e);
console.log(events.getMaxListeners(et), e.getMaxListeners());
et.addEventListener('foo', () => {});
et.addEventListener('foo', () => {});
e.on('x', () => {});
for (const bad of [() => events.setMaxListeners(1, {}), () => events.getEventListeners(5, 'x'),
  () => events.getMaxListeners({}), () => e.listenerCount()]) {
  try { console.log('ok', bad()); } catch (err) { console.log(err.code, err.message); }
}
const monitored = new EventEmitter();
monitored.on(events.errorMonitor, (err) => console.log('monitor saw', err.message));
try { monitored.emit('error', new Error('unhandled')); } catch (err) { console.log('still thrown', err.message); }
const cr = new EventEmitter({ captureRejections: true });
cr.on('error', (err) => console.log('captured', err.message));
cr.on('job', async (n) => { throw new Error(`job ${n} failed`); });
cr.emit('job', 7);
const ac = new AbortController();
const disposable = events.addAbortListener(ac.signal, () => console.log('abort listener'));
ac.signal.addEventListener('abort', (ev) => ev.stopImmediatePropagation());
ac.abort();
console.log(Object.getOwnPropertySymbols(disposable).length);
events.addAbortListener(AbortSignal.abort(), () => console.log('already aborted: in a microtask'));
console.log('sync end');
