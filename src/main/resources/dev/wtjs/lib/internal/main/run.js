'use strict';
// Runs the agent's entry point: the main script (file or -e code), or a worker's script.

function runMain(host) {
  const Module = require('internal/modules/cjs/loader');
  if (host.threadId() !== 0) {
    require('internal/worker').setupWorkerSide();
  }
  const script = host.script();
  if (script == null) return;
  const { runEvalScript, preloadModules } = require('internal/main/eval');
  if (host.threadId() === 0) {
    // started by fork(): the channel to the parent
    if (host.getEnv('WTJS_IPC_SOCKET')) require('internal/child_process/ipc').setupChildChannel();
    preloadModules();
  }
  const flags = process.execArgv;
  if (flags.includes('--expose-gc')) globalThis.gc = () => host.gc();
  if (flags.includes('--no-deprecation')) process.noDeprecation = true;
  if (flags.includes('--throw-deprecation')) process.throwDeprecation = true;
  if (flags.includes('--trace-deprecation')) process.traceDeprecation = true;
  if (host.isEval()) {
    try {
      runEvalScript(host, script, host.evalName());
    } catch (err) {
      if (host.threadId() !== 0) require('internal/process/execution').decorateStack(err);
      throw err;
    }
  } else {
    Module._load(script, null, true);
  }
}

module.exports = { runMain };
