// Found by tools/loop-fuzz/run --seed 489662648 --count 1000 (7 of 1000 failed; this is the first, shrunk).
// node 24 emits a worker's 'exit' in libuv's close phase, after the immediates, so a port message posted from its
// callback's promise jobs arrives before the immediate; wtjs delivered 'exit' in its message phase until the
// loop got a close phase.
'use strict';
// loop-fuzz program, seed 489662760 (tools/loop-fuzz)
const fs = require('fs');
const { Worker, MessageChannel } = require('worker_threads');
const log = (s) => console.log(s);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ch = new MessageChannel();
const waiting = [];
ch.port2.on('message', () => waiting.shift()());
function onPort(cb) { waiting.push(cb); ch.port1.postMessage(0); }
const worker = new Worker("const { parentPort } = require('worker_threads');" +
  "parentPort.on('message', (m) => m === 'bye' ? process.exit(3) : parentPort.postMessage(m + 1));", { eval: true });
let asked = 0;
function askWorker(cb) { worker.once('message', cb); worker.postMessage(asked++); }
function endWorker(cb) { worker.once('exit', cb); worker.postMessage('bye'); }
const stages = [];
stages.push(() => {
  let left = 5;
  stages[0].left = () => --left === 0;
  endWorker((code) => {
    log('worker exit ' + code);
    done(0, 's1');
    setImmediate(() => {
      done(0, 's1.0');
    });
    Promise.resolve().then(() => {
      done(0, 's1.1');
      Promise.resolve().then(() => {
        done(0, 's1.1.0');
        onPort(() => {
          done(0, 's1.1.0.0');
        });
      });
    });
  });
});
function done(i, label) {
  log(label);
  if (stages[i].left()) next(i + 1);
}
function next(i) {
  if (i < stages.length) { stages[i](); return; }
  worker.terminate().then(() => { log('end'); ch.port1.close(); });
}
process.on('exit', (code) => log('exit ' + code));

next(0);

