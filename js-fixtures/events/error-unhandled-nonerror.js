// Emitting 'error' with a non-Error and no listener: ERR_UNHANDLED_ERROR.
const EventEmitter = require('events');
const e = new EventEmitter();
try {
  e.emit('error', 'a string');
} catch (err) {
  console.log(err.name, err.code, err.message, err.context);
}
try {
  e.emit('error');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
e.emit('error', { some: 'object' });
