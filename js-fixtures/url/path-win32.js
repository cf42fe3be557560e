// path.win32 and path.posix on inputs where Windows rules differ: drives, UNC roots, device names, \\?\.
'use strict';
const path = require('path');
const w = path.win32;
const inputs = ['C:', 'C:\\', 'C:foo\\..\\bar', 'c:/a//b/./c/..', '\\\\server\\share', '\\\\server\\share\\x\\..\\..',
  '\\\\?\\C:\\x\\..', '\\\\.\\pipe\\x', 'CON:', 'con:..\\x', 'a\\b:', 'x\\CON:', '//a', '\\', '', '.\\a\\..\\..'];
for (const p of inputs) {
  console.log(JSON.stringify(p), JSON.stringify([w.normalize(p), w.isAbsolute(p), w.dirname(p), w.basename(p), w.extname(p)]));
  console.log('   parse', JSON.stringify(w.parse(p)), 'join', JSON.stringify(w.join('q', p)));
}
console.log(w.resolve('C:\\a', 'D:\\b', '..\\c'), w.resolve('\\\\s\\sh\\x', '..', '..', 'y'));
console.log(w.relative('C:\\a\\B\\c', 'c:\\a\\b\\d'), w.relative('C:\\a', 'D:\\a'), w.relative('\\a', '\\ab\\c'));
console.log(w.toNamespacedPath('C:\\x'), w.toNamespacedPath('\\\\s\\sh\\x'), w.format({ root: 'C:\\', name: 'n', ext: 'e' }));
console.log(path.posix.relative('/a/b/c', '/a/x'), path.posix.parse('/..'), path.posix.basename('b/', 'xb'));
console.log(path.matchesGlob('/a/b/c.js', '/a/**/*.js'), path.matchesGlob('.a', '*'), w.matchesGlob('a\\b', 'a/*'));
for (const bad of [null, 1]) {
  try { w.join('a', bad); } catch (e) { console.log(e.code, e.message); }
}
try { path.basename('a', 5); } catch (e) { console.log(e.code, e.message); }
try { path.format('x'); } catch (e) { console.log(e.code, e.message); }
// A segment ending in ':' (a stream or device name) keeps the relative result marked with '.\' even where '..'
// removed it (found by tools/pure-fuzz: path.win32.join('https://', '..\\x')).
for (const p of ['ab:\\..\\c', 'https://\\..\\0x10', 'x\\ab:\\..\\c', 'ab:\\..\\..\\c', 'ab:\\..', 'ab:\\..\\',
  '1:\\..\\c', 'ab:c\\..\\d', 'x\\..\\ab:c', 'foo:bar\\..\\..\\c', 'x\\..\\a:b']) {
  console.log(JSON.stringify(p), JSON.stringify(w.normalize(p)), JSON.stringify(w.join(p, 'q')));
}
console.log(JSON.stringify(w.join('https://', '..\\x')), JSON.stringify(w.join('ab:', '..', 'c')));
