// node looks at unhandled rejections only once the nextTick queue and the promise jobs are both empty: a tick
// queued by a promise job (a write's callback among them) runs before the rejection is reported, and ticks the
// 'unhandledRejection' handler queues run before the next timer.
process.on('unhandledRejection', (reason) => {
  console.log('unhandled', reason.message);
  process.nextTick(() => console.log('tick after handler', reason.message));
});
Promise.reject(new Error('one'));
Promise.resolve().then(() => {
  process.nextTick(() => {
    console.log('tick from a promise job');
    process.nextTick(() => console.log('tick from that tick'));
  });
  process.stdout.write('written\n', () => console.log('write callback'));
});
setTimeout(() => {
  Promise.reject(new Error('two'));
  process.nextTick(() => console.log('timer tick'));
  Promise.resolve().then(() => console.log('timer job'));
}, 10);
setTimeout(() => {
  // without a handler: the report (and exit code 1) still waits for the ticks
  process.removeAllListeners('unhandledRejection');
  Promise.reject(new RangeError('three'));
  process.nextTick(() => console.log('last tick'));
}, 20);
