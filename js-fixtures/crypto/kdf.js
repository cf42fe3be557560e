// pbkdf2 and scrypt, sync and async (node's test vectors from the RFCs), and node's errors for bad input.
const crypto = require('crypto');

const show = (label, f) => {
  try {
    const r = f();
    console.log(label, Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};

show('pbkdf2 sha1', () => crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1'));
show('pbkdf2 sha256', () => crypto.pbkdf2Sync('passwd', 'salt', 1, 64, 'sha256'));
show('pbkdf2 sha512 buffers', () => crypto.pbkdf2Sync(Buffer.from([0xff, 0, 0x80]), new Uint8Array([1, 2, 3]), 10, 16, 'sha512'));
show('pbkdf2 md5 keylen 0', () => crypto.pbkdf2Sync('a', 'b', 1, 0, 'md5'));
show('pbkdf2 upper-case digest', () => crypto.pbkdf2Sync('a', 'b', 1, 8, 'SHA256'));
show('pbkdf2 bad digest', () => crypto.pbkdf2Sync('a', 'b', 1, 8, 'nope'));
show('pbkdf2 no digest', () => crypto.pbkdf2Sync('a', 'b', 1, 8));
show('pbkdf2 iterations 0', () => crypto.pbkdf2Sync('a', 'b', 0, 8, 'sha1'));
show('pbkdf2 iterations string', () => crypto.pbkdf2Sync('a', 'b', '1', 8, 'sha1'));
show('pbkdf2 keylen -1', () => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'));
show('pbkdf2 keylen 1.5', () => crypto.pbkdf2Sync('a', 'b', 1, 1.5, 'sha1'));
show('pbkdf2 password number', () => crypto.pbkdf2Sync(1, 'b', 1, 8, 'sha1'));
show('pbkdf2 salt null', () => crypto.pbkdf2Sync('a', null, 1, 8, 'sha1'));
show('pbkdf2 no callback', () => crypto.pbkdf2('a', 'b', 1, 8, 'sha1'));

show('scrypt rfc 1', () => crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }));
show('scrypt rfc 2', () => crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }));
show('scrypt defaults', () => crypto.scryptSync('pw', 'salt', 16));
show('scrypt aliases', () => crypto.scryptSync('pw', 'salt', 16, { cost: 32, blockSize: 2, parallelization: 2 }));
show('scrypt N not power of 2', () => crypto.scryptSync('pw', 'salt', 16, { N: 15 }));
show('scrypt N and cost', () => crypto.scryptSync('pw', 'salt', 16, { N: 16, cost: 16 }));
show('scrypt maxmem', () => crypto.scryptSync('pw', 'salt', 16, { N: 1024, r: 8, maxmem: 1024 }));
show('scrypt keylen string', () => crypto.scryptSync('pw', 'salt', '16'));
show('scrypt salt number', () => crypto.scryptSync('pw', 5, 16));

crypto.pbkdf2('password', 'salt', 1, 20, 'sha1', (err, key) => {
  console.log('pbkdf2 async', err, key.toString('hex'));
  crypto.scrypt('password', 'salt', 16, { N: 32 }, (err2, key2) => {
    console.log('scrypt async', err2, key2.toString('hex'));
    crypto.scrypt('password', 'salt', 8, (err3, key3) => {
      console.log('scrypt async defaults', err3, key3.toString('hex'));
    });
  });
});
show('pbkdf2 async bad digest', () => crypto.pbkdf2('a', 'b', 1, 8, 'nope', () => console.log('not called')));
