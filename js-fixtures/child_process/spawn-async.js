// spawn: a ChildProcess with stdio streams, 'spawn', 'exit' and 'close' with (code, signal), kill().
const cp = require('child_process');
const EventEmitter = require('events');

function run(label, child) {
  const out = [];
  const err = [];
  child.stdout?.on('data', (d) => out.push(d));
  child.stderr?.on('data', (d) => err.push(d));
  return new Promise((resolve) => {
    const events = [];
    child.on('spawn', () => events.push('spawn'));
    child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
    child.on('error', (e) => events.push(`error ${e.message}`));
    child.on('close', (code, signal) => {
      events.push(`close ${code} ${signal}`);
      console.log(label, events.join(', '), JSON.stringify(Buffer.concat(out).toString()),
                  JSON.stringify(Buffer.concat(err).toString()), child.exitCode, child.signalCode, child.killed);
      resolve();
    });
  });
}

(async () => {
  const a = cp.spawn('sh', ['-c', 'echo a; echo b >&2; exit 1']);
  console.log(a instanceof EventEmitter, a instanceof cp.ChildProcess, typeof a.pid, a.spawnfile, a.spawnargs,
              a.connected, a.exitCode, a.signalCode, a.killed, a.stdio.length, a.stdio[1] === a.stdout);
  await run('exit-1', a);

  const cat = cp.spawn('cat');
  cat.stdin.write('hello ');
  cat.stdin.end(Buffer.from('world'));
  await run('cat', cat);

  const sleeper = cp.spawn('sleep', ['10']);
  const done = run('killed', sleeper);
  console.log('kill', sleeper.kill(), sleeper.killed);
  await done;
  console.log('kill after exit', sleeper.kill());

  const k9 = cp.spawn('sleep', ['10']);
  const done9 = run('sigkill', k9);
  k9.kill(9);
  await done9;

  const usr = cp.spawn('sh', ['-c', 'trap "echo got-usr1; exit 5" USR1; echo ready; while :; do sleep 0.05; done']);
  usr.stdout.once('data', () => usr.kill('SIGUSR1'));
  await run('usr1', usr);

  const to = cp.spawn('sleep', ['10'], { timeout: 100 });
  await run('timeout', to);

  const missing = cp.spawn('nosuchcmd-wtjs', ['x', 'y']);
  console.log(typeof missing.pid, missing.stdout === null, missing.stdin === null);
  missing.on('error', (e) => console.log(e.message, Object.keys(e), e.errno, e.code, e.syscall, e.path, e.spawnargs));
  await run('missing', missing);

  const shell = cp.spawn('echo $HOME_X | tr a-z A-Z', { shell: true, env: { HOME_X: 'quiet', PATH: process.env.PATH } });
  await run('shell', shell);

  const ign = cp.spawn('sh', ['-c', 'echo gone; exit 2'], { stdio: 'ignore' });
  console.log(ign.stdout, ign.stderr, ign.stdin);
  await run('ignore', ign);

  const inh = cp.spawn('sh', ['-c', 'echo to-parent-stdout'], { stdio: ['pipe', 'inherit', 'pipe'] });
  await run('inherit', inh);

  // nobody reads stdout: 'close' comes all the same
  const unread = cp.spawn('sh', ['-c', 'echo unread']);
  unread.on('close', (code) => console.log('unread close', code));
})();
