// A worker past its heap limit with no error listener: the error is uncaught in the parent, no exit follows.
const { Worker } = require('worker_threads');
process.on('uncaughtException', (e) => console.log('uncaught', e.code));
const w = new Worker(`const k = []; for (;;) k.push(new Array(1e5).fill({}));`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 16 } });
w.on('exit', (c) => console.log('exit', c));
