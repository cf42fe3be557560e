// A worker has vm contexts of its own, and its crypto callbacks come back on its own loop.
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  const vm = require('vm');
  const crypto = require('crypto');
  const sandbox = { base: 40 };
  vm.runInNewContext('var answer = base + 2', sandbox);
  crypto.scrypt('pw', 'salt', 8, { N: 64 }, (err, key) => {
    parentPort.postMessage({ answer: sandbox.answer, err, key: key.toString('hex') });
  });
  crypto.pbkdf2('pw', 'salt', 5, 8, 'sha256', (err, key) => parentPort.postMessage({ pbkdf2: key.toString('hex') }));
`, { eval: true });
const got = [];
worker.on('message', (m) => got.push(m));
worker.on('exit', (code) => {
  got.sort((a, b) => Object.keys(a)[0].localeCompare(Object.keys(b)[0]));
  console.log(got, code);
});
