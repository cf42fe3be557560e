// An uncaught error from a builtin's argument check: stderr shows the source line, `TypeError [ERR_X]: msg`,
// the stack and `{ code: 'ERR_X' }`; the exit code is 1.
const { EventEmitter } = require('events');
console.log('before');
new EventEmitter().setMaxListeners('many');
