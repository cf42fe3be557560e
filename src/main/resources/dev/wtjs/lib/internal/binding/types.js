'use strict';
// Pure-JS replacement for node's internalBinding('types') (src/node_types.cc). Brand checks are done by calling
// a built-in method or getter that throws (or answers undefined) for objects lacking the internal slot, so they
// are not fooled by prototypes or Symbol.toStringTag. Where JS has no side-effect free brand check (Promise,
// Proxy, arguments, generators, module namespaces, Map/Set iterators) the host is asked when it can answer.

const {
  ArrayBufferIsView,
  FunctionPrototypeCall,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectPrototypeToString,
  Promise,
  SymbolToStringTag,
} = primordials;

const host = internalBinding('host');
function hostFn(name) {
  const fn = host?.[name];
  return typeof fn === 'function' ? fn : undefined;
}

function isObjectLike(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

function brand(getterOrMethod) {
  return function check(value) {
    if (!isObjectLike(value)) return false;
    try {
      FunctionPrototypeCall(getterOrMethod, value);
      return true;
    } catch {
      return false;
    }
  };
}

function getter(proto, name) {
  return ObjectGetOwnPropertyDescriptor(proto, name).get;
}

const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayPrototypeGetSymbolToStringTag = getter(TypedArrayPrototype, SymbolToStringTag);

function typedArrayTag(value) {
  return FunctionPrototypeCall(TypedArrayPrototypeGetSymbolToStringTag, value);
}

const isArrayBuffer = brand(getter(ArrayBuffer.prototype, 'byteLength'));
const isSharedArrayBuffer = typeof SharedArrayBuffer === 'function' ?
  brand(getter(SharedArrayBuffer.prototype, 'byteLength')) : () => false;
const isDate = brand(Date.prototype.getTime);
const isMapBrand = brand(getter(Map.prototype, 'size'));
const isSetBrand = brand(getter(Set.prototype, 'size'));
const WeakMapHas = WeakMap.prototype.has;
const WeakSetHas = WeakSet.prototype.has;
const RegExpSourceGetter = getter(RegExp.prototype, 'source');

function isWeakMap(value) {
  if (!isObjectLike(value)) return false;
  try { FunctionPrototypeCall(WeakMapHas, value, {}); return true; } catch { return false; }
}
function isWeakSet(value) {
  if (!isObjectLike(value)) return false;
  try { FunctionPrototypeCall(WeakSetHas, value, {}); return true; } catch { return false; }
}
function isRegExp(value) {
  if (!isObjectLike(value) || value === RegExp.prototype) return false;
  try { FunctionPrototypeCall(RegExpSourceGetter, value); return true; } catch { return false; }
}

function boxed(proto, typeofValue) {
  const valueOf = proto.valueOf;
  return function check(value) {
    if (typeof value !== 'object' || value === null) return false;
    try {
      return typeof FunctionPrototypeCall(valueOf, value) === typeofValue;
    } catch {
      return false;
    }
  };
}
const isNumberObject = boxed(Number.prototype, 'number');
const isStringObject = boxed(String.prototype, 'string');
const isBooleanObject = boxed(Boolean.prototype, 'boolean');
const isBigIntObject = boxed(BigInt.prototype, 'bigint');
const isSymbolObject = boxed(Symbol.prototype, 'symbol');
function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

function isTypedArray(value) {
  return isObjectLike(value) && typedArrayTag(value) !== undefined;
}
function typedArrayIs(name) {
  return (value) => isObjectLike(value) && typedArrayTag(value) === name;
}
function isArrayBufferView(value) {
  return ArrayBufferIsView(value);
}
function isDataView(value) {
  return ArrayBufferIsView(value) && typedArrayTag(value) === undefined;
}
function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

// Checks that V8 does on internal slots we cannot probe: ask the host, else use the spec'd tag.
function tagged(hostName, tags, extra) {
  return function check(value) {
    if (!isObjectLike(value)) return false;
    const fn = hostFn(hostName);
    if (fn !== undefined) return !!fn(value);
    let tag;
    try {
      tag = ObjectPrototypeToString(value);
    } catch {
      return false; // a revoked proxy
    }
    for (let i = 0; i < tags.length; i++) {
      if (tag === tags[i]) return extra === undefined || extra(value);
    }
    return false;
  };
}

const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function() {});
const GeneratorFunctionPrototype = ObjectGetPrototypeOf(function*() {});
const AsyncGeneratorFunctionPrototype = ObjectGetPrototypeOf(async function*() {});
const MapIteratorPrototype = ObjectGetPrototypeOf(new Map().entries());
const SetIteratorPrototype = ObjectGetPrototypeOf(new Set().entries());
const GeneratorPrototype = ObjectGetPrototypeOf(GeneratorFunctionPrototype.prototype);
void GeneratorPrototype;

const isAsyncFunction = tagged('isAsyncFunction', ['[object AsyncFunction]', '[object AsyncGeneratorFunction]'],
                               (v) => typeof v === 'function');
const isGeneratorFunction = tagged('isGeneratorFunction',
                                   ['[object GeneratorFunction]', '[object AsyncGeneratorFunction]'],
                                   (v) => typeof v === 'function');
const isGeneratorObject = tagged('isGeneratorObject', ['[object Generator]', '[object AsyncGenerator]'],
                                 (v) => typeof v === 'object');
const isMapIterator = tagged('isMapIterator', ['[object Map Iterator]'], (v) => v !== MapIteratorPrototype);
const isSetIterator = tagged('isSetIterator', ['[object Set Iterator]'], (v) => v !== SetIteratorPrototype);
const isArgumentsObject = tagged('isArgumentsObject', ['[object Arguments]'], (v) => typeof v === 'object');
const isModuleNamespaceObject = tagged('isModuleNamespaceObject', ['[object Module]'],
                                       (v) => ObjectGetPrototypeOf(v) === null);
const isPromise = tagged('isPromise', ['[object Promise]'], (v) => v !== Promise.prototype);
void AsyncFunctionPrototype; void AsyncGeneratorFunctionPrototype;

// the engine's own Error.isError (primordials are taken before the bootstrap adds one made from this function)
const ErrorIsError = primordials.ErrorIsError;
function isNativeError(value) {
  if (ErrorIsError !== undefined) return ErrorIsError(value);
  if (!isObjectLike(value)) return false;
  const fn = hostFn('isNativeError');
  if (fn !== undefined) return !!fn(value);
  // [[ErrorData]] is what makes Object.prototype.toString answer "Error" when no @@toStringTag overrides it.
  if (!(SymbolToStringTag in value)) return ObjectPrototypeToString(value) === '[object Error]';
  return value instanceof Error;
}

function isMap(value) { return isMapBrand(value); }
function isSet(value) { return isSetBrand(value); }

function isProxy(value) {
  if (!isObjectLike(value)) return false;
  const fn = hostFn('isProxy');
  return fn !== undefined ? !!fn(value) : false;
}

function isExternal() { return false; }

module.exports = {
  isExternal,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
};
void isTypedArray; void isArrayBufferView; void typedArrayIs;
