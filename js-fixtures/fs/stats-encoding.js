// Stats objects (types, size, times, mode bits) and binary/encoded contents round-tripping.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wtjs-fsst-'));
try {
  const f = path.join(dir, 'bin');
  const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  fs.writeFileSync(f, bytes);
  const back = fs.readFileSync(f);
  console.log('binary round trip', back.equals(bytes), back.length);
  fs.writeFileSync(f, new Uint8Array([0xe2, 0x9c, 0x93]));
  console.log('typed array', fs.readFileSync(f, 'utf8'));
  fs.writeFileSync(f, 'cafe', 'hex');
  console.log('hex write', [...fs.readFileSync(f)]);
  fs.writeFileSync(f, '日本語 ✓');
  console.log('utf8', fs.readFileSync(f, 'utf8'), fs.readFileSync(f).length, fs.readFileSync(f, 'base64'));
  fs.writeFileSync(f, Buffer.from([0xff, 0xfe, 0x41]));
  console.log('invalid utf8', JSON.stringify(fs.readFileSync(f, 'utf8')));

  const before = Date.now();
  fs.writeFileSync(f, '12345');
  const st = fs.statSync(f);
  console.log('file', st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size);
  console.log('type bits', (st.mode & fs.constants.S_IFMT) === fs.constants.S_IFREG);
  console.log('times', st.mtime instanceof Date, typeof st.mtimeMs, Math.abs(st.mtimeMs - before) < 60000,
    st.mtime.getTime() === Math.round(st.mtimeMs) || Math.abs(st.mtime.getTime() - st.mtimeMs) < 1);
  console.log('keys', Object.keys(st));
  console.log('instance', st instanceof fs.Stats);
  const ds = fs.statSync(dir);
  console.log('dir', ds.isFile(), ds.isDirectory(), (ds.mode & fs.constants.S_IFMT) === fs.constants.S_IFDIR);
  const ls = fs.lstatSync(f);
  console.log('lstat file', ls.isFile(), ls.size);
  console.log('dirent', fs.readdirSync(dir, { withFileTypes: true })[0] instanceof fs.Dirent);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
