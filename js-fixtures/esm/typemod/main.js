// A .js file under "type": "module" is an ES module; a .cjs beside it stays CommonJS.
import { createRequire } from 'node:module';
import value from './value.cjs';
const require = createRequire(import.meta.url);
console.log(typeof module, value, require('./value.cjs') === value);
