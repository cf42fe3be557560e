// Builtins by bare and node: names resolve to the same objects.
for (const name of ['events', 'timers', 'worker_threads', 'util', 'path', 'assert', 'url', 'buffer', 'querystring', 'module']) {
  console.log(name, require(name) === require('node:' + name), typeof require(name));
}
console.log(require.resolve('path'), require.resolve('node:events'));
const Module = require('module');
console.log(Module.isBuiltin('events'), Module.isBuiltin('node:path'), Module.isBuiltin('nope'));
