// An error thrown by code in a vm context and not caught ends the process as node reports it.
const vm = require('vm');
const ctx = vm.createContext({ label: 'ctx' });
vm.runInContext('function fail() { throw new RangeError(label + " failed") }', ctx);
console.log('before');
vm.runInContext('fail()', ctx, { filename: 'in-context.js' });
