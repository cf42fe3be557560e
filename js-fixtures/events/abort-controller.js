// AbortController / AbortSignal basics (globals), as events.once and timers/promises use them.
const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => console.log('abort event', e.type, ac.signal.reason.name));
ac.signal.onabort = () => console.log('onabort');
console.log(ac.signal.aborted);
ac.abort();
ac.abort();
console.log(ac.signal.aborted, ac.signal.reason.message);
const s = AbortSignal.abort('why');
console.log(s.aborted, s.reason);
try { s.throwIfAborted(); } catch (e) { console.log('thrown', e); }
console.log(ac, ac.signal);
const tp = require('timers/promises');
const c2 = new AbortController();
tp.setTimeout(1000, 'v', { signal: c2.signal }).catch((e) => console.log('timer aborted', e.name, e.code));
c2.abort();
