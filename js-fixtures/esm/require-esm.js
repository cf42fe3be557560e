// require() of ES modules (node 24): the namespace object, the 'module.exports' export name, a module that
// import() finished loading.
const ns = require('./lib/math.mjs');
console.log('namespace', Object.prototype.toString.call(ns), Object.keys(ns), typeof ns.double);
console.log('cached', require('./lib/math.mjs') === ns);
const custom = require('./lib/with-cjs-export.mjs');
console.log('module.exports name', custom);
(async () => {
  const m = await import('./lib/echo-value.mjs');
  const r = require('./lib/echo-value.mjs');
  console.log('after import()', r === m, r.value);
})();
