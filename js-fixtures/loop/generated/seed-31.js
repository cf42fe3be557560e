'use strict';
// loop-fuzz program, seed 31 (tools/loop-fuzz)
// Shrunk by tools/loop-fuzz from a program wtjs got wrong: a port message posted while messages were being
// delivered came in the same turn (node: the next turn, after the immediates).
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
  let left = 6;
  stages[0].left = () => --left === 0;
  askWorker((reply) => {
    log('worker replied ' + reply);
    done(0, 's2');
    (async () => {
      await new Promise((r) => setImmediate(r));
      done(0, 's2.0~0');
      done(0, 's2.0');
    })();
    (async () => {
      await Promise.resolve();
      done(0, 's2.2~0');
      done(0, 's2.2');
      onPort(() => {
        done(0, 's2.2.0');
      });
    })();
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

