'use strict';
// Writes programs of 30 prints each, from a seed: a generated value (nested objects, arrays with holes, Maps, Sets,
// instances of classes and of subclasses of built-ins under generated names, typed arrays, boxed primitives,
// symbols as keys and values, getters, null prototypes, circular references, dates, regular expressions, functions
// and classes, errors with a fixed stack, promises pending or settled with a primitive, values made in another
// realm by vm) printed by util.inspect with generated options, console.log, or util.format's directives.
// What wtjs documents as different from node (Proxies, a promise's object result, live iterators' entries,
// engine error messages, real stacks) is left out, and so are engine differences in hidden properties
// (an error's own properties, a sloppy function's `arguments`, a SharedArrayBuffer's).
//   const { generatePrints, render } = require('./generate');  render(generatePrints(seed)) -> source

const { rng } = require('../loop-fuzz/generate');

const NAMES = ['Foo', 'MyMap', 'Set2', 'Thing', 'MyPromise', 'ErrorLike', 'Map', 'Array', 'a', 'Z_z', '$x'];
// ('__proto__' is left out: as a literal's key it sets the prototype, and an object that inherits from a Promise or
// a Map is one to the bundled inspect, which tells by instanceof where node checks the brand)
const KEYS = ['a', 'b', 'key with space', '0', '1', '10', 'constructor', '__proto__x', 'é', 'x-y', 'length',
  'then', 'name', ''];
// built-ins subclassed, with their constructor's arguments
const BASES = [['Map', "[[1, 'one']]"], ['Set', "['x']"], ['Array', '1, 2'], ['Promise', '() => {}'],
  ['Uint8Array', '2'], ['Object', '']];
const STRINGS = ['', 'text', "it's", 'say "hi"', 'both \' and "', 'line\nbreak', 'tab\t', '\u0000\u001b[31m',
  'é😀', 'x'.repeat(30), 'a`b${c}'];
const NUMBERS = ['0', '-0', '1', '-1.5', '1e21', '1e-7', 'NaN', 'Infinity', '-Infinity', '2 ** 53', '0.1 + 0.2'];
const OPTIONS = ['depth: 0', 'depth: 1', 'depth: 5', 'depth: Infinity', 'depth: null', 'compact: false',
  'compact: 1', 'compact: 5', 'breakLength: 20', 'breakLength: Infinity', 'sorted: true', 'showHidden: true',
  'maxArrayLength: 2', 'maxArrayLength: 0', 'maxStringLength: 4', 'colors: true', 'getters: true',
  'numericSeparator: true', 'customInspect: false'];

function makeRandom(seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const chance = (p) => r() < p;
  return { r, pick, chance };
}

// A JavaScript expression for a value; `depth` bounds the nesting.
function value(g, depth) {
  const leaf = depth <= 0 || g.chance(0.35);
  if (leaf) return primitive(g);
  const inner = () => value(g, depth - 1);
  const many = (n = 4) => Array.from({ length: Math.floor(g.r() * n) }, inner);
  switch (Math.floor(g.r() * 27)) {
    case 0: case 1: return `{ ${many().map((v) => `${JSON.stringify(g.pick(KEYS))}: ${v}`).join(', ')} }`;
    case 2: case 3: return `[${many(6).join(', ')}]`;
    case 4: return `[${inner()}, , ${inner()}, ...new Array(${g.pick([0, 1, 3])})]`;
    case 5: return `new Map([${many().map((v) => `[${primitive(g)}, ${v}]`).join(', ')}])`;
    case 6: return `new Set([${many().join(', ')}])`;
    case 7: return `Object.assign(new (class ${g.pick(NAMES)} {})(), { v: ${inner()} })`;
    case 8: {
      const [base, args] = g.pick(BASES);
      return `new (class ${g.pick(NAMES.filter((n) => n !== base))} extends ${base} {})(${args})`;
    }
    case 9: return `new ${g.pick(['Uint8Array', 'Int16Array', 'Float64Array', 'BigInt64Array', 'Uint8ClampedArray'])}(${g.pick(['0', '3'])})`;
    case 10: return `${g.pick(['Buffer.from', 'new Uint8Array'])}(${JSON.stringify(Array.from({ length: Math.floor(g.r() * 60) }, (_, i) => i))})`;
    case 11: return g.pick(['new ArrayBuffer(4)', 'new DataView(new ArrayBuffer(3), 1)']);
    case 12: return `Object.assign(Object.create(null), { ${JSON.stringify(g.pick(KEYS))}: ${inner()} })`;
    case 13: return `{ [Symbol(${JSON.stringify(g.pick(KEYS))})]: ${inner()}, [Symbol.for('f')]: 1, [Symbol.iterator]: ${inner()} }`;
    case 14: return `Object.defineProperty({ plain: ${inner()} }, 'g', { get() { return ${inner()}; }, ${g.chance(0.5) ? 'set(v) {}, ' : ''}enumerable: ${g.pick(['true', 'false'])} })`;
    case 15: return `circular(${inner()})`;
    case 16: return `error(${JSON.stringify(g.pick(['Error', 'TypeError', 'RangeError']))}, ${JSON.stringify(g.pick(STRINGS))}, ${g.chance(0.3) ? `{ cause: ${inner()} }` : 'undefined'}, ${g.chance(0.3) ? `{ code: 'E_X', extra: ${inner()} }` : '{}'})`;
    case 17: return `promise(${JSON.stringify(g.pick(['pending', 'fulfilled', 'rejected']))}, ${primitive(g)})`;
    case 18: return `vm.runInNewContext(${JSON.stringify(`(${realmValue(g)})`)})`;
    case 19: return `[${g.pick(['new Number(3)', "new String('ab')", 'new Boolean(false)', "Object(Symbol('q'))", 'Object(10n)', 'new Date(0)', 'new Date(NaN)', '/a(b)c/gi', '/x/y'])}]`;
    // (no sloppy-mode functions: their own `arguments` and `caller` are null in V8, undefined in GraalJS)
    case 20: return `[${g.pick(['() => {}', 'async function af() {}', 'function* gen() {}', 'class A {}', 'class B extends Array {}', 'Math.max', 'Object.assign(() => {}, { p: 1 })'])}]`;
    case 21: return `new WeakRef(${g.pick(['{}', '[]'])})`;
    case 22: return `[${Array.from({ length: 7 + Math.floor(g.r() * 30) }, () => g.pick(['1', '22', '333', '-4', '5.5', '123456', "'ab'", '7n', 'null'])).join(', ')}]`;
    case 23: return `{ ${Array.from({ length: 5 + Math.floor(g.r() * 8) }, (_, i) => `k${i}${g.pick(['', 'long_key_name'])}: ${primitive(g)}`).join(', ')} }`;
    case 24: return `Array.from({ length: ${g.pick([99, 100, 101, 130])} }, (_, i) => ${g.pick(['i', "'s' + i", '({ i })'])})`;
    case 25: return `new Map([[{ key: 1 }, ${inner()}], [[1, 2], ${inner()}]])`;
    default: return `{ nested: { deeper: { deepest: { bottom: ${inner()} } } } }`;
  }
}

function primitive(g) {
  switch (Math.floor(g.r() * 8)) {
    case 0: case 1: return JSON.stringify(g.pick(STRINGS));
    case 2: case 3: return g.pick(NUMBERS);
    case 4: return g.pick(['true', 'false', 'null', 'undefined']);
    case 5: return g.pick(['10n', '-0n', '123456789012345678901234567890n']);
    case 6: return `Symbol(${g.chance(0.3) ? '' : JSON.stringify(g.pick(KEYS))})`;
    default: return JSON.stringify('s'.repeat(Math.floor(g.r() * 120)));
  }
}

// A value built inside a vm context (another realm): its objects have other prototypes than this realm's.
function realmValue(g) {
  return g.pick(['{ a: [1, 2], m: new Map([[1, { b: 2 }]]) }', 'new Set(["x"])', 'new Date(0)',
    '[new Uint8Array(2), /r/g]', 'Object.create(null)', 'new (class Local { constructor() { this.x = 1; } })()',
    '{ e: Object.assign(new TypeError("other realm"), { stack: "TypeError: other realm\\n    at <anonymous>" }) }',
    '[Promise.resolve(3)]', '[function* f() {}, () => 1]', '{ s: Symbol("in vm") }']);
}

function print(g, v) {
  switch (Math.floor(g.r() * 6)) {
    case 0: return `console.log(${v})`;
    case 1: {
      // (%o shows hidden properties: not for errors, see below)
      const directives = /error\(|Error\(/.test(v) ? ['%O', '%s', '%j', '%d', '%i', '%c%O'] :
        ['%o', '%O', '%s', '%j', '%d', '%i', '%s|%o', '%c%O'];
      return `console.log(util.format(${JSON.stringify(g.pick(directives))}, ${v}, ${v}))`;
    }
    case 2: return `console.log(util.inspect(${v}))`;
    default: {
      // (an error's own properties differ between the engines: V8's stack is an accessor, made before message)
      const options = Array.from({ length: 1 + Math.floor(g.r() * 3) }, () => g.pick(OPTIONS))
        .filter((o) => !(o === 'showHidden: true' && /error\(|Error\(/.test(v)));
      return `console.log(util.inspect(${v}, { ${[...new Set(options)].join(', ')} }))`;
    }
  }
}

function generatePrints(seed) {
  const g = makeRandom(seed);
  return { seed, prints: Array.from({ length: 30 }, () => print(g, value(g, 3))) };
}

// The helpers the printed expressions call; every value is made afresh where it is printed.
const PRELUDE = [
  `const util = require('util');`,
  `const vm = require('vm');`,
  `const circular = (v) => { const o = { v }; o.self = o; o.list = [o, { back: o }]; return o; };`,
  `function error(type, message, options, props) {`,
  `  const e = Object.assign(new globalThis[type](message, options), props);`,
  `  e.stack = \`\${type}: \${message}\\n    at <anonymous> (file.js:1:1)\`;`,
  `  return e;`,
  `}`,
  `function promise(state, result) {`,
  `  if (state === 'pending') return new Promise(() => {});`,
  `  if (state === 'fulfilled') return Promise.resolve(result);`,
  `  const p = Promise.reject(result);`,
  `  p.catch(() => {});`,
  `  return p;`,
  `}`,
  `function show(i, f) {`,
  `  try {`,
  `    f();`,
  `  } catch (e) {`,
  `    console.log(i, 'throws', e?.name, e?.code, e?.message);`,
  `  }`,
  `}`,
];

function render({ seed, prints }) {
  return [
    `// inspect-fuzz program, seed ${seed} (tools/inspect-fuzz)`,
    ...PRELUDE,
    ...prints.map((p, i) => `show(${i}, () => ${p});`),
    '',
  ].join('\n');
}

module.exports = { generatePrints, render, makeRandom, value, PRELUDE };
