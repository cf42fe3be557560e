const { workerData } = require('worker_threads');
process.on('exit', (c) => console.log('worker exit listener', c));
setTimeout(() => console.log('never'), 1000);
process.exit(workerData);
