// A fetch body read chunk by chunk while the server is still sending; clone() tees it; null bodies; abort mid-body.
const http = require('http');
let release;
const server = http.createServer((req, res) => {
  if (req.url === '/empty') { res.statusCode = 204; res.end(); return; }
  if (req.url === '/slow') { res.write('first;'); release = () => res.end('second'); return; }
  res.end('whole body');
});
server.listen(0, async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const res = await fetch(`${base}/slow`);
  const reader = res.body.getReader();
  const first = await reader.read();
  console.log('first', Buffer.from(first.value).toString(), res.bodyUsed);
  release();
  let rest = '';
  for (;;) { const { value, done } = await reader.read(); if (done) break; rest += Buffer.from(value).toString(); }
  console.log('rest', rest);
  const res2 = await fetch(`${base}/`);
  const copy = res2.clone();
  console.log(await res2.text(), '|', await copy.text(), res2.bodyUsed, copy.bodyUsed);
  const empty = await fetch(`${base}/empty`);
  console.log(empty.status, empty.body, await empty.text());
  const head = await fetch(`${base}/`, { method: 'HEAD' });
  console.log(head.status, head.body);
  const ac = new AbortController();
  const res3 = await fetch(`${base}/slow`, { signal: ac.signal });
  const r3 = res3.body.getReader();
  console.log(Buffer.from((await r3.read()).value).toString());
  ac.abort();
  await r3.read().catch((e) => console.log('aborted', e.name));
  release();
  console.log(await (await fetch(`${base}/`)).blob());
  server.close();
});
