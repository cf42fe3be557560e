// process._fatalException(err): handled by an 'uncaughtException' listener (true), or not (false: node marks the
// process failed and runs the 'exit' listeners, which run again when the process really ends).
process.on('exit', (code) => console.log('exit', code, process.exitCode));
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor', e.message, origin));
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
console.log(typeof process._fatalException, process._fatalException(new Error('one')));
process.removeAllListeners('uncaughtException');
console.log('handled ->', process.exitCode);
console.log('unhandled ->', process._fatalException(new Error('two')), process.exitCode);
setTimeout(() => console.log('the loop still runs'), 1);
