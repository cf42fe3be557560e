'use strict';
// Loads wtjs's JS builtins under real node, with the same loader wtjs uses, so a pure-JS builtin can be
// compared with node's own module in one process:
//   const { requireBuiltin } = require('./tools/lib-harness');
//   requireBuiltin('internal/util/inspect').inspect(x)   vs   require('util').inspect(x)
// internalBinding('host') is absent here (no Java): builtins that need the host cannot be tested this way.
const vm = require('vm');
const { read } = require('./lib-read');

function compile(id, src, params) {
  return vm.compileFunction(src, params, { filename: `node:${id}` });
}

const createLoader = vm.runInThisContext(read('internal/bootstrap/loader'), { filename: 'node:internal/bootstrap/loader' });
module.exports = createLoader({ read, compile, host: undefined, process });
