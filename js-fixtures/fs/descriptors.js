// File descriptors: openSync/readSync/writeSync/fstatSync/ftruncateSync/fsyncSync/closeSync, the callback
// forms, flags, positions, and node's errors (EBADF, ENOENT, EISDIR, EEXIST, argument validation).
const fs = require('fs');
const path = require('path');
const os = require('os');

const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.syscall, e.message.replace(dir, '<tmp>'));
  }
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wtjs-fd-'));
const f = path.join(dir, 'data.txt');
const fd = fs.openSync(f, 'w+');
console.log('fd', typeof fd, Number.isInteger(fd), fd > 2);
console.log('write string', fs.writeSync(fd, 'hello world'));
console.log('write buffer', fs.writeSync(fd, Buffer.from('!!?'), 0, 2));
console.log('write at', fs.writeSync(fd, 'W', 6));
const buf = Buffer.alloc(20);
console.log('read at 0', fs.readSync(fd, buf, 0, 20, 0), buf.toString('utf8', 0, 13));
console.log('read options', fs.readSync(fd, buf, { offset: 2, length: 3, position: 1 }), buf.toString('utf8', 0, 6));
console.log('fstat', fs.fstatSync(fd).size, fs.fstatSync(fd).isFile(), fs.fstatSync(fd) instanceof fs.Stats);
fs.ftruncateSync(fd, 5);
console.log('truncated', fs.fstatSync(fd).size, fs.readFileSync(f, 'utf8'));
fs.ftruncateSync(fd, 7);
console.log('extended', JSON.stringify(fs.readFileSync(f, 'latin1')));
console.log('fsync', fs.fsyncSync(fd), fs.fdatasyncSync(fd));
console.log('close', fs.closeSync(fd));
show('close again', () => fs.closeSync(fd));
show('read closed', () => fs.readSync(fd, buf));
show('fstat closed', () => fs.fstatSync(fd));

const a = fs.openSync(f, 'a');
fs.writeSync(a, 'tail');
fs.writeSync(a, '!', 0);
fs.closeSync(a);
console.log('append', JSON.stringify(fs.readFileSync(f, 'latin1')));

const r = fs.openSync(f, 'r');
show('write read-only', () => fs.writeSync(r, 'x'));
show('ftruncate read-only', () => fs.ftruncateSync(r, 0));
let chunks = '';
const small = Buffer.alloc(4);
for (let n; (n = fs.readSync(r, small, 0, 4, null)) > 0;) chunks += small.toString('latin1', 0, n) + '|';
console.log('sequential', JSON.stringify(chunks));
fs.closeSync(r);

show('open missing', () => fs.openSync(path.join(dir, 'nope', 'x'), 'r'));
show('open exclusive', () => fs.openSync(f, 'wx'));
show('open dir for write', () => fs.openSync(dir, 'r+'));
const d = fs.openSync(dir, 'r');
console.log('dir fstat', fs.fstatSync(d).isDirectory());
show('read dir', () => fs.readSync(d, buf));
fs.closeSync(d);
show('bad flags', () => fs.openSync(f, 'zz'));
show('fd string', () => fs.closeSync('3'));
show('fd negative', () => fs.closeSync(-1));
show('numeric flags', () => {
  const n = fs.openSync(f, fs.constants.O_RDONLY);
  const got = fs.readSync(n, Buffer.alloc(3));
  fs.closeSync(n);
  return got;
});

fs.open(f, 'r', (err, cfd) => {
  console.log('open cb', err, typeof cfd);
  const b = Buffer.alloc(5);
  fs.read(cfd, b, 0, 5, 0, (err2, n, same) => {
    console.log('read cb', err2, n, same === b, b.toString());
    fs.fstat(cfd, (err3, st) => {
      console.log('fstat cb', err3, st.size);
      fs.close(cfd, (err4) => {
        console.log('close cb', err4);
        fs.close(cfd, (err5) => {
          console.log('close cb again', err5.code, err5.message);
          fs.rmSync(dir, { recursive: true, force: true });
        });
      });
    });
  });
});
