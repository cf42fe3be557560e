// An error thrown in the uncaughtException handler itself is fatal (exit 7).
process.on('uncaughtException', () => { throw new Error('handler throws'); });
throw new Error('first');
