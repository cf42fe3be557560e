// fs.watch on a directory and on a file (inotify in node, the JDK's WatchService in wtjs): one change at a time,
// each waited for, so the events cannot race.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wtjs-watch-'));
const events = [];
let waiting = null;

function until(predicate) {
  return new Promise((resolve) => {
    waiting = () => {
      if (predicate()) {
        waiting = null;
        resolve();
      }
    };
    waiting();
  });
}

const seen = (type, name) => () => events.some((e) => e[0] === type && e[1] === name);

(async () => {
  const watcher = fs.watch(dir, (eventType, filename) => {
    events.push([eventType, filename]);
    if (waiting) waiting();
  });
  console.log(watcher.constructor.name, typeof watcher.close, typeof watcher.ref, typeof watcher.unref);
  fs.writeFileSync(path.join(dir, 'a.txt'), 'one');
  await until(seen('rename', 'a.txt'));
  await until(seen('change', 'a.txt'));
  console.log('created a.txt:', events.some((e) => e[0] === 'rename' && e[1] === 'a.txt'));
  events.length = 0;
  fs.appendFileSync(path.join(dir, 'a.txt'), 'two');
  await until(seen('change', 'a.txt'));
  console.log('appended:', [...new Set(events.map((e) => e.join(' ')))]);
  events.length = 0;
  fs.renameSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
  await until(() => seen('rename', 'a.txt')() && seen('rename', 'b.txt')());
  console.log('renamed:', [...new Set(events.map((e) => e.join(' ')))].sort());
  events.length = 0;
  fs.unlinkSync(path.join(dir, 'b.txt'));
  await until(seen('rename', 'b.txt'));
  console.log('deleted:', [...new Set(events.map((e) => e.join(' ')))]);
  watcher.on('close', () => console.log('watcher closed'));
  watcher.close();

  // A file watched by itself: events name the file.
  const file = path.join(dir, 'single.txt');
  fs.writeFileSync(file, 'x');
  const fileEvents = [];
  const fileWatcher = fs.watch(file, { encoding: 'buffer' });
  await new Promise((resolve) => {
    fileWatcher.on('change', (eventType, filename) => {
      fileEvents.push([eventType, Buffer.isBuffer(filename), String(filename)]);
      resolve();
    });
    fs.appendFileSync(file, 'y');
  });
  console.log('file:', fileEvents[0]);
  fileWatcher.close();

  for (const [label, f] of [['missing', () => fs.watch(path.join(dir, 'missing'))],
    ['number', () => fs.watch(1)], ['bad options', () => fs.watch(dir, 5)]]) {
    try {
      f();
      console.log(label, 'no error');
    } catch (e) {
      console.log(label, e.code, e.syscall, e.message.replace(dir, '<dir>'));
    }
  }
  fs.rmSync(dir, { recursive: true });
})();
