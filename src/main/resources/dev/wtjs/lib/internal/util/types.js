'use strict';
// util.types: what kind of built-in object a value really is (by its internal slots, not its prototype or
// Symbol.toStringTag). The engine-level checks live in internalBinding('types'); the typed-array family is
// answered here from %TypedArray%.prototype[@@toStringTag], whose getter reads the slot and gives undefined for
// anything that is not a typed array.

const engine = internalBinding('types');

const typedArrayTagGetter =
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function typedArrayKind(value) {
  return typedArrayTagGetter.call(value);
}

function isTypedArray(value) {
  return typedArrayKind(value) !== undefined;
}

function typedArrayCheck(kind) {
  return { [`is${kind}`]: (value) => typedArrayKind(value) === kind }[`is${kind}`];
}

// crypto is not part of wtjs: its key objects only exist if a crypto module is ever added.
function cryptoCheck(name) {
  let check;
  return (value) => {
    if (check === undefined) {
      try {
        check = require('internal/crypto/keys')[name];
      } catch {
        check = () => false;
      }
    }
    return check(value);
  };
}

// node's order of the keys (Object.keys(util.types)).
const types = {
  isArgumentsObject: engine.isArgumentsObject,
  isArrayBuffer: engine.isArrayBuffer,
  isAsyncFunction: engine.isAsyncFunction,
  isBigIntObject: engine.isBigIntObject,
  isBooleanObject: engine.isBooleanObject,
  isDate: engine.isDate,
  isExternal: engine.isExternal,
  isGeneratorFunction: engine.isGeneratorFunction,
  isGeneratorObject: engine.isGeneratorObject,
  isMap: engine.isMap,
  isMapIterator: engine.isMapIterator,
  isModuleNamespaceObject: engine.isModuleNamespaceObject,
  isNativeError: engine.isNativeError,
  isNumberObject: engine.isNumberObject,
  isPromise: engine.isPromise,
  isProxy: engine.isProxy,
  isRegExp: engine.isRegExp,
  isSet: engine.isSet,
  isSetIterator: engine.isSetIterator,
  isSharedArrayBuffer: engine.isSharedArrayBuffer,
  isStringObject: engine.isStringObject,
  isSymbolObject: engine.isSymbolObject,
  isWeakMap: engine.isWeakMap,
  isWeakSet: engine.isWeakSet,
  isAnyArrayBuffer: engine.isAnyArrayBuffer,
  isBoxedPrimitive: engine.isBoxedPrimitive,
  isArrayBufferView: (value) => ArrayBuffer.isView(value),
  isDataView: engine.isDataView,
  isTypedArray,
};
for (const kind of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array', 'Int16Array',
                    'Int32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
                    'BigUint64Array']) {
  types[`is${kind}`] = typedArrayCheck(kind);
}
for (const name of ['isKeyObject', 'isCryptoKey']) {
  Object.defineProperty(types, name, { value: cryptoCheck(name), enumerable: true });
}

module.exports = types;
