// fs errors: node's messages and errno/code/syscall/path/dest, with the temporary folder shown as <tmp>.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wtjs-fserr-'));
const show = (s) => (typeof s === 'string' ? s.split(dir).join('<tmp>') : s);
function t(name, fn) {
  try {
    const r = fn();
    console.log(name, 'ok', show(r));
  } catch (e) {
    console.log(name, '|', show(e.message), '|', e.errno, e.code, e.syscall, show(e.path), show(e.dest),
      Object.keys(e).join(','), e instanceof Error);
  }
}
try {
  const f = path.join(dir, 'f');
  const d = path.join(dir, 'd');
  fs.writeFileSync(f, 'x');
  fs.mkdirSync(d);
  fs.writeFileSync(path.join(d, 'g'), 'y');
  const nope = path.join(dir, 'nope');

  t('readFile ENOENT', () => fs.readFileSync(nope));
  t('readFile EISDIR', () => fs.readFileSync(d));
  t('writeFile EISDIR', () => fs.writeFileSync(d, 'x'));
  t('writeFile ENOENT', () => fs.writeFileSync(path.join(nope, 'x'), 'x'));
  t('writeFile ENOTDIR', () => fs.writeFileSync(path.join(f, 'x'), 'x'));
  t('writeFile wx EEXIST', () => fs.writeFileSync(f, 'x', { flag: 'wx' }));
  t('appendFile EISDIR', () => fs.appendFileSync(d, 'x'));
  t('stat ENOENT', () => fs.statSync(nope));
  t('stat throwIfNoEntry', () => fs.statSync(nope, { throwIfNoEntry: false }));
  t('lstat ENOENT', () => fs.lstatSync(nope));
  t('mkdir EEXIST', () => fs.mkdirSync(d));
  t('mkdir ENOENT', () => fs.mkdirSync(path.join(nope, 'a')));
  t('mkdir recursive ENOTDIR', () => fs.mkdirSync(path.join(f, 'a'), { recursive: true }));
  t('mkdir recursive EEXIST', () => fs.mkdirSync(f, { recursive: true }));
  t('readdir ENOENT', () => fs.readdirSync(nope));
  t('readdir ENOTDIR', () => fs.readdirSync(f));
  t('rm ENOENT', () => fs.rmSync(nope));
  t('rm dir', () => fs.rmSync(d));
  t('unlink ENOENT', () => fs.unlinkSync(nope));
  t('unlink EISDIR', () => fs.unlinkSync(d));
  t('rmdir ENOTEMPTY', () => fs.rmdirSync(d));
  t('rmdir ENOTDIR', () => fs.rmdirSync(f));
  t('rmdir ENOENT', () => fs.rmdirSync(nope));
  t('rename ENOENT', () => fs.renameSync(nope, path.join(dir, 'x')));
  t('rename ENOTDIR', () => fs.renameSync(d, f));
  t('copyFile ENOENT', () => fs.copyFileSync(nope, path.join(dir, 'x')));
  t('copyFile EXCL', () => fs.copyFileSync(f, path.join(d, 'g'), fs.constants.COPYFILE_EXCL));
  t('copyFile EISDIR', () => fs.copyFileSync(d, path.join(dir, 'x')));
  t('realpath ENOENT', () => fs.realpathSync(path.join(nope, 'x')));
  t('realpath.native ENOENT', () => fs.realpathSync.native(path.join(nope, 'x')));
  t('access ENOENT', () => fs.accessSync(nope));
  t('mkdtemp ENOENT', () => fs.mkdtempSync(path.join(nope, 'x-')));
  t('path type', () => fs.statSync(null));
  t('path type url', () => fs.existsSync(new URL('file://' + f)));
  console.log('left', fs.readdirSync(dir));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
