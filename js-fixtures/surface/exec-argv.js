'use strict';
// new Worker(..., { execArgv }): options node 24 refuses in a worker (unknown, V8, process-wide), options that
// lack their value, and ones it accepts.
const { Worker } = require('worker_threads');

const cases = [
  ['--unknown-flag'], ['--unknown-flag', '--other-bad'], ['--no-warnings'], ['--max-old-space-size=100'],
  ['--expose-gc'], ['--title=x'], ['-e'], ['-e', '0'], ['foo'], ['--abort-on-uncaught-exception'],
  ['--stack-size=100'], ['--conditions=x'], ['--conditions', 'x'], ['-r'], ['-r', 'fs'], ['--require'],
  ['--trace-warnings', '--bad', '--require'], ['--', '--bad'], ['--no_warnings'], ['--NO-WARNINGS'], ['-x'],
  ['--stack-trace-limit=5'], ['--enable-source-maps', '--pending-deprecation'], ['--experimental-vm-modules'],
];
for (const execArgv of cases) {
  try {
    new Worker('0', { eval: true, execArgv }).terminate();
    console.log(JSON.stringify(execArgv), 'ok');
  } catch (e) {
    console.log(JSON.stringify(execArgv), e.name, e.code, JSON.stringify(e.message));
  }
}
try {
  new Worker('relative.js', { execArgv: ['--bad'] });
} catch (e) {
  console.log('bad path and flag:', e.code);
}
try {
  new Worker('0', { eval: true, execArgv: 'nope' });
} catch (e) {
  console.log('not an array:', e.code, e.message);
}
