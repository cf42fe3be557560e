'use strict';
// Pure-JS replacement for node's C++ internalBinding('serdes'): V8's ValueSerializer / ValueDeserializer
// (wire format version 15, byte-compatible with node 20's v8.serialize) plus node's delegate plumbing.
//
// Serializer delegate hooks (looked up on the instance, so a subclass overrides them):
//   _writeHostObject(obj)            write a host object's payload with writeUint32/writeRawBytes/...
//   _getDataCloneError(message)      called (not constructed) to make the error thrown for an unclonable value
//   _getSharedArrayBufferId(sab)     -> uint32 id written for a SharedArrayBuffer (tag 'u')
//   _isHostObject(obj)               wtjs extension (V8's Delegate::IsHostObject): plain JS objects for which
//                                    it returns true are written as host objects
// Deserializer delegate hooks:
//   _readHostObject()                -> object, reading its payload with readUint32/_readRawBytes/...
//   _getSharedArrayBufferFromId(id)  wtjs extension (V8's Delegate::GetSharedArrayBufferFromId) -> SharedArrayBuffer
//
// The Deserializer treats its input as untrusted: every length is checked against the bytes that are left
// before anything is allocated, nesting is bounded (kMaxDepth), and malformed input throws a plain Error
// ('Unable to deserialize cloned data.').

const {
  Array, ArrayBuffer, ArrayBufferIsView, ArrayBufferPrototype, ArrayBufferPrototypeGetByteLength,
  ArrayBufferPrototypeSlice, ArrayIsArray, ArrayPrototypePush, BigInt, BigInt64Array, BigIntAsUintN,
  BigIntPrototypeToString, BigIntPrototype, BigIntPrototypeValueOf, BigUint64Array, Boolean, BooleanPrototype,
  BooleanPrototypeValueOf, DataView, DataViewPrototypeGetBigUint64, DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength, DataViewPrototypeGetByteOffset, DataViewPrototypeGetFloat64,
  DataViewPrototypeSetBigUint64, DataViewPrototypeSetFloat64, Date, DatePrototype, DatePrototypeGetTime, Error,
  ErrorPrototype, EvalError, FinalizationRegistry, Float32Array, Float64Array, FunctionPrototypeCall,
  FunctionPrototypeToString, Int16Array, Int32Array, Int8Array, Map, MapPrototype, MapPrototypeForEach,
  MapPrototypeGetSize, MapPrototypeSet, MathFloor, MathTrunc, Number, NumberPrototype, NumberPrototypeToString,
  NumberPrototypeValueOf, Object, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf,
  ObjectIsExtensible, ObjectKeys, ObjectPrototype, ObjectPrototypeHasOwnProperty, ObjectPrototypeToString,
  PromisePrototype, RangeError, ReferenceError, RegExp, RegExpPrototype, RegExpPrototypeGetDotAll,
  RegExpPrototypeGetGlobal, RegExpPrototypeGetIgnoreCase, RegExpPrototypeGetMultiline,
  RegExpPrototypeGetSource, RegExpPrototypeGetSticky, RegExpPrototypeGetUnicode, SafeMap, SafeWeakSet, Set,
  SetPrototype, SetPrototypeAdd, SetPrototypeForEach, SetPrototypeGetSize, StringFromCharCode,
  StringFromCharCodeApply, StringPrototype, StringPrototypeCharCodeAt, StringPrototypePadStart,
  StringPrototypeSlice, StringPrototypeValueOf, SymbolPrototype, SymbolPrototypeToString,
  SymbolPrototypeValueOf, SymbolToStringTag, SyntaxError, TypeError, TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength, TypedArrayPrototypeGetByteOffset, TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSet, TypedArrayPrototypeSubarray, URIError, Uint16Array, Uint32Array, Uint8Array,
  Uint8ClampedArray, WeakMapPrototype, WeakMapPrototypeHas, WeakRefPrototype, WeakRefPrototypeDeref,
  WeakSetPrototype, WeakSetPrototypeHas, globalThis,
} = primordials;

// Optional intrinsics (absent in older engines, e.g. node 20 has no ArrayBuffer.prototype.detached).
const ABGetResizable = primordials.ArrayBufferPrototypeGetResizable;
const ABGetMaxByteLength = primordials.ArrayBufferPrototypeGetMaxByteLength;
const ABGetDetached = primordials.ArrayBufferPrototypeGetDetached;
const ABResize = primordials.ArrayBufferPrototypeResize;
const RegExpGetHasIndices = primordials.RegExpPrototypeGetHasIndices;
const RegExpGetUnicodeSets = primordials.RegExpPrototypeGetUnicodeSets;
const ErrorIsError = primordials.ErrorIsError;

const uncurryThis = primordials.uncurryThis;
function getter(proto, name) {
  if (proto === undefined || proto === null) return undefined;
  const d = ObjectGetOwnPropertyDescriptor(proto, name);
  return d !== undefined && typeof d.get === 'function' ? uncurryThis(d.get) : undefined;
}
function method(proto, name) {
  if (proto === undefined || proto === null) return undefined;
  const d = ObjectGetOwnPropertyDescriptor(proto, name);
  return d !== undefined && typeof d.value === 'function' ? uncurryThis(d.value) : undefined;
}

/* eslint-disable no-restricted-globals */
const SharedArrayBuffer = globalThis.SharedArrayBuffer;
const Float16Array = globalThis.Float16Array;
const FinalizationRegistryPrototype = FinalizationRegistry !== undefined ? FinalizationRegistry.prototype : undefined;
/* eslint-enable no-restricted-globals */
const SABPrototype = SharedArrayBuffer !== undefined ? SharedArrayBuffer.prototype : undefined;
const SABGetByteLength = getter(SABPrototype, 'byteLength');
const SABGetGrowable = getter(SABPrototype, 'growable');
const FRUnregister = method(FinalizationRegistryPrototype, 'unregister');

const kLatestVersion = 15;
const kMaxDepth = 2048;
const kDeserializeMessage = 'Unable to deserialize cloned data.';
const kVersionMessage = 'Unable to deserialize cloned data due to invalid or unsupported version.';
const kDetachedMessage = 'An ArrayBuffer is detached and could not be cloned.';

const kLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// ---- serialization tags ----------------------------------------------------------------------------------
const T_VERSION = 0xFF;
const T_PADDING = 0x00;
const T_VERIFY_OBJECT_COUNT = 0x3F;  // ?
const T_THE_HOLE = 0x2D;             // -
const T_UNDEFINED = 0x5F;            // _
const T_NULL = 0x30;                 // 0
const T_TRUE = 0x54;                 // T
const T_FALSE = 0x46;                // F
const T_INT32 = 0x49;                // I
const T_UINT32 = 0x55;               // U
const T_DOUBLE = 0x4E;               // N
const T_BIGINT = 0x5A;               // Z
const T_UTF8_STRING = 0x53;          // S
const T_ONE_BYTE_STRING = 0x22;      // "
const T_TWO_BYTE_STRING = 0x63;      // c
const T_OBJECT_REFERENCE = 0x5E;     // ^
const T_BEGIN_JS_OBJECT = 0x6F;      // o
const T_END_JS_OBJECT = 0x7B;        // {
const T_BEGIN_SPARSE_ARRAY = 0x61;   // a
const T_END_SPARSE_ARRAY = 0x40;     // @
const T_BEGIN_DENSE_ARRAY = 0x41;    // A
const T_END_DENSE_ARRAY = 0x24;      // $
const T_DATE = 0x44;                 // D
const T_TRUE_OBJECT = 0x79;          // y
const T_FALSE_OBJECT = 0x78;         // x
const T_NUMBER_OBJECT = 0x6E;        // n
const T_BIGINT_OBJECT = 0x7A;        // z
const T_STRING_OBJECT = 0x73;        // s
const T_REGEXP = 0x52;               // R
const T_BEGIN_MAP = 0x3B;            // ;
const T_END_MAP = 0x3A;              // :
const T_BEGIN_SET = 0x27;            // '
const T_END_SET = 0x2C;              // ,
const T_ARRAY_BUFFER = 0x42;         // B
const T_RESIZABLE_ARRAY_BUFFER = 0x7E; // ~
const T_ARRAY_BUFFER_TRANSFER = 0x74;  // t
const T_ARRAY_BUFFER_VIEW = 0x56;    // V
const T_SHARED_ARRAY_BUFFER = 0x75;  // u
const T_HOST_OBJECT = 0x5C;          // \
const T_ERROR = 0x72;                // r

// ArrayBufferView subtags
const V_INT8 = 0x62, V_UINT8 = 0x42, V_UINT8C = 0x43, V_INT16 = 0x77, V_UINT16 = 0x57, V_INT32 = 0x64,
  V_UINT32 = 0x44, V_FLOAT16 = 0x68, V_FLOAT32 = 0x66, V_FLOAT64 = 0x46, V_BIGINT64 = 0x71,
  V_BIGUINT64 = 0x51, V_DATAVIEW = 0x3F;
const viewTagByName = {
  __proto__: null,
  Int8Array: V_INT8, Uint8Array: V_UINT8, Uint8ClampedArray: V_UINT8C, Int16Array: V_INT16,
  Uint16Array: V_UINT16, Int32Array: V_INT32, Uint32Array: V_UINT32, Float16Array: V_FLOAT16,
  Float32Array: V_FLOAT32, Float64Array: V_FLOAT64, BigInt64Array: V_BIGINT64, BigUint64Array: V_BIGUINT64,
};
const viewCtorByTag = new SafeMap([
  [V_INT8, Int8Array], [V_UINT8, Uint8Array], [V_UINT8C, Uint8ClampedArray], [V_INT16, Int16Array],
  [V_UINT16, Uint16Array], [V_INT32, Int32Array], [V_UINT32, Uint32Array], [V_FLOAT32, Float32Array],
  [V_FLOAT64, Float64Array], [V_BIGINT64, BigInt64Array], [V_BIGUINT64, BigUint64Array],
]);
if (Float16Array !== undefined) viewCtorByTag.set(V_FLOAT16, Float16Array);

// Error subtags
const E_EVAL = 0x45, E_RANGE = 0x52, E_REFERENCE = 0x46, E_SYNTAX = 0x53, E_TYPE = 0x54, E_URI = 0x55,
  E_MESSAGE = 0x6D, E_CAUSE = 0x63, E_STACK = 0x73, E_END = 0x2E;

// RegExp flag bits (JSRegExp::Flag)
const RF_GLOBAL = 1, RF_IGNORE_CASE = 2, RF_MULTILINE = 4, RF_STICKY = 8, RF_UNICODE = 16, RF_DOT_ALL = 32,
  RF_LINEAR = 64, RF_HAS_INDICES = 128, RF_UNICODE_SETS = 256;
const kRegExpFlagCount = 9;

// ---- node-style errors -----------------------------------------------------------------------------------
function nodeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

// Errors produced by malformed input are plain Errors; the set lets readValue tell them from errors thrown
// by delegates (needed for the version-13 compatibility retry).
const dataErrors = new SafeWeakSet();
function fail() {
  const err = new Error(kDeserializeMessage);
  dataErrors.add(err);
  throw err;
}

// ---- brand checks / classification ----------------------------------------------------------------------
const K_OBJECT = 1, K_ARRAY = 2, K_DATE = 3, K_REGEXP = 4, K_MAP = 5, K_SET = 6, K_ARRAY_BUFFER = 7,
  K_SHARED_ARRAY_BUFFER = 8, K_TYPED_ARRAY = 9, K_DATA_VIEW = 10, K_ERROR = 11, K_BOOLEAN = 12,
  K_NUMBER = 13, K_STRING = 14, K_BIGINT = 15, K_UNCLONABLE = 16;

function isArrayBuffer(o) {
  try { ArrayBufferPrototypeGetByteLength(o); return true; } catch { return false; }
}
function isSharedArrayBuffer(o) {
  if (SABGetByteLength === undefined) return false;
  try { SABGetByteLength(o); return true; } catch { return false; }
}
function isDetached(ab) {
  if (ABGetDetached !== undefined) return ABGetDetached(ab);
  if (ArrayBufferPrototypeGetByteLength(ab) !== 0) return false;
  try { new Uint8Array(ab); return false; } catch { return true; }
}
function isResizable(ab) {
  return ABGetResizable !== undefined && ABGetResizable(ab);
}
function isGrowable(sab) {
  return SABGetGrowable !== undefined && SABGetGrowable(sab);
}
function isErrorObject(o) {
  if (ErrorIsError !== undefined) return ErrorIsError(o);
  return ObjectPrototypeToString(o) === '[object Error]';
}

function brandOr(kind, check) {
  return (o) => {
    try { check(o); return kind; } catch { return K_OBJECT; }
  };
}
const trust = (kind) => () => kind;

// Intrinsic prototypes → a check that tells what an object inheriting from it really is. Objects whose
// prototype chain holds none of these (or only Object.prototype) are plain objects. The same checks, looked up by
// the object's builtin tag, tell the objects of another realm (classifyForeign).
const protoChecks = new SafeMap();
const foreignChecks = { __proto__: null };
function brand(proto, tag, check) {
  protoChecks.set(proto, check);
  foreignChecks[tag] = check;
}
brand(DatePrototype, 'Date', brandOr(K_DATE, DatePrototypeGetTime));
brand(RegExpPrototype, 'RegExp', (o) => {
  if (o === RegExpPrototype) return K_OBJECT;
  try { RegExpPrototypeGetSource(o); return K_REGEXP; } catch { return K_OBJECT; }
});
brand(MapPrototype, 'Map', brandOr(K_MAP, MapPrototypeGetSize));
brand(SetPrototype, 'Set', brandOr(K_SET, SetPrototypeGetSize));
brand(ArrayBufferPrototype, 'ArrayBuffer', (o) => (isArrayBuffer(o) ? K_ARRAY_BUFFER : K_OBJECT));
if (SABPrototype !== undefined) {
  brand(SABPrototype, 'SharedArrayBuffer', (o) => (isSharedArrayBuffer(o) ? K_SHARED_ARRAY_BUFFER : K_OBJECT));
}
brand(ErrorPrototype, 'Error', (o) => (isErrorObject(o) ? K_ERROR : K_OBJECT));
brand(BooleanPrototype, 'Boolean', brandOr(K_BOOLEAN, BooleanPrototypeValueOf));
brand(NumberPrototype, 'Number', brandOr(K_NUMBER, NumberPrototypeValueOf));
brand(StringPrototype, 'String', brandOr(K_STRING, StringPrototypeValueOf));
brand(BigIntPrototype, 'BigInt', brandOr(K_BIGINT, BigIntPrototypeValueOf));
brand(SymbolPrototype, 'Symbol', brandOr(K_UNCLONABLE, SymbolPrototypeValueOf));
brand(WeakMapPrototype, 'WeakMap', brandOr(K_UNCLONABLE, (o) => WeakMapPrototypeHas(o, ObjectPrototype)));
brand(WeakSetPrototype, 'WeakSet', brandOr(K_UNCLONABLE, (o) => WeakSetPrototypeHas(o, ObjectPrototype)));
brand(WeakRefPrototype, 'WeakRef', brandOr(K_UNCLONABLE, WeakRefPrototypeDeref));
if (FRUnregister !== undefined) {
  brand(FinalizationRegistryPrototype, 'FinalizationRegistry',
        brandOr(K_UNCLONABLE, (o) => FRUnregister(o, ObjectPrototype)));
}
// No side-effect-free brand check exists for these in pure JS: trust the prototype chain.
protoChecks.set(PromisePrototype, trust(K_UNCLONABLE));
{
  /* eslint-disable no-restricted-globals */
  const trusted = [];
  const add = (p) => { if (p !== null && typeof p === 'object' && p !== ObjectPrototype) ArrayPrototypePush(trusted, p); };
  try { add(ObjectGetPrototypeOf(function*() {}).prototype); } catch { /* absent */ }
  try { add(ObjectGetPrototypeOf(async function*() {}).prototype); } catch { /* absent */ }
  try { add(ObjectGetPrototypeOf([][primordials.SymbolIterator]())); } catch { /* absent */ }
  try { add(ObjectGetPrototypeOf(new Map()[primordials.SymbolIterator]())); } catch { /* absent */ }
  try { add(ObjectGetPrototypeOf(new Set()[primordials.SymbolIterator]())); } catch { /* absent */ }
  try { add(ObjectGetPrototypeOf(''[primordials.SymbolIterator]())); } catch { /* absent */ }
  try { add(ObjectGetPrototypeOf(/x/[primordials.SymbolMatchAll]('x'))); } catch { /* absent */ }
  for (const ns of [globalThis.Intl, globalThis.WebAssembly]) {
    if (ns === null || typeof ns !== 'object') continue;
    for (const key of ObjectKeys(ObjectGetOwnPropertyDescriptorsSafe(ns))) {
      const d = ObjectGetOwnPropertyDescriptor(ns, key);
      if (d !== undefined && typeof d.value === 'function' && d.value.prototype) add(d.value.prototype);
    }
  }
  for (let i = 0; i < trusted.length; i++) {
    if (!protoChecks.has(trusted[i])) protoChecks.set(trusted[i], trust(K_UNCLONABLE));
  }
  /* eslint-enable no-restricted-globals */
}
function ObjectGetOwnPropertyDescriptorsSafe(o) {
  const names = primordials.ObjectGetOwnPropertyNames(o);
  const r = { __proto__: null };
  for (let i = 0; i < names.length; i++) r[names[i]] = true;
  return r;
}

// Returns the kind of a non-callable object, the way V8 reads its instance type.
function classify(o) {
  if (ArrayIsArray(o)) return K_ARRAY;
  if (ArrayBufferIsView(o)) {
    return TypedArrayPrototypeGetSymbolToStringTag(o) !== undefined ? K_TYPED_ARRAY : K_DATA_VIEW;
  }
  const proto = ObjectGetPrototypeOf(o);
  if (proto === ObjectPrototype) {
    // Arguments objects are the one exotic kind that inherits straight from Object.prototype.
    if (ObjectPrototypeHasOwnProperty(o, 'callee') && ObjectPrototypeToString(o) === '[object Arguments]') {
      return K_UNCLONABLE;
    }
    return o === globalThis ? K_UNCLONABLE : K_OBJECT;
  }
  let last = o;
  for (let p = proto; p !== null && p !== ObjectPrototype; p = ObjectGetPrototypeOf(p)) {
    const check = protoChecks.get(p);
    if (check !== undefined) return check(o);
    last = p;
  }
  if (o === globalThis) return K_UNCLONABLE;
  // A chain that ends in another Object.prototype: an object of another realm (a vm context's), whose prototypes
  // are that realm's. It is told by its brand: the builtin tag names the one check that can confirm it.
  return last !== o && ObjectGetPrototypeOf(last) === null ? classifyForeign(o) : K_OBJECT;
}

// Of another realm, a promise is told by the host, and these kinds (unclonable) by their tag alone.
foreignChecks.Promise = (o) => (isPromise(o) ? K_UNCLONABLE : K_OBJECT);
for (const tag of ['Arguments', 'Generator', 'AsyncGenerator', 'Array Iterator', 'Map Iterator', 'Set Iterator',
  'String Iterator', 'RegExp String Iterator']) {
  foreignChecks[tag] = trust(K_UNCLONABLE);
}
function classifyForeign(o) {
  let tag;
  try {
    tag = StringPrototypeSlice(ObjectPrototypeToString(o), 8, -1);
  } catch {
    return K_OBJECT;
  }
  const check = foreignChecks[tag];
  return check === undefined ? K_OBJECT : check(o);
}

// A promise of any realm, as the host can tell; without a host that says, an object tagged Promise is taken for one.
const hostPromiseText = internalBinding('host')?.promiseText;
function isPromise(o) {
  return typeof hostPromiseText === 'function' ? hostPromiseText(o) !== null : true;
}

// ---- V8's Object::NoSideEffectsToString, for "... could not be cloned." ---------------------------------
const kObjectToString = ObjectGetOwnPropertyDescriptor(ObjectPrototype, 'toString').value;
const kErrorToString = ObjectGetOwnPropertyDescriptor(ErrorPrototype, 'toString').value;

function getDataProperty(o, key) {
  for (let p = o; p !== null; p = ObjectGetPrototypeOf(p)) {
    const d = ObjectGetOwnPropertyDescriptor(p, key);
    if (d !== undefined) return 'value' in d ? d.value : undefined;
  }
  return undefined;
}

function describe(v) {
  try {
    return describeUnsafe(v);
  } catch {
    return '#<Object>';
  }
}
function describeUnsafe(v) {
  switch (typeof v) {
    case 'symbol': return SymbolPrototypeToString(v);
    case 'string': return v;
    case 'function': {
      let s;
      try { s = FunctionPrototypeToString(v); } catch { s = 'function () { [native code] }'; }
      if (s.length > 128) {
        s = StringPrototypeSlice(s, 0, 111) + '...<omitted>...' + StringPrototypeSlice(s, s.length - 2);
      }
      return s;
    }
    case 'object':
      if (v === null) return 'null';
      break;
    default:
      return `${v}`;
  }
  const toString = getDataProperty(v, 'toString');
  if (toString === kErrorToString || isErrorObject(v)) {
    let name = getDataProperty(v, 'name');
    let message = getDataProperty(v, 'message');
    name = typeof name === 'string' ? name : '';
    message = typeof message === 'string' ? message : '';
    if (name.length === 0) return message;
    if (message.length === 0) return name;
    return `${name}: ${message}`;
  }
  if (toString === kObjectToString) {
    const ctor = getDataProperty(v, 'constructor');
    if (typeof ctor === 'function') {
      const d = ObjectGetOwnPropertyDescriptor(ctor, 'name');
      const name = d !== undefined && typeof d.value === 'string' ? d.value : '';
      if (name.length !== 0) return `#<${name}>`;
    }
  }
  const tag = getDataProperty(v, SymbolToStringTag);
  if (typeof tag === 'string') return `[object ${tag}]`;
  return `[object ${builtinTag(v)}]`;
}
function builtinTag(v) {
  if (ArrayIsArray(v)) return 'Array';
  switch (classify(v)) {
    case K_TYPED_ARRAY: return TypedArrayPrototypeGetSymbolToStringTag(v);
    case K_DATA_VIEW: return 'DataView';
    case K_ARRAY_BUFFER: return 'ArrayBuffer';
    case K_SHARED_ARRAY_BUFFER: return 'SharedArrayBuffer';
    case K_MAP: return 'Map';
    case K_SET: return 'Set';
    case K_DATE: return 'Date';
    case K_REGEXP: return 'RegExp';
    case K_ERROR: return 'Error';
    case K_BOOLEAN: return 'Boolean';
    case K_NUMBER: return 'Number';
    case K_STRING: return 'String';
    default: return 'Object';
  }
}

// ---- Serializer -------------------------------------------------------------------------------------------
const kInitialCapacity = 256;
const kEmptyBytes = new Uint8Array(0);
const kEmptyView = new DataView(TypedArrayPrototypeGetBuffer(kEmptyBytes));

// The scratch (buffer, its DataView, the object-id map) of the last serializer that released its bytes: the next
// one starts with it, so serializing message after message allocates only the result.
let spareScratch = null;
const kMaxSpareCapacity = 64 * 1024;

class WriteState {
  constructor(ser) {
    this.ser = ser;
    const scratch = spareScratch;
    spareScratch = null;
    if (scratch !== null) {
      this.u8 = scratch.u8;
      this.dv = scratch.dv;
      this.ids = scratch.ids;
    } else {
      this.u8 = new Uint8Array(kInitialCapacity);
      this.dv = new DataView(TypedArrayPrototypeGetBuffer(this.u8));
      this.ids = new SafeMap();
    }
    this.pos = 0;
    this.depth = 0;
    this.nextId = 0;
    this.transfer = null;
    this.hostViews = false;
    this.isHostObject = null;
  }
}

function grow(s, need) {
  let cap = s.u8.length < kInitialCapacity ? kInitialCapacity : s.u8.length * 2;
  while (cap < s.pos + need) cap *= 2;
  const u8 = new Uint8Array(cap);
  TypedArrayPrototypeSet(u8, TypedArrayPrototypeSubarray(s.u8, 0, s.pos));
  s.u8 = u8;
  s.dv = new DataView(TypedArrayPrototypeGetBuffer(u8));
}

function wByte(s, b) {
  if (s.pos + 1 > s.u8.length) grow(s, 1);
  s.u8[s.pos++] = b;
}

function wVarint(s, v) {  // 0 <= v < 2**32
  if (s.pos + 5 > s.u8.length) grow(s, 5);
  const u8 = s.u8;
  let p = s.pos;
  while (v >= 0x80) {
    u8[p++] = (v & 0x7F) | 0x80;
    v >>>= 7;
  }
  u8[p++] = v;
  s.pos = p;
}

function wTagVarint(s, tag, v) {
  if (s.pos + 6 > s.u8.length) grow(s, 6);
  const u8 = s.u8;
  let p = s.pos;
  u8[p++] = tag;
  while (v >= 0x80) {
    u8[p++] = (v & 0x7F) | 0x80;
    v >>>= 7;
  }
  u8[p++] = v;
  s.pos = p;
}

function wDouble(s, d) {
  if (s.pos + 8 > s.u8.length) grow(s, 8);
  DataViewPrototypeSetFloat64(s.dv, s.pos, d, true);
  s.pos += 8;
}

function wTagDouble(s, tag, d) {
  if (s.pos + 9 > s.u8.length) grow(s, 9);
  s.u8[s.pos] = tag;
  DataViewPrototypeSetFloat64(s.dv, s.pos + 1, d, true);
  s.pos += 9;
}

function wRaw(s, u8src) {
  const n = u8src.length;
  if (s.pos + n > s.u8.length) grow(s, n);
  TypedArrayPrototypeSet(s.u8, u8src, s.pos);
  s.pos += n;
}

function wNumber(s, v) {
  if ((v | 0) === v && (v !== 0 || 1 / v > 0)) {
    wTagVarint(s, T_INT32, ((v << 1) ^ (v >> 31)) >>> 0);
  } else {
    wTagDouble(s, T_DOUBLE, v);
  }
}

// Writes a property key the way V8's KeyAccumulator hands it over: array indices as numbers.
function wKey(s, k) {
  const c = StringPrototypeCharCodeAt(k, 0);
  if (c >= 0x30 && c <= 0x39) {
    const n = +k;
    if (n < 4294967295 && n === MathFloor(n) && `${n}` === k) {
      if (n <= 0x7FFFFFFF) wTagVarint(s, T_INT32, (n * 2) >>> 0);
      else wTagDouble(s, T_DOUBLE, n);
      return;
    }
  }
  wString(s, k);
}

function wString(s, str) {
  const len = str.length;
  if (s.pos + len + 6 > s.u8.length) grow(s, len + 6);
  const u8 = s.u8;
  const start = s.pos;
  let p = start;
  u8[p++] = T_ONE_BYTE_STRING;
  let v = len;
  while (v >= 0x80) {
    u8[p++] = (v & 0x7F) | 0x80;
    v >>>= 7;
  }
  u8[p++] = v;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c > 0xFF) {
      wTwoByteString(s, str, start);
      return;
    }
    u8[p++] = c;
  }
  s.pos = p;
}

function wTwoByteString(s, str, start) {
  s.pos = start;
  const len = str.length;
  const byteLength = len * 2;
  if (s.pos + byteLength + 7 > s.u8.length) grow(s, byteLength + 7);
  const u8 = s.u8;
  let p = start;
  // V8 keeps two-byte payloads 2-aligned relative to the start of the buffer.
  if ((p + 1 + varintSize(byteLength)) & 1) u8[p++] = T_PADDING;
  u8[p++] = T_TWO_BYTE_STRING;
  let v = byteLength;
  while (v >= 0x80) {
    u8[p++] = (v & 0x7F) | 0x80;
    v = MathFloor(v / 128);
  }
  u8[p++] = v;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    u8[p++] = c & 0xFF;
    u8[p++] = c >>> 8;
  }
  s.pos = p;
}

function varintSize(v) {
  let n = 1;
  while (v >= 0x80) {
    v = MathFloor(v / 128);
    n++;
  }
  return n;
}

function wBigIntContents(s, v) {
  const negative = v < 0n;
  const a = negative ? -v : v;
  if (a <= 0xFFFFFFFFFFFFFFFFn) {
    if (a === 0n) {
      wVarint(s, negative ? 1 : 0);
      return;
    }
    wVarint(s, negative ? 17 : 16);
    if (s.pos + 8 > s.u8.length) grow(s, 8);
    DataViewPrototypeSetBigUint64(s.dv, s.pos, a, true);
    s.pos += 8;
    return;
  }
  // Big ones through hex: linear, where shifting 64 bits at a time would be quadratic.
  let hex = BigIntPrototypeToString(a, 16);
  const digits = MathFloor((hex.length + 15) / 16);
  const byteLength = digits * 8;
  hex = StringPrototypePadStart(hex, digits * 16, '0');
  wVarint(s, (byteLength * 2 + (negative ? 1 : 0)) >>> 0);
  if (s.pos + byteLength > s.u8.length) grow(s, byteLength);
  const u8 = s.u8;
  let p = s.pos;
  for (let i = hex.length - 2; i >= 0; i -= 2) {
    u8[p++] = (hexValue(StringPrototypeCharCodeAt(hex, i)) << 4) | hexValue(StringPrototypeCharCodeAt(hex, i + 1));
  }
  s.pos = p;
}

function hexValue(c) {
  return c <= 0x39 ? c - 0x30 : c - 0x57;  // '0'-'9', 'a'-'f'
}

function throwCloneError(s, message) {
  const ser = s.ser;
  const f = ser._getDataCloneError;
  throw typeof f === 'function' ? FunctionPrototypeCall(f, ser, message) : new Error(message);
}

function throwDefaultCloneError(v) {
  throw new Error(`${describe(v)} could not be cloned.`);
}

function wValue(s, v) {
  switch (typeof v) {
    case 'number': wNumber(s, v); return;
    case 'string': wString(s, v); return;
    case 'boolean': wByte(s, v ? T_TRUE : T_FALSE); return;
    case 'undefined': wByte(s, T_UNDEFINED); return;
    case 'bigint': wByte(s, T_BIGINT); wBigIntContents(s, v); return;
    case 'object':
      if (v === null) { wByte(s, T_NULL); return; }
      wReceiver(s, v);
      return;
    default:  // symbol, function
      if (typeof v === 'function') idsOf(s).set(v, s.nextId++);
      throwCloneError(s, `${describe(v)} could not be cloned.`);
  }
}

// The object-id map (null once the bytes were released: a serializer written to again starts a new one).
function idsOf(s) {
  return s.ids ??= new SafeMap();
}

// One nesting limit for both ends: the reader refuses input nested deeper than kMaxDepth, so the writer stops
// before it, with the error a real stack overflow gives.
function wReceiver(s, o) {
  if (++s.depth >= kMaxDepth) {
    s.depth = 0;
    throw new RangeError('Maximum call stack size exceeded');
  }
  wReceiverAt(s, o);
  s.depth--;
}

function wReceiverAt(s, o) {
  const ids = idsOf(s);
  const id = ids.get(o);
  if (id !== undefined) {
    wTagVarint(s, T_OBJECT_REFERENCE, id);
    return;
  }
  const kind = classify(o);
  if (kind === K_TYPED_ARRAY || kind === K_DATA_VIEW) {
    // The view's buffer goes first (before the view gets its id), unless views are host objects.
    if (!s.hostViews) {
      wReceiver(s, kind === K_TYPED_ARRAY ? TypedArrayPrototypeGetBuffer(o) : DataViewPrototypeGetBuffer(o));
    }
  }
  ids.set(o, s.nextId++);
  switch (kind) {
    case K_OBJECT:
      if (s.isHostObject !== null && FunctionPrototypeCall(s.isHostObject, s.ser, o)) {
        wHostObject(s, o);
      } else {
        wObject(s, o);
      }
      return;
    case K_ARRAY: wArray(s, o); return;
    case K_DATE: wTagDouble(s, T_DATE, DatePrototypeGetTime(o)); return;
    case K_REGEXP: wRegExp(s, o); return;
    case K_MAP: wMap(s, o); return;
    case K_SET: wSet(s, o); return;
    case K_ARRAY_BUFFER: wArrayBuffer(s, o); return;
    case K_SHARED_ARRAY_BUFFER: wSharedArrayBuffer(s, o); return;
    case K_TYPED_ARRAY:
    case K_DATA_VIEW:
      if (s.hostViews) wHostObject(s, o);
      else wView(s, o, kind);
      return;
    case K_ERROR: wError(s, o); return;
    case K_BOOLEAN: wByte(s, BooleanPrototypeValueOf(o) ? T_TRUE_OBJECT : T_FALSE_OBJECT); return;
    case K_NUMBER: wTagDouble(s, T_NUMBER_OBJECT, NumberPrototypeValueOf(o)); return;
    case K_STRING: wByte(s, T_STRING_OBJECT); wString(s, StringPrototypeValueOf(o)); return;
    case K_BIGINT: wByte(s, T_BIGINT_OBJECT); wBigIntContents(s, BigIntPrototypeValueOf(o)); return;
    default:
      throwCloneError(s, `${describe(o)} could not be cloned.`);
  }
}

function wObject(s, o) {
  const keys = ObjectKeys(o);
  wByte(s, T_BEGIN_JS_OBJECT);
  const n = wProperties(s, o, keys, 0);
  wTagVarint(s, T_END_JS_OBJECT, n);
}

function wProperties(s, o, keys, from) {
  let written = 0;
  for (let i = from; i < keys.length; i++) {
    const k = keys[i];
    const v = o[k];
    // A getter may have deleted a later property: V8 skips properties that are gone.
    if (v === undefined && !ObjectPrototypeHasOwnProperty(o, k)) continue;
    wKey(s, k);
    wValue(s, v);
    written++;
  }
  return written;
}

function wArray(s, a) {
  const length = a.length;
  const keys = ObjectKeys(a);
  // V8 writes packed fast arrays densely and holey/dictionary/frozen ones sparsely. Holes (and
  // non-enumerable indices) show up as fewer than `length` leading index keys.
  const dense = ObjectIsExtensible(a) &&
    (length === 0 || (keys.length >= length && keys[length - 1] === `${length - 1}`));
  if (!dense) {
    wTagVarint(s, T_BEGIN_SPARSE_ARRAY, length);
    const n = wProperties(s, a, keys, 0);
    wTagVarint(s, T_END_SPARSE_ARRAY, n);
    wVarint(s, length);
    return;
  }
  wTagVarint(s, T_BEGIN_DENSE_ARRAY, length);
  // An array of numbers with any non-Smi in it has PACKED_DOUBLE_ELEMENTS: all written as doubles.
  let doubles = false;
  for (let i = 0; i < length; i++) {
    const v = a[i];
    if (typeof v !== 'number') { doubles = false; break; }
    if (!doubles && ((v | 0) !== v || (v === 0 && 1 / v < 0))) doubles = true;
  }
  if (doubles) {
    for (let i = 0; i < length; i++) wTagDouble(s, T_DOUBLE, a[i]);
  } else {
    for (let i = 0; i < length; i++) {
      if (i in a) {
        wValue(s, a[i]);
      } else {
        wByte(s, T_THE_HOLE);  // became sparse while being written
      }
    }
  }
  const n = wProperties(s, a, keys, length);
  wTagVarint(s, T_END_DENSE_ARRAY, n);
  wVarint(s, length);
}

function wRegExp(s, re) {
  wByte(s, T_REGEXP);
  wString(s, RegExpPrototypeGetSource(re));
  let flags = 0;
  if (RegExpPrototypeGetGlobal(re)) flags |= RF_GLOBAL;
  if (RegExpPrototypeGetIgnoreCase(re)) flags |= RF_IGNORE_CASE;
  if (RegExpPrototypeGetMultiline(re)) flags |= RF_MULTILINE;
  if (RegExpPrototypeGetSticky(re)) flags |= RF_STICKY;
  if (RegExpPrototypeGetUnicode(re)) flags |= RF_UNICODE;
  if (RegExpPrototypeGetDotAll(re)) flags |= RF_DOT_ALL;
  if (RegExpGetHasIndices !== undefined && RegExpGetHasIndices(re)) flags |= RF_HAS_INDICES;
  if (RegExpGetUnicodeSets !== undefined && RegExpGetUnicodeSets(re)) flags |= RF_UNICODE_SETS;
  wVarint(s, flags);
}

function wMap(s, m) {
  // Copy the entries first: serializing them may run getters that mutate the map.
  const entries = [];
  MapPrototypeForEach(m, (v, k) => { ArrayPrototypePush(entries, k, v); });
  wByte(s, T_BEGIN_MAP);
  for (let i = 0; i < entries.length; i++) wValue(s, entries[i]);
  wTagVarint(s, T_END_MAP, entries.length);
}

function wSet(s, set) {
  const values = [];
  SetPrototypeForEach(set, (v) => { ArrayPrototypePush(values, v); });
  wByte(s, T_BEGIN_SET);
  for (let i = 0; i < values.length; i++) wValue(s, values[i]);
  wTagVarint(s, T_END_SET, values.length);
}

function wArrayBuffer(s, ab) {
  if (s.transfer !== null) {
    const tid = s.transfer.get(ab);
    if (tid !== undefined) {
      wTagVarint(s, T_ARRAY_BUFFER_TRANSFER, tid);
      return;
    }
  }
  const byteLength = ArrayBufferPrototypeGetByteLength(ab);
  if (byteLength === 0 && isDetached(ab)) throwCloneError(s, kDetachedMessage);
  if (byteLength > 0xFFFFFFFF) throwCloneError(s, `${describe(ab)} could not be cloned.`);
  if (isResizable(ab)) {
    const max = ABGetMaxByteLength(ab);
    if (max > 0xFFFFFFFF) throwCloneError(s, `${describe(ab)} could not be cloned.`);
    wTagVarint(s, T_RESIZABLE_ARRAY_BUFFER, byteLength);
    wVarint(s, max);
  } else {
    wTagVarint(s, T_ARRAY_BUFFER, byteLength);
  }
  if (byteLength > 0) wRaw(s, new Uint8Array(ab, 0, byteLength));
}

function wSharedArrayBuffer(s, sab) {
  const ser = s.ser;
  const f = ser._getSharedArrayBufferId;
  if (typeof f !== 'function') throwDefaultCloneError(sab);
  const id = FunctionPrototypeCall(f, ser, sab);
  wTagVarint(s, T_SHARED_ARRAY_BUFFER, id >>> 0);
}

function viewByteLength(view, kind) {
  return kind === K_TYPED_ARRAY ? TypedArrayPrototypeGetByteLength(view) : DataViewPrototypeGetByteLength(view);
}

// Whether a view on a resizable buffer tracks the buffer's length. JS cannot ask directly, so resize the
// buffer by one element and watch the view (then restore the buffer exactly).
function isLengthTracking(view, kind, ab) {
  if (ABResize === undefined) return false;
  const size = kind === K_TYPED_ARRAY ? view.constructor.BYTES_PER_ELEMENT || 1 : 1;
  const len = ArrayBufferPrototypeGetByteLength(ab);
  const max = ABGetMaxByteLength(ab);
  const before = viewByteLength(view, kind);
  let after;
  try {
    if (len + size <= max) {
      ABResize(ab, len + size);
      try { after = viewByteLength(view, kind); } catch { after = -1; }
      ABResize(ab, len);
    } else if (len >= size) {
      const offset = kind === K_TYPED_ARRAY ? TypedArrayPrototypeGetByteOffset(view) : DataViewPrototypeGetByteOffset(view);
      if (offset + before === len) return true;  // ambiguous: a full-length view of a full buffer
      const saved = ArrayBufferPrototypeSlice(ab, len - size, len);
      ABResize(ab, len - size);
      try { after = viewByteLength(view, kind); } catch { after = -1; }
      ABResize(ab, len);
      TypedArrayPrototypeSet(new Uint8Array(ab), new Uint8Array(saved), len - size);
    } else {
      return true;
    }
  } catch {
    return false;
  }
  return after !== before;
}

function wView(s, view, kind) {
  let byteOffset, byteLength, tag, buffer;
  try {
    if (kind === K_TYPED_ARRAY) {
      buffer = TypedArrayPrototypeGetBuffer(view);
      byteOffset = TypedArrayPrototypeGetByteOffset(view);
      byteLength = TypedArrayPrototypeGetByteLength(view);
      tag = viewTagByName[TypedArrayPrototypeGetSymbolToStringTag(view)];
    } else {
      buffer = DataViewPrototypeGetBuffer(view);
      byteOffset = DataViewPrototypeGetByteOffset(view);
      byteLength = DataViewPrototypeGetByteLength(view);
      tag = V_DATAVIEW;
    }
  } catch {
    throwCloneError(s, `${describe(view)} could not be cloned.`);
  }
  if (tag === undefined) throwCloneError(s, `${describe(view)} could not be cloned.`);
  let flags = 0;
  if (!isSharedArrayBuffer(buffer) && isResizable(buffer)) {
    flags = 2;  // JsArrayBufferViewIsBackedByRab
    if (isLengthTracking(view, kind, buffer)) {
      flags |= 1;  // JsArrayBufferViewIsLengthTracking
      byteLength = 0;  // V8 writes the stored length, which a length-tracking view leaves at 0
    }
  }
  wTagVarint(s, T_ARRAY_BUFFER_VIEW, tag);
  wVarint(s, byteOffset);
  wVarint(s, byteLength);
  wVarint(s, flags);
}

function wHostObject(s, o) {
  wByte(s, T_HOST_OBJECT);
  const ser = s.ser;
  const f = ser._writeHostObject;
  if (typeof f !== 'function') throwDefaultCloneError(o);
  FunctionPrototypeCall(f, ser, o);
}

function wError(s, e) {
  const messageDesc = ObjectGetOwnPropertyDescriptor(e, 'message');
  const causeDesc = ObjectGetOwnPropertyDescriptor(e, 'cause');
  wByte(s, T_ERROR);
  const name = `${e.name}`;
  switch (name) {
    case 'EvalError': wByte(s, E_EVAL); break;
    case 'RangeError': wByte(s, E_RANGE); break;
    case 'ReferenceError': wByte(s, E_REFERENCE); break;
    case 'SyntaxError': wByte(s, E_SYNTAX); break;
    case 'TypeError': wByte(s, E_TYPE); break;
    case 'URIError': wByte(s, E_URI); break;
    default: break;  // Error.prototype is the default
  }
  if (messageDesc !== undefined && 'value' in messageDesc) {
    const message = `${messageDesc.value}`;
    wByte(s, E_MESSAGE);
    wString(s, message);
  }
  // node 24 (V8 13) writes the stack, then the cause.
  const stack = e.stack;
  if (typeof stack === 'string') {
    wByte(s, E_STACK);
    wString(s, stack);
  }
  if (causeDesc !== undefined && 'value' in causeDesc) {
    wByte(s, E_CAUSE);
    wValue(s, causeDesc.value);
  }
  wByte(s, E_END);
}

function isArrayBufferView(v) {
  return ArrayBufferIsView(v);
}

function viewBytes(v) {
  if (TypedArrayPrototypeGetSymbolToStringTag(v) !== undefined) {
    return new Uint8Array(TypedArrayPrototypeGetBuffer(v), TypedArrayPrototypeGetByteOffset(v),
                          TypedArrayPrototypeGetByteLength(v));
  }
  return new Uint8Array(DataViewPrototypeGetBuffer(v), DataViewPrototypeGetByteOffset(v),
                        DataViewPrototypeGetByteLength(v));
}

let BufferCtor = null;  // null: not looked up yet; undefined: no buffer module
function toBuffer(u8) {
  if (BufferCtor === null) {
    try {
      BufferCtor = require('buffer').Buffer;
    } catch {
      BufferCtor = undefined;
    }
    if (typeof BufferCtor !== 'function' || typeof BufferCtor.from !== 'function') BufferCtor = undefined;
  }
  if (BufferCtor === undefined) return u8;
  return BufferCtor.from(TypedArrayPrototypeGetBuffer(u8), u8.byteOffset, u8.length);
}

class Serializer {
  #s;

  constructor() {
    this.#s = new WriteState(this);
  }

  writeHeader() {
    const s = this.#s;
    s.depth = 0;
    wByte(s, T_VERSION);
    wVarint(s, kLatestVersion);
  }

  writeValue(value) {
    const s = this.#s;
    const hook = this._isHostObject;
    s.isHostObject = typeof hook === 'function' ? hook : null;
    wValue(s, value);
    return true;
  }

  // The bytes written so far (a Buffer when the buffer module exists, else a Uint8Array); resets the
  // serializer's buffer.
  releaseBuffer() {
    return toBuffer(this.releaseBytes());
  }

  // wtjs: like releaseBuffer, always a plain Uint8Array of exactly the written bytes.
  releaseBytes() {
    const s = this.#s;
    const out = TypedArrayPrototypeSliceSafe(s.u8, 0, s.pos);
    s.pos = 0;
    // Hand the scratch on (unless it grew large); this serializer starts afresh if written to again.
    if (s.ids !== null && s.u8 !== kEmptyBytes && s.u8.length <= kMaxSpareCapacity) {
      s.ids.clear();
      spareScratch = { u8: s.u8, dv: s.dv, ids: s.ids };
    }
    s.u8 = kEmptyBytes;
    s.dv = kEmptyView;
    s.ids = null;
    s.nextId = 0;
    return out;
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (arrayBuffer === null || typeof arrayBuffer !== 'object' || !isArrayBuffer(arrayBuffer)) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'arrayBuffer must be an ArrayBuffer');
    }
    const s = this.#s;
    if (s.transfer === null) s.transfer = new SafeMap();
    s.transfer.set(arrayBuffer, id >>> 0);
  }

  writeUint32(value) {
    wVarint(this.#s, value >>> 0);
  }

  writeUint64(hi, lo) {
    const s = this.#s;
    hi >>>= 0;
    lo >>>= 0;
    if (s.pos + 10 > s.u8.length) grow(s, 10);
    const u8 = s.u8;
    let p = s.pos;
    while (hi !== 0 || lo >= 0x80) {
      u8[p++] = (lo & 0x7F) | 0x80;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    u8[p++] = lo;
    s.pos = p;
  }

  writeDouble(value) {
    wDouble(this.#s, +value);
  }

  writeRawBytes(source) {
    if (!isArrayBufferView(source)) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'source must be a TypedArray or a DataView');
    }
    wRaw(this.#s, viewBytes(source));
  }

  _setTreatArrayBufferViewsAsHostObjects(value) {
    this.#s.hostViews = !!value;
  }
}

function TypedArrayPrototypeSliceSafe(u8, start, end) {
  const out = new Uint8Array(end - start);
  TypedArrayPrototypeSet(out, TypedArrayPrototypeSubarray(u8, start, end));
  return out;
}

// ---- Deserializer -----------------------------------------------------------------------------------------
class ReadState {
  constructor(des, u8) {
    this.des = des;
    this.u8 = u8;
    this.dv = new DataView(TypedArrayPrototypeGetBuffer(u8), u8.byteOffset, u8.length);
    this.srcBuffer = TypedArrayPrototypeGetBuffer(u8);
    this.srcIsArrayBuffer = isArrayBuffer(this.srcBuffer);
    this.pos = 0;
    this.end = u8.length;
    this.version = 0;
    this.objects = [];
    this.nextId = 0;
    this.transfer = null;
    this.depth = 0;
    this.broken13 = false;
  }
}

// Reads a varint into a uint32 as node 24 does: at most 5 bytes, bits beyond 32 dropped. A continuation bit on
// the 5th byte is ignored when more input follows it; -1 if the input ends while a byte is still due.
function varint32(s) {
  const u8 = s.u8;
  const end = s.end;
  let p = s.pos;
  if (p < end) {
    const b = u8[p];
    if (b < 0x80) {
      s.pos = p + 1;
      return b;
    }
  }
  let value = 0;
  let shift = 0;
  let b;
  do {
    if (p >= end) return -1;
    b = u8[p++];
    value = (value | ((b & 0x7F) << shift)) >>> 0;
    shift += 7;
  } while ((b & 0x80) !== 0 && shift < 35);
  if ((b & 0x80) !== 0 && p >= end) return -1;
  s.pos = p;
  return value;
}

function rVarint(s) {
  const v = varint32(s);
  if (v < 0) fail();
  return v;
}

function rVarint8(s) {  // an 8-bit varint (error subtags): at most 2 bytes, as varint32 reads its 5
  const u8 = s.u8;
  let p = s.pos;
  let value = 0;
  let shift = 0;
  let b;
  do {
    if (p >= s.end) fail();
    b = u8[p++];
    value = (value | ((b & 0x7F) << shift)) & 0xFF;
    shift += 7;
  } while ((b & 0x80) !== 0 && shift < 14);
  if ((b & 0x80) !== 0 && p >= s.end) fail();
  s.pos = p;
  return value;
}

function rDouble(s) {
  if (s.end - s.pos < 8) fail();
  const d = DataViewPrototypeGetFloat64(s.dv, s.pos, true);
  s.pos += 8;
  return d;
}

function rTag(s) {
  const u8 = s.u8;
  let p = s.pos;
  let t;
  do {
    if (p >= s.end) fail();
    t = u8[p++];
  } while (t === T_PADDING);
  s.pos = p;
  return t;
}

function peekTag(s) {  // -1 at the end
  const u8 = s.u8;
  let p = s.pos;
  while (p < s.end) {
    const t = u8[p++];
    if (t !== T_PADDING) return t;
  }
  return -1;
}

function latin1(u8, start, len) {
  // (One fromCharCode call over the bytes: under GraalJS twice as fast as a concatenation per character even for
  // a 7-character key, 3x for 850 characters.)
  if (len === 1) return StringFromCharCode(u8[start]);
  if (len <= 8192) return StringFromCharCodeApply(TypedArrayPrototypeSubarray(u8, start, start + len));
  let r = '';
  const end = start + len;
  for (let i = start; i < end; i += 8192) {
    r += StringFromCharCodeApply(TypedArrayPrototypeSubarray(u8, i, i + 8192 < end ? i + 8192 : end));
  }
  return r;
}

function utf16(s, start, byteLength) {
  const u8 = s.u8;
  const n = byteLength >>> 1;
  if (n < 24) {
    let r = '';
    for (let i = start; i < start + byteLength; i += 2) r += StringFromCharCode(u8[i] | (u8[i + 1] << 8));
    return r;
  }
  let r = '';
  const chunk = 8192;
  if (kLittleEndian && ((u8.byteOffset + start) & 1) === 0) {
    const u16 = new Uint16Array(s.srcBuffer, u8.byteOffset + start, n);
    for (let i = 0; i < n; i += chunk) {
      r += StringFromCharCodeApply(TypedArrayPrototypeSubarray(u16, i, i + chunk < n ? i + chunk : n));
    }
    return r;
  }
  const codes = new Uint16Array(n < chunk ? n : chunk);
  for (let i = 0; i < n; i += chunk) {
    const m = i + chunk < n ? chunk : n - i;
    for (let j = 0; j < m; j++) {
      const q = start + (i + j) * 2;
      codes[j] = u8[q] | (u8[q + 1] << 8);
    }
    r += StringFromCharCodeApply(m === codes.length ? codes : TypedArrayPrototypeSubarray(codes, 0, m));
  }
  return r;
}

// UTF-8 (legacy 'S' tag), invalid sequences become U+FFFD per maximal subpart.
function utf8(u8, start, len) {
  const end = start + len;
  const out = [];
  let r = '';
  let i = start;
  while (i < end) {
    const b = u8[i++];
    let cp = 0xFFFD;
    if (b < 0x80) {
      cp = b;
    } else if (b >= 0xC2 && b <= 0xF4) {
      const need = b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
      let lower = 0x80, upper = 0xBF;
      if (b === 0xE0) lower = 0xA0;
      else if (b === 0xED) upper = 0x9F;
      else if (b === 0xF0) lower = 0x90;
      else if (b === 0xF4) upper = 0x8F;
      let c = b & (need === 1 ? 0x1F : need === 2 ? 0x0F : 0x07);
      let k = 0;
      for (; k < need && i < end; k++) {
        const x = u8[i];
        if (x < lower || x > upper) break;
        lower = 0x80;
        upper = 0xBF;
        c = (c << 6) | (x & 0x3F);
        i++;
      }
      if (k === need) cp = c;
    }
    if (cp > 0xFFFF) {
      cp -= 0x10000;
      ArrayPrototypePush(out, 0xD800 | (cp >> 10), 0xDC00 | (cp & 0x3FF));
    } else {
      ArrayPrototypePush(out, cp);
    }
    if (out.length >= 8192) {
      r += StringFromCharCodeApply(out);
      out.length = 0;
    }
  }
  return r + StringFromCharCodeApply(out);
}

const kHex = [];
for (let i = 0; i < 256; i++) kHex[i] = (i < 16 ? '0' : '') + NumberPrototypeToString(i, 16);
const kMaxBigIntBytes = 2 ** 27;  // V8's BigInt::kMaxLengthBits / 8

function rBigIntContents(s) {
  const bitfield = rVarint(s);
  const negative = (bitfield & 1) === 1;
  const byteLength = (bitfield >>> 1) & 0x3FFFFFFF;  // 30 length bits; the top bit is not read
  if (byteLength > s.end - s.pos || byteLength > kMaxBigIntBytes || (negative && byteLength === 0)) fail();
  const start = s.pos;
  const u8 = s.u8;
  s.pos += byteLength;
  let v;
  if (byteLength === 0) {
    v = 0n;
  } else if (byteLength === 8) {
    v = DataViewPrototypeGetBigUint64(s.dv, start, true);
  } else if (byteLength < 8) {
    v = 0n;
    for (let i = byteLength - 1; i >= 0; i--) v = (v << 8n) | BigInt(u8[i + start]);
  } else {
    // Most significant byte last: build a hex string (linear) and parse it once.
    let hex = '0x';
    let chunk = '';
    for (let i = start + byteLength - 1; i >= start; i--) {
      chunk += kHex[u8[i]];
      if (chunk.length >= 8192) {
        hex += chunk;
        chunk = '';
      }
    }
    v = BigInt(hex + chunk);
  }
  return negative ? -v : v;
}

function rString(s) {  // ReadString (version >= 12): any string-valued object
  const v = rObject(s);
  if (typeof v !== 'string') fail();
  return v;
}

function rObject(s) {
  if (++s.depth > kMaxDepth) fail();
  let v = rObjectInternal(s);
  if (typeof v === 'object' && v !== null && peekTag(s) === T_ARRAY_BUFFER_VIEW &&
      (isArrayBuffer(v) || isSharedArrayBuffer(v))) {
    rTag(s);
    v = rView(s, v);
  }
  s.depth--;
  return v;
}

function rObjectInternal(s) {
  const tag = rTag(s);
  switch (tag) {
    case T_VERIFY_OBJECT_COUNT:
      rVarint(s);
      return rObject(s);
    case T_UNDEFINED: return undefined;
    case T_NULL: return null;
    case T_TRUE: return true;
    case T_FALSE: return false;
    case T_INT32: {
      const u = rVarint(s);
      return (u >>> 1) ^ -(u & 1);
    }
    case T_UINT32: return rVarint(s);
    case T_DOUBLE: return rDouble(s);
    case T_BIGINT: return rBigIntContents(s);
    case T_ONE_BYTE_STRING: {
      const len = rVarint(s);
      if (len > s.end - s.pos) fail();
      const str = latin1(s.u8, s.pos, len);
      s.pos += len;
      return str;
    }
    case T_TWO_BYTE_STRING: {
      const len = rVarint(s);
      if ((len & 1) !== 0 || len > s.end - s.pos) fail();
      const str = utf16(s, s.pos, len);
      s.pos += len;
      return str;
    }
    case T_UTF8_STRING: {
      const len = rVarint(s);
      if (len > s.end - s.pos) fail();
      const str = utf8(s.u8, s.pos, len);
      s.pos += len;
      return str;
    }
    case T_OBJECT_REFERENCE: {
      const id = rVarint(s);
      const o = id < s.objects.length ? s.objects[id] : undefined;
      if (o === undefined) fail();
      return o;
    }
    case T_BEGIN_JS_OBJECT: return rJSObject(s);
    case T_BEGIN_SPARSE_ARRAY: return rSparseArray(s);
    case T_BEGIN_DENSE_ARRAY: return rDenseArray(s);
    case T_DATE: {
      const id = s.nextId++;
      const d = new Date(rDouble(s));
      s.objects[id] = d;
      return d;
    }
    case T_TRUE_OBJECT:
    case T_FALSE_OBJECT:
    case T_NUMBER_OBJECT:
    case T_BIGINT_OBJECT:
    case T_STRING_OBJECT:
      return rPrimitiveWrapper(s, tag);
    case T_REGEXP: return rRegExp(s);
    case T_BEGIN_MAP: return rMap(s);
    case T_BEGIN_SET: return rSet(s);
    case T_ARRAY_BUFFER: return rArrayBuffer(s, false);
    case T_RESIZABLE_ARRAY_BUFFER: return rArrayBuffer(s, true);
    case T_ARRAY_BUFFER_TRANSFER: {
      const id = s.nextId++;
      const tid = rVarint(s);
      const ab = s.transfer !== null ? s.transfer.get(tid) : undefined;
      if (ab === undefined) fail();
      s.objects[id] = ab;
      return ab;
    }
    case T_SHARED_ARRAY_BUFFER: return rSharedArrayBuffer(s);
    case T_ERROR: return rError(s);
    case T_HOST_OBJECT: return rHostObject(s);
    default:
      // kTheHole, kSharedObject (no shared-value conveyor), wasm transfers, unknown tags.
      return fail();
  }
}

function defineProperty(o, key, value) {
  if (key in o) {
    if (ObjectPrototypeHasOwnProperty(o, key)) fail();  // duplicate key, or e.g. an array's 'length'
    ObjectDefineProperty(o, key, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
  } else {
    o[key] = value;
  }
}

function rProperties(s, o, endTag) {
  let n = 0;
  for (;;) {
    const tag = peekTag(s);
    if (tag === endTag) {
      rTag(s);
      return n;
    }
    if (tag === -1) fail();
    const key = rObject(s);
    const kt = typeof key;
    if (kt !== 'string' && kt !== 'number') fail();
    const value = rObject(s);
    defineProperty(o, key, value);
    n++;
  }
}

function rJSObject(s) {
  const id = s.nextId++;
  const o = {};
  s.objects[id] = o;
  const n = rProperties(s, o, T_END_JS_OBJECT);
  if (rVarint(s) !== n) fail();
  return o;
}

function rDenseArray(s) {
  const length = rVarint(s);
  // Each element takes at least one byte: a longer array cannot be in the rest of the input.
  if (length > s.end - s.pos) fail();
  const id = s.nextId++;
  const a = new Array(length);
  s.objects[id] = a;
  for (let i = 0; i < length; i++) {
    const tag = peekTag(s);
    if (tag === T_THE_HOLE) {
      rTag(s);
      continue;
    }
    const v = rObject(s);
    if (i in a) ObjectDefineProperty(a, i, { __proto__: null, value: v, writable: true, enumerable: true, configurable: true });
    else a[i] = v;
  }
  const n = rProperties(s, a, T_END_DENSE_ARRAY);
  if (rVarint(s) !== n || rVarint(s) !== length) fail();
  return a;
}

function rSparseArray(s) {
  const length = rVarint(s);
  const id = s.nextId++;
  // A (possibly forged) long length must not allocate a backing store: `a.length = n` and `new Array(n)` may
  // (V8 does up to 32M), while defining the last index first makes engines switch to sparse storage.
  let a;
  if (length <= 1024) {
    a = new Array(length);
  } else {
    a = [];
    a[length - 1] = undefined;
    delete a[length - 1];
  }
  s.objects[id] = a;
  const n = rProperties(s, a, T_END_SPARSE_ARRAY);
  if (rVarint(s) !== n || rVarint(s) !== length) fail();
  return a;
}

function rPrimitiveWrapper(s, tag) {
  const id = s.nextId++;
  let o;
  switch (tag) {
    case T_TRUE_OBJECT: o = new Boolean(true); break;
    case T_FALSE_OBJECT: o = new Boolean(false); break;
    case T_NUMBER_OBJECT: o = new Number(rDouble(s)); break;
    case T_BIGINT_OBJECT: o = Object(rBigIntContents(s)); break;
    default: o = new String(rString(s)); break;
  }
  s.objects[id] = o;
  return o;
}

function rRegExp(s) {
  const id = s.nextId++;
  const pattern = rString(s);
  const raw = rVarint(s);
  if ((raw & ~((1 << kRegExpFlagCount) - 1)) !== 0 || (raw & RF_LINEAR) !== 0) fail();
  if ((raw & RF_UNICODE) !== 0 && (raw & RF_UNICODE_SETS) !== 0) fail();  // 'u' with 'v' is bad data
  let flags = '';
  if (raw & RF_HAS_INDICES) flags += 'd';
  if (raw & RF_GLOBAL) flags += 'g';
  if (raw & RF_IGNORE_CASE) flags += 'i';
  if (raw & RF_MULTILINE) flags += 'm';
  if (raw & RF_DOT_ALL) flags += 's';
  if (raw & RF_UNICODE) flags += 'u';
  if (raw & RF_UNICODE_SETS) flags += 'v';
  if (raw & RF_STICKY) flags += 'y';
  const re = new RegExp(pattern, flags);  // an invalid pattern throws its SyntaxError, as in V8
  s.objects[id] = re;
  return re;
}

function rMap(s) {
  const id = s.nextId++;
  const m = new Map();
  s.objects[id] = m;
  let length = 0;
  for (;;) {
    const tag = peekTag(s);
    if (tag === T_END_MAP) {
      rTag(s);
      break;
    }
    if (tag === -1) fail();
    const k = rObject(s);
    const v = rObject(s);
    MapPrototypeSet(m, k, v);
    length += 2;
  }
  if (rVarint(s) !== length) fail();
  return m;
}

function rSet(s) {
  const id = s.nextId++;
  const set = new Set();
  s.objects[id] = set;
  let length = 0;
  for (;;) {
    const tag = peekTag(s);
    if (tag === T_END_SET) {
      rTag(s);
      break;
    }
    if (tag === -1) fail();
    SetPrototypeAdd(set, rObject(s));
    length++;
  }
  if (rVarint(s) !== length) fail();
  return set;
}

function rArrayBuffer(s, resizable) {
  const id = s.nextId++;
  const byteLength = rVarint(s);
  let max = byteLength;
  if (resizable) {
    max = rVarint(s);
    if (byteLength > max) fail();
  }
  if (byteLength > s.end - s.pos) fail();
  const from = s.u8.byteOffset + s.pos;
  let ab;
  if (!resizable && s.srcIsArrayBuffer) {
    ab = ArrayBufferPrototypeSlice(s.srcBuffer, from, from + byteLength);
  } else {
    try {
      ab = resizable ? new ArrayBuffer(byteLength, { maxByteLength: max }) : new ArrayBuffer(byteLength);
    } catch {
      fail();  // e.g. a forged maxByteLength the engine refuses to reserve
    }
    if (resizable && !isResizable(ab)) fail();
    TypedArrayPrototypeSet(new Uint8Array(ab), TypedArrayPrototypeSubarray(s.u8, s.pos, s.pos + byteLength));
  }
  s.pos += byteLength;
  s.objects[id] = ab;
  return ab;
}

function rSharedArrayBuffer(s) {
  const id = s.nextId++;
  const cloneId = rVarint(s);
  const des = s.des;
  const f = des._getSharedArrayBufferFromId;
  if (typeof f !== 'function') fail();
  const sab = FunctionPrototypeCall(f, des, cloneId);
  if (sab === null || typeof sab !== 'object' || !isSharedArrayBuffer(sab)) fail();
  s.objects[id] = sab;
  return sab;
}

function rView(s, buffer) {
  const shared = isSharedArrayBuffer(buffer);
  const bufferByteLength = shared ? SABGetByteLength(buffer) : ArrayBufferPrototypeGetByteLength(buffer);
  const tag = rVarint8(s);
  const byteOffset = rVarint(s);
  const byteLength = rVarint(s);
  if (byteOffset > bufferByteLength || byteLength > bufferByteLength - byteOffset) fail();
  let flags = 0;
  if (s.version >= 14 || s.broken13) flags = rVarint(s);
  const id = s.nextId++;
  // ValidateJSArrayBufferViewFlags
  const tracking = (flags & 1) !== 0;
  const backedByRab = (flags & 2) !== 0;
  const resizableByJs = shared ? isGrowable(buffer) : isResizable(buffer);
  if ((tracking || backedByRab) && (!resizableByJs || (backedByRab && shared))) fail();
  if (resizableByJs && !shared && !backedByRab) fail();
  let view;
  if (tag === V_DATAVIEW) {
    try {
      view = tracking ? new DataView(buffer, byteOffset) : new DataView(buffer, byteOffset, byteLength);
    } catch {
      fail();
    }
  } else {
    const Ctor = viewCtorByTag.get(tag);
    if (Ctor === undefined) fail();
    const size = Ctor.BYTES_PER_ELEMENT;
    if (byteOffset % size !== 0 || byteLength % size !== 0) fail();
    try {
      view = tracking ? new Ctor(buffer, byteOffset) : new Ctor(buffer, byteOffset, byteLength / size);
    } catch {
      fail();  // e.g. a detached transferred buffer
    }
  }
  s.objects[id] = view;
  return view;
}

const errorCtors = new SafeMap([
  [E_EVAL, EvalError], [E_RANGE, RangeError], [E_REFERENCE, ReferenceError],
  [E_SYNTAX, SyntaxError], [E_TYPE, TypeError], [E_URI, URIError],
]);

// node 24 reads an error's parts in one order, each at most once: the prototype tag, the message, the stack,
// the cause, the end tag. The error exists (and has its id) before its cause is read, so a cause may refer back
// to its own error.
const kErrorStep = { prototype: 0, message: 1, stack: 2, cause: 3 };

function stepOf(tag) {
  switch (tag) {
    case E_MESSAGE: return kErrorStep.message;
    case E_STACK: return kErrorStep.stack;
    case E_CAUSE: return kErrorStep.cause;
    default: return errorCtors.has(tag) ? kErrorStep.prototype : -1;
  }
}

function defineHidden(obj, key, value) {
  ObjectDefineProperty(obj, key, { __proto__: null, value, writable: true, enumerable: false, configurable: true });
}

// The message is defined after the stack: V8's error comes back with its own properties in that order.
function makeError(Ctor, message, stack) {
  const err = new Ctor();
  try {
    defineHidden(err, 'stack', stack);
  } catch {
    try { err.stack = stack; } catch { /* engine-owned stack */ }
  }
  if (message !== undefined) defineHidden(err, 'message', message);
  return err;
}

function rError(s) {
  const id = s.nextId++;
  let Ctor = Error;
  let message;
  let stack;
  let next = kErrorStep.prototype;
  for (;;) {
    const tag = rVarint8(s);
    if (tag === E_END) break;
    const step = stepOf(tag);
    if (step < next) fail();
    next = step + 1;
    if (step === kErrorStep.prototype) Ctor = errorCtors.get(tag);
    else if (step === kErrorStep.message) message = rString(s);
    else if (step === kErrorStep.stack) stack = rString(s);
    else {
      const err = makeError(Ctor, message, stack);
      s.objects[id] = err;
      defineHidden(err, 'cause', rObject(s));
      if (rVarint8(s) !== E_END) fail();
      return err;
    }
  }
  const err = makeError(Ctor, message, stack);
  s.objects[id] = err;
  return err;
}

function rHostObject(s) {
  const id = s.nextId++;
  const des = s.des;
  const f = des._readHostObject;
  if (typeof f !== 'function') fail();
  const o = FunctionPrototypeCall(f, des);
  if (o === null || (typeof o !== 'object' && typeof o !== 'function')) {
    throw new TypeError('readHostObject must return an object');
  }
  s.objects[id] = o;
  return o;
}

function isStackOverflow(e) {
  // A host thread with a smaller stack than kMaxDepth needs: report it as bad data, not as a RangeError.
  return e instanceof RangeError && typeof e.message === 'string' &&
    (primordials.StringPrototypeIncludes(e.message, 'call stack') ||
     primordials.StringPrototypeIncludes(e.message, 'stack overflow'));
}

class Deserializer {
  #s;

  constructor(buffer) {
    if (!isArrayBufferView(buffer)) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'buffer must be a TypedArray or a DataView');
    }
    this.#s = new ReadState(this, viewBytes(buffer));
    this.buffer = buffer;
  }

  readHeader() {
    const s = this.#s;
    if (s.pos < s.end && s.u8[s.pos] === T_VERSION) {
      s.pos++;
      const v = varint32(s);
      if (v < 0 || v > kLatestVersion) throw new Error(kVersionMessage);
      s.version = v;
    }
    // Node does not enable V8's legacy (pre-13) wire format support.
    if (s.version < 13) throw new Error(kVersionMessage);
    return true;
  }

  readValue() {
    const s = this.#s;
    const start = s.pos;
    const depth = s.depth;
    const nextId = s.nextId;
    try {
      return rObject(s);
    } catch (e) {
      s.depth = depth;
      if (s.version === 13 && !s.broken13 && dataErrors.has(e)) {
        // V8 once wrote version-13 data without view flags (crbug.com/1284506): retry in that mode.
        s.broken13 = true;
        s.pos = start;
        s.nextId = nextId;
        s.objects.length = nextId;
        try {
          return rObject(s);
        } catch (e2) {
          s.depth = depth;
          if (isStackOverflow(e2)) fail();
          throw e2;
        }
      }
      if (isStackOverflow(e)) fail();
      throw e;
    }
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (arrayBuffer === null || typeof arrayBuffer !== 'object' ||
        !(isArrayBuffer(arrayBuffer) || isSharedArrayBuffer(arrayBuffer))) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'arrayBuffer must be an ArrayBuffer or SharedArrayBuffer');
    }
    const s = this.#s;
    if (s.transfer === null) s.transfer = new SafeMap();
    s.transfer.set(id >>> 0, arrayBuffer);
  }

  getWireFormatVersion() {
    return this.#s.version;
  }

  readUint32() {
    const v = varint32(this.#s);
    if (v < 0) throw new Error('ReadUint32() failed');
    return v;
  }

  readUint64() {
    const s = this.#s;
    const u8 = s.u8;
    let p = s.pos;
    let hi = 0;
    let lo = 0;
    let shift = 0;
    let b;
    do {
      if (p >= s.end) throw new Error('ReadUint64() failed');
      b = u8[p++];
      const bits = b & 0x7F;
      if (shift < 32) {
        lo = (lo | (bits << shift)) >>> 0;
        if (shift > 25) hi = (hi | (bits >>> (32 - shift))) >>> 0;
      } else if (shift < 64) {
        hi = (hi | (bits << (shift - 32))) >>> 0;
      }
      shift += 7;
    } while ((b & 0x80) !== 0 && shift < 64);
    s.pos = p;
    return [hi, lo];
  }

  readDouble() {
    const s = this.#s;
    if (s.end - s.pos < 8) throw new Error('ReadDouble() failed');
    const d = DataViewPrototypeGetFloat64(s.dv, s.pos, true);
    s.pos += 8;
    return d;
  }

  // Returns the offset of the bytes in this.buffer and skips them.
  _readRawBytes(length) {
    const s = this.#s;
    length = Number(length);
    if (!(length >= 0) || length > s.end - s.pos) throw new Error('ReadRawBytes() failed');
    length = MathTrunc(length);
    const offset = s.pos;
    s.pos += length;
    return offset;
  }
}

module.exports = {
  Serializer,
  Deserializer,
  // wtjs internals, for v8.js / structured_clone.js
  kLatestVersion,
  isArrayBuffer,
  isSharedArrayBuffer,
  isDetached,
  describeForClone: describe,
};
