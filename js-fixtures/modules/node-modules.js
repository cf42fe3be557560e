// node_modules lookup: package main, subpath, scoped package.
const dep = require('fake-dep');
console.log(dep);
console.log(require('fake-dep/extra'), require('fake-dep/lib/sub') === dep.sub);
console.log(require('@scope/thing'));
console.log(require.resolve('fake-dep').slice(__dirname.length));
