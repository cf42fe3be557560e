'use strict';
// Writes stream programs from a seed: a source (Readable.from, a Readable whose read() pushes now, on a tick or on
// an immediate, in object or byte mode, with an encoding), zero to two Transforms (sync or deferred callbacks, a
// chunk pushed twice or dropped, a flush that adds a tail, an error at some chunk) and a sink (a Writable with
// sync or deferred callbacks, a small highWaterMark, a final(), an error at some chunk; or async iteration,
// toArray(), 'data' events, a read() loop on 'readable'), joined by pipeline() (callback or promise), pipe(), or by
// hand (the program writes the chunks itself, waiting for 'drain'). Every stream logs its
// events ('data' excepted: the sink logs what it gets), so node's order of 'end', 'finish', 'close', 'error',
// callbacks and chunks is compared whole. Some programs destroy a stream part way, or pause and resume the source.
//   const { generateProgram, render } = require('./generate');  render(generateProgram(seed)) -> source

const { rng } = require('../loop-fuzz/generate');

const SOURCES = ['from', 'readSync', 'readTick', 'readImmediate'];
const TRANSFORMS = ['upper', 'double', 'drop', 'deferred', 'tail', 'fail'];
const SINKS = ['writable', 'writableDeferred', 'writableSmall', 'writableFail', 'forAwait', 'toArray', 'onData', 'readLoop'];
const JOINS = ['pipeline', 'pipelinePromise', 'pipe', 'manual'];
const EXTRAS = ['none', 'none', 'none', 'destroySource', 'destroySink', 'pauseResume', 'destroyError'];

function generateProgram(seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const objectMode = r() < 0.4;
  const chunks = Array.from({ length: 1 + Math.floor(r() * 5) }, (_, i) => `c${i}`);
  const nT = Math.floor(r() * 3);
  const transforms = Array.from({ length: nT }, () => ({ kind: pick(TRANSFORMS), at: Math.floor(r() * 4) }));
  const sink = { kind: pick(SINKS), at: Math.floor(r() * 4) };
  // iteration, toArray and 'data' read the last stream themselves: no pipe into them
  const join = pick(JOINS);
  return { seed, objectMode, chunks, source: pick(SOURCES), transforms, sink, join, extra: pick(EXTRAS),
           encoding: !objectMode && r() < 0.3, extraAt: Math.floor(r() * 3) };
}

function events(name) {
  return `watch(${name}, '${name}');`;
}

function render(p) {
  const om = p.objectMode ? 'objectMode: true, ' : '';
  const out = [
    `'use strict';`,
    `// stream-fuzz program, seed ${p.seed} (tools/stream-fuzz)`,
    `const { Readable, Writable, Transform, pipeline } = require('stream');`,
    `const log = (...a) => console.log(...a);`,
    `const show = (c) => (typeof c === 'string' ? c : Buffer.isBuffer(c) ? 'buf:' + c.toString() : JSON.stringify(c));`,
    `function watch(s, name) {`,
    `  for (const ev of ['end', 'finish', 'close', 'pause', 'resume']) s.on(ev, () => log(name, ev));`,
    `  s.on('error', (e) => log(name, 'error', e.message));`,
    `}`,
  ];
  const chunks = JSON.stringify(p.chunks);
  switch (p.source) {
    case 'from':
      out.push(`const src = Readable.from(${chunks}${p.objectMode ? '' : `.map((c) => Buffer.from(c))`}, { ${om}});`);
      break;
    default: {
      const when = p.source === 'readSync' ? (b) => b : p.source === 'readTick'
        ? (b) => `process.nextTick(() => { ${b} });` : (b) => `setImmediate(() => { ${b} });`;
      out.push(`const srcChunks = ${chunks};`,
        `const src = new Readable({ ${om}highWaterMark: ${p.objectMode ? 2 : 4}, read() {`,
        `  ${when(`const c = srcChunks.shift(); log('src read', c === undefined ? 'end' : c); this.push(c === undefined ? null : c);`)}`,
        `} });`);
    }
  }
  if (p.encoding) out.push(`src.setEncoding('utf8');`);
  out.push(events('src'));
  const names = ['src'];
  p.transforms.forEach((t, i) => {
    const name = `t${i}`;
    names.push(name);
    let body;
    switch (t.kind) {
      case 'upper': body = `cb(null, ${p.objectMode ? 'String(c).toUpperCase()' : 'Buffer.from(String(c).toUpperCase())'});`; break;
      case 'double': body = `this.push(c); cb(null, c);`; break;
      case 'drop': body = `if (++n % 2 === 0) { cb(); return; } cb(null, c);`; break;
      case 'deferred': body = `setImmediate(() => cb(null, c));`; break;
      case 'tail': body = `cb(null, c);`; break;
      case 'fail': body = `if (++n === ${t.at + 1}) { cb(new Error('${name} failed')); return; } cb(null, c);`; break;
      default: throw new Error(t.kind);
    }
    const flush = t.kind === 'tail' ? `, flush(cb) { log('${name} flush'); cb(null, ${p.objectMode ? `'tail'` : `Buffer.from('tail')`}); }` : '';
    out.push(`let n${i} = 0;`,
      `const ${name} = new Transform({ ${om}transform(c, e, cb) { let n = ++n${i} - 1; log('${name} got', show(c)); ${body.replace(/\+\+n/g, '++n')} }${flush} });`,
      events(name));
  });
  const last = names[names.length - 1];
  let sinkName = null;
  const s = p.sink;
  if (s.kind.startsWith('writable')) {
    sinkName = 'sink';
    const cbWhen = s.kind === 'writableDeferred' ? (x) => `process.nextTick(() => ${x})` : (x) => x;
    const failing = s.kind === 'writableFail' ? `if (++k === ${s.at + 1}) { cb(new Error('sink failed')); return; } ` : '';
    const hwm = s.kind === 'writableSmall' ? 'highWaterMark: 1, ' : '';
    out.push(`let k = 0;`,
      `const sink = new Writable({ ${om}${hwm}write(c, e, cb) { log('sink got', show(c)); ${failing}${cbWhen('cb()')}; },`,
      `  final(cb) { log('sink final'); ${cbWhen('cb()')}; } });`,
      events('sink'));
  }
  const all = sinkName ? [...names, sinkName] : names;
  // the extra: something done to the streams part way
  const extra = {
    none: '',
    destroySource: `setImmediate(() => { log('destroying src'); src.destroy(); });`,
    destroyError: `setImmediate(() => { log('destroying ${last} with an error'); ${last}.destroy(new Error('destroyed')); });`,
    destroySink: sinkName ? `setImmediate(() => { log('destroying sink'); sink.destroy(); });` : '',
    pauseResume: `src.pause(); setImmediate(() => { log('resuming'); src.resume(); });`,
  }[p.extra];
  if (sinkName) {
    if (p.join === 'pipeline') {
      out.push(`pipeline(${all.join(', ')}, (err) => log('pipeline done', err ? err.message : 'ok'));`);
    } else if (p.join === 'pipelinePromise') {
      out.push(`require('stream/promises').pipeline(${all.join(', ')}).then(() => log('pipeline resolved'), (err) => log('pipeline rejected', err.message));`);
    } else if (p.join === 'manual' && names.length === 1) {
      // the program writes the source's chunks itself, waiting for 'drain' when write() says so
      out.push(`const toWrite = ${chunks};`,
        `(function writeMore() {`,
        `  while (toWrite.length) {`,
        `    const c = toWrite.shift();`,
        `    const more = sink.write(${p.objectMode ? 'c' : 'Buffer.from(c)'}, (err) => log('write callback', c, err ? err.message : 'ok'));`,
        `    log('wrote', c, more, sink.writableLength, sink.writableNeedDrain);`,
        `    if (!more) { sink.once('drain', () => { log('drain'); writeMore(); }); return; }`,
        `  }`,
        `  sink.end(() => log('end callback'));`,
        `})();`,
        `src.resume();`);
    } else {
      out.push(all.slice(1).reduce((acc, n) => `${acc}.pipe(${n})`, 'src') + ';');
    }
  } else {
    // a consumer reads the chain; transforms (if any) joined by pipe
    if (names.length > 1) out.push(names.slice(1).reduce((acc, n) => `${acc}.pipe(${n})`, 'src') + ';');
    if (s.kind === 'forAwait') {
      out.push(`(async () => {`, `  for await (const c of ${last}) log('iterated', show(c));`, `  log('iteration done');`,
        `})().catch((e) => log('iteration failed', e.message));`);
    } else if (s.kind === 'toArray') {
      out.push(`${last}.toArray().then((a) => log('array', a.map(show).join(',')), (e) => log('toArray failed', e.message));`);
    } else if (s.kind === 'readLoop') {
      out.push(`${last}.on('readable', () => {`, `  let c;`, `  while ((c = ${last}.read()) !== null) log('read', show(c));`,
        `  log('read null', ${last}.readableLength, ${last}.readableEnded);`, `});`);
    } else {
      out.push(`${last}.on('data', (c) => log('data', show(c)));`);
    }
  }
  if (extra) out.push(extra);
  out.push(`process.on('exit', (c) => log('exit', c));`, '');
  return out.join('\n');
}

module.exports = { generateProgram, render };
