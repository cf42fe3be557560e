// A threads.js worker: exposed functions, one returning an observable, one throwing.
const { expose } = require('threads/worker');
const { Observable } = require('threads/observable');
expose({
  add: (a, b) => a + b,
  fail: (msg) => { throw new Error(msg); },
  count: (n) => new Observable((observer) => {
    for (let i = 1; i <= n; i++) observer.next(i);
    observer.complete();
  }),
});
