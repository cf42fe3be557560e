// require of relative files with and without extension; module.exports vs exports; __filename/__dirname.
const m1 = require('./lib/math');
const m2 = require('./lib/math.js');
console.log(m1 === m2, m1.add(2, 3), m1.loadedCount, m1.file, m1.dir);
const r = require('./lib/replace');
console.log(typeof r, r(), r.extra, r.lost);
console.log(require('./lib/exports-only'));
console.log(require('path').basename(__filename), require('path').basename(__dirname));
console.log(__filename, __dirname);
console.log(module.id, require.main === module, module.filename === __filename, module.loaded);
console.log(typeof require.resolve, require.resolve('./lib/math') === require('path').join(__dirname, 'lib/math.js'));
console.log(this === module.exports, typeof exports, arguments.length);
