// new Worker('./relative') resolves from the cwd; messages both ways; online/message/exit ordering.
const { Worker } = require('worker_threads');
const w = new Worker('./helpers/echo.js', { workerData: { n: 1 } });
const events = [];
w.on('online', () => events.push('online'));
w.on('message', (m) => {
  events.push('message');
  console.log('message', m);
  if (m.hello) w.postMessage('ping');
  else w.postMessage('close');
});
w.on('exit', (code) => {
  events.push('exit');
  console.log('exit', code, events.join(','));
});
console.log('threadId positive', w.threadId > 0);
