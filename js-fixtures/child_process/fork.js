// fork(): a new process running a module, with an IPC channel carrying JSON both ways.
const cp = require('child_process');
const path = require('path');

const child = cp.fork(path.join(__dirname, 'helpers', 'fork-child.js'), ['a1', 'a 2'],
                      { env: { ...process.env, FORKED: 'yes' }, silent: true });
console.log(typeof child.send, child.connected, child.spawnargs.slice(-3).map((a) => path.basename(a)),
            child.stdin !== null, child.stdout !== null);
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
const events = [];
child.on('message', (m) => {
  console.log('parent got', JSON.stringify(m));
  if (m.step === 'ready') child.send({ hello: 'child', list: [1, 2, { deep: true }] });
  if (m.step === 'echo') child.send('bye');
});
child.on('disconnect', () => events.push('disconnect'));
child.on('exit', (code, sig) => events.push(`exit ${code} ${sig}`));
child.on('close', (code) => {
  events.push(`close ${code}`);
  console.log(events.sort(), child.connected);
  console.log(out);
  child.send('late', (err) => console.log('send after close', err.code, err.message));
  try {
    cp.fork(5);
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    cp.fork('x.js', { stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (e) {
    console.log(e.code, e.message);
  }
});
