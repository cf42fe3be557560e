'use strict';
// Compares wtjs's pure-JS builtins with node's own, under real node:
//   node tools/test-lib2-under-node.js [section...]      (sections: path deepequal assert url buffer)
// Exits non-zero on any mismatch. WTJS_LIB_HARNESS may name another harness module (same interface).
const nodeUtil = require('util');
const { requireBuiltin } = require(process.env.WTJS_LIB_HARNESS || './lib-harness');

const only = process.argv.slice(2);
const results = [];
let section = null;

function describeValue(v) {
  try { return nodeUtil.inspect(v, { depth: 4, breakLength: Infinity }); } catch (e) { return String(e); }
}

// Runs fn, returning { ok, value } or { ok:false, error: {name, code, message} }.
function capture(fn, project) {
  try {
    const v = fn();
    return { ok: true, value: project ? project(v) : v };
  } catch (e) {
    if (e === null || typeof e !== 'object') return { ok: false, error: { thrown: e } };
    return { ok: false, error: { name: e.name, code: e.code, message: e.message } };
  }
}

function begin(name) {
  section = { name, cases: 0, mismatches: 0, samples: [] };
  results.push(section);
}

function check(label, ours, theirs, project) {
  section.cases++;
  const a = capture(ours, project);
  const b = capture(theirs, project);
  if (!nodeUtil.isDeepStrictEqual(a, b)) {
    section.mismatches++;
    if (section.samples.length < 30)
      section.samples.push(`  ${label}\n    ours:  ${describeValue(a)}\n    node:  ${describeValue(b)}`);
    return false;
  }
  return true;
}

function want(name) { return only.length === 0 || only.includes(name); }

// ---------------------------------------------------------------------------------------------------- path
function testPath() {
  begin('path');
  const ours = requireBuiltin('path');
  const node = require('path');
  check('module identity', () => [ours === ours.posix, ours.sep, ours.delimiter, ours.win32.sep, ours.win32.delimiter,
                                  ours.posix.posix === ours.posix, ours.win32.win32 === ours.win32,
                                  requireBuiltin('path/posix') === ours.posix,
                                  requireBuiltin('path/win32') === ours.win32,
                                  Object.keys(ours).sort()],
        () => [node === node.posix, node.sep, node.delimiter, node.win32.sep, node.win32.delimiter,
               node.posix.posix === node.posix, node.win32.win32 === node.win32,
               require('path/posix') === node.posix, require('path/win32') === node.win32,
               Object.keys(node).sort()]);

  const frags = ['', '.', '..', '/', '//', '///', 'a', 'a/', '/a', '/a/', 'a/b', '/a/b/', 'a//b', 'a/./b', 'a/../b',
    '../a', './a', '../../a/b', 'a/b/../../..', '/..', '/../a', '.a', 'a.', 'a.b', 'a.b.c', '.a.b', '..a', 'a..',
    'a.b/', '/a.b/c.d', 'file.txt', '/x/y/file.tar.gz', 'dir/.hidden', 'dir/.hidden.ext', '....', '.../a',
    '\\', 'a\\b', 'C:', 'C:\\', 'C:\\a\\b', 'C:/a/b', 'c:..\\x', '\\\\server\\share\\x', '\\\\?\\C:\\x',
    '//server/share', 'C:foo', 'a b/c d', 'é/ü', 'a/b/c/', '/foo/bar/baz/asdf/quux', 'foo/bar', 'x/y/z/..', ' '];
  const impls = [['posix', ours.posix, node.posix], ['win32', ours.win32, node.win32]];
  for (const [pn, o, n] of impls) {
    for (const f of frags) {
      for (const fn of ['normalize', 'dirname', 'basename', 'extname', 'isAbsolute', 'parse', 'toNamespacedPath'])
        check(`${pn}.${fn}(${JSON.stringify(f)})`, () => o[fn](f), () => n[fn](f));
      for (const ext of ['.txt', '.gz', 'b', 'a', '.b', 'x', '', '.'])
        check(`${pn}.basename(${JSON.stringify(f)}, ${JSON.stringify(ext)})`, () => o.basename(f, ext), () => n.basename(f, ext));
      check(`${pn}.format(parse(${JSON.stringify(f)}))`, () => o.format(o.parse(f)), () => n.format(n.parse(f)));
    }
    for (let i = 0; i < frags.length; i++) {
      for (let j = 0; j < frags.length; j += 1) {
        const a = frags[i], b = frags[j];
        check(`${pn}.join(${JSON.stringify(a)}, ${JSON.stringify(b)})`, () => o.join(a, b), () => n.join(a, b));
        check(`${pn}.relative(${JSON.stringify(a)}, ${JSON.stringify(b)})`, () => o.relative(a, b), () => n.relative(a, b));
        if (pn === 'posix' || (i % 3 === 0))
          check(`${pn}.resolve(${JSON.stringify(a)}, ${JSON.stringify(b)})`, () => o.resolve(a, b), () => n.resolve(a, b));
      }
      check(`${pn}.join(${JSON.stringify(frags[i])}, x, y, z)`, () => o.join(frags[i], 'x', '..', 'y/z'), () => n.join(frags[i], 'x', '..', 'y/z'));
      check(`${pn}.resolve(/root, ${JSON.stringify(frags[i])}, q)`, () => o.resolve('/root', frags[i], 'q'), () => n.resolve('/root', frags[i], 'q'));
    }
    check(`${pn}.resolve()`, () => o.resolve(), () => n.resolve());
    check(`${pn}.join()`, () => o.join(), () => n.join());
    const objs = [{}, { root: '/', base: 'x' }, { dir: '/a', base: 'b.c' }, { dir: 'a', name: 'n', ext: 'e' },
      { dir: 'a', name: 'n', ext: '.e' }, { root: '/', name: 'n', ext: '.e' }, { root: '/r/', dir: '/r/', base: 'b' },
      { dir: 'C:\\x', base: 'y' }, { name: 'x', base: 'y' }, { ext: '.only' }, { dir: '/' }];
    for (const ob of objs)
      check(`${pn}.format(${JSON.stringify(ob)})`, () => o.format(ob), () => n.format(ob));
    // Errors.
    for (const bad of [undefined, null, 1, {}, true]) {
      for (const fn of ['normalize', 'dirname', 'basename', 'extname', 'isAbsolute', 'parse', 'join', 'resolve'])
        check(`${pn}.${fn}(${describeValue(bad)})`, () => o[fn](bad), () => n[fn](bad), undefined);
      check(`${pn}.relative(${describeValue(bad)}, 'a')`, () => o.relative(bad, 'a'), () => n.relative(bad, 'a'));
      check(`${pn}.format(${describeValue(bad)})`, () => o.format(bad), () => n.format(bad));
      check(`${pn}.basename('a', ${describeValue(bad)})`, () => o.basename('a', bad), () => n.basename('a', bad));
    }
  }
}

const sections = { path: testPath };
for (const [name, fn] of Object.entries(sections)) {
  if (!want(name)) continue;
  try {
    fn();
  } catch (e) {
    begin(name + ' (crashed)');
    section.cases++;
    section.mismatches++;
    section.samples.push(`  ${e && e.stack}`);
  }
}
let bad = 0;
for (const r of results) {
  console.log(`${r.name}: ${r.cases} cases, ${r.mismatches} mismatches`);
  for (const s of r.samples) console.log(s);
  bad += r.mismatches;
}
process.exitCode = bad ? 1 : 0;
