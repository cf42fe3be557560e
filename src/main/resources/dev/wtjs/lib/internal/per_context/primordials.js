'use strict';
// wtjs's primordials: the realm's own built-in functions, taken before any user code runs, under the names the
// builtins destructure (`const { ArrayPrototypeMap, SafeMap } = primordials;`), so a script that later patches
// Array.prototype or Map.prototype does not change how the builtins behave.
//
// Names. For a source object S known as `Name`:
//   Name<Key>               S.key as it is (statics of Math, JSON, Reflect and the constructors); Promise's
//                           statics are bound to Promise
//   NamePrototype<Key>      the method taking its receiver first: ArrayPrototypeMap(arr, fn) is arr.map(fn)
//                           with the original map
//   ...Get<Key>, ...Set<Key> an accessor's getter / setter, receiver first
//   ...<Key>Apply           the function taking its arguments as one array (after the receiver, if any)
// A symbol key `Symbol.iterator` is spelled `SymbolIterator`. A name that spells nothing reads as undefined.
//
// Cost. A realm used to copy about 1,200 functions here at bootstrap, half of a cold start. Now only each
// source's descriptors are taken, one native call per source (so later patches cannot leak in), and a name is
// worked out from its spelling the first time a builtin reads it, then kept. `primordials` is an empty object
// whose prototype does that lookup; a builtin module pays for the few dozen names it destructures.
//
// Evaluated as a function body with parameters (primordials, globalThis); the loader freezes the result.

const P = primordials;
const { apply, defineProperty, getPrototypeOf, ownKeys, setPrototypeOf, construct } = Reflect;
const { getOwnPropertyDescriptors, freeze, hasOwn, setPrototypeOf: setProto } = Object;

// A method turned into a plain function of (receiver, ...args). A closure over Reflect.apply, not
// Function.prototype.call.bind(fn): GraalJS compiles through this one and not through a bound `call`.
function uncurryThis(fn) {
  return (self, ...args) => apply(fn, self, args);
}

// fn taking its arguments as an array: (receiver, args), or (args) when the receiver is given here.
function applyBind(fn, ...receiver) {
  if (receiver.length === 0) return (self, args) => apply(fn, self, args ?? []);
  const self = receiver[0];
  return (args) => apply(fn, self, args ?? []);
}

// ---- Names resolved on first read. ----
// `named` holds the names that are not derived from a source: a value, or a maker run on first read.
// `sources` maps a prefix (`Array`, `ArrayPrototype`, `Math`...) to the descriptors of its object, taken now,
// so a script patching Array.prototype later does not change what a builtin loaded after it gets.
const named = new Map();
const sources = new Map();
const resolved = new Map();

const define = (name, value) => named.set(name, { value });
const later = (name, make) => named.set(name, { make });

const AS_IS = 0;      // functions kept as they are
const BOUND = 1;      // functions bound to their source (Promise's statics need a constructor as `this`)
const RECEIVER = 2;   // functions that take their receiver as first argument

function addSource(prefix, object, mode) {
  sources.set(prefix, { object, mode, descs: getOwnPropertyDescriptors(object) });
}

const lowerFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);
const startsPart = (c) => (c >= 65 && c <= 90) || c === 95;   // A-Z or _ (ObjectPrototype__lookupGetter__)
let symbolDescs;

// The own property of `descs` that `rest` names ('Map' -> map, 'PI' -> PI, 'SymbolIterator' -> Symbol.iterator).
function findKey(descs, rest) {
  const lower = lowerFirst(rest);
  if (hasOwn(descs, lower)) return lower;
  if (hasOwn(descs, rest)) return rest;
  if (rest.startsWith('Symbol') && rest.length > 6) {
    const sym = symbolDescs[lowerFirst(rest.slice(6))]?.value;
    if (typeof sym === 'symbol' && hasOwn(descs, sym)) return sym;
  }
  return undefined;
}

function wrap(fn, { object, mode }) {
  if (typeof fn !== 'function' || mode === AS_IS) return fn;
  return mode === BOUND ? fn.bind(object) : uncurryThis(fn);
}

// `rest` read from one source, as { value }, or undefined when it names nothing there.
function fromSource(src, rest) {
  const key = findKey(src.descs, rest);
  if (key !== undefined) {
    const desc = src.descs[key];
    return 'value' in desc ? { value: wrap(desc.value, src) } : undefined;
  }
  const accessor = rest.startsWith('Get') ? 'get' : rest.startsWith('Set') ? 'set' : null;
  if (accessor !== null) {
    const akey = findKey(src.descs, rest.slice(3));
    const fn = akey === undefined ? undefined : src.descs[akey][accessor];
    if (typeof fn === 'function') return { value: uncurryThis(fn) };
  }
  if (rest.endsWith('Apply')) {
    const fkey = findKey(src.descs, rest.slice(0, -5));
    const fn = fkey === undefined ? undefined : src.descs[fkey].value;
    if (typeof fn === 'function') {
      return { value: src.mode === RECEIVER ? applyBind(fn) : applyBind(fn, src.object) };
    }
  }
  return undefined;
}

// Splits `name` before a capital letter, longest prefix first, until a known source names the rest.
function resolve(name) {
  const entry = named.get(name);
  if (entry !== undefined) return 'make' in entry ? entry.make() : entry.value;
  for (let i = name.length - 1; i > 0; i--) {
    if (!startsPart(name.charCodeAt(i))) continue;
    const src = sources.get(name.slice(0, i));
    if (src === undefined) continue;
    const found = fromSource(src, name.slice(i));
    if (found !== undefined) return found.value;
  }
  return undefined;
}

function lookup(name) {
  if (typeof name !== 'string') return undefined;
  if (resolved.has(name)) return resolved.get(name);
  const value = resolve(name);
  resolved.set(name, value);
  return value;
}

define('uncurryThis', uncurryThis);
define('applyBind', applyBind);

// Globals kept by their own name.
define('globalThis', globalThis);
// (wtjs's own) the names the engine's global object had before the bootstrap added node's globals (Buffer, URL, ...):
// util.inspect counts the classes among them as built in, as node does when its inspect module loads.
define('EngineGlobalNames', freeze(Object.getOwnPropertyNames(globalThis)));
for (const fn of [decodeURI, decodeURIComponent, encodeURI, encodeURIComponent, escape, eval, unescape]) {
  define(fn.name, fn);
}

// Namespaces: their members only.
for (const name of ['JSON', 'Math', 'Proxy', 'Reflect']) addSource(name, globalThis[name], AS_IS);
define('Proxy', Proxy);

// Constructors: themselves, their statics, their prototype's members.
for (const name of ['AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array',
  'Boolean', 'DataView', 'Date', 'Error', 'EvalError', 'FinalizationRegistry', 'Float32Array', 'Float64Array',
  'Function', 'Int16Array', 'Int32Array', 'Int8Array', 'Map', 'Number', 'Object', 'RangeError',
  'ReferenceError', 'RegExp', 'Set', 'String', 'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'Uint16Array',
  'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakRef', 'WeakSet', 'Promise']) {
  const ctor = globalThis[name];
  if (typeof ctor !== 'function') continue;
  define(name, ctor);
  addSource(name, ctor, name === 'Promise' ? BOUND : AS_IS);
  addSource(`${name}Prototype`, ctor.prototype, RECEIVER);
}
symbolDescs = sources.get('Symbol').descs;

// Intrinsics with no global name. %TypedArray%'s statics need a subclass as `this`: receiver first too.
const TypedArray = getPrototypeOf(Uint8Array);
const ArrayIteratorPrototype = getPrototypeOf([][Symbol.iterator]());
const StringIteratorPrototype = getPrototypeOf(''[Symbol.iterator]());
define('TypedArray', TypedArray);
addSource('TypedArray', TypedArray, RECEIVER);
addSource('TypedArrayPrototype', TypedArray.prototype, RECEIVER);
define('ArrayIterator', { prototype: ArrayIteratorPrototype });
define('ArrayIteratorPrototype', ArrayIteratorPrototype);
addSource('ArrayIteratorPrototype', ArrayIteratorPrototype, RECEIVER);
define('StringIterator', { prototype: StringIteratorPrototype });
define('StringIteratorPrototype', StringIteratorPrototype);
addSource('StringIteratorPrototype', StringIteratorPrototype, RECEIVER);
define('IteratorPrototype', getPrototypeOf(ArrayIteratorPrototype));
later('AsyncIteratorPrototype', () => getPrototypeOf(getPrototypeOf(async function* probe() {}).prototype));

// ---- The Safe* classes: collections whose iteration cannot be redirected by user code. ----

// The originals the helpers below rely on, taken now.
const arrayIterate = Array.prototype[Symbol.iterator];
const arrayIteratorNext = ArrayIteratorPrototype.next;
const stringIterate = String.prototype[Symbol.iterator];
const stringIteratorNext = StringIteratorPrototype.next;
const promiseThen = Promise.prototype.then;
const promiseResolve = Promise.resolve.bind(Promise);
const OriginalPromise = Promise;
const OriginalAggregateError = AggregateError;

// An iterator class over `open(source)` whose steps call the original `next`; its prototype inherits nothing.
function iteratorClass(open, step) {
  class Iterator {
    #inner;
    constructor(source) { this.#inner = open(source); }
    next() { return step(this.#inner); }
    [Symbol.iterator]() { return this; }
  }
  setPrototypeOf(Iterator.prototype, null);
  freeze(Iterator.prototype);
  return freeze(Iterator);
}

later('SafeArrayIterator', () => iteratorClass((a) => apply(arrayIterate, a, []),
  (it) => apply(arrayIteratorNext, it, [])));
later('SafeStringIterator', () => iteratorClass((s) => apply(stringIterate, s, []),
  (it) => apply(stringIteratorNext, it, [])));

const ITERATING = new Set(['entries', 'keys', 'values', Symbol.iterator]);

// Gives `safe` (a subclass of `unsafe`) own copies of all of unsafe's members, with the iterator-returning
// ones wrapped in an iterator class that keeps the original `next`, then cuts it from unsafe's prototype.
function makeSafe(unsafe, safe) {
  const from = unsafe.prototype;
  const to = safe.prototype;
  const iterable = Symbol.iterator in from;
  let step;
  for (const [key, desc] of entriesOf(getOwnPropertyDescriptors(from))) {
    if (hasOwn(to, key)) continue;
    if (iterable && ITERATING.has(key) && typeof desc.value === 'function') {
      const open = desc.value;
      step ??= nextOf(unsafe, open);
      const Iter = iteratorClass((self) => apply(open, self, []), (it) => apply(step, it, []));
      desc.value = function iterate() { return new Iter(this); };
    }
    defineProperty(to, key, desc);
  }
  for (const [key, desc] of entriesOf(getOwnPropertyDescriptors(unsafe))) {
    if (!hasOwn(safe, key)) defineProperty(safe, key, desc);
  }
  setPrototypeOf(to, null);
  freeze(to);
  return freeze(safe);
}

function entriesOf(descs) {
  const out = [];
  for (const key of ownKeys(descs)) out.push([key, descs[key]]);
  return out;
}

// The original `next` of the iterators that `open` makes for instances of `unsafe`.
function nextOf(unsafe, open) {
  return apply(open, new unsafe(), []).next;
}

define('makeSafe', makeSafe);
later('SafeMap', () => makeSafe(Map, class SafeMap extends Map {
  constructor(entries) { super(entries); }
}));
later('SafeWeakMap', () => makeSafe(WeakMap, class SafeWeakMap extends WeakMap {
  constructor(entries) { super(entries); }
}));
later('SafeSet', () => makeSafe(Set, class SafeSet extends Set {
  constructor(values) { super(values); }
}));
later('SafeWeakSet', () => makeSafe(WeakSet, class SafeWeakSet extends WeakSet {
  constructor(values) { super(values); }
}));
later('SafeFinalizationRegistry', () => makeSafe(FinalizationRegistry,
  class SafeFinalizationRegistry extends FinalizationRegistry {
    constructor(cleanup) { super(cleanup); }
  }));
later('SafeWeakRef', () => makeSafe(WeakRef, class SafeWeakRef extends WeakRef {
  constructor(target) { super(target); }
}));

// ---- Promise helpers that never look up `then` or the species on user-reachable prototypes. ----

const settle = (value, onFulfilled, onRejected) => apply(promiseThen, promiseResolve(value), [onFulfilled, onRejected]);
const pick = (items, mapFn, i) => (mapFn == null ? items[i] : mapFn(items[i], i));

// onFinally runs once thisPromise settles; the result keeps thisPromise's outcome unless onFinally throws or
// returns a rejected promise.
define('SafePromisePrototypeFinally', (thisPromise, onFinally) => new OriginalPromise((resolve, reject) => {
  const after = (finish) => {
    if (typeof onFinally !== 'function') return finish();
    let r;
    try { r = onFinally(); } catch (e) { return reject(e); }
    settle(r, finish, reject);
  };
  apply(promiseThen, thisPromise, [
    (value) => after(() => resolve(value)),
    (error) => after(() => reject(error)),
  ]);
}));

// Waits for every item; `each(i, ok, value)` records one outcome and may end early.
function gather(items, mapFn, start) {
  return new OriginalPromise((resolve, reject) => {
    const n = items.length;
    const state = start(n, resolve, reject);
    if (n === 0) return state.empty();
    for (let i = 0; i < n; i++) {
      let item;
      try { item = pick(items, mapFn, i); } catch (e) { return reject(e); }
      settle(item, (v) => state.done(i, true, v), (e) => state.done(i, false, e));
    }
  });
}

function counting(n, onAll, onOne) {
  let left = n;
  return { empty: onAll, done(i, ok, v) { if (onOne(i, ok, v) !== false && --left === 0) onAll(); } };
}

const allInto = (makeResults) => (items, mapFn) => gather(items, mapFn, (n, resolve, reject) => {
  const results = makeResults(n);
  return counting(n, () => resolve(results), (i, ok, v) => {
    if (!ok) { reject(v); return false; }
    results[i] = v;
  });
});

define('SafePromiseAll', allInto((n) => new Array(n)));
define('SafePromiseAllReturnArrayLike', allInto((n) => setProto(new Array(n), null)));
define('SafePromiseAllReturnVoid', (items, mapFn) => gather(items, mapFn, (n, resolve, reject) =>
  counting(n, () => resolve(), (i, ok, v) => { if (!ok) { reject(v); return false; } })));
define('SafePromiseAllSettled', (items, mapFn) => gather(items, mapFn, (n, resolve) => {
  const results = new Array(n);
  return counting(n, () => resolve(results), (i, ok, v) => {
    results[i] = ok ? { status: 'fulfilled', value: v } : { status: 'rejected', reason: v };
  });
}));
define('SafePromiseAllSettledReturnVoid', (items, mapFn) => gather(items, mapFn, (n, resolve) =>
  counting(n, () => resolve(), () => {})));
define('SafePromiseAny', (items, mapFn) => gather(items, mapFn, (n, resolve, reject) => {
  const errors = new Array(n);
  const fail = () => reject(new OriginalAggregateError(errors, 'All promises were rejected'));
  return counting(n, fail, (i, ok, v) => {
    if (ok) { resolve(v); return false; }
    errors[i] = v;
  });
}));
define('SafePromiseRace', (items, mapFn) => gather(items, mapFn, (n, resolve, reject) => ({
  empty() {},
  done(i, ok, v) { (ok ? resolve : reject)(v); },
})));

// ---- RegExps whose matching cannot be redirected through RegExp.prototype. ----

const regexpProto = RegExp.prototype;
const regexpOriginals = getOwnPropertyDescriptors(regexpProto);
const REGEXP_METHODS = ['exec', Symbol.match, Symbol.matchAll, Symbol.replace, Symbol.search, Symbol.split];
const REGEXP_FLAGS = ['dotAll', 'flags', 'global', 'hasIndices', 'ignoreCase', 'multiline', 'source', 'sticky',
  'unicode'];

// What String.prototype.split constructs (through the species of `constructor`) to split by a hardened RegExp:
// a regexp-like that delegates to a fresh RegExp with the original exec.
class SplitterRegExp {
  #re;
  constructor(...args) { this.#re = construct(RegExp, args); }
  get lastIndex() { return this.#re.lastIndex; }
  set lastIndex(value) { this.#re.lastIndex = value; }
  exec(s) { return apply(regexpOriginals.exec.value, this.#re, [s]); }
}
setPrototypeOf(SplitterRegExp.prototype, null);

// Pins `re`'s matching methods, flags and species to the originals as own properties; returns re.
function hardenRegExp(re) {
  for (const key of REGEXP_METHODS) {
    defineProperty(re, key, { value: regexpOriginals[key].value, configurable: true });
  }
  for (const key of REGEXP_FLAGS) {
    const getter = regexpOriginals[key]?.get;
    if (getter) defineProperty(re, key, { value: apply(getter, re, []), configurable: true });
  }
  defineProperty(re, 'constructor', { value: { [Symbol.species]: SplitterRegExp }, configurable: true });
  return re;
}
define('hardenRegExp', hardenRegExp);

// str.search(re) without consulting re's Symbol.search: the index of the first match from 0, or -1.
define('SafeStringPrototypeSearch', (str, re) => {
  re.lastIndex = 0;
  const m = apply(regexpOriginals.exec.value, re, [str]);
  return m === null ? -1 : m.index;
});

// Every read of a name that `primordials` lacks falls through to this prototype, which resolves the name once;
// `primordials` itself stays an empty object that the loader freezes.
setPrototypeOf(P, new Proxy(Object.create(null), {
  get: (target, name) => lookup(name),
  has: (target, name) => lookup(name) !== undefined,
}));
