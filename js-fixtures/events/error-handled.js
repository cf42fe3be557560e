// An 'error' listener handles it; errorMonitor sees it first.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err.message));
e.on('error', (err) => console.log('handled', err.message));
console.log(e.emit('error', new Error('oops')));
