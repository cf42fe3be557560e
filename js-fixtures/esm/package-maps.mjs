// Package "exports" and "imports" maps through import: conditions, subpaths, patterns, a null exclusion,
// the package importing itself, and the errors for what is not exported or not defined.
import main from 'maps-pkg';
import feature from 'maps-pkg/features/alpha.js';
import { createRequire } from 'node:module';
import self from './node_modules/maps-pkg/self.js';
const require = createRequire(import.meta.url);
console.log(main, feature, self);
console.log(require('maps-pkg'), require('maps-pkg/features/alpha.js'), require('maps-pkg/internal-use'));
for (const spec of ['maps-pkg/private/x.js', 'maps-pkg/nope', 'maps-pkg/features/secret.js', 'no-such-pkg']) {
  try {
    await import(spec);
  } catch (e) {
    console.log('import', spec, e.code, e.message.replace(/ imported from .*/, ''));
  }
  try {
    require(spec);
  } catch (e) {
    console.log('require', spec, e.code, e.message.split('\n')[0]);
  }
}
