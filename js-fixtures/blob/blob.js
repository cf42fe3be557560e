// Blob and File: construction, wrong arguments, slice, the readers, stream(), buffer.Blob/File.
const t = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => new Blob(5));
t(() => new Blob('abc'));
t(() => new Blob([], 5));
t(() => new Blob([], { endings: 'x' }));
t(() => new Blob([1, 'a', new Uint8Array([65])], { type: 'Text/Plain' }));
t(() => new Blob(['a'], { type: 'a\u0100' }).type);
t(() => new File());
t(() => new File([]));
t(() => new File([], 'n', { lastModified: 'x' }).lastModified);
t(() => new File(['abc'], 'f.txt', { type: 'text/plain', lastModified: 42 }));
t(() => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}));
const b = new Blob(['hello ', 'world'], { type: 'text/plain' });
console.log(b, b.size, b.type, Object.prototype.toString.call(b), String(b));
console.log(b.slice(1, -2), b.slice(-3).size, b.slice(2, 4, 'x/y').type);
console.log(require('buffer').Blob === Blob, require('buffer').File === File);
const f = new File(['abc'], 'f.txt', { type: 'text/plain', lastModified: 42 });
console.log(f, f.name, f.lastModified, f instanceof Blob, f.size);
console.log(new Blob(['a\nb\r\nc'], { endings: 'native' }).size, new Blob(['a\nb'], { endings: 'transparent' }).size);
(async () => {
  console.log('text', await b.text());
  console.log('ab', await b.arrayBuffer());
  console.log('bytes', await b.bytes());
  console.log('stream', await b.slice(6).stream().getReader().read());
  console.log(await new Blob([b, ' ', f]).text());
  await Blob.prototype.text.call({}).catch((e) => console.log(e.code, e.message));
})();
