// The stream classes: chunked writes, pipeline, flush, bytesWritten, errors as 'error' events.
const zlib = require('zlib');
const { pipeline, Readable, Writable, Transform } = require('stream');
const { pipeline: pipelineP } = require('stream/promises');

function collect(stream) {
  const chunks = [];
  return new Promise((resolve, reject) => {
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

(async () => {
  const g = zlib.createGzip();
  console.log(g instanceof Transform, g instanceof zlib.Gzip, g.constructor.name, g.bytesWritten);
  const parts = ['alpha ', 'beta ', 'gamma'];
  const done = collect(g);
  for (const p of parts) g.write(p);
  g.end();
  const packed = await done;
  console.log(zlib.gunzipSync(packed).toString(), g.bytesWritten);

  // pipeline through compress and decompress streams
  for (const [C, D] of [['createDeflate', 'createInflate'], ['createGzip', 'createGunzip'],
    ['createDeflateRaw', 'createInflateRaw'], ['createGzip', 'createUnzip']]) {
    const lines = [];
    for (let i = 0; i < 2000; i++) lines.push(`${C} line ${i}\n`);
    const out = [];
    await pipelineP(Readable.from(lines), zlib[C](), zlib[D](), new Writable({
      write(chunk, enc, cb) { out.push(chunk); cb(); },
    }));
    console.log(C, D, Buffer.concat(out).toString() === lines.join(''));
  }

  // decompressing in small pieces
  const whole = zlib.gzipSync('piece by piece, one byte at a time');
  const gun = zlib.createGunzip();
  const result = collect(gun);
  for (const byte of whole) gun.write(Buffer.from([byte]));
  gun.end();
  console.log((await result).toString());

  // flush() hands out what was written so far
  const d = zlib.createDeflate();
  const seen = [];
  d.on('data', (c) => seen.push(c));
  d.write('first part');
  d.flush(() => {
    const sofar = Buffer.concat(seen);
    console.log('flushed', zlib.inflateSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
    d.end('second part', () => {});
    d.on('end', () => {
      console.log('ended', zlib.inflateSync(Buffer.concat(seen)).toString());
      errors();
    });
  });
})();

function errors() {
  const bad = zlib.createInflate();
  bad.on('error', (e) => {
    console.log('error event', e.message, e.code, e.errno);
    pipeline(Readable.from([Buffer.from('not gzip data')]), zlib.createGunzip(), new Writable({
      write(c, e2, cb) { cb(); },
    }), (err) => {
      console.log('pipeline error', err.message, err.code);
      const cut = zlib.createGunzip();
      cut.on('error', (e3) => console.log('truncated', e3.message, e3.code));
      cut.resume();
      cut.end(zlib.gzipSync('abcdef').subarray(0, 15));
    });
  });
  bad.end('definitely not zlib');
}
