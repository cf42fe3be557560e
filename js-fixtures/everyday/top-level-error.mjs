// An uncaught error at the top of an ES module.
import { basename } from 'node:path';
console.log(basename('/a/b.txt'));
const err = new RangeError('top of module');
err.extra = 42;
throw err;
