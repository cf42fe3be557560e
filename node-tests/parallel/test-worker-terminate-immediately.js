'use strict';
// terminate() right after construction: the worker never runs its code; 'exit' still fires.
const common = require('../common');
const { Worker } = require('worker_threads');

const w = new Worker('require("worker_threads").parentPort.postMessage("ran")', { eval: true });
w.on('message', common.mustNotCall());
w.on('exit', common.mustCall());
w.terminate();
