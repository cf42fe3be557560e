// events.on(): the async iterator: queued values, return(), throw(), the close option, AbortSignal, and cleanup.
const { on, EventEmitter } = require('events');
(async () => {
  const e = new EventEmitter();
  const it = on(e, 'data');
  console.log('listeners while iterating', e.listenerCount('data'), e.listenerCount('error'));
  e.emit('data', 1, 'one');
  e.emit('data', 2);
  const seen = [];
  for await (const args of it) {
    seen.push(args);
    if (seen.length === 2) break;
  }
  console.log('seen', JSON.stringify(seen), 'after break', e.listenerCount('data'), e.listenerCount('error'));

  // values emitted while a next() is pending resolve it
  const it2 = on(e, 'tick');
  const pending = it2.next();
  e.emit('tick', 'x');
  console.log('pending', await pending);
  console.log('return', await it2.return(), await it2.next());

  // an 'error' event rejects the next read
  const it3 = on(e, 'v');
  process.nextTick(() => e.emit('error', new Error('boom')));
  try { await it3.next(); } catch (err) { console.log('error event', err.message); }
  console.log('after error', e.listenerCount('v'), await it3.next());

  // close option: the listed events end the iteration
  const it4 = on(e, 'item', { close: ['end'] });
  e.emit('item', 'a');
  e.emit('end');
  const got = [];
  for await (const [v] of it4) got.push(v);
  console.log('close option', got, e.listenerCount('item'), e.listenerCount('end'));

  // throw(): only Errors
  const it5 = on(e, 'w');
  try { it5.throw('nope'); } catch (err) { console.log('throw non-error', err.code); }
  it5.throw(new Error('thrown in'));
  try { await it5.next(); } catch (err) { console.log('throw', err.message); }

  // AbortSignal: aborting rejects the pending read with an AbortError
  const ac = new AbortController();
  const it6 = on(e, 'z', { signal: ac.signal });
  const p6 = it6.next();
  ac.abort('stop');
  try { await p6; } catch (err) { console.log('aborted', err.name, err.code, err.cause); }
  console.log('after abort', e.listenerCount('z'));
  try { on(e, 'z', { signal: AbortSignal.abort() }); } catch (err) { console.log('pre-aborted throws', err.name); }
  try { on(e, 'z', { signal: 1 }); } catch (err) { console.log('bad signal', err.code); }
  try { on(e, 'z', 'x'); } catch (err) { console.log('bad options', err.code); }

  // EventTarget: each value is [event]
  const et = new EventTarget();
  const it7 = on(et, 'ping');
  et.dispatchEvent(new Event('ping'));
  const { value } = await it7.next();
  console.log('EventTarget', value.length, value[0].type, value[0] instanceof Event);
  await it7.return();
  console.log('iterator shape', Object.keys(it7), typeof it7[Symbol.asyncIterator]);
})();
