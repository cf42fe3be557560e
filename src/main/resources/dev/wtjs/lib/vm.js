'use strict';
// vm: code compiled from text and run in this realm (runInThisContext) or in a context of its own (createContext,
// runInContext, runInNewContext), each context a new GraalJS realm (internal/vm/context). README lists what
// differs from node: no code cache, the sandbox kept in step around each run.

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const {
  validateArray, validateBoolean, validateInt32, validateObject, validateOneOf, validateString, validateUint32,
} = require('internal/validators');
const contexts = require('internal/vm/context');

const host = internalBinding('host');

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: contexts.DONT_CONTEXTIFY,
});

// A magic comment's value (//# sourceURL=..., //# sourceMappingURL=...), the last one in the code.
function magicComment(code, name) {
  let value;
  for (const m of code.matchAll(new RegExp(`^[ \\t]*//[#@][ \\t]*${name}=[ \\t]*(\\S*)[ \\t]*$`, 'gm'))) value = m[1];
  return value;
}

// The options of runInThisContext/runInContext/runInNewContext (a string is the file name).
function runOptions(options) {
  if (options === undefined || typeof options === 'string') return undefined;
  validateObject(options, 'options');
  const { displayErrors = true, breakOnSigint = false, timeout } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  return timeout;
}

// node's Script stands on a native ContextifyScript, which holds createCachedData.
class ContextifyScript {
  createCachedData() {
    return Buffer.alloc(0);
  }
}

// The code and file name a script runs as, from node's (code, options) after node's checks.
function scriptSource(code, options = {}) {
  const text = `${code}`;
  const opts = typeof options === 'string' ? { filename: options } : options;
  validateObject(opts, 'options');
  const {
    filename = 'evalmachine.<anonymous>', lineOffset = 0, columnOffset = 0, cachedData, produceCachedData = false,
  } = opts;
  validateString(filename, 'options.filename');
  validateInt32(lineOffset, 'options.lineOffset');
  validateInt32(columnOffset, 'options.columnOffset');
  if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  // Offsets move the code down and right, so the engine reports its positions shifted as node does.
  const source = '\n'.repeat(Math.max(0, lineOffset)) + ' '.repeat(Math.max(0, columnOffset)) + text;
  return { text, source, filename, cachedData, produceCachedData };
}

class Script extends ContextifyScript {
  #source;
  #filename;

  constructor(code, options = {}) {
    super();
    const { text, source, filename, cachedData, produceCachedData } = scriptSource(code, options);
    this.#source = source;
    this.#filename = filename;
    host.parseScript(filename, source);
    this.sourceURL = magicComment(text, 'sourceURL');
    this.sourceMapURL = magicComment(text, 'sourceMappingURL');
    // GraalJS has no code cache to give or take: given data is rejected, none is produced.
    if (cachedData !== undefined) this.cachedDataRejected = true;
    if (produceCachedData) this.cachedDataProduced = false;
  }

  runInThisContext(options) {
    const timeout = runOptions(options);
    return contexts.withTimeout(timeout, () => host.evalScript(this.#filename, this.#source));
  }

  runInContext(contextifiedObject, options) {
    contexts.stateOf(contextifiedObject);
    const timeout = runOptions(options);
    return contexts.runIn(contextifiedObject, this.#source, this.#filename, timeout);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, options === undefined || typeof options === 'string' ?
      undefined : contextOptions(options));
    return this.runInContext(context, options);
  }
}

function contextOptions(options) {
  const out = {};
  for (const [from, to] of [['contextName', 'name'], ['contextOrigin', 'origin'],
    ['contextCodeGeneration', 'codeGeneration'], ['microtaskMode', 'microtaskMode']]) {
    if (options[from] !== undefined) out[to] = options[from];
  }
  return out;
}

function createContext(contextObject = {}, options = {}) {
  if (contextObject !== constants.DONT_CONTEXTIFY && options !== undefined) {
    validateObject(options, 'options');
    const { name, origin, microtaskMode } = options;
    if (name !== undefined) validateString(name, 'options.name');
    if (origin !== undefined) validateString(origin, 'options.origin');
    if (microtaskMode !== undefined) validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate']);
  }
  return contexts.createContext(contextObject);
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  return new Script(code, options).runInThisContext(options);
}

// (compiled in the context's realm, as node does: a SyntaxError is the context's own)
function runInContext(code, contextifiedObject, options) {
  contexts.stateOf(contextifiedObject);
  const { source, filename } = scriptSource(code, options);
  const timeout = runOptions(options);
  return contexts.runIn(contextifiedObject, source, filename, timeout);
}

function runInNewContext(code, contextObject, options) {
  const context = createContext(contextObject, options === undefined || typeof options === 'string' ?
    undefined : contextOptions(options));
  return runInContext(code, context, options);
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  params.forEach((p, i) => validateString(p, `params[${i}]`));
  validateObject(options, 'options');
  const { filename = '', parsingContext, contextExtensions = [] } = options;
  validateString(filename, 'options.filename');
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((e, i) => validateObject(e, `options.contextExtensions[${i}]`));
  if (parsingContext !== undefined && !contexts.isContext(parsingContext)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
  }
  // Each extension object's properties are in scope, as node's context extensions are: `with`, outside the
  // function, so the function's own code may still be strict.
  const ext = contextExtensions.map((_, i) => `__wtjs_vm_extension${i}`);
  const fn = `function (${params.join(', ')}) {${code}\n}`;
  const source = ext.length === 0 ? `(${fn})` :
    `(function (${ext.join(', ')}) { ${ext.map((e) => `with (${e}) `).join('')}return ${fn}; })`;
  const made = parsingContext === undefined ? host.evalScript(filename, source) :
    contexts.evalIn(parsingContext, source, filename);
  return ext.length === 0 ? made : made(...contextExtensions);
}

function measureMemory(options = {}) {
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  require('internal/util').emitExperimentalWarning('vm.measureMemory');
  // The JVM heap is shared by every agent: its use is the estimate, its size the upper bound.
  const { heapUsed, heapTotal } = process.memoryUsage();
  return Promise.resolve({ total: { jsMemoryEstimate: heapUsed, jsMemoryRange: [heapUsed, heapTotal] } });
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext: contexts.isContext,
  compileFunction,
  measureMemory,
  constants,
};
