// Removing a listener during emit does not affect the current emit; adding one neither.
const EventEmitter = require('events');
const e = new EventEmitter();
function a() { console.log('a'); e.removeListener('ev', b); e.on('ev', c); }
function b() { console.log('b'); }
function c() { console.log('c'); }
e.on('ev', a);
e.on('ev', b);
e.emit('ev');
console.log('--');
e.emit('ev');
console.log(e.listenerCount('ev'));
