// Cases tools/pure-fuzz found differing from node 24: pathToFileURL escapes spaces and control characters (the URL
// parser would drop them at the end); a host whose percent-encoded bytes are not UTF-8 is refused (U+FFFD is not
// allowed in a domain); querystring.parse keeps a part without a valid %XX escape as it is; url.parse refuses a
// NUL in the host name.
const url = require('url');
const querystring = require('querystring');
process.on('warning', () => {}); // url.parse's DEP0169

for (const p of ['/a ', '/ ', '/x\u0001\u0000y\t ', '/D:x ']) console.log(JSON.stringify(p), url.pathToFileURL(p).href);
console.log(url.pathToFileURL('C:\\a b ', { windows: true }).href);

for (const [input, base] of [['..\\//', 'https://%E2%82'], ['https://a%E2%82b.com/'], ['https://\ufffd.com'],
                             ['http://ex%C3%A9.com']]) {
  try {
    console.log(new URL(input, base).href);
  } catch (e) {
    console.log(JSON.stringify(input), e.code);
  }
}
const u = new URL('https://u:p@h.com:81/a/b?c=d#e');
u.hostname = '%E2%82';
console.log('hostname setter ignored:', u.href);

for (const s of ['k=ß%zz', 'k=ß%41', 'k=%41ß%zz', 'k=é%E9', 'k=ß+%zz', 'ß%zz=1', 'a+b=c+d']) {
  console.log(JSON.stringify(s), JSON.stringify(querystring.parse(s)));
}
console.log(JSON.stringify(querystring.parse('k=ß%41&a+b=%zz', null, null, { decodeURIComponent: (x) => `[${x}]` })));

for (const s of ['D:x\u0000a=b', 'http://a\u0000b/', 'x\u0000y', 'http://a b/', 'http://a<b/']) {
  try {
    console.log(JSON.stringify(s), JSON.stringify(url.parse(s).href));
  } catch (e) {
    console.log(JSON.stringify(s), e.code);
  }
}

// ASCII 'xn--' labels pass as they are, others are refused; url.parse drops tabs and line breaks from the
// authority only (the path keeps them, escaped); fileURLToPath of a bad escape says V8's 'URI malformed'.
for (const h of ['xn--nxasmq6bß😀', 'xn--nxasmq6b', 'a.xn--é.b', 'xn--']) {
  let a;
  try {
    a = new URL(`http://${h}/`).host;
  } catch (e) {
    a = e.code;
  }
  console.log(JSON.stringify(h), a, JSON.stringify(url.domainToASCII(h)));
}
for (const s of ['http://a\tb/x', 'http://a\nb.com:8\t0/x\ty', 'http://u\tv@h/p', 'http://x/a\nb?c\td#e\rf']) {
  const u = url.parse(s);
  console.log(JSON.stringify(s), JSON.stringify([u.href, u.host, u.auth, u.pathname, u.search, u.hash]));
}
console.log(url.resolve('http:#', '//?/:\t0x10'));
try {
  url.fileURLToPath('file:///0x10%EXAMPLE.com');
} catch (e) {
  console.log(e.name, e.message);
}
// path.win32: '\\?\' and '\\.\' alone are rooted paths; followed by a name, a root of their own
const { win32 } = require('path');
for (const args of [['C:\\base', '//?/'], ['C:\\base', '//?/', 'x'], ['//?/'], ['//?/x'], ['\\\\?\\C:\\x'],
                    ['C:\\b', '//./'], ['C:\\b', '//server/'], ['C:\\b', '//server/share']]) {
  console.log(JSON.stringify(args), JSON.stringify(win32.resolve(...args)), JSON.stringify(win32.normalize(args.at(-1))));
}
