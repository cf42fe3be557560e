// Inside a timer: ticks then promises run before the next timer; an immediate comes after the timers phase.
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('tick in timer 1'));
  Promise.resolve().then(() => console.log('promise in timer 1'));
  setImmediate(() => console.log('immediate from timer 1'));
  setTimeout(() => console.log('timer from timer 1'), 5);
}, 1);
