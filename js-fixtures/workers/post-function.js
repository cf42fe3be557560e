// postMessage of a function or symbol throws DataCloneError; the port stays usable.
const { Worker } = require('worker_threads');
const w = new Worker('./helpers/echo.js');
w.once('message', () => {
  for (const bad of [() => {}, { f: function named() {} }, Symbol('s')]) {
    try {
      w.postMessage(bad);
    } catch (e) {
      console.log(e.constructor.name, e.name, e.code, '|', e.message);
    }
  }
  w.postMessage('still works');
  w.once('message', (m) => { console.log(m); w.postMessage('close'); });
});
w.on('exit', (c) => console.log('exit', c));
