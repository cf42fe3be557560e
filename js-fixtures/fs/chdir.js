// process.chdir: relative paths in fs, path.resolve and require() follow it; node's errors; not in workers.
const fs = require('fs');
const path = require('path');
const os = require('os');
const { Worker } = require('worker_threads');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wtjs-cd-')));
const start = process.cwd();
fs.mkdirSync(path.join(dir, 'sub'));
fs.writeFileSync(path.join(dir, 'sub', 'mod.js'), 'module.exports = "from sub";');
process.chdir(dir);
console.log('cwd', process.cwd() === dir);
fs.writeFileSync('rel.txt', 'relative');
console.log('read', fs.readFileSync(path.join(dir, 'rel.txt'), 'utf8'), fs.existsSync('rel.txt'));
console.log('resolve', path.resolve('x') === path.join(dir, 'x'));
process.chdir('sub');
console.log('cwd sub', process.cwd() === path.join(dir, 'sub'), fs.readdirSync('.'));
console.log('require', require(path.resolve('mod.js')));
process.chdir('..');
for (const bad of ['nope', 'rel.txt', 5]) {
  try {
    process.chdir(bad);
  } catch (e) {
    console.log(e.name, e.code, e.errno, e.syscall, e.message.split(dir).join('<tmp>'),
      e.path === undefined ? undefined : e.path === dir, e.dest);
  }
}
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  try { process.chdir('/'); } catch (e) { parentPort.postMessage([e.name, e.code, e.message]); }
  parentPort.postMessage(process.cwd());
`, { eval: true });
const got = [];
w.on('message', (m) => got.push(m));
w.on('exit', () => {
  console.log('worker', got[0], got[1] === dir);
  process.chdir(start);
  fs.rmSync(dir, { recursive: true });
  console.log('back', process.cwd() === start);
});
