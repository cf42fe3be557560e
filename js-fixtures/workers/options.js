// argv, env and name options.
const { Worker, SHARE_ENV } = require('worker_threads');
process.env.WTJS_A = 'from parent';
const w = new Worker('./helpers/info.js', {
  argv: ['x', 2, true], env: { WTJS_A: 'a-value', WTJS_B: 'b-value' }, name: 'my-worker', workerData: null,
});
w.on('message', (m) => console.log(m));
w.on('exit', (c) => {
  console.log('exit', c);
  const w2 = new Worker('./helpers/info.js', { env: SHARE_ENV });
  w2.on('message', (m) => console.log('shared env', m.env));
});
