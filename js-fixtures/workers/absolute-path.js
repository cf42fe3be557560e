// Absolute path and file: URL (string and URL object).
const { Worker } = require('worker_threads');
const path = require('path');
const { pathToFileURL } = require('url');
const abs = path.join(__dirname, 'helpers', 'info.js');
const runs = [abs, pathToFileURL(abs)];
try {
  new Worker(pathToFileURL(abs).href);
} catch (e) {
  console.log(e.name, e.code, e.message.replace(__dirname, '<dir>'));
}
(async () => {
  for (const spec of runs) {
    const w = new Worker(spec, { workerData: typeof spec });
    // 'exit' is listened for at once: under load node can emit it before the continuation after the message.
    const exited = new Promise((r) => w.once('exit', r));
    const m = await new Promise((r) => w.once('message', r));
    console.log(m.workerData, m.filename, m.script);
    console.log('exit', await exited);
  }
})();
