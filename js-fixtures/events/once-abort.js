// events.once with an AbortSignal rejects with AbortError when aborted.
const { once, EventEmitter } = require('events');
(async () => {
  const e = new EventEmitter();
  const ac = new AbortController();
  const p = once(e, 'never', { signal: ac.signal });
  console.log('listening', e.listenerCount('never'));
  ac.abort();
  try { await p; } catch (err) { console.log(err.name, err.code, err.message); }
  console.log('after abort', e.listenerCount('never'));
  try { await once(e, 'x', { signal: AbortSignal.abort() }); } catch (err) { console.log('pre-aborted', err.name); }
})();
