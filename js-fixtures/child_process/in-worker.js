// child_process and zlib inside a worker: the child's events reach the worker's own loop.
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const cp = require('child_process');
  const zlib = require('zlib');
  const sync = cp.spawnSync('sh', ['-c', 'echo sync-in-worker; exit 2'], { encoding: 'utf8' });
  const child = cp.spawn('sh', ['-c', 'cat; echo done'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', (code, signal) => {
    parentPort.postMessage({ sync: [sync.stdout, sync.status], out, code, signal,
                             zipped: zlib.gunzipSync(zlib.gzipSync(out)).toString() === out });
  });
  child.stdin.end('from worker\\n');
  cp.exec('echo exec-in-worker', (err, stdout) => parentPort.postMessage({ exec: stdout }));
`, { eval: true });
const got = [];
w.on('message', (m) => got.push(m));
w.on('exit', (code) => {
  got.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  console.log(got, code);
});
