// A throwing callback with an uncaughtException handler: the ticks it queued still run, then the next timer.
process.on('uncaughtException', (e) => console.log('caught', e.message));
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => console.log('tick 3'));
Promise.resolve().then(() => { throw new Error('promise throws'); }).catch((e) => console.log('promise caught', e.message));
Promise.resolve().then(() => console.log('promise 2'));
setTimeout(() => {
  process.nextTick(() => console.log('tick in timer'));
  throw new Error('timer throws');
}, 1);
setTimeout(() => console.log('second timer'), 2);
