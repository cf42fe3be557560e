'use strict';
const { EventEmitter, once, on } = require('events');
(async () => {
  const ee = new EventEmitter();
  setTimeout(() => ee.emit('ready', 1, 2), 5);
  console.log('once', await once(ee, 'ready'));
  setTimeout(() => ee.emit('error', new Error('boom')), 5);
  try { await once(ee, 'never'); } catch (e) { console.log('rejected', e.message); }
  const ee2 = new EventEmitter();
  setTimeout(() => { ee2.emit('data', 'a'); ee2.emit('data', 'b'); ee2.emit('data', 'c'); }, 5);
  let count = 0;
  for await (const [v] of on(ee2, 'data')) { console.log('on', v); if (++count === 3) break; }
  const signal = AbortSignal.timeout(10);
  try { await once(new EventEmitter(), 'x', { signal }); } catch (e) { console.log(e.name, e.code); }
  console.log('listeners left', ee2.listenerCount('data'));
})();
