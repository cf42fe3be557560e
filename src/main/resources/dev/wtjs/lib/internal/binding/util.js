'use strict';
// Pure-JS replacement for node's internalBinding('util') (src/node_util.cc). Where only the engine can answer
// (a Promise's state, a Proxy's target, the entries of a WeakMap or of a live Map/Set iterator) we ask the Java
// host (internalBinding('host')) when it offers the method, and degrade otherwise.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  BigInt,
  FunctionPrototypeCall,
  JSONParse,
  NumberParseInt,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypePropertyIsEnumerable,
  ReflectOwnKeys,
  String,
  Symbol,
} = primordials;

const host = internalBinding('host');

const constants = {
  kPending: 0,
  kFulfilled: 1,
  kRejected: 2,
  kExiting: 0,
  kExitCode: 1,
  kHasExitCode: 2,
  ALL_PROPERTIES: 0,
  ONLY_WRITABLE: 1,
  ONLY_ENUMERABLE: 2,
  ONLY_CONFIGURABLE: 4,
  SKIP_STRINGS: 8,
  SKIP_SYMBOLS: 16,
  kDisallowCloneAndTransfer: 0,
  kTransferable: 1,
  kCloneable: 2,
};

// node uses V8 private symbols; ordinary symbols are the closest we can do in JS.
const privateSymbols = {
  __proto__: null,
  arrow_message_private_symbol: Symbol('node:arrowMessage'),
  contextify_context_private_symbol: Symbol('node:contextify:context'),
  decorated_private_symbol: Symbol('node:decorated'),
  host_defined_option_symbol: Symbol('node:host_defined_option_symbol'),
  napi_type_tag: Symbol('node:napi:type_tag'),
  napi_wrapper: Symbol('node:napi:wrapper'),
  untransferable_object_private_symbol: Symbol('node:untransferableObject'),
  exit_info_private_symbol: Symbol('node:exit_info_private_symbol'),
  promise_trace_id: Symbol('node:promise_trace_id'),
  entry_point_module_private_symbol: Symbol('node:entry_point_module'),
  entry_point_promise_private_symbol: Symbol('node:entry_point_promise'),
  module_source_private_symbol: Symbol('node:module_source'),
  module_export_names_private_symbol: Symbol('node:module_export_names'),
  module_circular_visited_private_symbol: Symbol('node:module_circular_visited'),
  module_export_private_symbol: Symbol('node:module_export'),
  module_parent_private_symbol: Symbol('node:module_parent'),
  module_first_parent_private_symbol: Symbol('node:module_first_parent'),
};

function hostFn(name) {
  const fn = host?.[name];
  return typeof fn === 'function' ? fn : undefined;
}

// An array index is a canonical numeric string below 2**32 - 1.
function isArrayIndex(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  if (key.length > 1 && key[0] === '0') return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return NumberParseInt(key, 10) < 4294967295;
}

function getOwnNonIndexProperties(obj, filter) {
  const keys = ReflectOwnKeys(obj);
  const result = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (typeof key === 'string') {
      if ((filter & constants.SKIP_STRINGS) !== 0 || isArrayIndex(key)) continue;
    } else if ((filter & constants.SKIP_SYMBOLS) !== 0) {
      continue;
    }
    if (filter & (constants.ONLY_ENUMERABLE | constants.ONLY_WRITABLE | constants.ONLY_CONFIGURABLE)) {
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (desc === undefined) continue;
      if ((filter & constants.ONLY_ENUMERABLE) && !desc.enumerable) continue;
      if ((filter & constants.ONLY_CONFIGURABLE) && !desc.configurable) continue;
      if ((filter & constants.ONLY_WRITABLE) && desc.writable === false) continue;
    }
    ArrayPrototypePush(result, key);
  }
  return result;
}

// [state] while pending, [state, result] once settled with a primitive result, [state] when settled with any
// other result (the engine shows no more), or undefined when the engine cannot tell. The host hands GraalJS's display
// text of the promise: `Promise{[[PromiseStatus]]: "resolved", [[PromiseValue]]: 4}`.
const PROMISE_TEXT = /^Promise\{\[\[PromiseStatus\]\]: "(pending|resolved|rejected)", \[\[PromiseValue\]\]: (.*)\}$/s;
const PROMISE_STATES = { pending: constants.kPending, resolved: constants.kFulfilled, rejected: constants.kRejected };
function getPromiseDetails(promise) {
  const text = hostFn('promiseText')?.(promise);
  const parts = typeof text === 'string' ? PROMISE_TEXT.exec(text) : null;
  if (parts === null) return undefined;
  const state = PROMISE_STATES[parts[1]];
  if (state === constants.kPending) return [state];
  const result = primitiveFromText(parts[2]);
  return result === NOT_A_PRIMITIVE ? [state] : [state, result];
}

// The value a primitive's display text stands for (as GraalJS writes it: strings JSON-quoted, bigints with n;
// a symbol is made anew with its description).
const NOT_A_PRIMITIVE = Symbol('not a primitive');
const NAMED_VALUES = { undefined, null: null, true: true, false: false, NaN, Infinity, '-Infinity': -Infinity };
function primitiveFromText(text) {
  if (ObjectPrototypeHasOwnProperty(NAMED_VALUES, text)) return NAMED_VALUES[text];
  if (/^-?\d+n$/.test(text)) return BigInt(text.slice(0, -1));
  // (a symbol of the same description: what a reader of the details can do with it is print it)
  if (/^Symbol\(.*\)$/s.test(text)) return Symbol(text.slice(7, -1));
  if (/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(text)) return Number(text);
  if (text.startsWith('"')) {
    try {
      const value = JSONParse(text);
      if (typeof value === 'string') return value;
    } catch {
      // (a character the display text does not escape as JSON would)
    }
  }
  return NOT_A_PRIMITIVE;
}

// For a proxy: [target, handler] (showProxy) or target; undefined when not a proxy (or unknown).
function getProxyDetails(value, showProxy = true) {
  const fn = hostFn('getProxyDetails');
  if (fn !== undefined) return fn(value, showProxy);
  return undefined;
}

// Entries of a WeakMap/WeakSet/Map iterator/Set iterator without side effects:
// isIterator ? [entries, isKeyValue] : entries. undefined when the engine cannot tell.
function previewEntries(value, isIterator) {
  const fn = hostFn('previewEntries');
  if (fn !== undefined) return fn(value, isIterator);
  return undefined;
}

function getConstructorName(obj) {
  const fn = hostFn('getConstructorName');
  if (fn !== undefined) return fn(obj);
  // V8 answers the name of the function that created the object; without the engine the best guess is its
  // kind (node only asks when no constructor is found on the prototype chain).
  if (typeof obj === 'function') return 'Function';
  if (ArrayIsArray(obj)) return 'Array';
  return 'Object';
}

function getExternalValue() {
  return 0n;
}

function isArrayBufferDetached(buffer) {
  const detached = buffer.detached;
  if (typeof detached === 'boolean') return detached;
  if (buffer.byteLength !== 0) return false;
  try {
    new Uint8Array(buffer); // eslint-disable-line no-new
    return false;
  } catch {
    return true;
  }
}

function guessHandleType(fd) {
  const fn = hostFn('guessHandleType');
  if (fn !== undefined) return fn(fd);
  return 'UNKNOWN';
}

function sleep(msec) {
  const fn = hostFn('sleep');
  if (fn !== undefined) return fn(msec);
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, msec);
  } catch {
    const end = Date.now() + msec;
    while (Date.now() < end);
  }
}

function getCallerLocation() {
  return undefined;
}

function isConstructor(fn) {
  if (typeof fn !== 'function') return false;
  try {
    Reflect.construct(String, [], fn);
    return true;
  } catch {
    return false;
  }
}

function defineLazyProperties(target, id, keys, enumerable = true) {
  // Only used by node's bootstrap; kept for completeness.
  for (const key of keys) {
    let value;
    let loaded = false;
    Object.defineProperty(target, key, {
      __proto__: null,
      enumerable,
      configurable: true,
      get() {
        if (!loaded) { value = require(id)[key]; loaded = true; }
        return value;
      },
      set(v) { value = v; loaded = true; },
    });
  }
}

function parseEnv(content) {
  const result = {};
  const lines = String(content).split(/\r?\n/);
  for (let line of lines) {
    line = line.trim();
    if (line === '' || line[0] === '#') continue;
    if (line.startsWith('export ')) line = line.slice(7);
    const eq = line.indexOf('=');
    if (eq === -1) continue;
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    const q = value[0];
    if ((q === '"' || q === "'" || q === '`') && value.endsWith(q) && value.length > 1) {
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\n/g, '\n');
    } else {
      const hash = value.indexOf(' #');
      if (hash !== -1) value = value.slice(0, hash).trim();
    }
    result[key] = value;
  }
  return result;
}

const shouldAbortOnUncaughtToggle = [0];

module.exports = {
  constants,
  privateSymbols,
  getOwnNonIndexProperties,
  getPromiseDetails,
  getProxyDetails,
  previewEntries,
  getConstructorName,
  getExternalValue,
  isArrayBufferDetached,
  guessHandleType,
  sleep,
  getCallerLocation,
  isConstructor,
  defineLazyProperties,
  parseEnv,
  shouldAbortOnUncaughtToggle,
  isInsideNodeModules() { return false; },
  WeakReference: class WeakReference {
    #ref;
    constructor(obj) { this.#ref = new WeakRef(obj); }
    get() { return this.#ref.deref(); }
    incRef() {}
    decRef() {}
  },
};
void FunctionPrototypeCall; void ObjectPrototypeHasOwnProperty; void ObjectPrototypePropertyIsEnumerable;
