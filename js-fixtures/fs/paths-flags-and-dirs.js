// What tools/fs-fuzz found: a path through a file is ENOTDIR (not ENOENT); a trailing slash names a directory
// (writing 'd/' is EISDIR, reading 'f/' ENOTDIR); readFileSync honours its flag (creating, refusing an existing
// name with x, EBADF when opened for writing only); opendir and fs.Dir; fs.promises.realpath is the native one.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'paths-flags-and-dirs.tmp');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
process.chdir(dir);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.writeFileSync('f', 'text');
fs.mkdirSync('d');
fs.writeFileSync('d/inner', '');
const t = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.code, e.syscall, e.message);
  }
};
for (const [name, f] of [['lstat', () => fs.lstatSync('f/x')], ['stat', () => fs.statSync('f/x')],
  ['access', () => fs.accessSync('f/x')], ['chmod', () => fs.chmodSync('f/x', 0o644)],
  ['rename', () => fs.renameSync('f/x', 'y')], ['copyFile', () => fs.copyFileSync('f/x', 'y')],
  ['link', () => fs.linkSync('f/x', 'y')], ['symlink', () => fs.symlinkSync('t', 'missing/q')],
  ['mkdir', () => fs.mkdirSync('f/x')], ['readdir', () => fs.readdirSync('f/x')]]) {
  t(name, f);
}
t('write d/', () => fs.writeFileSync('new/', 'x'));
t('append d/', () => fs.appendFileSync('d/', 'x'));
t('read f/', () => fs.readFileSync('f/'));
t('stat d/', () => fs.statSync('d/').isDirectory());
for (const flag of ['r+', 'w+', 'a+', 'wx+', 'a', 'wx', 'ax']) {
  for (const name of [`file-${flag}`, 'd', 'f']) t(`read ${name} with ${flag}`, () => fs.readFileSync(name, { encoding: 'utf8', flag }));
}
t('opendir missing', () => fs.opendirSync('missing'));
t('opendir file', () => fs.opendirSync('f'));
const d = fs.opendirSync('d');
console.log(d.path, d.constructor.name, d.readSync().name, d.readSync());
d.closeSync();
t('read after close', () => d.readSync());
fs.opendir('missing', (e) => console.log('callback', e.code, e.message));
fs.promises.opendir('.').then(async (all) => {
  const names = [];
  for await (const entry of all) names.push(`${entry.name}:${entry.isDirectory()}`);
  console.log('iterated', names.sort().join(' '));
  await all.close().catch((e) => console.log('close after iteration', e.code));
  await fs.promises.realpath('missing').catch((e) => console.log('promises.realpath', e.syscall, e.code));
});
