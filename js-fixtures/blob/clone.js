// Blob and File cross structuredClone and postMessage (to a port and to a worker) as copies; web streams are
// transferable only.
const { Worker } = require('worker_threads');
const b = structuredClone(new Blob(['ab'], { type: 'text/plain' }));
const f = structuredClone(new File(['xyz'], 'n.txt', { lastModified: 1 }));
console.log(b, f, f instanceof File, structuredClone({ nested: [new Blob(['q'])] }));
try { structuredClone(new ReadableStream()); } catch (e) { console.log(e.name, e.message); }
try { structuredClone({ w: new WritableStream() }); } catch (e) { console.log(e.name, e.message); }
const { port1, port2 } = new MessageChannel();
port2.onmessage = async (e) => {
  console.log('port got', e.data, await e.data.text());
  port2.close();
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', async (m) => {
      parentPort.postMessage({ back: new File([await m.blob.text(), '!'], m.blob.name + '.out', { type: m.blob.type, lastModified: 7 }) });
    });`, { eval: true });
  w.postMessage({ blob: new File(['from main'], 'main', { type: 'a/b', lastModified: 3 }) });
  w.once('message', async (m) => {
    console.log('worker sent', m.back, await m.back.text());
    await w.terminate();
  });
};
port1.postMessage(new Blob([new Uint8Array([0, 255, 128]), 'é']));
