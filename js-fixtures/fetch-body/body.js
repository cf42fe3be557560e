// Response.body and Request.body as byte ReadableStreams; bodyUsed; streams as bodies; fetch's body stream.
const http = require('http');
(async () => {
  const r = new Response('hi');
  console.log(r.body, r.bodyUsed);
  console.log(await r.body.getReader().read(), r.bodyUsed);
  await r.text().catch((e) => console.log(e.name, e.message));
  console.log(new Response(null).body, new Request('http://a/', { method: 'POST', body: 'x' }).body);
  const streamed = new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('stream')); c.enqueue(new TextEncoder().encode('ed')); c.close(); } }));
  console.log(await streamed.text());
  const server = http.createServer((req, res) => {
    let got = '';
    req.on('data', (c) => { got += c; });
    req.on('end', () => res.end(`echo:${got}`));
  });
  server.listen(0, async () => {
    const res = await fetch(`http://127.0.0.1:${server.address().port}/`, { method: 'POST', body: 'payload' });
    const chunks = [];
    for await (const chunk of res.body) chunks.push(Buffer.from(chunk).toString());
    console.log(chunks.join(''), res.bodyUsed);
    const res2 = await fetch(`http://127.0.0.1:${server.address().port}/`, { method: 'POST', body: new Blob(['blob body']) });
    console.log(await new Response(res2.body).text());
    server.close();
  });
})();
