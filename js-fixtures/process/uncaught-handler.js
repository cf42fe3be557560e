// An uncaughtException handler catches a throw from a timer; the process continues and exits 0.
process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});
setTimeout(() => {
  throw new Error('from timer');
}, 1);
setTimeout(() => console.log('still running'), 5);
process.on('exit', (c) => console.log('exit', c));
