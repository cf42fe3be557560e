// process.exit(n) inside a timer stops the loop: later timers, immediates and ticks do not run.
setTimeout(() => {
  console.log('exiting');
  process.nextTick(() => console.log('tick (never)'));
  Promise.resolve().then(() => console.log('promise (never)'));
  setImmediate(() => console.log('immediate (never)'));
  process.exit(4);
  console.log('after exit (never)');
}, 1);
setTimeout(() => console.log('timer 2 (never)'), 50);
process.on('exit', (c) => console.log('exit listener', c));
