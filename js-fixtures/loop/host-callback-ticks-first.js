// A callback the runtime calls back (crypto's thread pool, a child process's output and exit, an fs answer)
// runs the nextTick callbacks it queued before its promise jobs, as node's MakeCallback does.
const crypto = require('crypto');
const cp = require('child_process');
const fs = require('fs');

function queueBoth(label) {
  queueMicrotask(() => console.log(`${label}: microtask`));
  process.nextTick(() => console.log(`${label}: tick`));
}

crypto.pbkdf2('secret', 'salt', 1, 8, 'sha256', (err, key) => {
  console.log('pbkdf2', err, key.length);
  queueBoth('pbkdf2');
  fs.stat(__filename, () => {
    queueBoth('fs.stat');
    const child = cp.spawn(process.execPath, ['-e', 'process.stdout.write("hi")']);
    child.stdout.on('data', (d) => {
      console.log('child data', String(d));
      queueBoth('child data');
    });
    child.on('exit', (code) => {
      console.log('child exit', code);
      queueBoth('child exit');
    });
  });
});
