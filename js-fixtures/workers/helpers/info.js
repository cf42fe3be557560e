const { parentPort, workerData, threadId } = require('worker_threads');
const path = require('path');
parentPort.postMessage({
  workerData,
  argv: process.argv.slice(2),
  argvLen: process.argv.length,
  script: path.basename(process.argv[1] || ''),
  env: { A: process.env.WTJS_A, B: process.env.WTJS_B, PATH: typeof process.env.PATH },
  name: require('worker_threads').workerData && undefined,
  filename: path.basename(__filename),
});
