// util.inherits and class extends; Symbol.for('nodejs.rejection'); emitter in a Promise chain.
const EventEmitter = require('events');
const util = require('util');
function Old() { EventEmitter.call(this); }
util.inherits(Old, EventEmitter);
const o = new Old();
o.on('x', (v) => console.log('old-style', v));
o.emit('x', 1);
console.log(o instanceof EventEmitter, Old.super_ === EventEmitter);
class Modern extends EventEmitter {
  constructor() { super({ captureRejections: true }); }
  [Symbol.for('nodejs.rejection')](err, event, ...args) { console.log('rejection hook', err.message, event, args); }
}
const m = new Modern();
m.on('y', async (a) => { throw new Error('async ' + a); });
m.emit('y', 'arg');
console.log('sync end', EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
