// FormData entries and wrong arguments; FormData and Blob as Response bodies; formData() parsing.
const t = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name, e.message); } };
t(() => new FormData(5));
const fd = new FormData();
t(() => fd.append('a'));
t(() => fd.append('a', 'b', 'c'));
t(() => fd.get());
t(() => fd.set('a'));
fd.append('a', 'x'); fd.append('a', 'y'); fd.append('f', new Blob(['zz'], { type: 'text/plain' }), 'z.bin'); fd.set('b', 1);
console.log([...fd.keys()], fd.getAll('a'), fd.get('zz'), fd.has('b'), fd.get('f').name, fd.get('f').type);
console.log(Object.prototype.toString.call(fd));
fd.delete('a');
fd.forEach((v, k, o) => console.log(k, typeof v, o === fd));
(async () => {
  const r = new Response(fd);
  const type = r.headers.get('content-type');
  console.log(type.startsWith('multipart/form-data; boundary=----formdata-'));
  const back = await r.formData();
  console.log([...back.keys()], back.get('b'), back.get('f').name, back.get('f').type, await back.get('f').text());
  console.log([...await new Response('a=1&b=%20x', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }).formData()]);
  await new Response('x').formData().catch((e) => console.log(e.name, e.message));
  console.log(await (await new Response(new Blob(['bl'], { type: 'a/b' })).blob()).text());
})();
