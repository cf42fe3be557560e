'use strict';
// The error of a crashed worker, as it travels to the parent's 'error' event: the class (by name), message,
// stack and own enumerable properties; a non-error value travels as itself.

const { serialize, deserialize } = require('internal/worker/serialize');

const ERROR_CLASSES = {
  Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError,
};

function serializeError(err) {
  if (err !== null && typeof err === 'object' && typeof err.stack === 'string' && 'message' in err) {
    const props = {};
    for (const k of Object.keys(err)) {
      try {
        serialize(err[k]);
        props[k] = err[k];
      } catch {
        // node drops properties it cannot clone
      }
    }
    let ctor = 'Error';
    for (let p = Object.getPrototypeOf(err); p !== null; p = Object.getPrototypeOf(p)) {
      const name = p.constructor && p.constructor.name;
      if (name in ERROR_CLASSES) { ctor = name; break; }
    }
    return serialize({ isError: true, ctor, name: err.name, message: err.message, stack: err.stack, props }).payload;
  }
  return serialize({ isError: false, value: err }).payload;
}

function deserializeError(payload) {
  const o = deserialize(payload, null);
  if (!o.isError) return o.value;
  const Ctor = ERROR_CLASSES[o.ctor] || Error;
  const err = Object.create(Ctor.prototype);
  Object.defineProperty(err, 'message', { value: o.message, writable: true, configurable: true });
  Object.defineProperty(err, 'stack', { value: o.stack, writable: true, configurable: true });
  if (o.name !== Ctor.prototype.name) {
    Object.defineProperty(err, 'name', { value: o.name, writable: true, configurable: true });
  }
  Object.assign(err, o.props);
  return err;
}

module.exports = { serializeError, deserializeError };
