'use strict';
// The error of a crashed worker, as it travels to the parent's 'error' event: the class (by name) and the
// error's properties with their descriptors, as node's; a non-error value travels as itself, or (what cannot be
// cloned) as its inspect text.

const { serialize, deserialize } = require('internal/worker/serialize');

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

function serializeError(err) {
  if (err !== null && typeof err === 'object' && typeof err.stack === 'string' && 'message' in err) {
    const all = tryGetAllProperties(err);
    const props = { __proto__: null };
    for (const k of Object.keys(all)) {
      try {
        serialize(all[k].value);
        props[k] = all[k];
      } catch {
        // dropped: it cannot be cloned
      }
    }
    let ctor = 'Error';
    for (let p = Object.getPrototypeOf(err); p !== null; p = Object.getPrototypeOf(p)) {
      const name = p.constructor && p.constructor.name;
      if (name in ERROR_CLASSES) { ctor = name; break; }
    }
    return serialize({ isError: true, ctor, props }).payload;
  }
  try {
    return serialize({ isError: false, value: err }).payload;
  } catch {
    // What cannot be cloned arrives as node sends it: a symbol as one of the same description, anything else as
    // its util.inspect text.
    if (typeof err === 'symbol') return serialize({ isError: false, symbol: err.description }).payload;
    return serialize({ isError: false, value: require('internal/util/inspect').inspect(err) }).payload;
  }
}

// As node's deserializeError: an object of the class's prototype with those properties, and an own
// Symbol.toStringTag 'Error'.
function deserializeError(payload) {
  const o = deserialize(payload, null);
  if (!o.isError) return 'symbol' in o ? Symbol(o.symbol) : o.value;
  const Ctor = ERROR_CLASSES[o.ctor] || Error;
  const props = o.props;
  Object.defineProperty(props, Symbol.toStringTag, {
    value: { value: 'Error', configurable: true }, enumerable: true,
  });
  return Object.create(Ctor.prototype, props);
}

module.exports = { serializeError, deserializeError };
