'use strict';
// Compares wtjs's pure-JS builtins (errors, validators, util, util.types, inspect/format, events, event_target,
// encoding, DOMException) with node's own modules, under real node:
//   node tools/test-lib-under-node.js [section...]
// Sections: errors validators types inspect format util events event_target encoding domexception
// Runs twice: once without internalBinding('host') (like tools/lib-harness.js) and once with a host emulated
// from node's own C++ bindings (needs --expose-internals: the script re-executes itself with it), so both the
// degraded and the host-assisted paths are checked. Exits non-zero on any mismatch.
if (!process.execArgv.includes('--expose-internals')) {
  const r = require('child_process').spawnSync(process.execPath,
    ['--expose-internals', '--no-warnings', __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status === null ? 1 : r.status);
}

const vm = require('vm');
const nodeUtil = require('util');
const { internalBinding: nodeInternalBinding } = require('internal/test/binding');

const { read } = require('./lib-read');
function compile(id, src, params) {
  return vm.compileFunction(src, params, { filename: `node:${id}` });
}
// The same loader as tools/lib-harness.js, optionally with a host.
function makeLoader(host) {
  const createLoader = vm.runInThisContext(read('internal/bootstrap/loader'),
                                           { filename: 'node:internal/bootstrap/loader' });
  return createLoader({ read, compile, host, process });
}

// A host emulated with node's C++ bindings: what the Java host is expected to offer.
function emulatedHost() {
  const u = nodeInternalBinding('util');
  const t = nodeInternalBinding('types');
  return {
    getPromiseDetails: (p) => u.getPromiseDetails(p),
    getProxyDetails: (v, showProxy) => u.getProxyDetails(v, showProxy),
    previewEntries: (v, isIterator) => (isIterator === undefined ? u.previewEntries(v) : u.previewEntries(v, isIterator)),
    getConstructorName: (v) => u.getConstructorName(v),
    isProxy: (v) => t.isProxy(v),
    isPromise: (v) => t.isPromise(v),
    isNativeError: (v) => t.isNativeError(v),
    isArgumentsObject: (v) => t.isArgumentsObject(v),
    isGeneratorObject: (v) => t.isGeneratorObject(v),
    isAsyncFunction: (v) => t.isAsyncFunction(v),
    isGeneratorFunction: (v) => t.isGeneratorFunction(v),
    isMapIterator: (v) => t.isMapIterator(v),
    isSetIterator: (v) => t.isSetIterator(v),
    isModuleNamespaceObject: (v) => t.isModuleNamespaceObject(v),
  };
}

const only = process.argv.slice(2);
const totals = { cases: 0, mismatches: 0, skipped: 0 };
let mode = '';
let current;

function describe(v) {
  try { return nodeUtil.inspect(v, { depth: 4, breakLength: Infinity }); } catch (e) { return String(e); }
}

function errorInfo(e, withStack = true) {
  if (e === null || typeof e !== 'object') return { thrown: e };
  const info = {
    ctor: e.constructor?.name,
    name: e.name,
    code: e.code,
    message: e.message,
    string: String(e),
    keys: Object.keys(e),
    isError: e instanceof Error,
  };
  if (withStack) info.stack0 = typeof e.stack === 'string' ? e.stack.split('\n    at ')[0] : typeof e.stack;
  return info;
}

function capture(fn) {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    return { ok: false, error: errorInfo(e) };
  }
}

function check(label, ours, theirs) {
  current.cases++;
  const a = capture(ours);
  const b = capture(theirs);
  if (!nodeUtil.isDeepStrictEqual(a, b)) {
    current.mismatches++;
    if (current.samples.length < 25) {
      current.samples.push(`  ${label}\n    ours: ${describe(a)}\n    node: ${describe(b)}`);
    }
    return false;
  }
  return true;
}

function skip() { current.skipped++; }

function section(name, fn, lib) {
  if (only.length && !only.includes(name.split('-')[0])) return;
  current = { cases: 0, mismatches: 0, skipped: 0, samples: [] };
  try {
    fn(lib);
  } catch (e) {
    current.mismatches++;
    current.samples.push(`  section crashed: ${e && e.stack}`);
  }
  totals.cases += current.cases;
  totals.mismatches += current.mismatches;
  totals.skipped += current.skipped;
  const status = current.mismatches ? 'FAIL' : 'ok  ';
  console.log(`${status} [${mode}] ${name}: ${current.cases} cases, ${current.mismatches} mismatches` +
              (current.skipped ? `, ${current.skipped} skipped (need the host)` : ''));
  for (const s of current.samples) console.log(s);
}

// ---------------------------------------------------------------------------------------------------------
// The value corpus. `host: true` marks values whose inspection needs the engine (Promise state, Proxy,
// iterator and WeakMap contents): compared only when a host is present.
function makeCorpus() {
  const c = [];
  const add = (name, make, opts = {}) => c.push({ name, make, ...opts });

  // primitives
  for (const v of [0, -0, 1, -1, 1.5, 123456789.125, NaN, Infinity, -Infinity, 2 ** 53, 1e21, 1e-7,
                   Number.MAX_VALUE, Number.MIN_VALUE, 0n, 123n, -12345678901234567890n, true, false,
                   null, undefined]) {
    add(`prim ${Object.is(v, -0) ? '-0' : String(v)}`, () => v);
  }
  const strings = ['', 'a', 'hello world', "it's", '"double"', `both ' and "`, `all ' " \``, 'new\nline',
                   'tab\there', 'back\\slash', '\u0000\u0001\u001f\u007f', '\u2028\u2029', 'ümlaut €',
                   '😀 emoji', '\ud800 lone', 'x'.repeat(20), 'y'.repeat(200), 'long\n'.repeat(30),
                   'a'.repeat(10001), 'multi\nline\nstring with more than sixteen chars',
                   '\x1b[31mred\x1b[39m'];
  strings.forEach((s, i) => add(`string #${i}`, () => s));
  add('symbol', () => Symbol('desc'));
  add('symbol no desc', () => Symbol());
  add('symbol empty desc', () => Symbol(''));
  add('symbol registered', () => Symbol.for('reg'));
  add('well-known symbol', () => Symbol.iterator);
  add('symbol with quote', () => Symbol("it's"));

  // plain objects
  add('empty object', () => ({}));
  add('object', () => ({ a: 1, b: 'two', c: [3], d: { e: null } }));
  add('nested depth 5', () => ({ a: { b: { c: { d: { e: { f: 1 } } } } } }));
  add('nested arrays', () => [[[[[1]]]], [[2, [3, [4, [5]]]]]]);
  add('quoted keys', () => ({ 'a-b': 1, 'c d': 2, "e'f": 3, '1a': 4, 123: 5, '': 6, $ok: 7, _ok: 8, é: 9 }));
  add('symbol keys', () => ({ [Symbol('s')]: 1, [Symbol.iterator]: 2, [Symbol()]: 3, normal: 4 }));
  add('non-enumerable', () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }));
  add('non-enumerable symbol', () => Object.defineProperty({}, Symbol('h'), { value: 2, enumerable: false }));
  add('getters', () => ({
    get g() { return 42; },
    set s(v) {},
    get gs() { return { nested: true }; },
    set gs(v) {},
    get thrower() { throw new Error('getter throws'); },
  }));
  add('null prototype', () => Object.assign(Object.create(null), { a: 1, b: { c: 2 } }));
  add('null prototype empty', () => Object.create(null));
  add('null prototype array-like', () => Object.assign(Object.create(null), { length: 2, 0: 'a' }));
  add('many keys', () => Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`key${i}`, i])));
  add('long values', () => ({ text: 'z'.repeat(100), arr: Array.from({ length: 10 }, (_, i) => 'item' + i) }));
  add('object with toStringTag', () => ({ [Symbol.toStringTag]: 'Custom', a: 1 }));
  add('object with constructor prop', () => ({ constructor: 'not a function', a: 1 }));
  add('object with inspect prop', () => ({ inspect() { return 'nope'; } }));
  add('custom inspect', () => ({ [nodeUtil.inspect.custom]() { return 'CUSTOM!'; } }));
  add('custom inspect object', () => ({ [nodeUtil.inspect.custom]() { return { replaced: [1, 2] }; } }));
  add('custom inspect using args', () => ({
    [nodeUtil.inspect.custom](depth, options, inspect) {
      return `depth=${depth} compact=${options.compact} ${inspect === undefined ? '' : typeof inspect}`;
    },
  }));
  add('nested custom inspect', () => ({ inner: { [nodeUtil.inspect.custom]: () => 'in' } }));
  add('circular', () => { const o = { name: 'root' }; o.self = o; o.list = [o, { back: o }]; return o; });
  add('circular deep', () => { const a = { b: { c: {} } }; a.b.c.a = a; a.b.c.b = a.b; return a; });
  add('circular array', () => { const a = [1]; a.push(a); return a; });
  add('circular map', () => { const m = new Map(); m.set('self', m); return m; });
  add('shared ref (not circular)', () => { const s = { s: 1 }; return { a: s, b: s }; });

  // arrays
  add('empty array', () => []);
  add('array', () => [1, 'two', null, undefined, true]);
  add('holes', () => [1, , 3, , , 6]); // eslint-disable-line no-sparse-arrays
  add('all holes', () => new Array(5));
  add('trailing hole', () => [1, 2, , ]); // eslint-disable-line no-sparse-arrays
  add('array extra props', () => Object.assign([1, 2], { extra: 'x', [Symbol('s')]: 1, '-1': 'neg' }));
  add('long array 101', () => Array.from({ length: 101 }, (_, i) => i));
  add('long array 150 strings', () => Array.from({ length: 150 }, (_, i) => `s${i}`));
  add('long array 30 numbers', () => Array.from({ length: 30 }, (_, i) => i * 1000));
  add('array of objects', () => Array.from({ length: 8 }, (_, i) => ({ id: i, name: `n${i}` })));
  add('array of arrays', () => Array.from({ length: 7 }, (_, i) => [i, i * 2, i * 3]));
  add('mixed length grouping', () => ['a', 'bb', 'ccc', 'dddd', 1, 22, 333, 4444, 'e', 'ff', 'ggg', 'hhhh', 5]);
  add('array subclass', () => { class MyArr extends Array {} return MyArr.from([1, 2]); });
  add('sparse big', () => { const a = []; a[1000] = 1; a[5] = 2; return a; });
  add('array with length prop only', () => Object.assign([], { length: 3 }));

  // collections
  add('empty map', () => new Map());
  add('map', () => new Map([[1, 'one'], ['two', { n: 2 }], [{ k: 1 }, [1]]]));
  add('map with extra prop', () => Object.assign(new Map([[1, 2]]), { extra: true }));
  add('big map', () => new Map(Array.from({ length: 120 }, (_, i) => [i, `v${i}`])));
  add('empty set', () => new Set());
  add('set', () => new Set([1, 'two', { three: 3 }, [4]]));
  add('big set', () => new Set(Array.from({ length: 120 }, (_, i) => i)));
  add('set subclass', () => { class MySet extends Set {} return new MySet([1]); });
  add('map subclass', () => { class MyMap extends Map {} return new MyMap([[1, 2]]); });
  add('weakmap', () => new WeakMap([[{}, 1]]), { hostForShowHidden: true });
  add('weakset', () => new WeakSet([{}]), { hostForShowHidden: true });
  add('map iterator', () => new Map([[1, 2], [3, 4]]).entries(), { host: true });
  add('map keys iterator', () => new Map([[1, 2], [3, 4]]).keys(), { host: true });
  add('set iterator', () => new Set([1, 2]).values(), { host: true });
  add('set entries iterator', () => new Set([1, 2]).entries(), { host: true });
  add('array iterator', () => [1, 2][Symbol.iterator]());
  add('generator object', () => (function* gen() { yield 1; })());

  // dates / regexps
  add('date', () => new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6)));
  add('date epoch', () => new Date(0));
  add('invalid date', () => new Date(NaN));
  add('date with prop', () => Object.assign(new Date(0), { prop: 1 }));
  add('date subclass', () => { class MyDate extends Date {} return new MyDate(0); });
  add('regexp', () => /ab+c/gi);
  add('regexp complex', () => /^[a-z]\d{2,}(?:x|y)\/\u1234$/muy);
  add('regexp with prop', () => Object.assign(/x/, { prop: 'p' }));
  add('regexp subclass', () => { class MyRe extends RegExp {} return new MyRe('a', 'g'); });
  add('regexp from string', () => new RegExp('a/b'));

  // errors
  const stableStack = (e, lines) => { e.stack = lines; return e; };
  add('error', () => stableStack(new Error('boom'), 'Error: boom\n    at foo (/x/y.js:1:2)\n    at bar (node:internal/util:3:4)'));
  add('error real stack', () => new Error('real'));
  add('type error', () => new TypeError('bad type'));
  add('range error', () => new RangeError('range'));
  add('error no message', () => new Error());
  add('error no stack', () => { const e = new Error('nostack'); e.stack = undefined; return e; });
  add('error stack only message', () => stableStack(new Error('m'), 'Error: m'));
  add('error extra props', () => Object.assign(new Error('props'), { code: 'E_X', errno: 3, info: { a: 1 } }));
  add('error with cause', () => new Error('outer', { cause: new TypeError('inner') }));
  add('error with primitive cause', () => new Error('outer', { cause: 'just a string' }));
  add('error cause chain', () => new Error('a', { cause: new Error('b', { cause: new Error('c') }) }));
  add('error with circular cause', () => { const e = new Error('circ'); e.cause = e; return e; });
  add('aggregate error', () => new AggregateError([new Error('e1'), new TypeError('e2')], 'agg'));
  add('error name changed', () => { const e = new Error('renamed'); e.name = 'MyName'; return e; });
  add('error name own enumerable', () => Object.assign(new TypeError('x'), { name: 'CustomTypeError' }));
  add('error message changed', () => { const e = new Error('orig'); e.message = 'changed'; return e; });
  add('error subclass', () => { class MyError extends Error {} return new MyError('sub'); });
  add('error subclass with name', () => {
    class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } }
    return new ValidationError('invalid');
  });
  add('error null proto', () => Object.setPrototypeOf(new Error('np'), null));
  add('error multiline message', () => new Error('line1\nline2'));
  add('object in error', () => ({ err: new Error('nested'), list: [new RangeError('in array')] }));
  add('error like object', () => ({ name: 'Error', message: 'not really', stack: 'Error: not really' }));
  add('error without stack lines', () => { const e = new SyntaxError('syn'); e.stack = 'SyntaxError: syn'; return e; });
  add('error stack not string', () => { const e = new Error('x'); e.stack = { not: 'a string' }; return e; });

  // functions and classes
  add('function', () => function namedFn(a, b) { return a + b; });
  add('anonymous function', () => (() => function() {})());
  add('arrow', () => (x) => x);
  add('async function', () => async function af() {});
  add('generator function', () => function* gf() {});
  add('async generator function', () => async function* agf() {});
  add('class', () => class Foo {});
  add('anonymous class', () => (() => class {})());
  add('derived class', () => { class Base {} return class Derived extends Base {}; });
  add('class extends null', () => class NullBase extends null {});
  add('function with props', () => Object.assign(function withProps() {}, { a: 1, b: { c: 2 } }));
  add('bound function', () => function orig() {}.bind(null));
  add('builtin function', () => Math.max);
  add('function null proto', () => Object.setPrototypeOf(function np() {}, null));
  add('function name changed', () => Object.defineProperty(function f() {}, 'name', { value: 'renamed' }));
  add('function name not string', () => Object.defineProperty(function f() {}, 'name', { value: 42 }));

  // class instances
  add('class instance', () => { class Point { constructor() { this.x = 1; this.y = 2; } } return new Point(); });
  add('empty class instance', () => { class Empty {} return new Empty(); });
  add('instance with private field', () => { class Priv { #secret = 1; pub = 2; } return new Priv(); });
  add('instance of anonymous class', () => new (class {})());
  add('subclass instance', () => { class A { a = 1; } class B extends A { b = 2; } return new B(); });
  add('instance with toStringTag', () => {
    class Tagged { get [Symbol.toStringTag]() { return 'TagName'; } }
    return new Tagged();
  });
  add('object with null proto chain', () => Object.create(Object.create(null)));
  add('object from proto with ctor', () => Object.create({ constructor: function Fake() {} }));
  add('instance of function ctor', () => { function Legacy() { this.v = 1; } return new Legacy(); });

  // boxed primitives
  add('boxed number', () => new Number(3));
  add('boxed -0', () => new Number(-0));
  add('boxed string', () => new String('boxed'));
  add('boxed string with prop', () => Object.assign(new String('ab'), { extra: 1 }));
  add('boxed boolean', () => new Boolean(false));
  add('boxed bigint', () => Object(10n));
  add('boxed symbol', () => Object(Symbol('boxed')));

  // binary
  add('uint8array', () => new Uint8Array([1, 2, 3]));
  add('empty typed array', () => new Float64Array(0));
  add('int16array', () => new Int16Array([-1, 2, -300]));
  add('float32array', () => new Float32Array([1.5, -0, NaN]));
  add('float64array', () => new Float64Array([Math.PI, 1e300]));
  add('bigint64array', () => new BigInt64Array([1n, -2n]));
  add('biguint64array', () => new BigUint64Array([2n ** 64n - 1n]));
  add('uint8clamped', () => new Uint8ClampedArray([255, 0]));
  add('long typed array', () => new Uint16Array(150).map((_, i) => i));
  add('typed array extra prop', () => Object.assign(new Uint8Array(2), { extra: 'x' }));
  add('arraybuffer', () => new Uint8Array([1, 2, 255, 16]).buffer);
  add('empty arraybuffer', () => new ArrayBuffer(0));
  add('long arraybuffer', () => new ArrayBuffer(80));
  add('shared arraybuffer', () => new SharedArrayBuffer(4));
  add('dataview', () => new DataView(new ArrayBuffer(4), 1, 2));
  add('typed array on offset', () => new Uint8Array(new ArrayBuffer(8), 2, 3));

  // promises and proxies (need the host)
  add('resolved promise', () => Promise.resolve({ v: 1 }), { host: true });
  add('pending promise', () => new Promise(() => {}), { host: true });
  add('rejected promise', () => { const p = Promise.reject(new Error('rej')); p.catch(() => {}); return p; },
      { host: true });
  add('promise with prop', () => Object.assign(Promise.resolve(1), { extra: true }), { host: true });
  add('proxy of object', () => new Proxy({ a: 1 }, {}), { host: true });
  add('proxy of function', () => new Proxy(function target() {}, {}), { host: true });
  add('proxy with traps', () => new Proxy({ a: 1 }, { get() { return 5; }, ownKeys() { return ['z']; } }), { host: true });
  add('revoked proxy', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; }, { host: true });

  // misc globals
  add('arguments', () => (function() { return arguments; })(1, 'a'));
  add('Math', () => Math);
  add('JSON', () => JSON);
  add('globalThis-like', () => ({ Array, Object, Map }));
  add('Object.prototype', () => Object.prototype);
  add('Array.prototype', () => Array.prototype);
  add('Function.prototype', () => Function.prototype);
  add('Map.prototype', () => Map.prototype);
  add('weakref', () => new WeakRef({}));
  add('module-like', () => ({ exports: {}, id: '.', loaded: true, children: [] }));

  // combos
  add('everything', () => ({
    num: 1, str: 's', arr: [1, [2, [3, [4, [5]]]]], map: new Map([[{ k: 1 }, new Set([1])]]),
    date: new Date(0), re: /r/, fn() {}, sym: Symbol('x'), nul: null, undef: undefined, big: 1n,
    nested: { a: { b: { c: { d: { e: 1 } } } } }, typed: new Int8Array(2),
  }));
  add('wide object', () => ({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbbb', gamma: 'ccccccccccc', delta: 'ddddddddd', eps: 1 }));
  add('array of maps', () => [new Map([[1, { a: [1, 2, 3] }]]), new Set(['x'])]);
  add('deep array of objects', () => [{ a: [{ b: [{ c: [{ d: 1 }] }] }] }]);
  add('object with numeric keys', () => ({ 1: 'a', 0: 'b', 10: 'c', '-1': 'd', 1.5: 'e' }));
  add('unsortable keys', () => ({ b: 1, a: 2, c: { z: 1, y: 2 }, [Symbol('b')]: 3, [Symbol('a')]: 4 }));
  add('multiline strings in object', () => ({ text: 'first line\nsecond line\nthird line is longer' }));
  add('object with long key', () => ({ ['k'.repeat(90)]: 'v' }));
  add('typed array of objects in map', () => new Map([['buf', new Uint8Array(4)], ['ab', new ArrayBuffer(2)]]));
  return c;
}

const optionSets = [
  undefined,
  { depth: 0 },
  { depth: 1 },
  { depth: null },
  { depth: Infinity },
  { compact: false },
  { compact: true },
  { compact: 1 },
  { breakLength: 40 },
  { breakLength: Infinity },
  { sorted: true },
  { showHidden: true },
  { colors: true },
  { maxArrayLength: 2 },
  { maxArrayLength: 0 },
  { maxStringLength: 4 },
  { getters: true },
  { getters: 'get' },
  { numericSeparator: true },
  { customInspect: false },
  { showProxy: true },
  { compact: false, sorted: true, breakLength: 60, depth: 3 },
  { colors: true, showHidden: true, depth: 1 },
];

// ---------------------------------------------------------------------------------------------------------
function testInspect(lib, hasHost) {
  const ours = lib.requireBuiltin('util');
  ours.inspect({});
  check('the inspect package runs on wtjs primordials', () => lib.requireBuiltin('internal/util/inspect').adaptedPackage(),
        () => true);
  const corpus = makeCorpus();
  for (const entry of corpus) {
    const value = entry.make();
    for (const opts of optionSets) {
      const label = `inspect(${entry.name}, ${describe(opts)})`;
      if (!hasHost && (entry.host || (entry.hostForShowHidden && opts && opts.showHidden) ||
                       (/proxy/.test(entry.name) && opts && opts.showProxy))) {
        skip();
        continue;
      }
      check(label, () => ours.inspect(value, opts), () => nodeUtil.inspect(value, opts));
    }
  }
  // inspect of a value through positional args and defaultOptions
  const v = { a: { b: { c: { d: 1 } } } };
  check('inspect(v, true, 0, true)', () => ours.inspect(v, true, 0, true), () => nodeUtil.inspect(v, true, 0, true));
  check('inspect.custom', () => ours.inspect.custom, () => nodeUtil.inspect.custom);
  check('inspect.colors', () => ours.inspect.colors, () => nodeUtil.inspect.colors);
  check('inspect.styles', () => ours.inspect.styles, () => nodeUtil.inspect.styles);
  check('inspect.defaultOptions', () => ours.inspect.defaultOptions, () => nodeUtil.inspect.defaultOptions);
  const saved = { ...ours.inspect.defaultOptions };
  ours.inspect.defaultOptions = { depth: 0 };
  const savedNode = { ...nodeUtil.inspect.defaultOptions };
  nodeUtil.inspect.defaultOptions = { depth: 0 };
  check('defaultOptions depth 0', () => ours.inspect(v), () => nodeUtil.inspect(v));
  ours.inspect.defaultOptions = saved;
  nodeUtil.inspect.defaultOptions = savedNode;
  check('defaultOptions restored', () => ours.inspect(v), () => nodeUtil.inspect(v));
  check('defaultOptions bad', () => { ours.inspect.defaultOptions = 5; }, () => { nodeUtil.inspect.defaultOptions = 5; });
  check('inspect bad options', () => ours.inspect({}, 'str'), () => nodeUtil.inspect({}, 'str'));
  check('inspect bad colors', () => ours.inspect({}, { colors: 3 }), () => nodeUtil.inspect({}, { colors: 3 }));
  check('stripVTControlCharacters', () => ours.stripVTControlCharacters('\x1b[31mx\x1b[0m\x1b]8;;http://a\x07y'),
        () => nodeUtil.stripVTControlCharacters('\x1b[31mx\x1b[0m\x1b]8;;http://a\x07y'));
}

function testFormat(lib) {
  const ours = lib.requireBuiltin('util');
  const circ = { a: 1 }; circ.self = circ;
  const big = { a: { b: { c: { d: { e: 1 } } } }, arr: Array.from({ length: 5 }, (_, i) => ({ i })) };
  const objWithToString = { toString() { return 'custom toString'; } };
  class WithToString { toString() { return 'class toString'; } }
  const errWithStack = new Error('fmt'); errWithStack.stack = 'Error: fmt\n    at x (y:1:1)';
  const argsList = [
    [], ['plain'], ['%s'], ['%s', 'str'], ['%s', 42], ['%s', -0], ['%s', 42n], ['%s', Symbol('s')],
    ['%s', null], ['%s', undefined], ['%s', { a: 1 }], ['%s', [1, [2, [3]]]], ['%s', big], ['%s', circ],
    ['%s', new Error('in %s')], ['%s', errWithStack], ['%s', objWithToString], ['%s', new WithToString()],
    ['%s', Object.create(null)], ['%s', new Date(0)], ['%s', function fn() {}], ['%s', new Map([[1, 2]])],
    ['%s', 'a', 'extra', 3, { b: 2 }], ['%d', 42], ['%d', '42'], ['%d', 1.5], ['%d', -0], ['%d', 12n],
    ['%d', {}], ['%d', Symbol('x')], ['%d', ''], ['%d', null], ['%d', new Number(5)], ['%i', 42.9],
    ['%i', '-17.5'], ['%i', 12n], ['%i', Symbol('x')], ['%i', {}], ['%f', '1.5abc'], ['%f', 2],
    ['%f', Symbol('x')], ['%f', 12n], ['%j', { a: [1, 'b'] }], ['%j', circ], ['%j', undefined],
    ['%j', 1n], ['%j', { toJSON() { return 'tj'; } }], ['%o', { a: { b: { c: { d: { e: 1 } } } } }],
    ['%o', [1, 2, 3]], ['%o', function fo() {}], ['%o', 'str'], ['%O', { a: { b: { c: { d: 1 } } } }],
    ['%O', big], ['%c', 'color: red'], ['%c'], ['%%'], ['%%', 1], ['100%'], ['%'], ['%x', 1],
    ['%s %s', 'only one'], ['%s:%d:%i:%f:%j:%o:%O:%c:%%', 's', 1, 2, 3, {}, [], {}, 'css'],
    ['%s %d %i %f %j %o %O %c %%', 'a', 1.5, 2.7, '3', { x: 1 }, [1], { y: 2 }, 'css'],
    [1, 2, 3], [{ a: 1 }, 'str', [1]], [null, undefined], [Symbol('first')], [new Error('first arg')],
    ['a\nb', { c: 'd\ne' }], ['%s', 'x'.repeat(200)], ['%o', circ], ['%O', circ], ['%s', new Set([1])],
    ['%d%d', 1, 2], ['%%s', 'x'], ['%s%', 'x'], ['%-s', 1], ['%s', Object.assign(new Error('e'), { x: 1 })],
    ['%s', { [Symbol.toPrimitive]() { return 'prim'; } }], ['%s', new (class Foo { })()],
    ['%s', { constructor: 1, toString: 'x' }], ['%i', '0x10'], ['%d', '0x10'], ['%f', '1e3'],
  ];
  for (const args of argsList) {
    check(`format(${describe(args)})`, () => ours.format(...args), () => nodeUtil.format(...args));
  }
  for (const opts of [{ colors: true }, { depth: 0 }, { compact: false }, { breakLength: 20 }]) {
    for (const args of argsList.slice(0, 40)) {
      check(`formatWithOptions(${describe(opts)}, ${describe(args)})`,
            () => ours.formatWithOptions(opts, ...args), () => nodeUtil.formatWithOptions(opts, ...args));
    }
  }
  check('formatWithOptions bad', () => ours.formatWithOptions(null, 'x'), () => nodeUtil.formatWithOptions(null, 'x'));
}

function testTypes(lib) {
  const ours = lib.requireBuiltin('util/types');
  const values = makeCorpus().map((e) => [e.name, e.make()]);
  values.push(['proxy of map', new Proxy(new Map(), {})], ['Promise.prototype', Promise.prototype],
              ['RegExp.prototype', RegExp.prototype], ['fake date', Object.create(Date.prototype)],
              ['fake map', Object.create(Map.prototype)], ['fake error', { __proto__: Error.prototype }],
              ['error with toStringTag', Object.assign(new Error('t'), { [Symbol.toStringTag]: 'X' })],
              ['object tagged Error', { [Symbol.toStringTag]: 'Error' }],
              ['object tagged Promise', { [Symbol.toStringTag]: 'Promise' }],
              ['thenable', { then() {} }]);
  const names = Object.keys(nodeUtil.types).filter((k) => !['isExternal', 'isKeyObject', 'isCryptoKey'].includes(k));
  check('type names', () => Object.keys(ours).sort(), () => Object.keys(nodeUtil.types).sort());
  for (const [name, value] of values) {
    for (const fn of names) {
      const hostOnly = ['isProxy', 'isPromise', 'isArgumentsObject', 'isGeneratorObject', 'isNativeError'];
      if (!lib.hasHost && hostOnly.includes(fn) && /proxy|tagged|toStringTag|fake/i.test(name)) {
        skip();
        continue;
      }
      check(`${fn}(${name})`, () => ours[fn](value), () => nodeUtil.types[fn](value));
    }
  }
}

function testErrors(lib) {
  const ours = lib.requireBuiltin('internal/errors');
  const theirs = require('internal/errors');
  const codes = Object.keys(theirs.codes);
  check('codes', () => Object.keys(ours.codes).sort(), () => codes.slice().sort());
  const sampleArgs = ['name', 'string', 'val', 'ue4', 'five', 'six'];
  for (const code of codes) {
    if (!ours.codes[code]) continue;
    let done = 0;
    for (let n = 0; n <= 4; n++) {
      const args = sampleArgs.slice(0, n);
      const a = capture(() => new ours.codes[code](...args));
      const b = capture(() => new theirs.codes[code](...args));
      if (b.ok || n === 4) {
        const strip = (r) => (r.ok ? errorInfo(r.value) : r.error);
        check(`new ${code}(${args.join(', ')})`, () => strip(a), () => strip(b));
        done++;
        if (b.ok) break;
      }
    }
  }
  // Specific argument shapes
  const specs = [
    ['ERR_INVALID_ARG_TYPE', ['arg', 'string', 1]],
    ['ERR_INVALID_ARG_TYPE', ['arg', ['string', 'Buffer', 'null'], {}]],
    ['ERR_INVALID_ARG_TYPE', ['arg.prop', ['Function', 'Object'], null]],
    ['ERR_INVALID_ARG_TYPE', ['arg', 'Object', 'x'.repeat(40)]],
    ['ERR_INVALID_ARG_TYPE', ['arg', ['number', 'bigint'], function named() {}]],
    ['ERR_INVALID_ARG_TYPE', ['arg', 'Date', new (class Foo {})()]],
    ['ERR_INVALID_ARG_TYPE', ['arg', 'Date', Object.create(null)]],
    ['ERR_INVALID_ARG_TYPE', ['arg', 'string', Symbol('s')]],
    ['ERR_INVALID_ARG_TYPE', ['arg', 'string', 5n]],
    ['ERR_INVALID_ARG_TYPE', ['arg', 'string', -0]],
    ['ERR_INVALID_ARG_TYPE', ['arg', 'string', "it's"]],
    ['ERR_INVALID_ARG_TYPE', ['arg', ['a', 'b', 'c', 'd'], undefined]],
    ['ERR_INVALID_ARG_VALUE', ['arg', { a: 1 }]],
    ['ERR_INVALID_ARG_VALUE', ['arg', 'x'.repeat(200), 'is too long']],
    ['ERR_OUT_OF_RANGE', ['arg', '>= 0', -1]],
    ['ERR_OUT_OF_RANGE', ['arg', 'an integer', 2 ** 40]],
    ['ERR_OUT_OF_RANGE', ['arg', 'an integer', 12345678901234567890n]],
    ['ERR_OUT_OF_RANGE', ['arg', 'an integer', 1.5, true]],
    ['ERR_MISSING_ARGS', ['a', 'b']],
    ['ERR_MISSING_ARGS', [['a', 'b'], 'c']],
    ['ERR_UNHANDLED_ERROR', [new Error('x')]],
    ['ERR_UNHANDLED_ERROR', ['a string']],
    ['ERR_UNHANDLED_ERROR', []],
    ['ERR_INVALID_RETURN_VALUE', ['a value', 'fn', 1]],
    ['ERR_INVALID_THIS', ['EventTarget']],
    ['ERR_METHOD_NOT_IMPLEMENTED', ['_read()']],
    ['ERR_UNKNOWN_ENCODING', ['utf9']],
    ['ERR_INTERNAL_ASSERTION', []],
    ['ERR_INTERNAL_ASSERTION', ['detail']],
    ['ERR_INVALID_STATE', ['closed']],
    ['ERR_INVALID_STATE', ['closed'], 'TypeError'],
    ['ERR_INVALID_ARG_TYPE', ['a', 'string', 1], 'HideStackFramesError'],
  ];
  for (const [code, args, sub] of specs) {
    check(`new ${code}${sub ? '.' + sub : ''}(${describe(args)})`,
          () => errorInfo(new (sub ? ours.codes[code][sub] : ours.codes[code])(...args)),
          () => errorInfo(new (sub ? theirs.codes[code][sub] : theirs.codes[code])(...args)));
  }
  check('AbortError', () => errorInfo(new ours.AbortError()), () => errorInfo(new theirs.AbortError()));
  check('AbortError msg cause', () => { const e = new ours.AbortError('m', { cause: 1 }); return [errorInfo(e), e.cause]; },
        () => { const e = new theirs.AbortError('m', { cause: 1 }); return [errorInfo(e), e.cause]; });
  check('AbortError bad options', () => new ours.AbortError('m', 1), () => new theirs.AbortError('m', 1));
  const e1 = new Error('one'); const e2 = new Error('two'); e2.code = 'C2';
  check('aggregateTwoErrors', () => { const e = ours.aggregateTwoErrors(e1, e2); return [errorInfo(e, false), e.errors]; },
        () => { const e = theirs.aggregateTwoErrors(e1, e2); return [errorInfo(e, false), e.errors]; });
  check('aggregateTwoErrors same', () => ours.aggregateTwoErrors(e1, e1) === e1, () => theirs.aggregateTwoErrors(e1, e1) === e1);
  check('aggregateTwoErrors null', () => ours.aggregateTwoErrors(null, e1) === e1, () => theirs.aggregateTwoErrors(null, e1) === e1);
  check('hideStackFrames', () => {
    const f = ours.hideStackFrames((x) => { throw new ours.codes.ERR_INVALID_ARG_TYPE.HideStackFramesError('x', 'string', x); });
    try { f(1); } catch (e) { return [errorInfo(e), e.stack.includes('hideStackFrames')]; }
  }, () => {
    const f = theirs.hideStackFrames((x) => { throw new theirs.codes.ERR_INVALID_ARG_TYPE.HideStackFramesError('x', 'string', x); });
    try { f(1); } catch (e) { return [errorInfo(e), e.stack.includes('hideStackFrames')]; }
  });
  check('captureLargerStackTrace', () => typeof ours.captureLargerStackTrace(new Error('x')).stack, () => 'string');
  check('genericNodeError', () => errorInfo(ours.genericNodeError('msg', { code: 'X', extra: 1 })),
        () => errorInfo(theirs.genericNodeError('msg', { code: 'X', extra: 1 })));
  check('ErrnoException', () => errorInfo(new ours.ErrnoException(-2, 'open', 'file')),
        () => errorInfo(new theirs.ErrnoException(-2, 'open', 'file')));
  check('UVException', () => errorInfo(new ours.UVException({ errno: -13, syscall: 'read', path: '/p' })),
        () => errorInfo(new theirs.UVException({ errno: -13, syscall: 'read', path: '/p' })));
  check('ExceptionWithHostPort', () => errorInfo(new ours.ExceptionWithHostPort(-111, 'connect', '127.0.0.1', 80)),
        () => errorInfo(new theirs.ExceptionWithHostPort(-111, 'connect', '127.0.0.1', 80)));
  check('SystemError', () => errorInfo(new ours.codes.ERR_SYSTEM_ERROR({ code: 'EX', syscall: 'sc', message: 'm', errno: 1 })),
        () => errorInfo(new theirs.codes.ERR_SYSTEM_ERROR({ code: 'EX', syscall: 'sc', message: 'm', errno: 1 })));
  check('determineSpecificType', () => [1, 'x', null, {}, [], () => {}, 1n, Symbol('q')].map(ours.determineSpecificType),
        () => [1, 'x', null, {}, [], () => {}, 1n, Symbol('q')].map(theirs.determineSpecificType));
  check('formatList', () => [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map((l) => ours.formatList(l, 'or')),
        () => [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map((l) => theirs.formatList(l, 'or')));
  check('inspect node error', () => lib.requireBuiltin('util').inspect(new ours.codes.ERR_INVALID_ARG_TYPE('a', 'string', 1)).split('\n    at ')[0],
        () => nodeUtil.inspect(new theirs.codes.ERR_INVALID_ARG_TYPE('a', 'string', 1)).split('\n    at ')[0]);
  check('isStackOverflowError', () => { function r() { r(); } try { r(); } catch (e) { return ours.isStackOverflowError(e); } },
        () => { function r() { r(); } try { r(); } catch (e) { return theirs.isStackOverflowError(e); } });
}

function testValidators(lib) {
  const ours = lib.requireBuiltin('internal/validators');
  const theirs = require('internal/validators');
  const values = [undefined, null, 0, -0, 1, -1, 1.5, NaN, Infinity, 2 ** 31, 2 ** 32, 2 ** 53, -(2 ** 31) - 1,
                  '', 'str', '5', 'utf8', true, false, 1n, Symbol('v'), {}, [], [1, 'a'], ['a', 'b'],
                  () => {}, new Date(0), new Uint8Array(1), new ArrayBuffer(1), { aborted: false }, 'SIGTERM',
                  'SIGNOPE', 15, 'x'.repeat(50), new (class Foo {})(), Object.create(null)];
  const calls = [
    ['validateString', []], ['validateNumber', []], ['validateNumber', [0, 10]], ['validateBoolean', []],
    ['validateFunction', []], ['validateObject', []], ['validateObject', [theirs.kValidateObjectAllowNullable]],
    ['validateObject', [theirs.kValidateObjectAllowArray]], ['validateObject', [theirs.kValidateObjectAllowFunction]],
    ['validateObject', [theirs.kValidateObjectAllowNullable | theirs.kValidateObjectAllowArray]],
    ['validateArray', []], ['validateArray', [2]], ['validateStringArray', []], ['validateBooleanArray', []],
    ['validateInteger', []], ['validateInteger', [0, 10]], ['validateInt32', []], ['validateInt32', [0, 100]],
    ['validateUint32', []], ['validateUint32', [true]], ['validateOneOf', [['a', 'b', 1]]],
    ['validateOneOf', [[]]], ['validateEncoding', ['hex']], ['validateSignalName', []], ['validatePort', []],
    ['validatePort', [false]], ['validateAbortSignal', []], ['validateBuffer', []], ['validateUnion', [['string', 'number']]],
    ['validateCallback', []], ['validatePlainFunction', []], ['validateUndefined', []],
    ['validateAbortSignalArray', []], ['validateDictionary', []], ['validateLinkHeaderValue', []],
  ];
  check('validator names', () => Object.keys(ours).sort(), () => Object.keys(theirs).sort());
  for (const [fn, extra] of calls) {
    if (typeof theirs[fn] !== 'function') continue;
    for (const v of values) {
      check(`${fn}(${describe(v)}, 'name', ${describe(extra)})`,
            () => ours[fn](v, 'name', ...extra), () => theirs[fn](v, 'name', ...extra));
    }
  }
  for (const v of values) {
    check(`parseFileMode(${describe(v)})`, () => ours.parseFileMode(v, 'mode', 0o666), () => theirs.parseFileMode(v, 'mode', 0o666));
    check(`isInt32(${describe(v)})`, () => ours.isInt32(v), () => theirs.isInt32(v));
    check(`isUint32(${describe(v)})`, () => ours.isUint32(v), () => theirs.isUint32(v));
  }
  check('validateObject nested name', () => ours.validateObject(1, 'options.sub'), () => theirs.validateObject(1, 'options.sub'));
  check('parseFileMode string', () => ours.parseFileMode('0644', 'mode'), () => theirs.parseFileMode('0644', 'mode'));
  check('parseFileMode bad string', () => ours.parseFileMode('9x', 'mode'), () => theirs.parseFileMode('9x', 'mode'));
}

function testUtil(lib) {
  const ours = lib.requireBuiltin('util');
  const exported = Object.keys(nodeUtil).filter((k) => k !== 'MIMEType' && k !== 'MIMEParams' && k !== 'parseArgs');
  check('util keys', () => Object.keys(ours).filter((k) => exported.includes(k)).sort(), () => exported.slice().sort());
  // inherits
  check('inherits', () => {
    function A() {} A.prototype.hi = () => 'hi';
    function B() {} ours.inherits(B, A);
    return [new B().hi(), B.super_ === A, Object.getPrototypeOf(B.prototype) === A.prototype];
  }, () => {
    function A() {} A.prototype.hi = () => 'hi';
    function B() {} nodeUtil.inherits(B, A);
    return [new B().hi(), B.super_ === A, Object.getPrototypeOf(B.prototype) === A.prototype];
  });
  for (const [a, b] of [[null, function() {}], [function() {}, null], [function() {}, Object.create(null)], [function() {}, () => {}]]) {
    check(`inherits(${describe(a)}, ${describe(b)})`, () => ours.inherits(a, b), () => nodeUtil.inherits(a, b));
  }
  // deprecate
  check('deprecate', () => {
    const f = ours.deprecate(function foo(x) { return x * 2; }, 'foo is old', 'DEP_TEST_W1');
    return [f(2), f.name, f.length, typeof f];
  }, () => {
    const f = nodeUtil.deprecate(function foo(x) { return x * 2; }, 'foo is old', 'DEP_TEST_N1');
    return [f(2), f.name, f.length, typeof f];
  });
  check('deprecate class', () => { const C = ours.deprecate(class K { constructor() { this.v = 1; } }, 'm', 'DEP_TEST_W2'); return new C().v; },
        () => { const C = nodeUtil.deprecate(class K { constructor() { this.v = 1; } }, 'm', 'DEP_TEST_N2'); return new C().v; });
  check('deprecate bad code', () => ours.deprecate(() => {}, 'm', 5), () => nodeUtil.deprecate(() => {}, 'm', 5));
  // simple predicates
  const vals = [null, undefined, 0, 'a', Symbol('s'), {}, [], () => {}, new Date(), /r/, new Error(), true];
  for (const p of ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
                   'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive']) {
    check(p, () => vals.map((v) => ours[p](v)), () => vals.map((v) => nodeUtil[p](v)));
  }
  check('isDeepStrictEqual', () => typeof ours.isDeepStrictEqual, () => 'function');
  check('toUSVString', () => ours.toUSVString('a\ud800b'), () => nodeUtil.toUSVString('a\ud800b'));
  check('getSystemErrorName', () => ours.getSystemErrorName(-2), () => nodeUtil.getSystemErrorName(-2));
  check('getSystemErrorName bad', () => ours.getSystemErrorName(2), () => nodeUtil.getSystemErrorName(2));
  check('getSystemErrorMap', () => [...ours.getSystemErrorMap()], () => [...nodeUtil.getSystemErrorMap()]);
  check('_extend', () => ours._extend({ a: 1 }, { b: 2 }), () => nodeUtil._extend({ a: 1 }, { b: 2 }));
  check('styleText', () => ours.styleText('red', 'x'), () => nodeUtil.styleText('red', 'x'));
  check('styleText array', () => ours.styleText(['bold', 'red'], 'x'), () => nodeUtil.styleText(['bold', 'red'], 'x'));
  check('styleText bad', () => ours.styleText('nope', 'x'), () => nodeUtil.styleText('nope', 'x'));
  check('types', () => Object.keys(ours.types), () => Object.keys(nodeUtil.types));
  check('callbackify bad', () => ours.callbackify(1), () => nodeUtil.callbackify(1));
  check('promisify bad', () => ours.promisify(1), () => nodeUtil.promisify(1));
  check('promisify.custom', () => ours.promisify.custom, () => nodeUtil.promisify.custom);
  check('promisify custom fn', () => { const f = () => {}; const g = () => {}; f[ours.promisify.custom] = g; return ours.promisify(f) === g; },
        () => { const f = () => {}; const g = () => {}; f[nodeUtil.promisify.custom] = g; return nodeUtil.promisify(f) === g; });
  check('promisify props', () => { const p = ours.promisify(function named(a, cb) {}); return [p.name, p.length, ours.promisify(p) === p]; },
        () => { const p = nodeUtil.promisify(function named(a, cb) {}); return [p.name, p.length, nodeUtil.promisify(p) === p]; });
  check('callbackify props', () => { const c = ours.callbackify(async function named(a) {}); return [c.name, c.length]; },
        () => { const c = nodeUtil.callbackify(async function named(a) {}); return [c.name, c.length]; });
}

// Async util checks (promisify/callbackify): returns a promise of [label, ours, theirs] triples.
async function asyncUtilChecks(lib) {
  const ours = lib.requireBuiltin('util');
  const out = [];
  const run = async (util) => {
    const log = [];
    const ok = util.promisify((a, b, cb) => cb(null, a + b));
    log.push(await ok(1, 2));
    const bad = util.promisify((cb) => cb(new Error('nope')));
    try { await bad(); } catch (e) { log.push(e.message); }
    const multi = util.promisify((cb) => cb(null, 1, 2));
    log.push(await multi());
    const cbOk = util.callbackify(async (x) => x * 3);
    log.push(await new Promise((res) => cbOk(2, (err, v) => res([err, v]))));
    const cbFalsy = util.callbackify(() => Promise.reject(null));
    log.push(await new Promise((res) => cbFalsy((err) => res([err.code, err.message, err.reason]))));
    const cbErr = util.callbackify(() => Promise.reject(new Error('cb fail')));
    log.push(await new Promise((res) => cbErr((err) => res(err.message))));
    const t = util.promisify(setTimeout);
    log.push(await t(1, 'timer'));
    return log;
  };
  out.push(['promisify/callbackify', await run(ours), await run(nodeUtil)]);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
function emitterScenarios(events, util) {
  const { EventEmitter } = events;
  const log = [];
  const rec = (...a) => log.push(a.map((x) => (typeof x === 'function' ? `fn:${x.name}` : x)));
  const guard = (label, fn) => {
    try { rec(label, 'ok', fn()); } catch (e) {
      rec(label, 'throws', e.name, e.code, e.message, Object.keys(e), String(e).split('\n')[0]);
    }
  };
  const e = new EventEmitter();
  e.on('newListener', (ev, l) => rec('newListener', String(ev), l));
  e.on('removeListener', (ev, l) => rec('removeListener', String(ev), l));
  function a(x) { rec('a', x, this === e); }
  function b(x) { rec('b', x); }
  e.on('x', a);
  e.prependListener('x', b);
  e.once('x', function onceC(x) { rec('onceC', x); });
  e.prependOnceListener('x', function onceD(x) { rec('onceD', x); });
  rec('emit1', e.emit('x', 1));
  rec('emit2', e.emit('x', 2));
  rec('count', e.listenerCount('x'), EventEmitter.listenerCount(e, 'x'));
  rec('names', e.eventNames().map(String));
  rec('listeners', e.listeners('x').map((f) => f.name));
  rec('raw', e.rawListeners('x').map((f) => f.name));
  e.off('x', a);
  rec('emit3', e.emit('x', 3));
  rec('emit none', e.emit('nothing'));
  e.removeAllListeners('x');
  rec('after removeAll', e.listenerCount('x'), e.eventNames().map(String));
  guard('emit error no listener', () => e.emit('error', new Error('unhandled')));
  guard('emit error non-error', () => e.emit('error', 'just a string'));
  guard('emit error nothing', () => e.emit('error'));
  guard('emit error object', () => e.emit('error', { message: 'obj' }));
  e.on(events.errorMonitor, (err) => rec('monitor', err.message));
  e.on('error', (err) => rec('handled', err.message));
  guard('emit error handled', () => e.emit('error', new Error('handled one')));
  guard('on bad listener', () => e.on('x', 5));
  guard('once bad listener', () => e.once('x', null));
  guard('off bad listener', () => e.off('x', {}));
  guard('setMaxListeners bad', () => e.setMaxListeners(-1));
  guard('setMaxListeners NaN', () => e.setMaxListeners(NaN));
  e.setMaxListeners(2);
  rec('getMaxListeners', e.getMaxListeners());
  const warnings = [];
  const onWarn = (w) => warnings.push([w.name, w.message, w.count, w.type]);
  process.on('warning', onWarn);
  const f = new EventEmitter();
  f.setMaxListeners(1);
  f.on('leak', () => {}); f.on('leak', () => {});
  guard('leak warned', () => f._events.leak.warned);
  process.removeListener('warning', onWarn);
  rec('defaultMaxListeners', EventEmitter.defaultMaxListeners);
  guard('defaultMaxListeners bad', () => { EventEmitter.defaultMaxListeners = -1; });
  rec('symbols', typeof EventEmitter.errorMonitor, typeof EventEmitter.captureRejectionSymbol,
      EventEmitter.captureRejectionSymbol.toString(), events.errorMonitor.toString());
  rec('usingDomains', EventEmitter.usingDomains);
  rec('EventEmitter === module', events === EventEmitter, events.EventEmitter === EventEmitter);
  // symbols as events
  const s = Symbol('ev');
  const g = new EventEmitter();
  g.on(s, (v) => rec('symbol event', v));
  g.emit(s, 'sv');
  rec('symbol names', g.eventNames().map(String));
  // removing during emit
  const h = new EventEmitter();
  function r1() { rec('r1'); h.removeListener('e', r2); }
  function r2() { rec('r2'); }
  h.on('e', r1); h.on('e', r2);
  h.emit('e'); h.emit('e');
  // many args
  h.on('args', (...args) => rec('args', args));
  h.emit('args', 1, 2, 3, 4, 5);
  // inheritance via util.inherits
  function Legacy() { EventEmitter.call(this); }
  util.inherits(Legacy, EventEmitter);
  const l = new Legacy();
  l.on('z', (v) => rec('legacy', v));
  l.emit('z', 9);
  // getEventListeners / getMaxListeners / setMaxListeners
  rec('getEventListeners', events.getEventListeners(g, s).length);
  guard('getEventListeners bad', () => events.getEventListeners({}, 'x'));
  rec('getMaxListeners static', events.getMaxListeners(e));
  guard('setMaxListeners static', () => { events.setMaxListeners(5, g); return g.getMaxListeners(); });
  guard('setMaxListeners static bad', () => events.setMaxListeners(-5));
  guard('listenerCount static', () => events.listenerCount(g, s));
  // captureRejections
  guard('captureRejections option bad', () => new EventEmitter({ captureRejections: 1 }));
  rec('captureRejections default', EventEmitter.captureRejections);
  // inspect of an emitter
  rec('inspect', util.inspect(new EventEmitter(), { depth: 0 }));
  rec('inspect with listener', util.inspect(h, { depth: 1 }).replace(/\n\s*/g, ' '));
  rec('warnings', warnings);
  return log;
}

async function emitterAsyncScenarios(events) {
  const { EventEmitter } = events;
  const log = [];
  const rec = (...a) => log.push(a);
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 2), 1);
  rec('once', await events.once(e, 'ready'));
  setTimeout(() => e.emit('error', new Error('once error')), 1);
  try { await events.once(e, 'never'); } catch (err) { rec('once error', err.message); }
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 1);
  try { await events.once(e, 'never', { signal: ac.signal }); } catch (err) { rec('once abort', err.name, err.code, err.message); }
  try { await events.once(e, 'x', { signal: 5 }); } catch (err) { rec('once bad signal', err.name, err.code); }
  // on(): async iterator
  const it = events.on(e, 'data');
  setTimeout(() => { e.emit('data', 'a'); e.emit('data', 'b'); e.emit('data', 'c'); }, 1);
  const got = [];
  for await (const v of it) {
    got.push(v);
    if (got.length === 3) break;
  }
  rec('on', got, e.listenerCount('data'));
  // captureRejections
  const cr = new EventEmitter({ captureRejections: true });
  const caught = new Promise((res) => cr.on('error', (err) => res(err.message)));
  cr.on('evt', async () => { throw new Error('async boom'); });
  cr.emit('evt');
  rec('captureRejections', await caught);
  const cr2 = new EventEmitter({ captureRejections: true });
  const caught2 = new Promise((res) => { cr2[EventEmitter.captureRejectionSymbol] = (err, ev, ...args) => res([err.message, ev, args]); });
  cr2.on('evt2', async (v) => { throw new Error('custom ' + v); });
  cr2.emit('evt2', 7);
  rec('captureRejectionSymbol', await caught2);
  // EventTarget with events.once
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [ev] = await events.once(et, 'ping');
  rec('once EventTarget', ev.type);
  return log;
}

function testEvents(lib) {
  const ours = lib.requireBuiltin('events');
  const util = lib.requireBuiltin('util');
  const a = emitterScenarios(ours, util);
  const b = emitterScenarios(require('events'), nodeUtil);
  check('emitter scenarios (count)', () => a.length, () => b.length);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    check(`emitter scenario ${i}: ${describe(b[i] && b[i][0])}`, () => a[i], () => b[i]);
  }
  check('events keys', () => Object.keys(ours).sort(), () => Object.keys(require('events')).sort());
}

// ---------------------------------------------------------------------------------------------------------
function eventTargetScenarios(mod, inspect) {
  const { EventTarget, Event, NodeEventTarget, CustomEvent } = mod;
  const log = [];
  const rec = (...a) => log.push(a);
  const guard = (label, fn) => {
    try { rec(label, 'ok', fn()); } catch (e) {
      rec(label, 'throws', e.name, e.code, e.message);
    }
  };
  const et = new EventTarget();
  const h1 = (e) => rec('h1', e.type, e.eventPhase, e.cancelable, e.defaultPrevented, e.isTrusted, e.bubbles);
  et.addEventListener('foo', h1);
  et.addEventListener('foo', h1); // duplicate ignored
  et.addEventListener('foo', { handleEvent(e) { rec('handleEvent', e.type, this !== et); } });
  et.addEventListener('foo', (e) => { rec('once'); }, { once: true });
  rec('dispatch', et.dispatchEvent(new Event('foo')));
  rec('dispatch2', et.dispatchEvent(new Event('foo', { cancelable: true })));
  et.addEventListener('bar', (e) => { e.preventDefault(); rec('prevent', e.defaultPrevented); });
  rec('dispatch bar', et.dispatchEvent(new Event('bar', { cancelable: true })));
  et.addEventListener('stop', (e) => { e.stopImmediatePropagation(); rec('stop1'); });
  et.addEventListener('stop', () => rec('stop2'));
  et.dispatchEvent(new Event('stop'));
  et.removeEventListener('foo', h1);
  et.dispatchEvent(new Event('foo'));
  guard('dispatch non-event', () => et.dispatchEvent({ type: 'x' }));
  guard('Event no type', () => new Event());
  guard('add bad listener', () => et.addEventListener('x', 5));
  guard('add null listener', () => et.addEventListener('x', null));
  const ev = new Event('props', { bubbles: true, cancelable: true, composed: true });
  rec('event props', ev.type, ev.bubbles, ev.cancelable, ev.composed, ev.eventPhase, ev.isTrusted,
      typeof ev.timeStamp, ev.target, ev.currentTarget, ev.srcElement, ev.returnValue, ev.cancelBubble,
      Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
  rec('composedPath', ev.composedPath());
  const ac = new AbortController();
  et.addEventListener('sig', () => rec('sig called'), { signal: ac.signal });
  et.dispatchEvent(new Event('sig'));
  ac.abort();
  et.dispatchEvent(new Event('sig'));
  // throwing listener goes to process 'uncaughtException' in node (emitted via process.nextTick)
  if (CustomEvent) {
    const ce = new CustomEvent('c', { detail: { d: 1 } });
    rec('CustomEvent', ce.type, ce.detail);
  }
  rec('inspect Event', inspect(new Event('insp'), { depth: 0 }).replace(/timeStamp: [\d.]+/, 'timeStamp: T'));
  rec('inspect EventTarget', inspect(new EventTarget()));
  if (NodeEventTarget) {
    const net = new NodeEventTarget();
    const f = (arg) => rec('net', arg);
    net.on('n', f);
    net.once('n', (arg) => rec('net once', arg));
    net.emit('n', 'p1');
    net.emit('n', 'p2');
    rec('net count', net.listenerCount('n'), net.eventNames());
    net.off('n', f);
    rec('net count after', net.listenerCount('n'));
    rec('net max', net.getMaxListeners());
  }
  rec('toStringTag', Object.prototype.toString.call(new EventTarget()), Object.prototype.toString.call(new Event('x')));
  return log;
}

function testEventTarget(lib) {
  const ours = lib.requireBuiltin('internal/event_target');
  const theirs = require('internal/event_target');
  const a = eventTargetScenarios(ours, lib.requireBuiltin('util').inspect);
  const b = eventTargetScenarios(theirs, nodeUtil.inspect);
  check('scenario count', () => a.length, () => b.length);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    check(`event_target scenario ${i}: ${describe(b[i] && b[i][0])}`, () => a[i], () => b[i]);
  }
  check('exports', () => Object.keys(ours).sort(), () => Object.keys(theirs).sort());
}

// ---------------------------------------------------------------------------------------------------------
function testEncoding(lib) {
  const ours = lib.requireBuiltin('internal/encoding');
  const enc = new ours.TextEncoder();
  const nenc = new TextEncoder();
  const strings = ['', 'abc', 'ümlaut', '€uro', '😀 emoji', '\ud800 lone', 'tail \udc00', '\u0000nul', 'x'.repeat(1000),
                   '日本語テキスト', '\uffff\ufffe', 'a\ud83d\ude00b'];
  for (const s of strings) {
    check(`encode ${describe(s).slice(0, 40)}`, () => [...enc.encode(s)], () => [...nenc.encode(s)]);
    check(`encodeInto ${describe(s).slice(0, 40)}`, () => { const u = new Uint8Array(5); const r = enc.encodeInto(s, u); return [r, [...u]]; },
          () => { const u = new Uint8Array(5); const r = nenc.encodeInto(s, u); return [r, [...u]]; });
  }
  check('encoder props', () => [enc.encoding, Object.prototype.toString.call(enc), ours.TextEncoder.name],
        () => [nenc.encoding, Object.prototype.toString.call(nenc), TextEncoder.name]);
  check('encode undefined', () => [...enc.encode()], () => [...nenc.encode()]);
  check('encode number', () => [...enc.encode(123)], () => [...nenc.encode(123)]);
  const byteSeqs = [[], [0x61, 0x62], [0xc3, 0xbc], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0xff, 0xfe, 0x61, 0x00],
                    [0xef, 0xbb, 0xbf, 0x41], [0xc3], [0xe2, 0x82], [0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80],
                    [0xc0, 0xaf], [0xfe, 0xff, 0x00, 0x61], [0x41, 0x00, 0x42, 0x00, 0x3d, 0xd8, 0x00, 0xde], [0xe9, 0xe8, 0x80, 0xff],
                    [0x3d, 0xd8], [0x41], [0xff], [0xff, 0x41], [0xfe, 0xff, 0x41], [0xef, 0xbb, 0xbf],
                    [0xf0, 0x9f, 0x98], [0xe0, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x00, 0xdc, 0x41, 0x00]];
  const labels = ['utf-8', 'utf8', 'unicode-1-1-utf-8', 'utf-16le', 'utf-16', 'latin1', 'iso-8859-1', 'ascii', 'windows-1252',
                  ' UTF-8 ', 'UTF-16LE'];
  for (const label of labels) {
    for (const fatal of [false, true]) {
      for (const ignoreBOM of [false, true]) {
        const opts = { fatal, ignoreBOM };
        check(`decoder props ${label} ${describe(opts)}`, () => { const d = new ours.TextDecoder(label, opts); return [d.encoding, d.fatal, d.ignoreBOM]; },
              () => { const d = new TextDecoder(label, opts); return [d.encoding, d.fatal, d.ignoreBOM]; });
        for (const bytes of byteSeqs) {
          check(`decode ${label} ${describe(opts)} ${describe(bytes)}`,
                () => new ours.TextDecoder(label, opts).decode(new Uint8Array(bytes)),
                () => new TextDecoder(label, opts).decode(new Uint8Array(bytes)));
        }
      }
    }
  }
  // streaming
  const streamBytes = [0xef, 0xbb, 0xbf, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0x41, 0xff, 0xfe, 0x80, 0x3d, 0xd8];
  for (const label of ['utf-8', 'utf-16le', 'utf-16be', 'latin1']) {
    check(`stream ${label}`, () => { const d = new ours.TextDecoder(label); return streamBytes.map((b) => d.decode(new Uint8Array([b]), { stream: true })).join('') + d.decode(); },
          () => { const d = new TextDecoder(label); return streamBytes.map((b) => d.decode(new Uint8Array([b]), { stream: true })).join('') + d.decode(); });
  }
  check('decode ArrayBuffer', () => new ours.TextDecoder().decode(new Uint8Array([0x68, 0x69]).buffer), () => new TextDecoder().decode(new Uint8Array([0x68, 0x69]).buffer));
  check('decode DataView', () => new ours.TextDecoder().decode(new DataView(new Uint8Array([0x68, 0x69]).buffer)), () => new TextDecoder().decode(new DataView(new Uint8Array([0x68, 0x69]).buffer)));
  check('decode Uint16Array', () => new ours.TextDecoder('utf-16le').decode(new Uint16Array([0x68, 0x69])), () => new TextDecoder('utf-16le').decode(new Uint16Array([0x68, 0x69])));
  check('decode undefined', () => new ours.TextDecoder().decode(), () => new TextDecoder().decode());
  check('decode bad input', () => new ours.TextDecoder().decode('str'), () => new TextDecoder().decode('str'));
  check('bad label', () => new ours.TextDecoder('nope'), () => new TextDecoder('nope'));
  check('bad options', () => new ours.TextDecoder('utf-8', 5), () => new TextDecoder('utf-8', 5));
  check('inspect decoder', () => lib.requireBuiltin('util').inspect(new ours.TextDecoder()), () => nodeUtil.inspect(new TextDecoder()));
  check('inspect encoder', () => lib.requireBuiltin('util').inspect(new ours.TextEncoder()), () => nodeUtil.inspect(new TextEncoder()));
}

function testDOMException(lib) {
  const { DOMException: Ours } = lib.requireBuiltin('internal/per_context/domexception');
  const info = (e) => [e.name, e.message, e.code, String(e), e instanceof Error, Object.keys(e),
                       Object.prototype.toString.call(e), e.stack.split('\n')[0]];
  for (const args of [[], ['msg'], ['msg', 'DataCloneError'], ['m', 'AbortError'], ['m', 'NotARealName'],
                      ['m', { name: 'TimeoutError', cause: 'c' }], ['m', 'SyntaxError'], [undefined, 'NotFoundError']]) {
    check(`DOMException(${describe(args)})`, () => info(new Ours(...args)), () => info(new DOMException(...args)));
  }
  check('constants', () => [Ours.DATA_CLONE_ERR, Ours.prototype.ABORT_ERR, Ours.name, Ours.length],
        () => [DOMException.DATA_CLONE_ERR, DOMException.prototype.ABORT_ERR, DOMException.name, DOMException.length]);
  check('cause', () => new Ours('m', { name: 'X', cause: 5 }).cause, () => new DOMException('m', { name: 'X', cause: 5 }).cause);
  check('bad this', () => Object.getOwnPropertyDescriptor(Ours.prototype, 'name').get.call({}),
        () => Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call({}));
  check('inspect', () => lib.requireBuiltin('util').inspect(new Ours('m', 'DataCloneError')).split('\n    at ')[0],
        () => nodeUtil.inspect(new DOMException('m', 'DataCloneError')).split('\n    at ')[0]);
}

// ---------------------------------------------------------------------------------------------------------
async function runMode(name, host) {
  mode = name;
  const lib = makeLoader(host);
  lib.hasHost = host !== undefined;
  section('errors', testErrors, lib);
  section('validators', testValidators, lib);
  section('types', testTypes, lib);
  section('inspect', (l) => testInspect(l, l.hasHost), lib);
  section('format', testFormat, lib);
  section('util', testUtil, lib);
  if (!only.length || only.includes('util')) {
    const triples = await asyncUtilChecks(lib);
    section('util-async', () => { for (const [label, a, b] of triples) check(label, () => a, () => b); }, lib);
  }
  section('events', testEvents, lib);
  if (!only.length || only.includes('events')) {
    let a, b;
    try { a = await emitterAsyncScenarios(lib.requireBuiltin('events')); } catch (e) { a = ['crashed', String(e && e.stack)]; }
    b = await emitterAsyncScenarios(require('events'));
    section('events-async', () => {
      check('count', () => a.length, () => b.length);
      for (let i = 0; i < Math.max(a.length, b.length); i++) check(`async ${i}: ${describe(b[i] && b[i][0])}`, () => a[i], () => b[i]);
    }, lib);
  }
  section('event_target', testEventTarget, lib);
  section('encoding', testEncoding, lib);
  section('domexception', testDOMException, lib);
}

(async () => {
  await runMode('no host', undefined);
  await runMode('host', emulatedHost());
  console.log(`\n${totals.cases} cases, ${totals.mismatches} mismatches, ${totals.skipped} skipped without host`);
  process.exitCode = totals.mismatches ? 1 : 0;
})();
