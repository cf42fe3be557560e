// fileURLToPath / pathToFileURL (POSIX and Windows forms), urlToHttpOptions, domainToASCII/Unicode.
'use strict';
const url = require('url');
const show = (label, f) => {
  try {
    const v = f();
    console.log(label, v instanceof URL ? v.href : v);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
for (const f of ['file:///a/b%20c/%E2%82%AC', 'file://localhost/x', 'file://host/x', 'file:///a%2fb', 'file:///C:/x/y',
  'http://x/', 'file:///C:/a%5cb']) {
  show(`fileURLToPath ${f}`, () => url.fileURLToPath(f));
  show(`  windows`, () => url.fileURLToPath(f, { windows: true }));
}
show('fileURLToPath(URL)', () => url.fileURLToPath(new URL('file:///q')));
show('fileURLToPath(5)', () => url.fileURLToPath(5));
for (const p of ['/a b/ü€', '/a%b?c#d', '/x/', '/%2f', '/a\\b', "/'\"<>`{}^|[]~", '/a\nb\tc']) {
  show(`pathToFileURL ${JSON.stringify(p)}`, () => url.pathToFileURL(p));
}
for (const p of ['C:\\x\\y z', '\\\\server\\share\\x', '\\\\?\\C:\\x', '\\\\srv', 'C:/a/../b/']) {
  show(`pathToFileURL windows ${JSON.stringify(p)}`, () => url.pathToFileURL(p, { windows: true }));
}
show('pathToFileURL(1)', () => url.pathToFileURL(1));
show('urlToHttpOptions', () => JSON.stringify(url.urlToHttpOptions(new URL('https://u:p@[::1]:99/p?q#h'))));
for (const d of ['example.com', 'MÜNCHEN.de', 'xn--mnchen-3ya.de', 'a b', '', '[::1]']) {
  show(`domain ${JSON.stringify(d)}`, () => [url.domainToASCII(d), url.domainToUnicode(d)].join(' '));
}
show('domainToASCII()', () => url.domainToASCII());
