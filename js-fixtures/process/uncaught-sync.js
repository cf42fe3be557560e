// An uncaughtException handler catches the main script's synchronous throw; later work still runs.
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
setTimeout(() => console.log('timer after throw'), 1);
throw new TypeError('top level');
