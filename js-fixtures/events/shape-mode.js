// An emitter whose _events was set before EventEmitter.init keeps that object's shape ("shape mode"): removed
// types become undefined and eventNames() skips them; listener names that 'newListener' listeners see.
const events = require('events');
const { EventEmitter } = events;
function Preset() {
  this._events = { __proto__: null, keep: undefined };
  this._eventsCount = 0;
  EventEmitter.call(this);
}
Object.setPrototypeOf(Preset.prototype, EventEmitter.prototype);
const p = new Preset();
p.on('removeListener', (n) => console.log('removeListener', n));
const f = () => {};
p.on('a', f);
p.on('b', f);
p.off('a', f);
console.log(p.eventNames(), p._eventsCount, Object.keys(p._events));
p.removeAllListeners('b');
console.log(p.eventNames(), p._eventsCount);
p.removeAllListeners();
console.log(p.eventNames(), p._eventsCount, Object.keys(p._events));
const m = new EventEmitter();
m.on('newListener', (n, l) => console.log('newListener', String(n), JSON.stringify(l.name)));
events.once(m, 'a');
events.on(m, 'd', { close: ['end'] });
const e = new EventEmitter();
e.on('x', f); e.on('x', f); e.once('x', f);
e.removeListener('x', f);
console.log(e.rawListeners('x').map((l) => l.name));
try { events.on(e, 'q', { highWaterMark: 0 }); } catch (err) { console.log(err.code, err.message); }
const inherited = Object.create(new EventEmitter());
inherited.on('w', f);
console.log(inherited.listenerCount('w'), Object.getPrototypeOf(inherited).listenerCount('w'));
