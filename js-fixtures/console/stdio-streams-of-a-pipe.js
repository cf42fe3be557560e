// stdout and stderr on a pipe or a file (as here) are not terminals: isTTY is undefined (not false), and they
// have no terminal size or colour methods. process.stdout/stderr/stdin are getters: assigning one is ignored
// (a TypeError in strict code); a lone surrogate is written as U+FFFD.
for (const name of ['stdout', 'stderr']) {
  const s = process[name];
  console.log(name, s.isTTY, 'isTTY' in s, s.columns, s.rows, typeof s.getWindowSize, typeof s.getColorDepth,
              typeof s.hasColors, s.fd, s.writable);
}
console.log('stdin isTTY', process.stdin.isTTY);
const d = Object.getOwnPropertyDescriptor(process, 'stdout');
console.log('descriptor', typeof d.get, d.set, d.enumerable, d.configurable, d.get.name);
const original = process.stdout;
process.stdout = { write() { throw new Error('never used'); } };
console.log('assignment ignored', process.stdout === original);
(() => {
  'use strict';
  try {
    process.stderr = null;
  } catch (e) {
    console.log('strict assignment throws', e.constructor.name);
  }
})();
process.stdout.write(`lone surrogates: [\ud800] [\udfff] [\udc00\ud800] pair [\ud83d\ude00]\n`);
console.log('console too: [\ud800]');
