// Going past maxListeners prints a warning once (stderr); setMaxListeners changes the limit.
const EventEmitter = require('events');
const e = new EventEmitter();
e.setMaxListeners(2);
console.log(e.getMaxListeners());
for (let i = 0; i < 4; i++) e.on('foo', () => {});
const e2 = new EventEmitter();
e2.setMaxListeners(0);
for (let i = 0; i < 20; i++) e2.on('bar', () => {});
process.on('warning', (w) => console.log('warning event', w.name, w.emitter === e, w.type, w.count));
try { e.setMaxListeners(-1); } catch (err) { console.log(err.code, err.message); }
