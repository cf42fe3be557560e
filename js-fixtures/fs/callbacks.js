// Callback fs calls: results and errors arrive asynchronously, after the synchronous code.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wtjs-fscb-'));
const show = (s) => (typeof s === 'string' ? s.split(dir).join('<tmp>') : s);
const f = path.join(dir, 'a.txt');
let sync = true;
fs.writeFile(f, 'one', (err) => {
  console.log('writeFile', err, sync);
  fs.readFile(f, 'utf8', (err, data) => {
    console.log('readFile', err, data);
    fs.stat(f, (err, st) => {
      console.log('stat', err, st.isFile(), st.isDirectory(), st.size);
      fs.mkdir(path.join(dir, 'a', 'b'), { recursive: true }, (err, first) => {
        console.log('mkdir', err, show(first));
        fs.readdir(dir, (err, names) => {
          console.log('readdir', err, names);
          fs.access(path.join(dir, 'nope'), (err) => {
            console.log('access', show(err.message), err.code);
            fs.readFile(path.join(dir, 'nope'), (err, data) => {
              console.log('readFile error', show(err.message), err.code, err.syscall, data);
              fs.exists(f, (yes) => {
                console.log('exists', yes);
                fs.rm(dir, { recursive: true }, (err) => {
                  console.log('rm', err, fs.existsSync(dir));
                });
              });
            });
          });
        });
      });
    });
  });
});
sync = false;
console.log('sync code done');
