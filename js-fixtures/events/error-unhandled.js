// Emitting 'error' with no listener throws the error (uncaught).
const EventEmitter = require('events');
const e = new EventEmitter();
const err = new Error('emitted error');
err.code = 'E_EMIT';
e.emit('error', err);
