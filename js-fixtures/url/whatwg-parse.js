// WHATWG URL parsing edge cases: special and non-special schemes, hosts (IPv4 forms, IPv6, IDNA),
// percent-encoding sets, dot segments, opaque paths, relative resolution and failures.
'use strict';
const inputs = [
  ['HTTP://EXAMPLE.COM:80/A/./b/../c?x y#z w'],
  ['https://user:pa ss@host:443/p'],
  ['http://0x7f.1/'], ['http://0300.0250.0.1/'], ['http://4294967295/'], ['http://1.2.3.4.5/'],
  ['http://[::ffff:192.168.0.1]/'], ['http://[1:0:0:0:0:0:0:1]/'], ['http://[1::2::3]/'],
  ['http://münchen.de/'], ['http://xn--mnchen-3ya.de/'], ['http://ＧＯ.com/'], ['http://ex%41mple.com/'],
  ['http://h/"<>`{}|^'], ["http://h/?'\"<>`{}"], ['http://h/#"<>` {}'],
  ['sc://h/..'], ['sc:opaque ?q'], ['sc:a b#c'], ['web+demo:/.//not-a-host/'],
  ['file:///C|/x/y'], ['file://localhost/etc/passwd'], ['file:\\\\h\\x'],
  ['blob:https://a.com/uuid'], ['data:text/plain,hello world'],
  ['../y?q', 'http://h/a/b/c'], ['//other/x', 'https://h/'], ['?q', 'http://h/p?old#f'], ['#f', 'sc:opaque'],
  ['y', 'sc:opaque'], ['C:x', 'file:///D:/dir/f'], ['..', 'file:///C:/'], ['\\x', 'http://h/a/'],
  ['http://h:65536/'], ['http://[::1'], ['http://ex ample.com/'], ['nope'], ['', 'about:blank'],
];
for (const [input, base] of inputs) {
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    console.log(JSON.stringify([input, base]), '->', u.href, '|', u.origin, u.host, u.pathname, u.search, u.hash);
  } catch (e) {
    console.log(JSON.stringify([input, base]), '-> throws', e.name, e.code, e.message, e.input, e.base);
  }
  console.log('  canParse', URL.canParse(input, base), 'parse', URL.parse(input, base)?.href ?? null);
}
