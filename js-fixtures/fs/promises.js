// fs.promises and require('fs/promises'): the same object; results, and rejections with node's errors.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

console.log('same object', fsp === fs.promises, require('node:fs/promises') === fsp);
(async () => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'wtjs-fsp-'));
  const show = (s) => (typeof s === 'string' ? s.split(dir).join('<tmp>') : s);
  try {
    const f = path.join(dir, 'p.txt');
    console.log('writeFile', await fsp.writeFile(f, 'héllo ✓'));
    await fsp.appendFile(f, '!');
    console.log('readFile', await fsp.readFile(f, 'utf8'));
    console.log('readFile buffer', (await fsp.readFile(f)).length);
    const st = await fsp.stat(f);
    console.log('stat', st.isFile(), st.size, st.mtime instanceof Date, typeof st.mtimeMs);
    console.log('mkdir', show(await fsp.mkdir(path.join(dir, 'q', 'r'), { recursive: true })));
    console.log('readdir', await fsp.readdir(dir));
    console.log('readdir types', (await fsp.readdir(dir, { withFileTypes: true })).map((d) => [d.name, d.isDirectory()]));
    await fsp.copyFile(f, path.join(dir, 'q', 'copy.txt'));
    await fsp.rename(path.join(dir, 'q', 'copy.txt'), path.join(dir, 'q', 'moved.txt'));
    console.log('after copy/rename', await fsp.readdir(path.join(dir, 'q')));
    console.log('access', await fsp.access(f));
    await fsp.unlink(path.join(dir, 'q', 'moved.txt'));
    await fsp.rmdir(path.join(dir, 'q', 'r'));
    console.log('after unlink/rmdir', await fsp.readdir(path.join(dir, 'q')));
    try {
      await fsp.readFile(path.join(dir, 'nope'));
    } catch (e) {
      console.log('rejected', show(e.message), e.code, e.errno, e.syscall, show(e.path));
    }
    await fsp.stat(path.join(dir, 'nope')).catch((e) => console.log('stat rejected', e.code, e.syscall));
    await fsp.mkdir(path.join(dir, 'q')).catch((e) => console.log('mkdir rejected', e.code, show(e.message)));
    console.log('constants', fsp.constants === fs.constants);
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
  console.log('cleaned', fs.existsSync(dir));
})();
