'use strict';
// Sets up one agent (the main script's or a worker's) and returns the hooks its Java event loop calls.
// Evaluated by Agent.bootstrap as an expression; run once per GraalJS context.
(function bootstrap(createLoader, host, quit, Graal) {
  // GraalJS's shell and engine globals that node does not have: keep what we need, hide the rest.
  const setRejectionHandler = Graal.setUnhandledPromiseRejectionHandler;
  const registerModuleLookup = globalThis.MLE.registerESMLookup;
  delete globalThis.MLE;
  // GraalJS's AsyncContext (Variable, Snapshot) underlies async_hooks; node has no such global.
  const asyncContext = globalThis.AsyncContext;
  delete globalThis.AsyncContext;
  // GraalJS's d8-style Realm builtin (js.v8-realm-builtin): vm's contexts are new realms made with it.
  const realms = globalThis.Realm;
  delete globalThis.Realm;
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
    compile: (id, src, params, adapted) => (adapted ? host.compileAdapted(id, src, params) :
      host.compileBuiltin(id, params)),
    host,
    process,
    sharedMemory,
    asyncContext,
    realms,
    cpuMillis: host.tracesStart() ? () => host.threadCpuMillis() : undefined,
  });
  const { requireBuiltin } = loader;
  // ES2026's Error.isError, which node 24's V8 has and GraalJS 25 has not (util.inspect tells errors of other
  // realms, vm contexts, by it).
  if (typeof Error.isError !== 'function') {
    Object.defineProperty(Error, 'isError', {
      value: { isError: (value) => loader.internalBinding('types').isNativeError(value) }.isError,
      writable: true,
      configurable: true,
    });
  }

  // Symbol.dispose and Symbol.asyncDispose, which node has and GraalJS may not (explicit resource management).
  for (const name of ['dispose', 'asyncDispose']) {
    if (typeof Symbol[name] !== 'symbol') Object.defineProperty(Symbol, name, { value: Symbol(`Symbol.${name}`) });
  }

  // Stage one ends here: what does not depend on which agent this is (so a spare agent can do it ahead of
  // time, before it knows its worker's options). Other builtins load when first required; a spare, which has
  // the time before its worker comes, loads the ones most workers need (none that reads the thread's id).
  const { NODE_VERSION } = requireBuiltin('internal/process/object');
  Object.assign(process, {
    version: NODE_VERSION,
    versions: { node: NODE_VERSION.slice(1), wtjs: '0.1.0', graaljs: '25.0.3', modules: '137' },
    arch: 'x64',
    platform: 'linux',
  });
  if (host.isSpare()) {
    for (const id of ['internal/errors', 'internal/util', 'internal/validators', 'events', 'internal/util/inspect',
                      'path', 'util', 'internal/event_target', 'internal/structured_clone', 'internal/worker/io',
                      'internal/process/task_queues', 'internal/process/execution', 'internal/timers',
                      'internal/modules/cjs/loader', 'internal/modules/esm/bridge']) {
      requireBuiltin(id);
    }
  }
  function finish() {
    requireBuiltin('internal/process/object').setupProcess(process, host, loader, quit);
    requireBuiltin('internal/bootstrap/globals').setupGlobals(host);

    const { processTicks } = requireBuiltin('internal/process/task_queues');
    const timers = requireBuiltin('internal/timers');
    const { onUnhandledRejection, processRejections, triggerUncaughtException } =
      requireBuiltin('internal/process/execution');
    setRejectionHandler(onUnhandledRejection);
    // worker_threads' side loads with the first worker, port or message (an agent without any never needs it)
    const later = (id, name) => {
      let fn;
      return (...args) => (fn ??= requireBuiltin(id)[name])(...args);
    };
    const worker = (name) => later('internal/worker', name);
    const io = (name) => later('internal/worker/io', name);
    const esm = requireBuiltin('internal/modules/esm/bridge');
    esm.installGlobal();
    // GraalJS asks this where each import leads (node's resolution: node_modules, "exports", "imports").
    registerModuleLookup(host.moduleLookup((refPath, specifier) =>
      requireBuiltin('internal/modules/esm/resolve').resolve(refPath, specifier)));

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
      processRejections: guard(processRejections),
      runMain: guard(() => requireBuiltin('internal/main/run').runMain(host)),
      runTimers: (now) => {
        timers.runTimers(now);
        runTicks();
      },
      runImmediates: () => {
        const more = timers.runImmediates();
        runTicks();
        return more;
      },
      beforeExit: guard(() => { process.emitBeforeExit(); }),
      emitExit: () => process.emitExitAndGetCode(),
      uncaughtException: guard((err) => triggerUncaughtException(err)),
      // a callback the host calls (an fs answer, data from a child process): as node's MakeCallback, its
      // nextTick queue runs after it, then the promise jobs
      invoke: guard((fn, ...args) => fn(...args)),
      esmSource: esm.esmSource,
      deliver: guard(io('deliver')),
      portClosed: guard(io('portClosed')),
      workerOnline: guard(worker('onWorkerOnline')),
      workerError: guard(worker('onWorkerError')),
      workerExit: guard(worker('onWorkerExit')),
    };
  }
  // A daemon's standby main agent runs this when no run has come for a moment after its first stage: it loads the
  // util.inspect package that a run's first report of an object or error needs (tens of ms in a warm engine).
  finish.whenIdle = () => { requireBuiltin('internal/util/inspect').loadPackage(); };
  return finish;
})
