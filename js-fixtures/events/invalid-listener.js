// A listener that is not a function: ERR_INVALID_ARG_TYPE.
const EventEmitter = require('events');
const e = new EventEmitter();
for (const bad of [null, 'str', 42, {}]) {
  try {
    e.on('x', bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
