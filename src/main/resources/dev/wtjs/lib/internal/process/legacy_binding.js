'use strict';
// process.binding(name): node's deprecated window onto its native bindings (DEP0111). Code written for old node
// probes a few of them; wtjs answers with the bindings it has in JavaScript, and for every other name fails as
// node does for a name it does not know (`Error: No such module: <name>`).

function typeChecks() {
  const types = require('internal/util/types');
  const out = {};
  for (const name of ['isAnyArrayBuffer', 'isArrayBuffer', 'isArrayBufferView', 'isAsyncFunction', 'isDataView',
                      'isDate', 'isExternal', 'isMap', 'isMapIterator', 'isNativeError', 'isPromise', 'isRegExp',
                      'isSet', 'isSetIterator', 'isTypedArray', 'isUint8Array']) {
    out[name] = types[name];
  }
  return out;
}

const available = {
  __proto__: null,
  buffer: () => internalBinding('buffer'),
  config: () => internalBinding('config'),
  constants: () => internalBinding('constants'),
  util: typeChecks,
  uv: () => internalBinding('uv'),
};
const made = new Map();

function binding(name) {
  const make = available[name];
  if (make === undefined) throw new Error(`No such module: ${name}`);
  if (!made.has(name)) made.set(name, make());
  return made.get(name);
}

module.exports = { binding };
