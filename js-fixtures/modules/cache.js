// require.cache identity; deleting an entry reloads the module.
const p = require.resolve('./lib/math');
const first = require('./lib/math');
console.log(require.cache[p].exports === first, require.cache[p].loaded, require.cache[p].id === p);
console.log(require.cache === require('module')._cache);
delete require.cache[p];
const second = require('./lib/math');
console.log(second === first, second.loadedCount);
console.log(module.children.map((c) => require('path').basename(c.id)));
