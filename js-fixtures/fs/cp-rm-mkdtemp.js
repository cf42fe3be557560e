// cpSync/cp (recursive, force, errorOnExist, filter), rmSync (recursive, force), mkdtemp/mkdtempSync, with
// node's errors.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wtjs-cp-'));
const rel = (p) => path.relative(dir, p);
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message.split(dir).join('<tmp>'));
  }
};
process.chdir(dir);
fs.mkdirSync('src/sub/deep', { recursive: true });
fs.writeFileSync('src/a.txt', 'A');
fs.writeFileSync('src/sub/b.txt', 'B');
fs.writeFileSync('src/sub/deep/c.txt', 'C');

show('dir without recursive', () => fs.cpSync('src', 'out'));
show('recursive', () => fs.cpSync('src', 'out', { recursive: true }));
console.log('copied', fs.readdirSync('out', { recursive: true }).sort(), fs.readFileSync('out/sub/deep/c.txt', 'utf8'));
fs.writeFileSync('src/a.txt', 'A2');
show('force (default)', () => fs.cpSync('src/a.txt', 'out/a.txt'));
console.log('overwritten', fs.readFileSync('out/a.txt', 'utf8'));
fs.writeFileSync('src/a.txt', 'A3');
show('no force', () => fs.cpSync('src/a.txt', 'out/a.txt', { force: false }));
console.log('kept', fs.readFileSync('out/a.txt', 'utf8'));
show('errorOnExist', () => fs.cpSync('src/a.txt', 'out/a.txt', { force: false, errorOnExist: true }));
show('missing source', () => fs.cpSync('nope', 'x'));
show('into itself', () => fs.cpSync('src', 'src/sub/again', { recursive: true }));
show('file over dir', () => fs.cpSync('src/a.txt', 'out/sub'));
show('dir over file', () => fs.cpSync('src/sub', 'out/a.txt', { recursive: true }));
show('filter', () => fs.cpSync('src', 'filtered', { recursive: true, filter: (s) => !s.endsWith('b.txt') }));
console.log('filtered', fs.readdirSync('filtered', { recursive: true }).sort());

show('rm dir without recursive', () => fs.rmSync('out'));
show('rm missing', () => fs.rmSync('nope'));
show('rm missing force', () => fs.rmSync('nope', { force: true }));
show('rm recursive', () => fs.rmSync('out', { recursive: true }));
console.log('gone', fs.existsSync('out'));

const t = fs.mkdtempSync(path.join(dir, 'tmp-'));
console.log('mkdtemp', rel(t).length, /^tmp-[A-Za-z0-9]{6}$/.test(rel(t)), fs.statSync(t).isDirectory());
console.log('mkdtemp relative', /^rel-[A-Za-z0-9]{6}$/.test(fs.mkdtempSync('rel-')));
show('mkdtemp missing parent', () => fs.mkdtempSync(path.join(dir, 'no', 'x-')));
fs.mkdtemp(path.join(dir, 'cb-'), (err, made) => {
  console.log('mkdtemp cb', err, /cb-[A-Za-z0-9]{6}$/.test(made));
  fs.cp('src', 'viacb', { recursive: true }, (err2) => {
    console.log('cp cb', err2, fs.readdirSync('viacb').sort());
    fs.promises.cp('src/a.txt', 'viapromise.txt').then(() => {
      console.log('cp promise', fs.readFileSync('viapromise.txt', 'utf8'));
      fs.rm(dir, { recursive: true }, (err3) => console.log('rm cb', err3, fs.existsSync(dir)));
    });
  });
});
