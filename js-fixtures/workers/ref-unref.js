// An unref'd worker does not keep the process alive; ref() again does.
const { Worker } = require('worker_threads');
const w = new Worker('./helpers/stays.js');
w.unref();
process.on('exit', (c) => console.log('main exits', c));
const w2 = new Worker('./helpers/stays.js');
w2.unref();
w2.ref();
w2.on('message', (m) => {
  console.log('w2 says', m);
  if (m < 6) w2.postMessage(m / 2 + 1);
});
w2.postMessage(1);
w2.on('exit', (c) => console.log('w2 exit', c));
