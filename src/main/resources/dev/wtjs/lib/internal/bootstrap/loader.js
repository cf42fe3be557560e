'use strict';
// The builtin module loader. Shared by the Java host (Agent) and by tools/lib-harness.js (under node), so a
// builtin behaves the same in both. Evaluated as an expression: a function from host hooks to the loader.
//
// hooks.read(id)              -> the source of lib/<id>.js, or null/undefined when there is no such builtin
// hooks.compile(id, src, ps, adapted) -> a function with parameters ps whose body is src (the host may take
//                                the builtin's own text by its id unless `adapted`: see requireDep)
// hooks.host                  -> the agent's Java binding (reachable from builtins only, as internalBinding('host'))
// hooks.process               -> the process object handed to every builtin
// hooks.cpuMillis()           -> this thread's CPU time; when given, each builtin's load is written to stderr
//                                (WTJS_TRACE_START): its own CPU ms and its total with what it required
//
// Builtins are wrapped like node's: (exports, require, module, process, internalBinding, primordials).
// Ids deps/<package>/<file> are bundled npm packages (src/main/js-deps): plain CommonJS files wrapped as
// (exports, require, module, wtjsProvided), whose require reaches only relative files of the same package.
// requireDep(id, adapt, provided) compiles adapt(source) instead, the pinned package's text with a small change that
// hands it `provided` (seen as wtjsProvided) in place of something of its own that wtjs has already.
(function createBuiltinLoader(hooks) {
  const PARAMS = ['exports', 'require', 'module', 'process', 'internalBinding', 'primordials'];
  const DEP_PARAMS = ['exports', 'require', 'module', 'wtjsProvided'];
  const cache = new Map();
  const bindings = new Map();
  const primordials = Object.create(null);
  hooks.compile('internal/per_context/primordials',
    hooks.read('internal/per_context/primordials'), ['primordials', 'globalThis'])(primordials, globalThis);
  Object.freeze(primordials);

  // The CPU time of the loads under way (innermost last), so each is reported less what it required.
  const traced = hooks.cpuMillis === undefined ? [] : [0];
  function beginTrace() {
    traced.push(0);
    return hooks.cpuMillis();
  }
  function endTrace(id, started) {
    const total = hooks.cpuMillis() - started;
    const inner = traced.pop();
    traced[traced.length - 1] += total;
    hooks.host.write(2, `${'  '.repeat(traced.length)}builtin ${id}: ${(total - inner).toFixed(1)} ms CPU ` +
      `(${total.toFixed(1)} with what it required)\n`);
  }

  function exists(id) {
    if (cache.has(id)) return true;
    const src = hooks.read(id);
    return src !== null && src !== undefined;
  }

  function requireBuiltin(id) {
    const cached = cache.get(id);
    if (cached !== undefined) return cached.exports;
    if (id.startsWith('deps/')) return requireDep(id);
    const src = hooks.read(id);
    if (src === null || src === undefined) {
      const err = new Error(`No such built-in module: ${id}`);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw err;
    }
    const module = { id, exports: {}, loaded: false };
    cache.set(id, module);
    const started = traced.length === 0 ? undefined : beginTrace();
    try {
      hooks.compile(id, src, PARAMS).call(undefined, module.exports, requireBuiltin, module,
                                          hooks.process, internalBinding, primordials);
    } catch (e) {
      cache.delete(id);
      throw e;
    } finally {
      if (started !== undefined) endTrace(id, started);
    }
    module.loaded = true;
    return module.exports;
  }

  // 'deps/pkg/dist/a' + './b.js' -> 'deps/pkg/dist/b'; never leaves deps/pkg/.
  function resolveInDep(fromId, request) {
    const parts = fromId.split('/');
    const root = parts.slice(0, 2);
    const dir = parts.slice(2, -1);
    for (const part of request.replace(/\.js$/, '').split('/')) {
      if (part === '..') {
        if (dir.length === 0) return undefined;
        dir.pop();
      } else if (part !== '.' && part !== '') {
        dir.push(part);
      }
    }
    return [...root, ...dir].join('/');
  }

  function requireDep(id, adapt, provided) {
    const cached = cache.get(id);
    if (cached !== undefined) return cached.exports;
    const read = hooks.read(id);
    const src = adapt === undefined || read === null || read === undefined ? read : adapt(read);
    if (src === null || src === undefined) {
      const err = new Error(`Cannot find bundled module '${id}'`);
      err.code = 'MODULE_NOT_FOUND';
      throw err;
    }
    const module = { id, exports: {}, loaded: false };
    const localRequire = (request) => {
      const target = request.startsWith('./') || request.startsWith('../') ? resolveInDep(id, request) : undefined;
      if (target === undefined) {
        const err = new Error(`Cannot find module '${request}' from bundled '${id}'`);
        err.code = 'MODULE_NOT_FOUND';
        throw err;
      }
      return requireDep(target);
    };
    cache.set(id, module);
    try {
      hooks.compile(id, src, DEP_PARAMS, adapt !== undefined).call(module.exports, module.exports, localRequire, module,
                                                                    provided);
    } catch (e) {
      cache.delete(id);
      throw e;
    }
    module.loaded = true;
    return module.exports;
  }

  function internalBinding(name) {
    if (name === 'host') return hooks.host;
    if (name === 'loader') return api;
    if (name === 'shared_memory') return hooks.sharedMemory;
    if (name === 'async_context') return hooks.asyncContext;
    if (name === 'realms') return hooks.realms;
    let b = bindings.get(name);
    if (b === undefined) {
      b = requireBuiltin(`internal/binding/${name}`);
      bindings.set(name, b);
    }
    return b;
  }

  // Ids a user may require: not internal/, and present.
  function canBeRequiredByUsers(id) {
    return !id.startsWith('internal/') && !id.startsWith('deps/') && exists(id);
  }

  const api = { requireBuiltin, requireDep, internalBinding, primordials, canBeRequiredByUsers, exists };
  return api;
})
