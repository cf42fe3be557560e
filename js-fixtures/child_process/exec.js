// exec/execFile with callbacks and util.promisify; execSync/execFileSync.
const cp = require('child_process');
const util = require('util');

function show(label) {
  return (err, stdout, stderr) => {
    const e = err && { message: err.message, code: err.code, killed: err.killed, signal: err.signal, cmd: err.cmd,
                       keys: Object.keys(err), name: err.name };
    console.log(label, JSON.stringify(e), JSON.stringify(stdout), JSON.stringify(stderr));
  };
}

const steps = [
  (next) => cp.exec('echo out; echo err 1>&2', (...a) => { show('exec ok')(...a); next(); }),
  (next) => cp.exec('echo out; echo err 1>&2; exit 4', (...a) => { show('exec fail')(...a); next(); }),
  (next) => cp.exec('printf x', { encoding: 'buffer' }, (err, so) => { console.log('buffer', so); next(); }),
  (next) => cp.exec('sleep 5', { timeout: 100 }, (...a) => { show('exec timeout')(...a); next(); }),
  (next) => cp.exec('head -c 3000 /dev/zero | tr "\\0" a', { maxBuffer: 100 }, (err, so) => {
    console.log('maxBuffer', err.name, err.code, err.message, err.cmd, so.length);
    next();
  }),
  (next) => cp.execFile('echo', ['a b', 'c'], (...a) => { show('execFile')(...a); next(); }),
  (next) => cp.execFile('nosuchcmd-wtjs', ['q'], (err, so, se) => {
    console.log('execFile missing', err.message, err.code, err.errno, err.syscall, err.path, err.spawnargs, err.cmd,
                JSON.stringify(so), JSON.stringify(se));
    next();
  }),
  async (next) => {
    const execP = util.promisify(cp.exec);
    const r = await execP('echo promised');
    console.log('promisify', r);
    try {
      await execP('echo partial; exit 2');
    } catch (err) {
      console.log('promisify reject', err.code, JSON.stringify(err.stdout), JSON.stringify(err.stderr));
    }
    const f = await util.promisify(cp.execFile)('echo', ['file']);
    console.log('promisify execFile', f);
    next();
  },
  (next) => {
    console.log(cp.execSync('echo sync'));
    console.log(cp.execSync('echo sync', { encoding: 'utf8' }));
    console.log(cp.execSync('cat', { input: 'fed' }).toString());
    console.log(cp.execFileSync('echo', ['x y'], { encoding: 'utf8' }));
    try {
      cp.execSync('echo before; exit 2', { stdio: 'pipe' });
    } catch (err) {
      console.log(err.message, Object.keys(err), err.status, err.signal, err.stdout.toString(), err.output.length);
    }
    try {
      cp.execSync('echo e1 >&2; exit 3', { stdio: 'pipe' });
    } catch (err) {
      console.log(JSON.stringify(err.message), err.stderr.toString());
    }
    try {
      cp.execFileSync('nosuchcmd-wtjs', ['a']);
    } catch (err) {
      console.log(err.message, err.code, err.errno, err.syscall, err.status, err.signal, err.stdout,
                  Object.keys(err), err.error === err);
    }
    next();
  },
];
(function go(i) {
  if (i < steps.length) steps[i](() => go(i + 1));
})(0);
