'use strict';
// Readers and writers used wrongly: a member called on an object that is no reader/writer rejects with
// ERR_INVALID_THIS, a released one rejects (its promise-returning members) or throws (desiredSize), and a BYOB read
// checks its view and options before it looks at the stream.
const show = (label, p) => p.then(
  (v) => console.log(label, 'resolved', v),
  (e) => console.log(label, 'rejected', e.name, e.code, e.message),
);

(async () => {
  const { ReadableStreamDefaultReader, ReadableStreamBYOBReader, WritableStreamDefaultWriter } =
    require('stream/web');
  const foreign = {};
  for (const [name, proto] of [['default reader', ReadableStreamDefaultReader.prototype],
    ['byob reader', ReadableStreamBYOBReader.prototype]]) {
    await show(`${name} read`, proto.read.call(foreign, new Uint8Array(1)));
    await show(`${name} cancel`, proto.cancel.call(foreign));
    await show(`${name} closed`, Object.getOwnPropertyDescriptor(proto, 'closed').get.call(foreign));
  }
  const wp = WritableStreamDefaultWriter.prototype;
  await show('writer write', wp.write.call(foreign, 1));
  await show('writer close', wp.close.call(foreign));
  await show('writer abort', wp.abort.call(foreign));
  await show('writer ready', Object.getOwnPropertyDescriptor(wp, 'ready').get.call(foreign));
  await show('writer closed', Object.getOwnPropertyDescriptor(wp, 'closed').get.call(foreign));

  const rs = new ReadableStream({ pull(c) { c.enqueue('x'); } });
  const reader = rs.getReader();
  console.log('read', await reader.read());
  reader.releaseLock();
  await show('released read', reader.read());
  await show('released cancel', reader.cancel('why'));
  await show('released closed', reader.closed);
  console.log('locked after release', rs.locked);

  const bytes = new ReadableStream({ type: 'bytes', pull(c) { c.enqueue(new Uint8Array([1, 2, 3])); } });
  const byob = bytes.getReader({ mode: 'byob' });
  await show('byob no view', byob.read());
  await show('byob empty view', byob.read(new Uint8Array(0)));
  await show('byob bad options', byob.read(new Uint8Array(4), 5));
  await show('byob bad min', byob.read(new Uint8Array(4), { min: 0 }));
  await show('byob fractional min', byob.read(new Uint8Array(4), { min: 1.5 }));
  await show('byob NaN min', byob.read(new Uint8Array(4), { min: 'x' }));
  await show('byob min too big', byob.read(new Uint8Array(4), { min: 9 }));
  await show('byob read', byob.read(new Uint8Array(4)));
  byob.releaseLock();
  await show('released byob bad view', byob.read('nope'));
  await show('released byob read', byob.read(new Uint8Array(4)));
  await show('released byob cancel', byob.cancel());

  const ws = new WritableStream({ write(chunk) { console.log('sink got', chunk); } });
  const writer = ws.getWriter();
  await show('write', writer.write('a'));
  writer.releaseLock();
  await show('released write', writer.write('b'));
  await show('released close', writer.close());
  await show('released abort', writer.abort());
  await show('released ready', writer.ready);
  await show('released writer closed', writer.closed);
  try {
    console.log(writer.desiredSize);
  } catch (e) {
    console.log('released desiredSize throws', e.code, e.message);
  }
  const second = ws.getWriter();
  await show('close twice, first', second.close());
  await show('close twice, second', second.close());
})();
