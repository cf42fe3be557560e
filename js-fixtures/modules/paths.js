// module.paths, require.resolve.paths, require of '..'-style and directory with trailing slash.
const path = require('path');
const rel = (p) => path.relative(__dirname, p) || '.';
console.log(module.paths.slice(0, 2).map(rel));
console.log(require.resolve.paths('fake-dep').slice(0, 2).map(rel), require.resolve.paths('path'));
console.log(require('./pkg-index/'), require('./lib/../pkg-index'));
console.log(rel(require.resolve('./pkg-main')), rel(require.resolve('fake-dep/extra')));
console.log(typeof require('module').createRequire, require('module').builtinModules.includes('path'));
const r = require('module').createRequire(__filename);
console.log(r('./lib/data.json').name, r.resolve('./lib/math') === require.resolve('./lib/math'));
