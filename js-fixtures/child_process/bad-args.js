// Wrong arguments throw node's errors.
const cp = require('child_process');
const attempts = [
  () => cp.spawn(123),
  () => cp.spawn(''),
  () => cp.spawn('a\u0000b'),
  () => cp.spawn('ls', 'x'),
  () => cp.spawn('ls', [], 5),
  () => cp.spawnSync('ls', [], { cwd: 5 }),
  () => cp.spawnSync('ls', [], { shell: 5 }),
  () => cp.spawnSync('ls', [], { timeout: -1 }),
  () => cp.spawnSync('ls', [], { timeout: 1.5 }),
  () => cp.spawnSync('ls', [], { killSignal: 'SIGNOPE' }),
  () => cp.spawnSync('ls', [], { stdio: 'bogus' }),
  () => cp.spawnSync('cat', [], { input: 5 }),
  () => cp.execSync(5),
  () => cp.exec(5),
  () => cp.exec('ls', {}, 5),
  () => cp.execFile(5),
  () => cp.execFileSync(''),
  () => cp.spawn('sleep', ['1']).kill('SIGFOO'),
  () => cp.spawn('sleep', ['1']).kill('sigterm'),
];
for (const a of attempts) {
  try {
    a();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
setTimeout(() => process.exit(0), 50);
