// The callback functions and util.promisify over them.
const zlib = require('zlib');
const util = require('util');

const order = [];
zlib.gzip('hello callback', (err, packed) => {
  order.push('gzip done');
  console.log(err, packed.toString('hex'));
  zlib.gunzip(packed, (err2, back) => {
    console.log(err2, back.toString());
    zlib.deflate(Buffer.from('with options'), { level: 9 }, (err3, d) => {
      console.log(err3, zlib.inflateSync(d).toString());
      zlib.gunzip(Buffer.from('not gzip'), async (err4, r) => {
        console.log(err4.message, err4.code, err4.errno, r);
        const gz = util.promisify(zlib.gzip);
        const ungz = util.promisify(zlib.gunzip);
        const p = await gz('promised');
        console.log((await ungz(p)).toString());
        try {
          await util.promisify(zlib.inflate)(Buffer.from('bad'));
        } catch (e) {
          console.log('rejected', e.message, e.code);
        }
        const raw = await util.promisify(zlib.deflateRaw)('raw');
        console.log((await util.promisify(zlib.inflateRaw)(raw)).toString(),
                    (await util.promisify(zlib.unzip)(await util.promisify(zlib.deflate)('unz'))).toString());
        console.log(order);
      });
    });
  });
});
order.push('sync after call');
process.nextTick(() => order.push('tick'));
try {
  zlib.gzip('x');
} catch (e) {
  console.log(e.code, e.message);
}
