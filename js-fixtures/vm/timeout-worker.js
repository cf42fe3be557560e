'use strict';
// vm's timeout in workers: one stops a runaway script and goes on; one stuck in a script with a long timeout is
// still ended by terminate().
const { Worker } = require('worker_threads');

const code = `
  const vm = require('vm');
  const { parentPort } = require('worker_threads');
  try {
    vm.runInNewContext('while (true) {}', {}, { timeout: 30 });
  } catch (e) {
    parentPort.postMessage(e.code + ': ' + e.message);
  }
  parentPort.postMessage('went on: ' + vm.runInNewContext('x * 2', { x: 21 }, { timeout: 500 }));
`;
const w = new Worker(code, { eval: true });
w.on('message', (m) => console.log('worker says', m));
w.on('exit', (exitCode) => {
  console.log('first worker exit', exitCode);
  const stuck = new Worker(`
    require('worker_threads').parentPort.postMessage('looping');
    require('vm').runInThisContext('while (true) {}', { timeout: 600000 });
  `, { eval: true });
  stuck.on('message', (m) => {
    console.log('stuck worker', m);
    stuck.terminate().then((c) => console.log('terminate resolved', c));
  });
  stuck.on('error', (e) => console.log('unexpected error', e));
  stuck.on('exit', (c) => console.log('stuck worker exit', c));
});
