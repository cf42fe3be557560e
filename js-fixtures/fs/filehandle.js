// fs.promises.open: a FileHandle with read/write/readFile/writeFile/stat/truncate/close and readLines.
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

(async () => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'wtjs-fh-'));
  const file = path.join(dir, 'data.txt');
  const fh = await fsp.open(file, 'w+');
  console.log(typeof fh.fd, fh.fd > 2, Object.prototype.toString.call(fh), fh.constructor.name);
  console.log(await fh.write('hello world\n'));
  const w = await fh.write(Buffer.from('second line\nthird'), 0, 7);
  console.log(w.bytesWritten, w.buffer.toString());
  await fh.write('!', 100);
  console.log((await fh.stat()).size, (await fh.stat()).isFile());
  const buf = Buffer.alloc(5);
  const r = await fh.read(buf, 0, 5, 6);
  console.log(r.bytesRead, r.buffer === buf, buf.toString());
  const r2 = await fh.read({ buffer: Buffer.alloc(3), position: 0 });
  console.log(r2.bytesRead, r2.buffer.toString());
  await fh.truncate(12);
  console.log(JSON.stringify(await fh.readFile('utf8')), JSON.stringify(await fsp.readFile(file, 'utf8')));
  await fh.writeFile('replaced\nline two\nline three');
  console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
  console.log(await fh.close(), fh.fd);
  for (const [label, f] of [['read after close', () => fh.read(Buffer.alloc(1), 0, 1, 0)],
    ['stat after close', () => fh.stat()], ['close again', () => fh.close()]]) {
    try {
      console.log(label, await f());
    } catch (e) {
      console.log(label, e.code, e.syscall, e.message);
    }
  }

  const lines = await fsp.open(file);
  const seen = [];
  for await (const line of lines.readLines()) seen.push(line);
  console.log(seen);

  const rf = await fsp.open(file, 'r');
  console.log((await rf.readFile()).length);
  await rf.close();

  try {
    await fsp.open(path.join(dir, 'missing.txt'));
  } catch (e) {
    console.log(e.code, e.syscall, e.message.replace(dir, '<dir>'));
  }
  try {
    await fsp.open(file, 'nope');
  } catch (e) {
    console.log(e.code, e.message);
  }
  const ap = await fsp.open(file, 'a');
  await ap.appendFile('\nappended');
  await ap.close();
  console.log(JSON.stringify(fs.readFileSync(file, 'utf8').slice(-9)));
  await fsp.rm(dir, { recursive: true });
  console.log(fs.existsSync(dir));
})();
