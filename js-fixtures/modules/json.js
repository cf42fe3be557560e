// require of .json, with and without extension; the same object each time.
const d = require('./lib/data.json');
console.log(d, d === require('./lib/data'));
