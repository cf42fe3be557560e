'use strict';
// Writes EventEmitter programs from a seed: 15 operations on two emitters, drawn from adding listeners (on, once,
// prepend, prependOnce; listeners that log, remove themselves or another, add a listener, emit again, throw, or
// are async and reject), removing them (off, removeAllListeners), emitting (with arguments, 'error' with and
// without a listener, events nobody listens to, Symbol names), reading (listenerCount, eventNames, listeners,
// rawListeners), setMaxListeners past the default (node's warning), newListener/removeListener meta-events,
// events.once and events.on with an abort signal, captureRejections; then, a tick later, the state of both.
// Every emit is wrapped, so a throw is logged (name, code, message) and the program goes on.
//   const { generateOps, render } = require('./generate');  render(generateOps(seed)) -> source

const { rng } = require('../loop-fuzz/generate');

const EVENTS = ["'a'", "'b'", "'error'", 'sym', "'newListener'"];
const BODIES = ['log', 'log', 'removeSelf', 'removeOther', 'addOther', 'emitOther', 'throw', 'rejects', 'args'];
const OPS = ['add', 'add', 'add', 'emit', 'emit', 'emit', 'off', 'removeAll', 'read', 'max', 'meta', 'onceP',
  'onIter', 'error', 'capture'];

function generateOps(seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const ops = [];
  for (let i = 0; i < 15; i++) {
    ops.push({ op: pick(OPS), e: pick(['e1', 'e2']), ev: pick(EVENTS), how: pick(['on', 'once', 'prependListener',
      'prependOnceListener', 'addListener']), body: pick(BODIES), n: 1 + Math.floor(r() * 12), k: i });
  }
  return { seed, ops };
}

function listener(o) {
  const id = `l${o.k}`;
  switch (o.body) {
    case 'log': return `function ${id}(...a) { log('${id}', this === ${o.e}, a.length); }`;
    case 'args': return `function ${id}(x, y) { log('${id}', String(x), typeof y); }`;
    case 'removeSelf': return `function ${id}() { log('${id} removes itself'); ${o.e}.off(${o.ev}, ${id}); }`;
    case 'removeOther': return `function ${id}() { log('${id} removes all of b'); ${o.e}.removeAllListeners('b'); }`;
    case 'addOther': return `function ${id}() { log('${id} adds to a'); ${o.e}.on('a', () => log('added by ${id}')); }`;
    case 'emitOther': return `function ${id}() { if (depth++ < 2) { log('${id} emits b'); ${o.e}.emit('b', 'nested'); } depth--; }`;
    case 'throw': return `function ${id}() { log('${id} throws'); throw new Error('${id} failed'); }`;
    case 'rejects': return `async function ${id}() { log('${id} rejects'); throw new Error('${id} rejected'); }`;
    default: throw new Error(o.body);
  }
}

function statement(o) {
  const e = o.e;
  switch (o.op) {
    case 'add': return `${e}.${o.how}(${o.ev}, ${listener(o)});`;
    case 'emit': return `call(${o.k}, () => ${e}.emit(${o.ev}, ${o.n}, 'x'));`;
    case 'off': return `call(${o.k}, () => ${e}.off(${o.ev}, ${e}.listeners(${o.ev})[0] ?? (() => {})).listenerCount(${o.ev}));`;
    case 'removeAll': return `call(${o.k}, () => ${e}.removeAllListeners(${o.n % 2 ? o.ev : ''}).eventNames().length);`;
    case 'read': return `call(${o.k}, () => [${e}.listenerCount(${o.ev}), ${e}.eventNames().map(String), ${e}.listeners(${o.ev}).map((f) => f.name), ${e}.rawListeners(${o.ev}).map((f) => typeof f.listener)]);`;
    case 'max': return `call(${o.k}, () => { ${e}.setMaxListeners(${o.n % 4}); for (let i = 0; i < 3; i++) ${e}.on('c', () => {}); return ${e}.getMaxListeners(); });`;
    case 'meta': return `${e}.on('${o.n % 2 ? 'newListener' : 'removeListener'}', (name, fn) => log('meta ${o.k}', String(name), typeof fn));`;
    case 'onceP': return `events.once(${e}, ${o.ev}).then((a) => log('once ${o.k} resolved', a.length), (err) => log('once ${o.k} rejected', err.message));`;
    case 'onIter': return `(async () => { const ac = new AbortController(); setTimeout(() => ac.abort(), 20); try { for await (const a of events.on(${e}, 'a', { signal: ac.signal })) log('iter ${o.k}', a[0]); } catch (err) { log('iter ${o.k} ended', err.name); } })();`;
    case 'error': return `call(${o.k}, () => ${e}.emit('error', ${o.n % 3 === 0 ? `'just text'` : o.n % 3 === 1 ? `new TypeError('bad ${o.k}')` : '{ code: 42 }'}));`;
    case 'capture': return `{ const c = new EventEmitter({ captureRejections: true }); c.on('error', (err) => log('captured ${o.k}', err.message)); c.on('a', async () => { throw new Error('async ${o.k}'); }); call(${o.k}, () => c.emit('a')); }`;
    default: throw new Error(o.op);
  }
}

function render({ seed, ops }) {
  return [
    `'use strict';`,
    `// events-fuzz program, seed ${seed} (tools/events-fuzz)`,
    `const events = require('events');`,
    `const { EventEmitter } = events;`,
    `const log = (...a) => console.log(...a);`,
    `const sym = Symbol('s');`,
    `let depth = 0;`,
    `process.on('unhandledRejection', (err) => log('unhandled', err.message));`,
    `function call(i, f) {`,
    `  try {`,
    `    log(i, JSON.stringify(f()));`,
    `  } catch (e) {`,
    `    log(i, 'throws', e?.name, e?.code, e?.message);`,
    `  }`,
    `}`,
    `const e1 = new EventEmitter();`,
    `const e2 = new EventEmitter();`,
    ...ops.map(statement),
    `process.nextTick(() => { for (const e of [e1, e2]) log('end', e.eventNames().map(String), e.listenerCount('a'), e.listenerCount('b')); });`,
    '',
  ].join('\n');
}

module.exports = { generateOps, render };
