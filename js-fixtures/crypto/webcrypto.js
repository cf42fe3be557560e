// globalThis.crypto (crypto.webcrypto): subtle.digest, getRandomValues, randomUUID; and node's errors.
const nodeCrypto = require('crypto');

console.log(globalThis.crypto === nodeCrypto.webcrypto, typeof crypto.subtle, crypto.subtle === nodeCrypto.subtle);
console.log(Object.prototype.toString.call(crypto), Object.prototype.toString.call(crypto.subtle));
console.log(/^[0-9a-f-]{36}$/.test(crypto.randomUUID()), crypto.getRandomValues(new Uint8Array(4)).length);

const hex = (ab) => Buffer.from(ab).toString('hex');
(async () => {
  for (const alg of ['SHA-1', 'SHA-256', 'sha-384', { name: 'SHA-512' }]) {
    const out = await crypto.subtle.digest(alg, new TextEncoder().encode('abc'));
    console.log(typeof alg === 'string' ? alg : alg.name, out instanceof ArrayBuffer, hex(out));
  }
  console.log('buffer', hex(await crypto.subtle.digest('SHA-256', Buffer.from('abc'))));
  console.log('arraybuffer', hex(await crypto.subtle.digest('SHA-256', new Uint8Array([97, 98, 99]).buffer)));
  console.log('dataview', hex(await crypto.subtle.digest('SHA-256', new DataView(new ArrayBuffer(2)))));
  for (const [label, alg, data] of [['md5', 'MD5', new Uint8Array(1)], ['unknown', 'nope', new Uint8Array(1)],
    ['string data', 'SHA-256', 'abc'], ['no name', {}, new Uint8Array(1)], ['number alg', 1, new Uint8Array(1)]]) {
    try {
      await crypto.subtle.digest(alg, data);
      console.log(label, 'resolved');
    } catch (e) {
      console.log(label, 'rejects', e.name, e.code, e.message);
    }
  }
  try {
    await crypto.subtle.digest('SHA-256');
  } catch (e) {
    console.log('missing data', e.name, e.code, e.message);
  }
})();
