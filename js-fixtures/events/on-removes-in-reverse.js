// events.on() removes its listeners in the reverse order it added them (the close events, then 'error', then the
// event), however the iteration ends: an abort, a close event, return(), an error. (Found by tools/events-fuzz.)
const events = require('events');
for (const how of ['abort', 'close', 'return', 'error']) {
  const e = new events.EventEmitter();
  e.on('removeListener', (n) => console.log(how, 'removed', n));
  const ac = new AbortController();
  const it = events.on(e, 'a', { signal: ac.signal, close: ['end', 'fin'] });
  if (how === 'abort') ac.abort();
  if (how === 'close') e.emit('end');
  if (how === 'return') it.return();
  if (how === 'error') e.emit('error', new Error('x'));
  it.next().catch(() => {});
}
