// Throwing a string from a timer.
setTimeout(() => { throw 'a string'; }, 1);
