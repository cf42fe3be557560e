// fs.watchFile/unwatchFile: polling stat; the listener gets (curr, prev); unwatching lets the process end.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wtjs-wf-'));
const f = path.join(dir, 'watched.txt');
fs.writeFileSync(f, 'one');
let calls = 0;
const listener = (curr, prev) => {
  calls++;
  console.log('change', calls, prev.size, '->', curr.size, curr instanceof fs.Stats, curr.isFile());
  if (calls === 1) {
    fs.unlinkSync(f);
  } else {
    console.log('deleted', curr.size, curr.mtimeMs, curr.isFile());
    fs.unwatchFile(f, listener);
    fs.rmSync(dir, { recursive: true });
    console.log('unwatched');
  }
};
const watcher = fs.watchFile(f, { interval: 20 }, listener);
console.log('watcher', typeof watcher.on, typeof watcher.ref, typeof watcher.unref);
setTimeout(() => fs.writeFileSync(f, 'two and more'), 100);
process.on('exit', () => console.log('exit', calls));
