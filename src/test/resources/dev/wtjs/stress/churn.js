// Churn: W workers started one after another, each exiting before the next starts.
const { Worker } = require('worker_threads');
const w = Number(process.argv[2] || 100);

let done = 0;
function next() {
  if (done === w) {
    console.log('workers started and exited:', done);
    return;
  }
  const worker = new Worker("require('worker_threads').parentPort.postMessage(new Array(1000).fill('x').join(''))",
                            { eval: true });
  worker.on('message', (m) => { if (m.length !== 1000) console.log('bad message'); });
  worker.on('exit', (code) => {
    if (code !== 0) console.log('exit code', code);
    done++;
    next();
  });
}
next();
