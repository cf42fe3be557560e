// listenerCount static and method, with listener argument; inheritance; captureRejections.
const EventEmitter = require('events');
class My extends EventEmitter {}
const m = new My();
const f = () => {};
m.on('a', f);
m.on('a', () => {});
m.once('a', f);
console.log(m.listenerCount('a'), m.listenerCount('a', f), EventEmitter.listenerCount(m, 'a'));
console.log(m instanceof EventEmitter, m.constructor.name);
console.log(require('events').getEventListeners(m, 'a').length);
const cr = new EventEmitter({ captureRejections: true });
cr.on('ev', async () => { throw new Error('async listener failed'); });
cr.on('error', (err) => console.log('captured', err.message));
cr.emit('ev');
