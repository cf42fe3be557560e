// createHash/createHmac over the common digests, copy(), crypto.hash(), timingSafeEqual, getHashes, and errors.
const crypto = require('crypto');

const show = (label, f) => {
  try {
    const r = f();
    console.log(label, Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};

for (const alg of ['md5', 'sha1', 'sha256', 'sha384', 'sha512', 'SHA256', 'RSA-SHA1']) {
  show(alg, () => crypto.createHash(alg).update('hello ').update(Buffer.from('world')).digest('hex'));
  show(`hmac ${alg}`, () => crypto.createHmac(alg, 'key').update('data').digest('base64'));
}
const h = crypto.createHash('sha256').update('one');
const c = h.copy();
c.update('two');
console.log('copy', h.digest('hex').slice(0, 16), c.digest('hex').slice(0, 16));
show('copy after digest', () => h.copy());
show('update after digest', () => h.update('x'));
show('hash one-shot', () => crypto.hash('sha1', 'abc'));
show('hash base64', () => crypto.hash('md5', Buffer.from('abc'), 'base64'));
show('hash buffer', () => crypto.hash('sha256', 'abc', 'buffer'));
show('hash bad alg', () => crypto.hash('nope', 'abc'));
show('hash bad data', () => crypto.hash('sha1', 1));
show('createHash bad', () => crypto.createHash('nope'));
show('createHash number', () => crypto.createHash(1));
show('createHmac bad', () => crypto.createHmac('nope', 'k'));
show('createHmac number', () => crypto.createHmac(1, 'k'));
show('createHmac key number', () => crypto.createHmac('sha1', 1));
show('update number', () => crypto.createHash('sha1').update(1));
show('digest latin1', () => crypto.createHash('md5').update('a').digest('latin1').length);
show('timingSafeEqual equal', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
show('timingSafeEqual differ', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
show('timingSafeEqual lengths', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('ab')));
show('timingSafeEqual string', () => crypto.timingSafeEqual('abc', Buffer.from('abc')));
show('timingSafeEqual typed', () => crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])));
const hashes = crypto.getHashes();
show('getHashes', () => ['md5', 'sha1', 'sha256', 'sha384', 'sha512'].every((n) => hashes.includes(n)));
