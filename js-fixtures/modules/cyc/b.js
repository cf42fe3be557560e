exports.loaded = false;
const a = require('./a');
console.log('in b, a.loaded =', a.loaded, JSON.stringify(a));
exports.loaded = true;
