// When fs answers: never before the script's own nextTick and promise jobs; an fs callback's own ticks run before
// its promise jobs; an immediate set in an fs callback runs before the next fs answer; readFile takes several turns.
const fs = require('fs');
const fsp = require('fs/promises');

fs.stat(__filename, (err, st) => {
  console.log('stat callback', err, st.isFile());
  fs.readFile(__filename, 'utf8', (err2, text) => {
    console.log('readFile callback', err2, text.length > 0);
    promisesPart();
  });
  setImmediate(() => console.log('immediate from an fs callback'));
  queueMicrotask(() => console.log('microtask from an fs callback'));
  process.nextTick(() => console.log('tick from an fs callback'));
});
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));

async function promisesPart() {
  const p = fsp.readFile(__filename);
  process.nextTick(() => console.log('tick before fs.promises answers'));
  const buf = await p;
  console.log('fs.promises.readFile', buf.length > 0);
  const handle = await fsp.open(__filename, 'r');
  const { bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
  console.log('FileHandle read', bytesRead);
  await handle.close();
  try {
    await fsp.stat('/no/such/file');
  } catch (err) {
    console.log('fs.promises.stat rejects', err.code, err.syscall);
  }
  fs.readFile('/no/such/file', (err) => console.log('readFile of a missing file', err.code));
  setImmediate(() => console.log('immediate after it'));
}
