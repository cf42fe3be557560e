// The training run behind target/runtime.aot (bin/wtjs-runtime): what an everyday script does in its first second —
// console output of values, the common modules, a worker and its messages, timers, promises, files and streams —
// so that the classes those paths load, and their methods' profiles, are in the cache for every later start.
'use strict';
const { Worker } = require('worker_threads');
const fs = require('fs');
const path = require('path');
const { pipeline, Readable, Transform, Writable } = require('stream');
const { EventEmitter } = require('events');
const crypto = require('crypto');
const util = require('util');

console.log('values', { a: 1, b: [1, 2, { c: 'x' }] }, new Map([[1, 2]]), Buffer.from('hi'), 42n, null);
console.error(util.format('%s %d %j', 'text', 7, { j: true }));
new EventEmitter().on('e', () => {}).emit('e');
crypto.createHash('sha256').update('x').digest('hex');
new URL('https://example.com/a?b=c#d').searchParams.get('b');
path.join(__dirname, '..', 'README.md');
fs.readFileSync(__filename, 'utf8');

async function streams() {
  const upper = new Transform({ transform(chunk, _enc, done) { done(null, String(chunk).toUpperCase()); } });
  const sink = new Writable({ write(_chunk, _enc, done) { done(); } });
  await util.promisify(pipeline)(Readable.from(['a', 'b', 'c']), upper, sink);
  await fs.promises.readFile(__filename);
  await new Promise((resolve) => setTimeout(resolve, 5));
  await new Promise((resolve) => setImmediate(resolve));
}

function worker() {
  return new Promise((resolve) => {
    const w = new Worker(`const { parentPort } = require('worker_threads');
      parentPort.on('message', (m) => { parentPort.postMessage({ echo: m }); if (m.last) process.exit(0); });`,
    { eval: true });
    w.on('message', (m) => console.log('worker said', m));
    w.on('exit', (code) => {
      try { w.postMessage('after exit'); } catch (e) { console.log(e.code); }
      resolve(code);
    });
    for (let i = 0; i < 20; i++) w.postMessage({ i, text: 'message ' + i, last: i === 19 });
  });
}

streams().then(worker).then((code) => console.log('done', code));
