// import() from a CommonJS script, and require() of an ES module (node 20.19+: the namespace object).
import('./lib/math.mjs').then((m) => console.log('import() from cjs', m.double(5)));
const ns = require('./lib/math.mjs');
console.log('require(esm)', typeof ns.double, ns.double(3));
