'use strict';
// Code given as text (node -e/-p, a script on standard input, a worker with eval: true) runs as a script at the
// top level of the realm, as node runs it: `require`, `module`, `exports`, `__filename` (the eval name) and
// `__dirname` ('.') are globals, top-level declarations are global, and -p prints the completion value at exit.

// Code that only parses as an ES module (import/export, import.meta, top-level await) runs as one, as node 24
// does: without the CommonJS globals.
function runEvalScript(host, code, name) {
  if (host.isModuleCode(name, code)) {
    host.evalModule(require('path').join(process.cwd(), '[eval1]'), code);
    return;
  }
  const Module = require('internal/modules/cjs/loader');
  const path = require('path');
  const m = new Module(name, null);
  m.filename = path.join(process.cwd(), name);
  m.paths = Module._nodeModulePaths(process.cwd());
  m.loaded = true;
  const req = Module.createRequire(m.filename);
  Object.assign(globalThis, { module: m, exports: m.exports, require: req, __filename: name, __dirname: '.' });
  const result = host.evalScript(name, code);
  if (host.printResult()) {
    process.on('exit', () => console.log(result));
  }
}

// node's -r/--require: modules loaded before the entry point, in order.
function preloadModules() {
  const argv = process.execArgv;
  const Module = require('internal/modules/cjs/loader');
  const path = require('path');
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  parent.filename = path.join(process.cwd(), '[preload]');
  for (let i = 0; i < argv.length; i++) {
    let id = null;
    if ((argv[i] === '-r' || argv[i] === '--require') && i + 1 < argv.length) id = argv[++i];
    else if (argv[i].startsWith('--require=')) id = argv[i].slice('--require='.length);
    if (id !== null) parent.require(id);
  }
}

module.exports = { runEvalScript, preloadModules };
