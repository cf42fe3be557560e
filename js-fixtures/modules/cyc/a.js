exports.loaded = false;
const b = require('./b');
console.log('in a, b.loaded =', b.loaded);
exports.loaded = true;
