// Throwing a non-Error value (an object) from the main script.
process.on('exit', (c) => console.log('exit', c));
throw { custom: 'thing', nested: { a: [1, 2] } };
