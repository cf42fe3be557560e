// A workerpool worker script: registered methods, one that throws, one that takes a while, and a transfer.
const workerpool = require('workerpool');
workerpool.worker({
  fib: (n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)),
  fail: (msg) => { throw new Error(msg); },
  slow: (ms) => new Promise((r) => setTimeout(() => r(ms), ms)),
  fill: (n) => {
    const arr = new Uint8Array(n).fill(9);
    return new workerpool.Transfer(arr, [arr.buffer]);
  },
});
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
