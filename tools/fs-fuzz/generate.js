'use strict';
// Writes file-system programs from a seed: 20 operations, synchronous or through fs.promises, on a handful of
// names inside a fresh folder of the program's own (made next to it, removed at the end): make and remove
// folders (recursive or not), write, append, read (as text, as bytes, with a flag), copy, rename, truncate, link
// and symlink, readlink, realpath, stat/lstat (their kinds and sizes), readdir (with and without file types),
// access, exists, chmod, open/read/write/close with positions, rm with force and recursion, mkdtemp's prefix,
// cp of a folder. Each prints its result, or the error (code, syscall, and the message with the folder's path
// as <tmp>), so node's error codes and messages are compared too.
//   const { generateOps, render } = require('./generate');  render(generateOps(seed)) -> source

const { rng } = require('../loop-fuzz/generate');

const NAMES = ["'f'", "'g.txt'", "'d'", "'d/f'", "'d/e'", "'d/e/f'", "'missing'", "'l'", "'d/'", "''", "'f/x'"];
const OPS = ['mkdir', 'mkdirRec', 'write', 'write', 'append', 'read', 'readBytes', 'readFlag', 'copy', 'rename',
  'truncate', 'link', 'symlink', 'readlink', 'realpath', 'stat', 'lstat', 'readdir', 'readdirTypes', 'access',
  'exists', 'chmod', 'fd', 'rm', 'rmRec', 'rmdir', 'unlink', 'cp', 'mkdtemp', 'opendir'];

function generateOps(seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  return {
    seed,
    ops: Array.from({ length: 20 }, () => ({ op: pick(OPS), a: pick(NAMES), b: pick(NAMES), promise: r() < 0.35,
                                           n: Math.floor(r() * 9) })),
  };
}

// The call, as [synchronous expression, promise expression] (null: no such form).
function call(o) {
  const a = `p(${o.a})`;
  const b = `p(${o.b})`;
  const text = `'${'xyz'.repeat(o.n)}'`;
  switch (o.op) {
    case 'mkdir': return [`fs.mkdirSync(${a})`, `fsp.mkdir(${a})`];
    case 'mkdirRec': return [`fs.mkdirSync(${a}, { recursive: true }) ?? 'none'`, `fsp.mkdir(${a}, { recursive: true })`];
    case 'write': return [`fs.writeFileSync(${a}, ${text})`, `fsp.writeFile(${a}, ${text})`];
    case 'append': return [`fs.appendFileSync(${a}, ${text})`, `fsp.appendFile(${a}, ${text})`];
    case 'read': return [`fs.readFileSync(${a}, 'utf8')`, `fsp.readFile(${a}, 'utf8')`];
    case 'readBytes': return [`fs.readFileSync(${a}).length`, `fsp.readFile(${a}).then((b) => b.length)`];
    case 'readFlag': return [`fs.readFileSync(${a}, { encoding: 'utf8', flag: '${['a+', 'r+', 'wx', 'r'][o.n % 4]}' })`, null];
    case 'copy': return [`fs.copyFileSync(${a}, ${b}${o.n % 2 ? ', fs.constants.COPYFILE_EXCL' : ''})`, `fsp.copyFile(${a}, ${b}${o.n % 2 ? ', fs.constants.COPYFILE_EXCL' : ''})`];
    case 'rename': return [`fs.renameSync(${a}, ${b})`, `fsp.rename(${a}, ${b})`];
    case 'truncate': return [`fs.truncateSync(${a}, ${o.n})`, `fsp.truncate(${a}, ${o.n})`];
    case 'link': return [`fs.linkSync(${a}, ${b})`, `fsp.link(${a}, ${b})`];
    case 'symlink': return [`fs.symlinkSync(${o.a}, ${b})`, `fsp.symlink(${o.a}, ${b})`];
    case 'readlink': return [`fs.readlinkSync(${a})`, `fsp.readlink(${a})`];
    case 'realpath': return [`rel(fs.realpathSync(${a}))`, `fsp.realpath(${a}).then(rel)`];
    case 'stat': return [`kind(fs.statSync(${a}))`, `fsp.stat(${a}).then(kind)`];
    case 'lstat': return [`kind(fs.lstatSync(${a}))`, `fsp.lstat(${a}).then(kind)`];
    case 'readdir': return [`fs.readdirSync(${a}).sort()`, `fsp.readdir(${a}).then((l) => l.sort())`];
    case 'readdirTypes': return [`fs.readdirSync(${a}, { withFileTypes: true }).map((d) => d.name + ':' + d.isDirectory() + d.isSymbolicLink()).sort()`, null];
    case 'access': return [`fs.accessSync(${a}, fs.constants.${['F_OK', 'R_OK', 'W_OK', 'X_OK'][o.n % 4]})`, `fsp.access(${a})`];
    case 'exists': return [`fs.existsSync(${a})`, null];
    case 'chmod': return [`(fs.chmodSync(${a}, 0o${['644', '755', '600', '400'][o.n % 4]}), (fs.statSync(${a}).mode & 0o777).toString(8))`, `fsp.chmod(${a}, 0o644)`];
    case 'fd': return [`((fd) => { try { const w = fs.writeSync(fd, 'AB', ${o.n % 3}); const buf = Buffer.alloc(4); const r = fs.readSync(fd, buf, 0, 4, 0); return [w, r, buf.toString('latin1')]; } finally { fs.closeSync(fd); } })(fs.openSync(${a}, '${['r+', 'w+', 'a+', 'wx+'][o.n % 4]}'))`, null];
    case 'rm': return [`fs.rmSync(${a}${o.n % 2 ? ', { force: true }' : ''})`, `fsp.rm(${a}${o.n % 2 ? ', { force: true }' : ''})`];
    case 'rmRec': return [`fs.rmSync(${a}, { recursive: true${o.n % 2 ? ', force: true' : ''} })`, `fsp.rm(${a}, { recursive: true })`];
    case 'rmdir': return [`fs.rmdirSync(${a})`, `fsp.rmdir(${a})`];
    case 'unlink': return [`fs.unlinkSync(${a})`, `fsp.unlink(${a})`];
    case 'cp': return [`fs.cpSync(${a}, ${b}, { recursive: ${o.n % 2 === 0} })`, null];
    case 'mkdtemp': return [`path.basename(fs.mkdtempSync(${a} + '-')).length`, null];
    case 'opendir': return [`((d) => { const names = []; for (let e; (e = d.readSync()) !== null;) names.push(e.name); d.closeSync(); return names.sort(); })(fs.opendirSync(${a}))`, null];
    default: throw new Error(o.op);
  }
}

function render({ seed, ops }) {
  const lines = ops.map((o, i) => {
    const [sync, promised] = call(o);
    return o.promise && promised ? `await later(${i}, () => ${promised});` : `now(${i}, () => ${sync});`;
  });
  return [
    `'use strict';`,
    `// fs-fuzz program, seed ${seed} (tools/fs-fuzz)`,
    `const fs = require('fs');`,
    `const fsp = fs.promises;`,
    `const path = require('path');`,
    `const tmp = path.join(__dirname, 'fs-fuzz-${seed}.tmp');`,
    `fs.rmSync(tmp, { recursive: true, force: true });`,
    `fs.mkdirSync(tmp);`,
    `const p = (name) => path.join(tmp, name);`,
    `const rel = (full) => path.relative(tmp, full);`,
    `const kind = (s) => [s.isFile(), s.isDirectory(), s.isSymbolicLink(), s.size, s.nlink];`,
    `const show = (v) => JSON.stringify(v === undefined ? 'undefined' : v).split(tmp).join('<tmp>');`,
    `const fail = (i, e) => console.log(i, 'throws', e.code, e.syscall, String(e.message).split(tmp).join('<tmp>'));`,
    `function now(i, f) {`,
    `  try { console.log(i, show(f())); } catch (e) { fail(i, e); }`,
    `}`,
    `async function later(i, f) {`,
    `  try { console.log(i, show(await f())); } catch (e) { fail(i, e); }`,
    `}`,
    `(async () => {`,
    ...lines.map((l) => `  ${l}`),
    `})().finally(() => fs.rmSync(tmp, { recursive: true, force: true }));`,
    '',
  ].join('\n');
}

module.exports = { generateOps, render };
