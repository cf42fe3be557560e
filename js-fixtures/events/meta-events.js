// newListener and removeListener events.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (name, fn) => console.log('newListener', String(name), fn.name));
e.on('removeListener', (name, fn) => console.log('removeListener', String(name), fn.name));
function one() {}
function two() {}
e.on('ev', one);
e.once('ev', two);
e.emit('ev');
e.off('ev', one);
e.on('ev', one);
e.removeAllListeners('ev');
e.on('other', one);
e.removeAllListeners();
console.log(e.eventNames());
