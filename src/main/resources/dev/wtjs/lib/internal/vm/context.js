'use strict';
// vm contexts. Each is a new realm of this agent's GraalJS context (GraalJS's Realm builtin): its own global
// object and its own Object, Array, Error ... Node's contextified sandbox is a V8 global whose property lookups
// fall through to the sandbox object; GraalJS has no such hook, so the two are kept in step around every run:
// - each property of the sandbox is an accessor on the realm's global that reads and writes the sandbox;
// - what code in the realm declares or assigns on its global (var, function, a builtin overwritten) is copied
//   to the sandbox after the run, and copied back before the next one if the sandbox changed it meanwhile;
// - a sandbox property the code deleted from the global is deleted from the sandbox.

const realms = internalBinding('realms');
const { codes } = require('internal/errors');

const DONT_CONTEXTIFY = Symbol('vm_context_no_contextify');

// What a fresh GraalJS realm has and a fresh V8 context has not.
const ENGINE_GLOBALS = ['quit', 'readline', 'read', 'readbuffer', 'arguments', 'MLE', 'Realm', 'Graal',
                        'AsyncContext', 'Java', 'Packages', 'Polyglot', 'print', 'printErr', 'load',
                        'loadWithNewGlobal', 'performance'];

// A new V8 context has V8's own console, which reports to an attached inspector only: in node (and here) its
// methods print nothing.
const CONSOLE_METHODS = ['debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace', 'group',
                         'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile',
                         'profileEnd', 'time', 'timeLog', 'timeEnd', 'timeStamp', 'context'];

const states = new WeakMap();   // sandbox (or an uncontextified global) -> its realm's state

function newRealm() {
  const index = realms.create();
  const global = realms.global(index);
  for (const name of ENGINE_GLOBALS) delete global[name];
  Object.defineProperty(global.Error, 'isError', { value: Error.isError, writable: true, configurable: true });
  const console = realms.eval(index, `({ ${CONSOLE_METHODS.map((m) => `${m}() {}`).join(', ')} })`);
  Object.defineProperty(global, 'console', { value: console, writable: true, configurable: true, enumerable: false });
  return { index, global };
}

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

function createContext(sandbox = {}, options = undefined) {
  if (sandbox === DONT_CONTEXTIFY) {
    const { index, global } = newRealm();
    states.set(global, { index, global, sandbox: global, plain: true });
    return global;
  }
  if (!isObjectLike(sandbox)) throw new codes.ERR_INVALID_ARG_TYPE('object', 'Object', sandbox);
  if (states.has(sandbox)) return sandbox;
  if (options !== undefined) require('internal/validators').validateObject(options, 'options');
  const { index, global } = newRealm();
  const baseline = new Map();
  for (const key of Reflect.ownKeys(global)) baseline.set(key, global[key]);
  states.set(sandbox, { index, global, sandbox, plain: false, baseline, linked: new Set(), owned: new Set() });
  return sandbox;
}

function isContext(object) {
  if (!isObjectLike(object)) throw new codes.ERR_INVALID_ARG_TYPE('object', 'Object', object);
  return states.has(object);
}

// The state of a contextified object, or node's error for anything else.
function stateOf(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new codes.ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
  return states.get(contextifiedObject);
}

// The realm's global object behind a context (for moveMessagePortToContext), or undefined.
function globalOf(contextifiedObject) {
  return isObjectLike(contextifiedObject) ? states.get(contextifiedObject)?.global : undefined;
}

function link(state, key) {
  const { global, sandbox } = state;
  try {
    Object.defineProperty(global, key, {
      get: () => sandbox[key],
      set: (value) => { sandbox[key] = value; },
      enumerable: true,
      configurable: true,
    });
    state.linked.add(key);
  } catch {
    global[key] = sandbox[key];   // a non-configurable global (undefined, NaN ...): a copy
  }
}

function beforeRun(state) {
  const { global, sandbox, linked, owned } = state;
  for (const key of Reflect.ownKeys(sandbox)) {
    if (!linked.has(key) && !owned.has(key)) link(state, key);
  }
  for (const key of owned) {
    if (key in sandbox && global[key] !== sandbox[key]) {
      try {
        global[key] = sandbox[key];
      } catch {
        // read-only in the realm
      }
    }
  }
}

function afterRun(state) {
  const { global, sandbox, linked, owned, baseline } = state;
  for (const key of linked) {
    const desc = Object.getOwnPropertyDescriptor(global, key);
    if (desc === undefined) {
      linked.delete(key);
      delete sandbox[key];
    } else if (!('get' in desc)) {
      linked.delete(key);       // redeclared by a function declaration: the realm owns it now
      owned.add(key);
    }
  }
  for (const key of Reflect.ownKeys(global)) {
    if (linked.has(key)) continue;
    if (!owned.has(key)) {
      if (baseline.has(key) && Object.is(baseline.get(key), global[key])) continue;
      owned.add(key);
    }
    sandbox[key] = global[key];
  }
  for (const key of owned) {
    if (!Object.prototype.hasOwnProperty.call(global, key)) {
      owned.delete(key);
      delete sandbox[key];
    }
  }
}

// Code given a file name for stack traces (GraalJS honours a sourceURL comment in code it evaluates).
function named(code, filename) {
  return `${code}\n//# sourceURL=${filename.replace(/[\r\n]/g, ' ')}`;
}

// Runs a script in the context's realm; its completion value.
const host = internalBinding('host');
function evalScript(state, code, filename) {
  state.evaluator ??= realms.eval(state.index, '(host, file, code) => host.evalScript(file, code)');
  return state.evaluator(host, filename, code);
}

// Calls `run` for at most `timeout` ms (vm's options.timeout; undefined: no limit). A script still running then is
// stopped and node's error is thrown here, at the call site: a plain Error of the realm the script ran in, with a
// code.
function withTimeout(timeout, run, ErrorOfRealm = Error) {
  if (timeout === undefined) return run();
  let value;
  if (!host.runTimed(timeout, () => { value = run(); })) {
    const error = new ErrorOfRealm(`Script execution timed out after ${timeout}ms`);
    Error.captureStackTrace(error, withTimeout);
    error.code = 'ERR_SCRIPT_EXECUTION_TIMEOUT';
    throw error;
  }
  return value;
}

function runIn(contextifiedObject, code, filename, timeout) {
  const state = stateOf(contextifiedObject);
  const run = () => evalScript(state, code, filename);
  if (state.plain) return withTimeout(timeout, run, state.global.Error);
  beforeRun(state);
  try {
    return withTimeout(timeout, run, state.global.Error);
  } finally {
    afterRun(state);
  }
}

// Evaluates an expression in the context's realm (compileFunction's wrapper), without the sandbox's sync.
function evalIn(contextifiedObject, code, filename) {
  const state = stateOf(contextifiedObject);
  if (!state.plain) beforeRun(state);
  return realms.eval(state.index, named(code, filename));
}

module.exports = { DONT_CONTEXTIFY, createContext, isContext, stateOf, globalOf, runIn, evalIn, withTimeout };
