'use strict';
// Which error (or none) each file operation gives on each kind of target: missing paths, trailing slashes,
// files, folders, links to either and dangling links. Every case starts from the same fresh tree.
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wtjs-errno-'));
function fresh() {
  const dir = fs.mkdtempSync(path.join(root, 'c-'));
  fs.mkdirSync(path.join(dir, 'dir'));
  fs.writeFileSync(path.join(dir, 'dir', 'inner'), 'x');
  fs.mkdirSync(path.join(dir, 'empty'));
  fs.writeFileSync(path.join(dir, 'file'), 'data');
  fs.symlinkSync('dir', path.join(dir, 'linkdir'));
  fs.symlinkSync('file', path.join(dir, 'linkfile'));
  fs.symlinkSync('nowhere', path.join(dir, 'dangling'));
  fs.symlinkSync('loop', path.join(dir, 'loop'));
  return dir;
}
const targets = ['missing', 'missing/', 'missing/x', 'missing/x/', 'file', 'file/', 'file/x', 'file/x/', 'dir', 'dir/',
  'empty', 'linkdir', 'linkdir/', 'linkfile', 'linkfile/', 'dangling', 'dangling/', 'loop', 'loop/x'];
const ops = {
  'open r': (d, t) => fs.closeSync(fs.openSync(path.join(d, t), 'r')),
  'open w': (d, t) => fs.closeSync(fs.openSync(path.join(d, t), 'w')),
  'open wx': (d, t) => fs.closeSync(fs.openSync(path.join(d, t), 'wx')),
  'open a': (d, t) => fs.closeSync(fs.openSync(path.join(d, t), 'a')),
  'writeFile': (d, t) => fs.writeFileSync(path.join(d, t), 'x'),
  'appendFile': (d, t) => fs.appendFileSync(path.join(d, t), 'x'),
  'readFile': (d, t) => fs.readFileSync(path.join(d, t)),
  'mkdir': (d, t) => fs.mkdirSync(path.join(d, t)),
  'mkdir -p': (d, t) => fs.mkdirSync(path.join(d, t), { recursive: true }),
  'rmdir': (d, t) => fs.rmdirSync(path.join(d, t)),
  'unlink': (d, t) => fs.unlinkSync(path.join(d, t)),
  'symlink at': (d, t) => fs.symlinkSync('file', path.join(d, t)),
  'link to': (d, t) => fs.linkSync(path.join(d, 'file'), path.join(d, t)),
  'link from': (d, t) => fs.linkSync(path.join(d, t), path.join(d, 'newlink')),
  'rename file to': (d, t) => fs.renameSync(path.join(d, 'file'), path.join(d, t)),
  'rename dir to': (d, t) => fs.renameSync(path.join(d, 'dir'), path.join(d, t)),
  'rename empty to': (d, t) => fs.renameSync(path.join(d, 'empty'), path.join(d, t)),
  'rename from': (d, t) => fs.renameSync(path.join(d, t), path.join(d, 'renamed')),
  'copyFile from': (d, t) => fs.copyFileSync(path.join(d, t), path.join(d, 'copy')),
  'copyFile to': (d, t) => fs.copyFileSync(path.join(d, 'file'), path.join(d, t)),
  'copyFile dir to': (d, t) => fs.copyFileSync(path.join(d, 'dir'), path.join(d, t)),
  'readdir': (d, t) => fs.readdirSync(path.join(d, t)),
  'stat': (d, t) => fs.statSync(path.join(d, t)),
  'lstat': (d, t) => fs.lstatSync(path.join(d, t)),
  'readlink': (d, t) => fs.readlinkSync(path.join(d, t)),
  'realpath': (d, t) => fs.realpathSync(path.join(d, t)),
  'truncate': (d, t) => fs.truncateSync(path.join(d, t)),
  'access': (d, t) => fs.accessSync(path.join(d, t)),
};
for (const [name, op] of Object.entries(ops)) {
  const line = [];
  for (const t of targets) {
    const d = fresh();
    let out;
    try {
      op(d, t);
      out = 'ok';
    } catch (e) {
      out = `${e.code}${e.syscall ? `:${e.syscall}` : ''}`;
    }
    line.push(`${t}=${out}`);
  }
  console.log(`${name}: ${line.join(' ')}`);
}
fs.rmSync(root, { recursive: true, force: true });
