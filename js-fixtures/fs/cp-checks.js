'use strict';
// fs.cpSync's checks, in node's order: the same file (also through a link, or with a trailing slash), a folder
// copied into itself, then a folder without `recursive`; a recursive copy where those checks pass.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wtjs-cp-'));
process.chdir(dir);
fs.mkdirSync('d/e', { recursive: true });
fs.writeFileSync('d/e/f', 'x');
fs.symlinkSync('d', 'l');
const cases = [['d', 'd'], ['d', 'd/sub'], ['d', 'l'], ['l', 'd'], ['d/', 'd/e/x'], ['d', 'missing'], ['d', 'd/'],
  ['d/e', 'd'], ['d/e/f', 'd/e/f'], ['d/e/f', 'l/e/f']];
for (const recursive of [false, true]) {
  for (const [a, b] of cases) {
    try {
      fs.cpSync(a, b, { recursive });
      console.log(recursive, a, b, 'ok');
    } catch (e) {
      console.log(recursive, a, b, e.code, e.message);
    }
  }
}
console.log(fs.readdirSync('.', { recursive: true }).sort());
process.chdir(os.tmpdir());
fs.rmSync(dir, { recursive: true, force: true });
