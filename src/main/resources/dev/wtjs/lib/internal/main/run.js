'use strict';
// Runs the agent's entry point: the main script (file or -e code), or a worker's script.

function runMain(host) {
  const Module = require('internal/modules/cjs/loader');
  if (host.threadId() !== 0) {
    require('internal/worker').setupWorkerSide();
  }
  const script = host.script();
  if (script == null) return;
  if (host.isEval()) {
    Module.runEval(script, host.threadId() === 0 ? '[eval]' : '[worker eval]');
  } else {
    Module._load(script, null, true);
  }
}

module.exports = { runMain };
