// uncaughtExceptionMonitor sees the error before the process dies; 'exit' runs with code 1.
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { throw new Error('monitored'); }, 1);
