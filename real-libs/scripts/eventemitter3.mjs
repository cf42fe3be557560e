// eventemitter3 (dual: index.mjs for import, index.js for require).
import EventEmitter from 'eventemitter3';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const CjsEE = require('eventemitter3');
const ee = new EventEmitter();
const ctx = { name: 'ctx' };
ee.on('x', function(a, b) { console.log('x', a, b, this.name); }, ctx);
ee.once('x', (a) => console.log('once', a));
ee.emit('x', 1, 2);
ee.emit('x', 3, 4);
console.log(ee.listenerCount('x'), ee.eventNames(), typeof CjsEE, CjsEE === EventEmitter, EventEmitter.prefixed);
ee.removeAllListeners();
console.log(ee.emit('x'), ee.listeners('x'));
