'use strict';
// Reads builtin sources for the tools that load wtjs's builtins under real node (lib-harness.js,
// test-lib-under-node.js): lib/<id>.js from the source tree, and the bundled npm packages (ids
// deps/<package>/<file>) from target/js-deps/node_modules, installed by src/main/js-deps/install (run here when
// the install is missing or older than the lock file, as the Maven build runs it).
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const LIB = path.join(ROOT, 'src', 'main', 'resources', 'dev', 'wtjs', 'lib');
const DEPS_SRC = path.join(ROOT, 'src', 'main', 'js-deps');
const DEPS_WORK = path.join(process.env.WTJS_BUILD_DIR || path.join(ROOT, 'target'), 'js-deps');

let depsReady = false;
function ensureDeps() {
  if (depsReady) return;
  const lock = (dir) => { try { return fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8'); } catch { return null; } };
  const installed = fs.existsSync(path.join(DEPS_WORK, 'node_modules', '.wtjs-installed'));
  if (!installed || lock(DEPS_SRC) !== lock(DEPS_WORK)) {
    execFileSync('bash', [path.join(DEPS_SRC, 'install'), DEPS_WORK], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  depsReady = true;
}

function read(id) {
  let file;
  if (id.startsWith('deps/')) {
    ensureDeps();
    file = path.join(DEPS_WORK, 'node_modules', id.slice('deps/'.length) + '.js');
  } else {
    file = path.join(LIB, id + '.js');
  }
  try { return fs.readFileSync(file, 'utf8'); } catch { return null; }
}

module.exports = { read, LIB };
