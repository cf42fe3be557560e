// The common synchronous fs calls in a temporary folder; results printed relative to it.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wtjs-fs-'));
const rel = (p) => path.relative(dir, p);
try {
  console.log('mkdtemp prefix', path.basename(dir).startsWith('wtjs-fs-'), path.basename(dir).length);
  const f = path.join(dir, 'a.txt');
  fs.writeFileSync(f, 'hello');
  fs.appendFileSync(f, ' world\n');
  console.log('read utf8', JSON.stringify(fs.readFileSync(f, 'utf8')));
  console.log('read options', JSON.stringify(fs.readFileSync(f, { encoding: 'utf8' })));
  const buf = fs.readFileSync(f);
  console.log('read buffer', Buffer.isBuffer(buf), buf.length, buf.toString('hex'));
  console.log('exists', fs.existsSync(f), fs.existsSync(path.join(dir, 'nope')), fs.existsSync());

  console.log('mkdir', fs.mkdirSync(path.join(dir, 'sub')));
  console.log('mkdir recursive', rel(fs.mkdirSync(path.join(dir, 'x', 'y', 'z'), { recursive: true })));
  console.log('mkdir recursive again', fs.mkdirSync(path.join(dir, 'x', 'y', 'z'), { recursive: true }));
  fs.writeFileSync(path.join(dir, 'x', 'y', 'z', 'deep.txt'), 'deep');
  fs.writeFileSync(path.join(dir, 'sub', 'b.txt'), Buffer.from([1, 2, 3]));

  console.log('readdir', fs.readdirSync(dir));
  console.log('readdir types', fs.readdirSync(dir, { withFileTypes: true })
    .map((d) => `${d.name}:${d.isFile() ? 'file' : d.isDirectory() ? 'dir' : '?'}`));
  console.log('readdir buffer', fs.readdirSync(path.join(dir, 'sub'), 'buffer'));

  fs.renameSync(path.join(dir, 'sub', 'b.txt'), path.join(dir, 'sub', 'c.txt'));
  fs.copyFileSync(path.join(dir, 'sub', 'c.txt'), path.join(dir, 'sub', 'd.txt'));
  console.log('after rename/copy', fs.readdirSync(path.join(dir, 'sub')),
    [...fs.readFileSync(path.join(dir, 'sub', 'd.txt'))]);
  fs.unlinkSync(path.join(dir, 'sub', 'c.txt'));
  console.log('after unlink', fs.readdirSync(path.join(dir, 'sub')));
  fs.unlinkSync(path.join(dir, 'sub', 'd.txt'));
  fs.rmdirSync(path.join(dir, 'sub'));
  console.log('after rmdir', fs.existsSync(path.join(dir, 'sub')));

  console.log('realpath', rel(fs.realpathSync(path.join(dir, 'x', '..', 'a.txt'))));
  console.log('realpath native', rel(fs.realpathSync.native(path.join(dir, 'x', 'y'))));
  console.log('access', fs.accessSync(f), fs.accessSync(f, fs.constants.R_OK | fs.constants.W_OK));

  fs.rmSync(path.join(dir, 'x'), { recursive: true });
  console.log('rm recursive', fs.existsSync(path.join(dir, 'x')));
  console.log('rm force missing', fs.rmSync(path.join(dir, 'missing'), { force: true }));
  fs.rmSync(f);
  console.log('rm file', fs.readdirSync(dir));

  // relative paths resolve against process.cwd()
  const cwd = process.cwd();
  process.chdir?.(dir);
  if (process.cwd() === cwd) {
    console.log('relative', true);
  } else {
    fs.writeFileSync('rel.txt', 'r');
    console.log('relative', fs.readFileSync(path.join(dir, 'rel.txt'), 'utf8') === 'r');
    process.chdir(cwd);
  }
  console.log('constants', fs.constants.F_OK, fs.constants.R_OK, fs.constants.W_OK, fs.constants.X_OK,
    fs.constants.COPYFILE_EXCL, typeof fs.constants.O_CREAT);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log('cleaned', fs.existsSync(dir));
