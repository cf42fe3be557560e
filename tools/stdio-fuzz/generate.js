'use strict';
// Writes programs that use the standard streams the ways scripts do, from a seed: console methods of every kind,
// process.stdout/stderr.write (strings, buffers, encodings, callbacks, return values), cork, groups and tables,
// write() patched and restored, process.stdout replaced by a stream of the script's own, new Console objects,
// and an exit code or process.exit at the end. Each step runs in one context (synchronously, a tick, a
// promise job, an immediate, a 30 ms timer, or a write's callback), so node's order is fixed.
//   const { generateSteps, render } = require('./generate');  render(generateSteps(seed)) -> source

const { rng } = require('../loop-fuzz/generate');

const CONTEXTS = ['sync', 'sync', 'sync', 'tick', 'micro', 'immediate', 'timer', 'callback'];
// Each op, given a label, is one statement or block; they may print on both streams.
const OPS = {
  log: (l) => `console.log('${l}');`,
  error: (l) => `console.error('${l}');`,
  others: (l) => `console.info('${l} info'); console.warn('${l} warn'); console.debug('${l} debug');`,
  format: (l) => `console.log('${l} %s|%d|%i|%f|%j|%o|%O|%%|%c.', 'str', 42.5, 3.7, '1.5', { a: [1] }, [2], { b: 3 }, 'css');`,
  values: (l) => `console.log('${l}', { a: [1, { b: 2 }] }, [1, 2, 3], new Map([[1, 'x']]), new Set(['y']), null, undefined, -0, 10n, Symbol('s'), () => 1, 'q');`,
  multiline: (l) => `console.log('${l} one\\ntwo', 'three\\n');`,
  write: (l) => `process.stdout.write('${l} write\\n');`,
  writeCb: (l) => `process.stdout.write('${l} write cb\\n', () => console.log('${l} written'));`,
  writeBuffer: (l) => `process.stdout.write(Buffer.from('${l} buffer\\n'));`,
  writeHex: (l) => `process.stdout.write('${Buffer.from(`${l} hex\n`).toString('hex')}', 'hex');`,
  writeBase64: (l) => `process.stderr.write('${Buffer.from(`${l} base64\n`).toString('base64')}', 'base64');`,
  writeEmpty: (l) => `console.log('${l} empty', process.stdout.write(''));`,
  returns: (l) => `console.log('${l} returns', process.stdout.write('${l} r\\n'), process.stderr.write('${l} r\\n'));`,
  big: (l) => `process.stdout.write('${l}'.repeat(30000) + '\\n');`,
  stderr: (l) => `process.stderr.write('${l} stderr\\n');`,
  group: (l) => `console.group('${l} group'); console.log('${l} inside'); console.group(); console.error('${l} deeper'); console.groupEnd(); console.groupEnd(); console.log('${l} after');`,
  table: (l) => `console.table([{ a: 1, b: '${l}' }, { a: 'x', c: true }]);`,
  dir: (l) => `console.dir({ ${l}: { deep: { deeper: { deepest: 1 } } } }, { depth: 0 }); console.dir('${l}');`,
  count: (l) => `console.count('${l}'); console.count('${l}'); console.countReset('${l}'); console.count('${l}');`,
  assert: (l) => `console.assert(false, '${l} %s', 'failed'); console.assert(true, '${l} silent');`,
  time: (l) => `console.timeEnd('${l} missing');`,
  props: (l) => `console.log('${l} props', process.stdout.writable, process.stdout.writableLength, process.stdout.isTTY, process.stdout.fd, process.stderr.fd, typeof process.stdout.columns);`,
  patch: (l) => `{ const w = process.stdout.write; process.stdout.write = function (c, ...a) { return w.call(this, '[${l}] ' + c, ...a); }; }`,
  unpatch: () => `delete process.stdout.write;`,
  replace: (l) => `process.stdout = new (require('stream').Writable)({ write(c, e, cb) { process.stderr.write('[${l} own] ' + c); cb(); } });`,
  consoleOf: (l) => `new console.Console(process.stderr).log('${l} on stderr'); new console.Console({ stdout: process.stdout, stderr: process.stdout }).error('${l} err on stdout');`,
  cork: (l) => `process.stdout.cork(); process.stdout.write('${l} corked 1\\n'); process.stdout.write('${l} corked 2\\n'); console.log('${l} while corked'); process.stdout.uncork();`,
  badArgs: (l) => `for (const v of [123, null, {}, undefined]) { try { process.stdout.write(v); } catch (e) { console.log('${l}', e.code, e.message); } }`,
  typed: (l) => `process.stdout.write(new Uint8Array([120, 10])); process.stdout.write(Buffer.from('${l} é ✓\\n', 'utf8').toString('latin1'), 'latin1');`,
  utf16: (l) => `process.stdout.write(Buffer.from('${l} utf16 ✓\\n', 'utf16le'));`,
  unicode: (l) => `console.log('${l} é ✓ 😀 \\ud800 x \\udfff', 'a\\u0000b'); process.stdout.write('${l} lone \\udc00\\n');`,
  split: (l) => `{ const b = Buffer.from('${l} ✓😀\\n'); for (let i = 0; i < b.length; i++) process.stdout.write(b.subarray(i, i + 1)); }`,
  emptyCb: (l) => `process.stdout.write('', () => console.log('${l} empty written'));`,
  state: (l) => `console.log('${l} state', process.stdout.writableNeedDrain, process.stdout.writableCorked, process.stdout.writableHighWaterMark, process.stdout.writableObjectMode, process.stdout.destroyed);`,
  onExit: (l) => `process.on('exit', (c) => { console.log('${l} exit', c); process.stderr.write('${l} exit stderr\\n'); });`,
  beforeExit: (l) => `process.once('beforeExit', (c) => console.log('${l} beforeExit', c));`,
  warning: (l) => `process.emitWarning('${l} warned', 'CustomWarning', 'W${l}');`,
  trace: (l) => `console.trace('${l} trace %d', 5);`,
  formatWrite: (l) => `process.stdout.write(require('util').format('${l} %s %o', 'fmt', { n: [1, 'x'] }) + '\\n');`,
  tableCols: (l) => `console.table([[1, 2], [3, 4]], ['0']); console.table(['${l}', 'b']); console.table(5);`,
  dirHidden: (l) => `console.dir([1, '${l}'], { showHidden: true });`,
  listeners: (l) => `process.stdout.once('finish', () => console.error('${l} finish')); console.log('${l} listeners', process.stdout.listenerCount('error'));`,
};
const OP_NAMES = Object.keys(OPS);
// rarer: they change what later steps see
const RARE = new Set(['replace', 'patch', 'unpatch', 'big']);
// Not generated: process.stdout.end(). What node does next depends on what stdout is (a file's stream is usable
// again once it has finished; a pipe's is shut, later writes fail with EPIPE).
const ENDINGS = ['none', 'none', 'exitCode', 'exit', 'exitLater', 'throw', 'caught', 'rejection'];

function generateSteps(seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const n = 2 + Math.floor(r() * 9);
  const steps = [];
  for (let i = 0; i < n; i++) {
    let op = pick(OP_NAMES);
    if (RARE.has(op) && r() < 0.6) op = pick(OP_NAMES.filter((o) => !RARE.has(o)));
    steps.push({ label: `s${i}`, context: pick(CONTEXTS), op });
  }
  return { seed, steps, ending: pick(ENDINGS) };
}

function wrap(context, label, body) {
  switch (context) {
    case 'sync': return body;
    case 'tick': return `process.nextTick(() => { ${body} });`;
    case 'micro': return `Promise.resolve().then(() => { ${body} });`;
    case 'immediate': return `setImmediate(() => { ${body} });`;
    case 'timer': return `setTimeout(() => { ${body} }, 30);`;
    case 'callback': return `process.stderr.write('${label} before\\n', () => { ${body} });`;
    default: throw new Error(context);
  }
}

// Timers are set from an immediate queued after every other step's: set at the script's top, a 30 ms timer would
// race with the first loop turn's immediates on a runtime whose first turn is slow (a cold JIT).
function render({ seed, steps, ending }) {
  const lines = [`// stdio-fuzz seed ${seed}`];
  const later = [];
  for (const s of steps) (s.context === 'timer' ? later : lines).push(wrap(s.context, s.label, OPS[s.op](s.label)));
  if (ending === 'exitCode') lines.push('process.exitCode = 3;');
  if (ending === 'exit') lines.push(`console.log('exiting'); process.exit(2);`);
  if (ending === 'throw') lines.push(`throw new RangeError('boom');`);
  if (ending === 'caught') lines.push(`process.on('uncaughtException', (e) => console.log('caught', e.message)); setImmediate(() => { throw new Error('late boom'); });`);
  if (ending === 'rejection') lines.push(`Promise.reject(new TypeError('rejected'));`);
  if (ending === 'exitLater') later.push(`setTimeout(() => { console.log('exiting later'); process.exit(4); }, 60);`);
  if (later.length) lines.push(`setImmediate(() => {\n  ${later.join('\n  ')}\n});`);
  return lines.join('\n') + '\n';
}

module.exports = { generateSteps, render };
