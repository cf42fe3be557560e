'use strict';
// for await over a Readable, break destroys it, errors reject, Readable.from of arrays/generators/strings.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

async function main() {
  const chunks = [];
  for await (const c of Readable.from(['a', 'b', 'c'])) chunks.push(c);
  log('from array', chunks);

  const r = new Readable({ read() {} });
  r.push('one');
  r.push('two');
  r.push(null);
  r.setEncoding('utf8');
  for await (const c of r) log('string chunk', JSON.stringify(c));

  const g = Readable.from((function* () { yield 1; yield 2; yield 3; })());
  for await (const n of g) {
    log('gen', n);
    if (n === 2) break;
  }
  log('after break destroyed', g.destroyed);

  const s = Readable.from('whole string');
  for await (const c of s) log('string source', c);
  const b = Readable.from(Buffer.from('buf'));
  for await (const c of b) log('buffer source', Buffer.isBuffer(c), String(c));

  const bad = new Readable({ read() { this.destroy(new Error('read failed')); } });
  try {
    for await (const c of bad) log('unexpected', c);
  } catch (e) {
    log('caught', e.message);
  }

  const asyncGen = Readable.from((async function* () { yield 'p'; await null; yield 'q'; })());
  log('objectMode', asyncGen.readableObjectMode, asyncGen.readableHighWaterMark);
  const arr = [];
  for await (const c of asyncGen) arr.push(c);
  log('async gen', arr);

  const nulls = Readable.from([1, null, 2]);
  try { for await (const c of nulls) log('n', c); } catch (e) { log('null value', e.code); }
}
main().then(() => log('done'));
