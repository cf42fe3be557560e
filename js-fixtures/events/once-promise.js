// events.once resolves with the args array; rejects on 'error'; on() async iterator.
const EventEmitter = require('events');
const { once, on } = EventEmitter;
(async () => {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('ready', 1, 'two'));
  console.log('once', await once(e, 'ready'));
  process.nextTick(() => e.emit('error', new Error('failed')));
  try {
    await once(e, 'ready');
  } catch (err) {
    console.log('rejected', err.message);
  }
  console.log('listeners left', e.listenerCount('ready'), e.listenerCount('error'));
  setTimeout(() => { e.emit('data', 1); e.emit('data', 2); e.emit('data', 3); }, 1);
  let n = 0;
  for await (const [v] of on(e, 'data')) {
    console.log('data', v);
    if (++n === 3) break;
  }
  console.log('done', e.listenerCount('data'));
})();
