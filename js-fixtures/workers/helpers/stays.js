const { parentPort } = require('worker_threads');
parentPort.on('message', (m) => { parentPort.postMessage(m * 2); if (m === 3) parentPort.close(); });
