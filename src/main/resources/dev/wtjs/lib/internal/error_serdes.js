'use strict';
// The error of a crashed worker, as it travels to the parent's 'error' event: the class (by name) and the
// error's properties with their descriptors, as node's; a non-error value travels as itself, or (what cannot be
// cloned) as its inspect text.

const { serialize, deserialize } = require('internal/worker/serialize');
const { isErrorLike } = require('internal/process/execution');

const ERROR_CLASSES = {
  Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError,
};

// node's TryGetAllProperties (lib/internal/error_serdes.js): the data properties of the error and of its
// prototype chain, as descriptors (getters are read), minus functions and symbols.
function tryGetAllProperties(object, target = object) {
  const all = { __proto__: null };
  if (object === null) return all;
  Object.assign(all, tryGetAllProperties(Object.getPrototypeOf(object), target));
  for (const key of Object.getOwnPropertyNames(object)) {
    let d;
    try {
      d = Object.getOwnPropertyDescriptor(object, key);
    } catch {
      continue;
    }
    if (d.get && key !== '__proto__') {
      try {
        d.value = d.get.call(target);
      } catch {
        // node leaves such a property out
      }
    }
    if ('value' in d && typeof d.value !== 'function' && typeof d.value !== 'symbol') {
      delete d.get;
      delete d.set;
      all[key] = d;
    }
  }
  return all;
}

// An error's properties travel together, its cause as an error or a value of its own (see record); undefined when
// one of the properties cannot be cloned. Keys come in node's order: V8 makes name, message, stack and cause before
// the others, GraalJS message first (fromRecord puts the cause after the stack).
const FIRST_KEYS = ['name', 'message', 'stack'];
function errorRecord(err) {
  const all = tryGetAllProperties(err);
  const rest = Object.keys(all).filter((key) => key !== 'cause' && !FIRST_KEYS.includes(key));
  const props = { __proto__: null };
  for (const k of [...FIRST_KEYS.filter((key) => key in all), ...rest]) props[k] = all[k];
  try {
    serialize(props);
  } catch {
    return undefined;
  }
  let ctor = 'Error';
  for (let p = Object.getPrototypeOf(err); p !== null; p = Object.getPrototypeOf(p)) {
    const name = p.constructor && p.constructor.name;
    if (name in ERROR_CLASSES) { ctor = name; break; }
  }
  // (a cause that is a symbol or function is not among the properties read above)
  const hasCause = Object.prototype.hasOwnProperty.call(err, 'cause');
  return { isError: true, ctor, props, cause: hasCause ? record(err.cause) : undefined, hasCause };
}

// What cannot be cloned travels as node sends it: a symbol as one made from its inspect text, anything else as
// that text. An error whose properties cannot be cloned goes as the serializer clones an error (the engine's own
// error: a standard name or Error, its message, stack and cause), or, when its cause cannot be cloned either, as
// its inspect text.
function record(value) {
  if (isErrorLike(value)) {
    const r = errorRecord(value);
    if (r !== undefined) return r;
  }
  try {
    serialize(value);
    return { isError: false, value };
  } catch {
    const text = require('internal/util/inspect').inspect(value);
    return typeof value === 'symbol' ? { isError: false, symbolText: text } : { isError: false, value: text };
  }
}

function serializeError(err) {
  return serialize(record(err)).payload;
}

// node makes the symbol's description from its inspect text, `Symbol(` and the closing `)` cut off, the end counted
// in UTF-8 bytes (so a description with other than ASCII keeps one character of the text more: `é)`).
function symbolFromText(text) {
  return Symbol(text.slice('Symbol('.length, Buffer.byteLength(text) - 1));
}

// As node's deserializeError: an object of the class's prototype with those properties, and an own
// Symbol.toStringTag 'Error'.
function fromRecord(o) {
  if (!o.isError) return 'symbolText' in o ? symbolFromText(o.symbolText) : o.value;
  const Ctor = ERROR_CLASSES[o.ctor] || Error;
  const cause = o.hasCause ? { value: fromRecord(o.cause), writable: true, enumerable: false, configurable: true } : null;
  const descriptors = { __proto__: null };
  for (const k of Object.keys(o.props)) {
    descriptors[k] = o.props[k];
    if (k === 'stack' && cause !== null) descriptors.cause = cause; // (the properties come in node's order)
  }
  if (cause !== null) descriptors.cause ??= cause;
  return withTag(Object.create(Ctor.prototype, descriptors));
}

function withTag(err) {
  return Object.defineProperty(err, Symbol.toStringTag, { value: 'Error', configurable: true });
}

function deserializeError(payload) {
  return fromRecord(deserialize(payload, null));
}

module.exports = { serializeError, deserializeError };
