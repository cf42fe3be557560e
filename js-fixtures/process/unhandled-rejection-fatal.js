// An unhandled rejection with an Error is fatal: node's report and exit 1.
process.on('exit', (c) => console.log('exit', c));
Promise.reject(new RangeError('boom'));
setTimeout(() => console.log('never'), 100);
