// Cyclic requires see the partial exports.
require('./cyc/a');
console.log('done', require('./cyc/a').loaded, require('./cyc/b').loaded);
