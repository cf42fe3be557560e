// pipeline's callback comes once every stream in it is done: when the destination fails, after the source it
// destroys has closed; with { end: false } the destination stays open and the pipeline is done when the source
// ends; a destination destroyed early fails it with ERR_STREAM_PREMATURE_CLOSE; a stream that fails after the
// source ended does not make the callback come before the source's 'close'.
const { Readable, Writable, PassThrough, pipeline } = require('stream');
const promises = require('stream/promises');

function watch(s, name) {
  for (const ev of ['end', 'finish', 'close']) s.on(ev, () => console.log(name, ev));
  s.on('error', (e) => console.log(name, 'error', e.message));
}

const src = Readable.from(['c0', 'c1', 'c2', 'c3'], { objectMode: true });
watch(src, 'src');
let k = 0;
const sink = new Writable({
  objectMode: true,
  write(c, e, cb) {
    console.log('sink got', c);
    if (++k === 3) cb(new Error('sink failed'));
    else cb();
  },
});
watch(sink, 'sink');
pipeline(src, sink, (err) => {
  console.log('pipeline done:', err.message);
  more();
});

async function more() {
  const open = new Writable({ write(c, e, cb) { console.log('open got', String(c)); cb(); } });
  watch(open, 'open');
  await promises.pipeline(Readable.from(['a', 'b']), open, { end: false });
  console.log('first done, ended:', open.writableEnded);
  await promises.pipeline(Readable.from(['c']), open);
  console.log('second done, ended:', open.writableEnded);
  const pt = new PassThrough();
  const dst = new Writable({ write(c, e, cb) { cb(); } });
  const p = promises.pipeline(pt, dst);
  setImmediate(() => dst.destroy());
  await p.catch((e) => console.log('destroyed early:', e.code));
  // a transform fails after the source has ended: the callback still waits for the source's 'close'
  const from = Readable.from(['x', 'y', 'z'].map((c) => Buffer.from(c)));
  watch(from, 'from');
  let n = 0;
  const t = new (require('stream').Transform)({
    transform(c, e, cb) {
      if (++n === 3) cb(new Error('transform failed'));
      else cb(null, c);
    },
  });
  watch(t, 't');
  const slow = new Writable({ write(c, e, cb) { console.log('slow got', String(c)); process.nextTick(cb); } });
  watch(slow, 'slow');
  pipeline(from, t, slow, (err) => console.log('third pipeline done:', err.message));
}
