// nextTick, promise, setImmediate, setTimeout from the main script.
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
queueMicrotask(() => console.log('microtask'));
console.log('sync');
setTimeout(() => {
  setTimeout(() => console.log('timeout from timeout'), 0);
  setImmediate(() => console.log('immediate from timeout'));
}, 0);
