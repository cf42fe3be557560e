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


// ----------------------------------------------------------------------------------------------------- url
const URL_PROPS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
  'search', 'hash'];
function urlParts(u) {
  if (u === null) return null;
  const o = {};
  for (const k of URL_PROPS) o[k] = u[k];
  o.params = [...u.searchParams];
  o.json = u.toJSON();
  o.string = String(u);
  return o;
}

const URL_INPUTS = [
  'http://example.com', 'HTTP://EXAMPLE.COM/A/B', 'https://user:pass@host:8080/p/a/t/h?query=string#hash',
  'https://user@host/', 'https://:pass@host/', 'https://@host/', 'https://user:@host/', 'http://a:b@c:d@e/',
  'http://a@b@c/', 'https://h:443/', 'http://h:80/', 'http://h:0/', 'http://h:65535/', 'http://h:65536/',
  'http://h:8a/', 'http://h:/', 'http://h:00080/', 'ws://h:80/', 'wss://h:443/x', 'ftp://h:21/', 'ftp://u:p@h:22/f',
  'http://[::1]/', 'http://[::1]:8080/', 'http://[1:0:0:0:0:0:0:1]/', 'http://[::ffff:192.168.0.1]/',
  'http://[1:2:3:4:5:6:7:8]/', 'http://[1::]/', 'http://[::]/', 'http://[1:0::0:5]/', 'http://[0:0:1:0:0:0:1:0]/',
  'http://[::1', 'http://[g::1]/', 'http://[1:2:3:4:5:6:7:8:9]/', 'http://[1::2::3]/', 'http://[::1.2.3.4]/',
  'http://[::1.2.3]/', 'http://[::1.2.3.256]/', 'http://[::01.2.3.4]/', 'http://[A:B:C:D:E:F:0:0]/',
  'http://192.168.0.1/', 'http://0x7f.1/', 'http://127.1/', 'http://0300.0250.0.1/', 'http://4294967295/',
  'http://4294967296/', 'http://1.2.3.4.5/', 'http://1.2.3.4./', 'http://1.2.3.256/', 'http://0x100000000/',
  'http://09/', 'http://08.1/', 'http://1.2.3.09/', 'http://foo.09/', 'http://foo.0x/', 'http://0x/', 'http://1.2.3.4.5.foo/',
  'http://foo.1.2/', 'http://%31%32%37.0.0.1/', 'http://ex%41mple.com/', 'http://ex%2Fmple.com/', 'http://ex ample.com/',
  'http://ex<ample.com/', 'http://ex^ample.com/', 'http://ex|ample.com/', 'http://a.b.c./', 'http://a..b/',
  'http://xn--nxasmq6b.com/', 'http://xn--/', 'http://xn--a.com/', 'http://XN--NXASMQ6B.COM/',
  'http://münchen.de/', 'http://MÜNCHEN.de/', 'http://日本.jp/', 'http://xn--mnchen-3ya.de/', 'http://例え.テスト/',
  'http://exa%mple.com/', 'http://%zz/', 'http:/example.com/', 'http:example.com/', 'http:\\\\example.com\\a\\b',
  'http://example.com\\a\\b', 'http:////example.com///', 'https://example.com/a/./b/../c/%2e/%2E%2e/d',
  'http://h/a/b/c/..', 'http://h/a/b/c/.', 'http://h/..', 'http://h/../../..', 'http://h/a/%2e%2E/b', 'http://h/.%2e/x',
  'http://h/ a b', 'http://h/\u00e9', 'http://h/\ud83d\ude00', 'http://h/\ud800', 'http://h/"<>`{}|^', "http://h/?'\"<>`{}",
  'http://h/#"<>` {}', 'http://h/?q=1&q=2&r', 'http://h/?', 'http://h/#', 'http://h/?#', 'http://h?x', 'http://h#x',
  'http://h/%', 'http://h/%2', 'http://h/%zz', 'http://h/%41', '  http://h/ \n', 'ht\ttp://h/p\na\rth',
  'http://h/\u0000x', 'http://h/x\u007f', 'file:///etc/passwd', 'file://localhost/etc/passwd', 'file://host/share/x',
  'file:///C:/x/y', 'file:///C|/x/y', 'file:C:/x', 'file:/C:/x', 'file://C:/x', 'file:///c:/../x', 'file:///C:/a/../../..',
  'file:', 'file:/', 'file://', 'file:///', 'file:x', 'file:.', 'file:..', 'file:///x?q#h', 'file://LOCALHOST/x',
  'file://[::1]/x', 'file://1.2.3.4/x', 'file://h:80/', 'file://u@h/', 'file:\\\\h\\x', 'FILE:///X',
  'mailto:user@example.com', 'mailto:User@Example.COM?subject=hi', 'data:text/plain,hello world', 'data:,A%20b',
  'data:text/html;base64,PGI+', 'javascript:alert(1)', 'about:blank', 'blob:https://a.com/uuid', 'blob:file:///x',
  'blob:foo', 'node:fs', 'node:internal/x', 'urn:isbn:0451450523', 'tel:+1-555', 'sc:opaque ', 'sc:opaque ?q', 'sc:a b#c',
  'sc://host/path', 'sc://Host/Path', 'sc://h:99/', 'sc://u:p@h/', 'sc://h%20x/', 'sc://h x/', 'sc://[::1]/', 'sc://1.2.3.4/',
  'sc://ñ/', 'sc:///x', 'sc:/x', 'sc:/.//x', 'sc://', 'sc://?x', 'sc://#x', 'sc:', 'sc:?x', 'sc:#x', 'sc://h/..', 'sc://h/a/../../b',
  'web+demo:/.//not-a-host/', 'web+demo:/..//not-a-host/', 'SC+-.9:x', '9sc:x', '+sc:x', 'a:', 'http:', 'https:', 'ws:',
  'http://', 'http:///', 'http://@/', 'http://:80/', 'http://user@/', 'non-special://test:@test/x',
  'non-special://:@test/x', 'http://example.com/foo%00%51', 'http://www/foo%2Ehtml', 'http://[www.google.com]/',
  'http://!"$&\'()*+,-.;=_`{}~/', 'sc://!"$&\'()*+,-.;=_`{}~/', 'http://a%C2%ADb/', 'http://%E2%80%AE/',
  'http://\u00ad/', 'http://a\u00adb/', 'http://ＧＯ.com/', 'http://ex。ample.com/', 'https://faß.ExAmPlE/',
  'http://example.com/😀?😀#😀', 'relative', '/abs', '', ' ', '#x', '?x', '//h/x', 'x:y:z', 'http://[::1]:65536/',
  'https://h/p?a=b c&d=e+f&g=%26', 'http://h:8080:8080/', 'http://h/p;a;b', 'http://h/%2f', 'http://host/%7e',
  'gopher://h/x', 'gopher:x', 'ssh://git@github.com:org/repo.git', 'git+ssh://git@h/x', 'http://0.0.0.0/',
  'http://255.255.255.255/', 'http://256.256.256.256/', 'http://1.0x10.3/', 'http://0xffffffff/', 'http://0Xc0.0250.01/',
  'http://192.168.257/', 'http://192.16777217/', 'http://10.0.0.1:80/x', 'http://[::127.0.0.1]/',
];
const URL_BASES = [undefined, 'http://example.com/dir/file?query#frag', 'https://u:p@h:8443/a/b/c', 'file:///C:/dir/file',
  'file:///home/user/x', 'file://host/share/d/', 'sc://h/a/b', 'sc:opaque', 'mailto:x@y', 'data:,x', 'about:blank',
  'http://h', 'not a url', 'http://[::1]/p/'];
const RELATIVES = ['', '.', '..', '../..', '../../../../x', './x', 'x', 'x/', '/x', '//x', '//x/y', '///x', '\\x',
  '\\\\x\\y', '?q', '#f', '?', '#', 'y?q#f', '../y?q', ';x', 'x;y', 'g:h', 'http:x', 'http:/x', 'https:x', 'file:x',
  'C:/x', 'C|/x', '/C:/x', 'C:x', '//C:/x', 'sc:x', 'a/./b/../c', '%2e%2e/x', '.%2E/x', '  x  ', 'x\ty', 'ñ', '😀',
  'about:x', '///', '/..', '?a=b&c', 'http://other/'];

function testURL() {
  begin('url');
  const ours = requireBuiltin('url');
  const node = require('url');
  check('exports', () => Object.keys(ours).sort(), () => Object.keys(node).sort());
  const seen = new Set();
  const pairs = [];
  for (const input of URL_INPUTS) pairs.push([input, undefined]);
  for (const base of URL_BASES) {
    for (const rel of RELATIVES) pairs.push([rel, base]);
    for (const input of URL_INPUTS.slice(0, 40)) if (base !== undefined) pairs.push([input, base]);
  }
  for (const [input, base] of pairs) {
    const key = JSON.stringify([input, base]);
    if (seen.has(key)) continue;
    seen.add(key);
    const label = `new URL(${JSON.stringify(input)}${base === undefined ? '' : ', ' + JSON.stringify(base)})`;
    check(label, () => new ours.URL(input, base), () => new node.URL(input, base), (u) => urlParts(u));
    check(`canParse ${label}`, () => ours.URL.canParse(input, base), () => node.URL.canParse(input, base));
    // Legacy resolve for absolute bases.
    if (base !== undefined)
      check(`url.resolve(${JSON.stringify(base)}, ${JSON.stringify(input)})`, () => ours.resolve(base, input),
            () => node.resolve(base, input));
  }
  check('new URL() error', () => new ours.URL('nope'), () => new node.URL('nope'),
        undefined);
  check('URL error props', () => { try { new ours.URL('x', 'y'); } catch (e) { return [e.name, e.code, e.message, e.input, e.base, e instanceof TypeError]; } },
        () => { try { new node.URL('x', 'y'); } catch (e) { return [e.name, e.code, e.message, e.input, e.base, e instanceof TypeError]; } });
  check('URL()', () => new ours.URL(), () => new node.URL());

  // Setters.
  const SETTER_BASES = ['https://user:pass@example.com:8080/p/a?q=1#h', 'http://h/', 'file:///x/y', 'file://host/x',
    'sc://h/p', 'sc:opaque ', 'mailto:a@b', 'http://[::1]/', 'data:x ?q#h'];
  const SETTER_VALUES = {
    href: ['http://new/', 'bad', '', 'sc:x'],
    protocol: ['http', 'https:', 'ftp://', 'file', 'sc', 'HTTP', '1x', 'ws;x', 'mailto', ''],
    username: ['', 'me', 'a b:c@d', 'ü', '%41'],
    password: ['', 'secret', 'a:b@c/', 'ü'],
    host: ['', 'new.host', 'new.host:99', 'NEW:80', '[::2]:1', 'a b', 'a/b', 'h:', 'h:x', 'h:99999', '1.2.3', 'ü.com', 'h?x', 'h#y', 'h\\z'],
    hostname: ['', 'new', 'new:99', '[::3]', 'a%20b', 'x/y', 'LOCALHOST', '0x10'],
    port: ['', '99', '0', '80', '443', '65535', '65536', '12ab', 'ab', ' 1', '1.5', '-1'],
    pathname: ['', '/', 'x', '/a/../b', '\\w\\x', 'a b?c#d', '%2e', '//double', 'C:/x'],
    search: ['', '?', 'a=b', '?a=b c', '#x', '?a&b&&c=', 'ü=ü'],
    hash: ['', '#', 'x', '#a b', '#?x', 'ü'],
  };
  for (const b of SETTER_BASES) {
    for (const [prop, values] of Object.entries(SETTER_VALUES)) {
      for (const v of values) {
        const set = (U) => () => { const u = new U(b); u[prop] = v; return u; };
        check(`new URL(${JSON.stringify(b)}).${prop} = ${JSON.stringify(v)}`, set(ours.URL), set(node.URL), urlParts);
      }
    }
  }

  // URLSearchParams.
  const USP_INPUTS = ['', '?', 'a=1&b=2&a=3', '?a=1', 'a', '=', '&&', 'a=b=c', 'a+b=c+d', '%20=%2B', 'ü=€', '%zz=%',
    'x=%E2%82', [['a', '1'], ['b', '2']], { k: 'v', z: 'y' }, new Map([['m', 'n']])];
  for (const inp of USP_INPUTS) {
    const run = (U) => () => {
      const p = new U(inp);
      const out = { str: p.toString(), entries: [...p], size: p.size, a: p.get('a'), all: p.getAll('a'), has: p.has('a') };
      p.append('n', 'v w'); p.set('a', 'x&y'); p.delete('b'); p.sort();
      out.after = p.toString();
      out.keys = [...p.keys()];
      out.values = [...p.values()];
      return out;
    };
    check(`URLSearchParams(${describeValue(inp)})`, run(ours.URLSearchParams), run(node.URLSearchParams));
  }
  check('searchParams live', () => { const u = new ours.URL('http://h/?a=1'); u.searchParams.append('b', '2 3'); const s1 = u.href; u.search = 'c=4'; return [s1, u.href, [...u.searchParams]]; },
        () => { const u = new node.URL('http://h/?a=1'); u.searchParams.append('b', '2 3'); const s1 = u.href; u.search = 'c=4'; return [s1, u.href, [...u.searchParams]]; });
  check('URLSearchParams inspect', () => nodeUtil.inspect(new ours.URLSearchParams('a=1&b=2')), () => nodeUtil.inspect(new node.URLSearchParams('a=1&b=2')));
  check('URL inspect', () => nodeUtil.inspect(new ours.URL('http://u:p@h:1/p?q#f')), () => nodeUtil.inspect(new node.URL('http://u:p@h:1/p?q#f')));

  // fileURLToPath / pathToFileURL.
  const FILE_URLS = ['file:///a/b/c', 'file:///a%20b/%E2%82%AC', 'file:///a%2fb', 'file:///a%2Fb', 'file://host/x',
    'file://localhost/x', 'file:///C:/x', 'http://x/', 'file:///a/b/', 'file:///%00', 'file:///a?q#h', 'file:///'];
  for (const f of FILE_URLS) {
    check(`fileURLToPath(${JSON.stringify(f)})`, () => ours.fileURLToPath(f), () => node.fileURLToPath(f));
    check(`fileURLToPath(new URL(${JSON.stringify(f)}))`, () => ours.fileURLToPath(new ours.URL(f)), () => node.fileURLToPath(new node.URL(f)));
  }
  for (const bad of [undefined, 1, {}, null])
    check(`fileURLToPath(${describeValue(bad)})`, () => ours.fileURLToPath(bad), () => node.fileURLToPath(bad));
  const PATHS = ['/a/b/c', '/a b/ü€', '/a%b', '/a?b#c', '/a\\b', '/x/', 'rel/x', 'rel/x/', '.', '/', '/a\nb\tc\rd',
    '/%2f', '/😀', "/'\"<>`{}^|"];
  for (const p of PATHS)
    check(`pathToFileURL(${JSON.stringify(p)})`, () => ours.pathToFileURL(p).href, () => node.pathToFileURL(p).href);
  check('urlToHttpOptions', () => ours.urlToHttpOptions(new ours.URL('https://u:p@[::1]:99/p?q#h')),
        () => node.urlToHttpOptions(new node.URL('https://u:p@[::1]:99/p?q#h')), (o) => ({ ...o }));
  for (const d of ['example.com', 'EXAMPLE.com', 'münchen.de', 'xn--mnchen-3ya.de', 'a b', '', '1.2.3.4', '[::1]', 'xn--'])
    check(`domainToASCII/Unicode(${JSON.stringify(d)})`, () => [ours.domainToASCII(d), ours.domainToUnicode(d)],
          () => [node.domainToASCII(d), node.domainToUnicode(d)]);

  // Legacy parse / format.
  const LEGACY = ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'HTTP://X.COM/Y', '//h/p', '/p?q=1&q=2',
    'mailto:a@b.c', 'javascript:alert(1)', 'http://x.com/a b', 'http://ü.com/', 'file:///x', 'x', '?x', '#y',
    'http://[::1]:8/x', 'https://a.com?x=1', 'http://a.com:/', 'http://a@b@c/', 'http://a\\b/c'];
  for (const l of LEGACY) {
    check(`url.parse(${JSON.stringify(l)})`, () => ours.parse(l), () => node.parse(l), (o) => ({ ...o }));
    check(`url.parse(${JSON.stringify(l)}, true, true)`, () => ours.parse(l, true, true), () => node.parse(l, true, true),
          (o) => ({ ...o, query: o.query && typeof o.query === 'object' ? { ...o.query } : o.query }));
    check(`url.format(url.parse(${JSON.stringify(l)}))`, () => ours.format(ours.parse(l)), () => node.format(node.parse(l)));
    check(`url.format(URL ${JSON.stringify(l)})`, () => ours.format(new ours.URL(l, 'http://base/'), { fragment: false, auth: false, search: false, unicode: true }),
          () => node.format(new node.URL(l, 'http://base/'), { fragment: false, auth: false, search: false, unicode: true }));
  }
  check('url.format(obj)', () => ours.format({ protocol: 'https', hostname: 'h', port: 1, pathname: '/p', query: { a: 1, b: ['x', 'y'] } }),
        () => node.format({ protocol: 'https', hostname: 'h', port: 1, pathname: '/p', query: { a: 1, b: ['x', 'y'] } }));
}

const sections = { path: testPath, url: testURL };
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
