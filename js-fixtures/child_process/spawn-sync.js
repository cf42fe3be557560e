// spawnSync: status, signal, captured output, encoding, input, env, cwd, shell, stdio modes.
const cp = require('child_process');

const r = cp.spawnSync('sh', ['-c', 'echo hi; echo err >&2; exit 3']);
console.log(Object.keys(r), r.status, r.signal, r.stdout, r.stderr.toString(), r.output.length, r.output[0]);
console.log(typeof r.pid, r.pid > 0);

const u = cp.spawnSync('sh', ['-c', 'printf "%s" "$FOO"; pwd'], { env: { FOO: 'bar' }, cwd: '/', encoding: 'utf8' });
console.log(JSON.stringify(u.stdout), JSON.stringify(u.stderr), u.status);

const c = cp.spawnSync('cat', { input: 'piped in\n' });
console.log(c.stdout.toString());
const b = cp.spawnSync('cat', { input: Buffer.from([0xe2, 0x82, 0xac, 0x00, 0xff]) });
console.log(b.stdout);

const s = cp.spawnSync('echo "$0 $1" && exit 7', { shell: true, encoding: 'utf8' });
console.log(s.stdout, s.status);

const i = cp.spawnSync('echo', ['inherited'], { stdio: 'inherit' });
console.log(i.stdout, i.stderr, i.output, i.status);
const g = cp.spawnSync('sh', ['-c', 'echo visible; echo hidden >&2'], { stdio: ['pipe', 'pipe', 'ignore'], encoding: 'latin1' });
console.log(g.output);

const t = cp.spawnSync('sleep', ['5'], { timeout: 200 });
console.log(t.status, t.signal, t.error.message, t.error.code, t.error.errno, t.error.syscall, t.error.path, t.error.spawnargs);

const k = cp.spawnSync('sleep', ['5'], { timeout: 200, killSignal: 'SIGKILL' });
console.log(k.status, k.signal, k.error.code);

const e = cp.spawnSync('nosuchcmd-wtjs', ['a']);
console.log(Object.keys(e), e.status, e.signal, e.output, e.pid, e.stdout, e.stderr);
console.log(e.error.message, Object.keys(e.error), e.error.errno, e.error.code, e.error.syscall, e.error.path, e.error.spawnargs);

const d = cp.spawnSync('pwd', { cwd: '/nonexistent-dir-wtjs' });
console.log(d.error.message, d.error.code, d.error.path);

const m = cp.spawnSync('sh', ['-c', 'head -c 3000 /dev/zero'], { maxBuffer: 100 });
console.log(m.error.message, m.error.code, m.error.errno);
