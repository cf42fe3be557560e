'use strict';
// Sets up one agent (the main script's or a worker's) and returns the hooks its Java event loop calls.
// Evaluated by Agent.bootstrap as an expression; run once per GraalJS context.
(function bootstrap(createLoader, host, quit, Graal) {
  // GraalJS's shell and engine globals that node does not have: keep what we need, hide the rest.
  const setRejectionHandler = Graal.setUnhandledPromiseRejectionHandler;
  for (const name of ['quit', 'readline', 'read', 'readbuffer', 'Graal', 'arguments', 'performance',
                      'print', 'printErr', 'load', 'loadWithNewGlobal', 'console', 'Java', 'Packages', 'Polyglot']) {
    if (name === 'Java' && host.allowsHostClasses()) continue;  // the Java host granted some classes
    delete globalThis[name];
  }

  // Before anything captures the global: SharedArrayBuffer over memory shared between agents.
  const sharedMemory = host.compileBuiltin('internal/shared_memory', ['host'])(host);

  const process = {};
  const loader = createLoader({
    read: (id) => host.builtinText(id),
    compile: (id, src, params) => host.compileBuiltin(id, params),
    host,
    process,
    sharedMemory,
  });
  const { requireBuiltin } = loader;
  requireBuiltin('internal/process/object').setupProcess(process, host, loader, quit);
  requireBuiltin('internal/bootstrap/globals').setupGlobals(host);

  const { processTicks } = requireBuiltin('internal/process/task_queues');
  const timers = requireBuiltin('internal/timers');
  const { onUnhandledRejection, triggerUncaughtException } = requireBuiltin('internal/process/execution');
  setRejectionHandler(onUnhandledRejection);
  const worker = requireBuiltin('internal/worker');
  const esm = requireBuiltin('internal/modules/esm/bridge');
  esm.installGlobal();
  const io = requireBuiltin('internal/worker/io');

  // Every hook reports what it throws as an uncaught exception, as node does for callbacks, and runs the
  // nextTick queue before returning: then GraalJS runs the promise jobs (node's order).
  function guard(fn) {
    return function guarded(...args) {
      try {
        return fn(...args);
      } catch (err) {
        triggerUncaughtException(err);
      } finally {
        runTicks();
      }
    };
  }

  function runTicks() {
    try {
      processTicks();
    } catch (err) {
      triggerUncaughtException(err);
      runTicks();
    }
  }

  return {
    processTicks: guard(processTicks),
    runMain: guard(() => requireBuiltin('internal/main/run').runMain(host)),
    runTimers: (now) => {
      const next = timers.runTimers(now);
      runTicks();
      return next;
    },
    runImmediates: () => {
      const more = timers.runImmediates();
      runTicks();
      return more;
    },
    beforeExit: guard(() => { process.emitBeforeExit(); }),
    emitExit: () => process.emitExitAndGetCode(),
    esmSource: esm.esmSource,
    deliver: guard(io.deliver),
    portClosed: guard(io.portClosed),
    workerOnline: guard(worker.onWorkerOnline),
    workerError: guard(worker.onWorkerError),
    workerExit: guard(worker.onWorkerExit),
  };
})
