// EventTarget dispatch: order, once, duplicates, capture flag, handleEvent objects, passive, stopImmediatePropagation,
// listeners added/removed during a dispatch, signal option, and errors thrown by listeners.
const log = [];
const et = new EventTarget();
const a = () => { log.push('a'); et.addEventListener('x', c); };
const b = { handleEvent(ev) { log.push(`b:${this === b}:${ev.currentTarget === et}`); } };
const c = () => log.push('c');
et.addEventListener('x', a);
et.addEventListener('x', a);
et.addEventListener('x', a, true);
et.addEventListener('x', b);
et.addEventListener('x', function () { log.push(`once:${this === et}`); }, { once: true });
et.dispatchEvent(new Event('x'));
console.log(log.join(' '));
log.length = 0;
et.removeEventListener('x', a);
et.removeEventListener('x', a, { capture: true });
et.dispatchEvent(new Event('x'));
console.log(log.join(' '));

const t2 = new EventTarget();
const r2 = () => console.log('r2 never');
t2.addEventListener('y', () => { console.log('r1'); t2.removeEventListener('y', r2); });
t2.addEventListener('y', r2);
t2.addEventListener('y', (ev) => { ev.stopImmediatePropagation(); console.log('r3 stops'); });
t2.addEventListener('y', () => console.log('r4 never'));
t2.dispatchEvent(new Event('y'));

const ev = new Event('p', { cancelable: true });
t2.addEventListener('p', (e) => { e.preventDefault(); console.log('passive', e.defaultPrevented); }, { passive: true });
t2.addEventListener('p', (e) => { console.log('in dispatch', e.eventPhase, e.target === t2, e.composedPath().length); });
console.log('dispatch returns', t2.dispatchEvent(ev), ev.defaultPrevented, ev.eventPhase, ev.currentTarget);
const ev2 = new Event('q', { cancelable: true });
t2.addEventListener('q', (e) => { e.returnValue = false; });
console.log('returnValue', t2.dispatchEvent(ev2), ev2.returnValue, ev2.defaultPrevented);

const ac = new AbortController();
t2.addEventListener('s', () => console.log('with signal'), { signal: ac.signal });
t2.dispatchEvent(new Event('s'));
ac.abort();
t2.dispatchEvent(new Event('s'));
t2.addEventListener('s', () => console.log('never: aborted signal'), { signal: ac.signal });
t2.dispatchEvent(new Event('s'));

const ce = new CustomEvent('c', { detail: { n: 1 } });
console.log(ce.detail, new CustomEvent('c').detail, ce instanceof Event, Object.prototype.toString.call(ce));
for (const bad of [() => new Event(), () => new Event('x', 5), () => t2.dispatchEvent({ type: 'x' }),
  () => t2.addEventListener('x'), () => t2.addEventListener('x', 5), () => EventTarget.prototype.dispatchEvent.call({}, ev)]) {
  try { bad(); } catch (err) { console.log(err.name, err.code, err.message); }
}
const rec = new Event('r');
t2.addEventListener('r', () => t2.dispatchEvent(rec));
process.on('uncaughtException', (err) => console.log('uncaught:', err.code || '', err.message));
t2.addEventListener('t', () => { throw new Error('listener threw'); });
t2.addEventListener('t', () => console.log('next listener still runs'));
t2.dispatchEvent(new Event('t'));
t2.dispatchEvent(rec);
t2.addEventListener('u', async () => { throw new Error('async listener rejected'); });
t2.dispatchEvent(new Event('u'));
console.log('sync end');
