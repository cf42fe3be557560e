// Timers set in one callback fire in the order of their delays, however long the callback took between them
// (node counts from the loop's time, read once per callback).
const spin = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };
setTimeout(() => console.log('30'), 30);
spin(40);
setTimeout(() => console.log('10'), 10);
setTimeout(() => console.log('0'), 0);
setImmediate(() => {
  setTimeout(() => console.log('inner 25'), 25);
  spin(30);
  setTimeout(() => console.log('inner 5'), 5);
});
