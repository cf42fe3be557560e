// Small builtins: tty (output is piped here), crypto hashes, HMACs and random values, require('process'),
// perf_hooks.createHistogram, child_process loading.
const tty = require('tty');
const crypto = require('node:crypto');
console.log(tty.isatty(1), tty.isatty(2), tty.isatty(-1), tty.isatty(99), typeof tty.WriteStream, typeof tty.ReadStream);
console.log(require('process') === process, require('node:process') === process);
for (const alg of ['md5', 'sha1', 'sha256', 'sha512']) {
  console.log(alg, crypto.createHash(alg).update('hello ').update(Buffer.from('world')).digest('hex'));
}
console.log(crypto.createHash('sha256').update('x').digest('base64'), crypto.createHash('sha1').digest().length);
console.log(crypto.createHmac('sha256', 'key').update('data').digest('hex'), crypto.createHmac('sha1', '').digest('hex'));
const h = crypto.createHash('sha256').update('a');
console.log(h.copy().update('b').digest('hex') === crypto.createHash('sha256').update('ab').digest('hex'));
h.digest();
try { h.digest(); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.randomBytes(8).length, /^[0-9a-f-]{36}$/.test(crypto.randomUUID()), crypto.randomUUID()[14]);
const arr = crypto.getRandomValues(new Uint32Array(4));
console.log(arr.length, crypto.webcrypto.getRandomValues(new Uint8Array(3)).length, crypto.randomFillSync(Buffer.alloc(5)).length);
const n = crypto.randomInt(10);
console.log(n >= 0 && n < 10, crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')));
const { createHistogram } = require('perf_hooks');
const hist = createHistogram();
for (const v of [5, 1, 9, 3, 7]) hist.record(v);
console.log(hist.count, hist.min, hist.max, hist.mean, hist.percentile(50), hist.percentile(100), hist.exceeds);
const cp = require('child_process');
console.log(typeof cp.spawn, typeof cp.fork, typeof cp.ChildProcess);
