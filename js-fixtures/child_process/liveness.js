// A running child holds the loop (its 'exit' comes); an unref'd one with no pipes does not (this script ends long
// before `sleep 150` would, or the run times out); neither does a finished one.
const cp = require('child_process');

const stray = cp.spawn('sleep', ['150'], { stdio: 'ignore' });
stray.unref();
const held = cp.spawn('sleep', ['0.3']);
held.on('exit', (code, signal) => {
  console.log('held exit', code, signal);
  const reffed = cp.spawn('sleep', ['0.2'], { stdio: 'ignore' });
  reffed.unref();
  reffed.ref();
  reffed.on('exit', (code2) => {
    console.log('re-ref exit', code2);
    const done = cp.spawn('true');
    done.on('close', (code3) => console.log('done close', code3));
  });
});
process.on('exit', () => console.log('process exit', stray.exitCode));
