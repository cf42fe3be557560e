// unhandledRejection handler receives the reason and the promise; no crash.
const p = Promise.reject(new Error('nobody catches'));
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled', reason.message, promise === p);
});
Promise.reject(42);
setTimeout(() => console.log('after'), 5);
