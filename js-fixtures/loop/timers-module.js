// The timers module is the same functions as the globals; timers/promises.
const timers = require('timers');
console.log(timers.setTimeout === setTimeout, timers.setImmediate === setImmediate, timers.clearInterval === clearInterval);
const nt = require('node:timers');
console.log(nt === timers);
