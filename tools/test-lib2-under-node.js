'use strict';
// Compares wtjs's pure-JS builtins with node's own, under real node:
//   node tools/test-lib2-under-node.js [section...]      (sections: path deepequal assert url querystring buffer)
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

// ------------------------------------------------------------------------------------------- querystring
function testQuerystring() {
  begin('querystring');
  const ours = requireBuiltin('querystring');
  const node = require('querystring');
  // Null-prototype results and Buffers compare by their entries / bytes.
  const plainQs = (v) => (v instanceof Uint8Array ? Array.from(v) :
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : v);
  check('exports', () => Object.keys(ours), () => Object.keys(node));
  const STRS = ['', 'a', 'a=1', 'a=1&a=2&a=3', 'a=1&b=2', '&&', '=', '=x', 'x=', 'a==b', 'a+b=c+d', '%20=%2B',
    '%zz=%', '%E2%82', 'ü=€', 'a=%F0%9F%98%80', 'a[]=1&a[]=2', ' a = b ', 'a;b:c', '__proto__=1', 'constructor=x',
    'a=1&&b=2', '%', '%4', 'x=%C3%28', 'hasOwnProperty=1&hasOwnProperty=2'];
  for (const s of STRS) {
    const l = JSON.stringify(s);
    check(`parse(${l})`, () => ours.parse(s), () => node.parse(s), plainQs);
    check(`parse(${l}, ';', ':')`, () => ours.parse(s, ';', ':'), () => node.parse(s, ';', ':'), plainQs);
    check(`parse(${l}, maxKeys 1)`, () => ours.parse(s, null, null, { maxKeys: 1 }), () => node.parse(s, null, null, { maxKeys: 1 }), plainQs);
    check(`escape(${l})`, () => ours.escape(s), () => node.escape(s));
    check(`unescape(${l})`, () => [ours.unescape(s), ours.unescape(s, true)], () => [node.unescape(s), node.unescape(s, true)]);
    check(`unescapeBuffer(${l})`, () => [ours.unescapeBuffer(s), ours.unescapeBuffer(s, true)].map(plainQs),
          () => [node.unescapeBuffer(s), node.unescapeBuffer(s, true)].map(plainQs));
    check(`stringify(parse(${l}))`, () => ours.stringify(ours.parse(s)), () => node.stringify(node.parse(s)));
  }
  const OBJS = [{}, { a: 1 }, { a: [1, 2], b: true, c: null, d: undefined, e: {}, f: 1n, g: NaN, h: 'x y', i: Symbol.iterator },
    { a: 1e21, b: -0, c: Infinity, d: 1.5 }, { 'é': '€', '😀': '\ud83d\ude00' }, { a: [] }, { a: [[1]] }, [1, 2], 'str', 5, null,
    { a: '\ud800' }, { a: '\udc00x' }, { "!'()*-._~": "!'()*-._~" }, { ' ': '+&=' }];
  for (const o of OBJS) {
    const l = describeValue(o);
    check(`stringify(${l})`, () => ours.stringify(o), () => node.stringify(o));
    check(`stringify(${l}, ';', ':')`, () => ours.stringify(o, ';', ':'), () => node.stringify(o, ';', ':'));
  }
  for (const v of [1, {}, null, undefined, true, [1, 2], '\ud800', Symbol('s')])
    check(`escape(${describeValue(v)})`, () => ours.escape(v), () => node.escape(v));
  const codec = (q) => {
    const seen = [];
    const parsed = q.parse('a=1&b%20=2&c+d=%', null, null, { decodeURIComponent: (s) => { seen.push(s); return s.toUpperCase(); } });
    const thrown = q.parse('a=%41+b&c%2b=+', null, null, { decodeURIComponent: () => { throw new Error('x'); } });
    const out = q.stringify({ a: null, b: '', c: [], d: [''], e: NaN, f: 2 }, null, null, { encodeURIComponent: (s) => { seen.push(s); return s; } });
    return [seen, Object.entries(parsed), Object.entries(thrown), out];
  };
  check('custom decoder/encoder', () => codec(ours), () => codec(node));
}

// -------------------------------------------------------------------------------------------------- buffer
function plain(v) {
  if (v instanceof Uint8Array) return { bytes: Array.from(v), ctor: v.constructor.name, len: v.length };
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

function testBuffer() {
  begin('buffer');
  const ours = requireBuiltin('buffer');
  const node = require('buffer');
  const OB = ours.Buffer, NB = node.Buffer;
  check('exports', () => Object.keys(ours).sort(), () => Object.keys(node).sort());
  check('constants', () => [ours.kMaxLength, ours.kStringMaxLength, ours.constants, ours.INSPECT_MAX_BYTES],
        () => [node.kMaxLength, node.kStringMaxLength, node.constants, node.INSPECT_MAX_BYTES]);
  const ENCODINGS = ['utf8', 'utf-8', 'UTF8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf16le',
    'ucs2', 'ucs-2', 'UCS2', 'utf-16le'];
  const STRINGS = ['', 'a', 'hello world', 'héllo wörld', '€uro', '😀 emoji 🎉', '\ud800', 'a\udc00b', '\ud83d',
    '\u0000\u0001\u007f\u0080\u00ff\u0100\uffff', 'abcdef0123', 'ABCDEFabcdef', 'zz', '0', '012', 'aGVsbG8=',
    'aGVsbG8', 'aGV sbG8=', 'a-_b', 'a+/b', '=', '====', 'YQ==YQ==', '++//', 'ÿþý', '日本語テキスト',
    'x'.repeat(300), 'ä'.repeat(100), '\u0161b', 'a\u0100b', 'YWJj\u013dZGVm', '\u0159\u0157\u014a\u016a', 'YWJj😀ZGVm'];
  for (const e of ENCODINGS) {
    for (const str of STRINGS) {
      check(`Buffer.from(${JSON.stringify(str.slice(0, 20))}, ${e})`, () => OB.from(str, e), () => NB.from(str, e), plain);
      check(`byteLength(${JSON.stringify(str.slice(0, 20))}, ${e})`, () => OB.byteLength(str, e), () => NB.byteLength(str, e));
      check(`toString roundtrip ${JSON.stringify(str.slice(0, 20))} ${e}`,
            () => OB.from(str, 'utf8').toString(e), () => NB.from(str, 'utf8').toString(e));
      check(`from(toString) ${JSON.stringify(str.slice(0, 20))} ${e}`,
            () => OB.from(OB.from(str).toString(e), e), () => NB.from(NB.from(str).toString(e), e), plain);
    }
  }
  const BYTES = [[], [0], [0xff], [0x61, 0x62, 0x63], [0xc3], [0xc3, 0xa9], [0xe2, 0x82], [0xe2, 0x82, 0xac],
    [0xf0, 0x9f, 0x98], [0xf0, 0x9f, 0x98, 0x80], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80],
    [0x80, 0x81, 0x41], [0xe0, 0x80, 0x41], [0xf4, 0x90, 0x80, 0x80], [0xef, 0xbb, 0xbf, 0x41], [1, 2, 3, 4, 5],
    Array.from({ length: 256 }, (_, i) => i)];
  for (const bytes of BYTES) {
    for (const e of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'utf16le']) {
      check(`from([${bytes.slice(0, 8)}]).toString(${e})`, () => OB.from(bytes).toString(e), () => NB.from(bytes).toString(e));
      for (const [s, en] of [[0, 1], [1, 3], [2], [-1, 2], [5, 2], [0, 100], [NaN, NaN], ['1', '2']])
        check(`from([${bytes.slice(0, 8)}]).toString(${e}, ${s}, ${en})`, () => OB.from(bytes).toString(e, s, en),
              () => NB.from(bytes).toString(e, s, en));
    }
    check(`isUtf8/isAscii [${bytes.slice(0, 8)}]`, () => [ours.isUtf8(new Uint8Array(bytes)), ours.isAscii(new Uint8Array(bytes))],
          () => [node.isUtf8(new Uint8Array(bytes)), node.isAscii(new Uint8Array(bytes))]);
  }
  // write(string, offset, length, encoding)
  for (const e of ['utf8', 'hex', 'base64', 'latin1', 'ascii', 'utf16le']) {
    for (const str of ['héllo', '😀😀', 'abcdef', 'aGVsbG8=', 'ffee']) {
      for (const args of [[], [0], [1], [2, 3], [0, 1], [0, 2], [0, 3], [7], [8], [9], [-1], [1.5, 2]]) {
        const run = (B) => () => { const b = B.alloc(8, 0x2e); const n = b.write(str, ...args, e); return [n, b]; };
        check(`alloc(8).write(${JSON.stringify(str)}, ${args}, ${e})`, run(OB), run(NB), plain);
      }
    }
  }
  // alloc / allocUnsafe / fill
  const FILLS = [[0], [1], [255], [256], [-1], ['a'], ['abc'], ['ab', 'hex'], ['zz', 'hex'], ['', 'utf8'],
    ['€'], ['aGk=', 'base64'], [[1, 2, 3]], [new Uint8Array([9, 8])], [new Uint8Array(0)], [1.7], [true],
    ['x', 2], ['x', 1, 3], ['yz', 1, 4, 'latin1'], [0, 10], [0, -1], ['abc', 'ucs2'], ['a', 0, 6, 'bogus']];
  for (const f of FILLS) {
    check(`alloc(6).fill(${describeValue(f)})`, () => OB.alloc(6).fill(...f), () => NB.alloc(6).fill(...f), plain);
    check(`alloc(6, ${describeValue(f[0])}, ${describeValue(f[1])})`, () => OB.alloc(6, f[0], f[1]),
          () => NB.alloc(6, f[0], f[1]), plain);
  }
  for (const sz of [0, 1, 10, 100, -1, 'x', NaN, 2 ** 53])
    check(`allocUnsafe(${sz}).length`, () => OB.allocUnsafe(sz).length, () => NB.allocUnsafe(sz).length);
  // from: arrays, array buffers, objects
  const FROMS = [[[1, 2, 300, -1, 'x', 1.5]], [new Uint16Array([1, 0x102])], [{ length: 2, 0: 5, 1: 6 }],
    [{ type: 'Buffer', data: [1, 2] }], [new String('abc')], [null], [undefined], [5], [{}], [Symbol('x')]];
  for (const f of FROMS)
    check(`from(${describeValue(f)})`, () => OB.from(...f), () => NB.from(...f), plain);
  check('from(arrayBuffer, off, len)', () => { const ab = new ArrayBuffer(8); new Uint8Array(ab)[3] = 7; const b = OB.from(ab, 2, 4); b[0] = 1; return [b, new Uint8Array(ab)]; },
        () => { const ab = new ArrayBuffer(8); new Uint8Array(ab)[3] = 7; const b = NB.from(ab, 2, 4); b[0] = 1; return [b, new Uint8Array(ab)]; }, plain);
  check('from(arrayBuffer, 9)', () => OB.from(new ArrayBuffer(8), 9), () => NB.from(new ArrayBuffer(8), 9), plain);
  // compare / equals / concat / slice
  const CMPS = [['', ''], ['a', ''], ['', 'a'], ['abc', 'abd'], ['abd', 'abc'], ['ab', 'abc'], ['\u00ff', 'a']];
  for (const [x, y] of CMPS) {
    check(`compare(${x}, ${y})`, () => [OB.compare(OB.from(x), OB.from(y)), OB.from(x).compare(OB.from(y)), OB.from(x).equals(OB.from(y))],
          () => [NB.compare(NB.from(x), NB.from(y)), NB.from(x).compare(NB.from(y)), NB.from(x).equals(NB.from(y))]);
  }
  for (const args of [[0], [1, 3], [1, 3, 0, 2], [0, 10, 0, 10], [5], [-1], [0, 0, 0, 0], [2, 1, 3, 2]])
    check(`compare offsets ${args}`, () => OB.from('abcdef').compare(OB.from('bcd'), ...args),
          () => NB.from('abcdef').compare(NB.from('bcd'), ...args));
  check('concat', () => OB.concat([OB.from('ab'), new Uint8Array([1, 2]), OB.from('c')]),
        () => NB.concat([NB.from('ab'), new Uint8Array([1, 2]), NB.from('c')]), plain);
  check('concat len', () => OB.concat([OB.from('ab'), OB.from('cd')], 3), () => NB.concat([NB.from('ab'), NB.from('cd')], 3), plain);
  check('concat len>', () => OB.concat([OB.from('ab')], 5), () => NB.concat([NB.from('ab')], 5), plain);
  check('concat bad', () => OB.concat(['x']), () => NB.concat(['x']));
  check('concat empty', () => OB.concat([]), () => NB.concat([]), plain);
  for (const args of [[], [1], [1, 3], [-2], [-3, -1], [3, 1], [0, 100]]) {
    check(`slice(${args})`, () => { const b = OB.from('abcdef'); const s = b.slice(...args); s.fill(0x21); return [s, b]; },
          () => { const b = NB.from('abcdef'); const s = b.slice(...args); s.fill(0x21); return [s, b]; }, plain);
    check(`subarray(${args})`, () => OB.from('abcdef').subarray(...args), () => NB.from('abcdef').subarray(...args), plain);
  }
  // indexOf / lastIndexOf / includes
  const HAY = 'abcabc€😀abc\u0000';
  const NEEDLES = ['a', 'abc', 'c€', '😀', '', 'zz', 'bca', 97, 0, 256 + 98, -159, OB.from('ca'), new Uint8Array([0x62]), 'YWJj'];
  for (const n of NEEDLES) {
    for (const off of [undefined, 0, 1, 3, -1, -4, -100, 100, 'x', null, NaN, 1.5, '2']) {
      for (const e of [undefined, 'utf8', 'latin1', 'ucs2', 'hex', 'base64']) {
        const needle = (B) => (n instanceof Uint8Array ? B.from(n) : n);
        check(`indexOf(${describeValue(n)}, ${off}, ${e})`,
              () => { const b = OB.from(HAY); const nn = needle(OB); return [b.indexOf(nn, off, e), b.lastIndexOf(nn, off, e), b.includes(nn, off, e)]; },
              () => { const b = NB.from(HAY); const nn = needle(NB); return [b.indexOf(nn, off, e), b.lastIndexOf(nn, off, e), b.includes(nn, off, e)]; });
      }
    }
  }
  for (const n of ['b', 'bc', 'c', '\u6261']) {
    for (const off of [undefined, 0, 1, 2, 3, -1, -2])
      check(`ucs2 indexOf(${n}, ${off})`, () => { const b = OB.from('abcabc', 'ucs2'); return [b.indexOf(n, off, 'ucs2'), b.lastIndexOf(n, off, 'ucs2'), OB.from('abcd').indexOf(n, off, 'ucs2')]; },
            () => { const b = NB.from('abcabc', 'ucs2'); return [b.indexOf(n, off, 'ucs2'), b.lastIndexOf(n, off, 'ucs2'), NB.from('abcd').indexOf(n, off, 'ucs2')]; });
  }
  check('indexOf bad', () => OB.from('a').indexOf({}), () => NB.from('a').indexOf({}));
  check('indexOf bad enc', () => OB.from('a').indexOf('a', 0, 'nope'), () => NB.from('a').indexOf('a', 0, 'nope'));
  // Numbers.
  const NUM_METHODS = [['UInt8', 1], ['Int8', 1], ['UInt16LE', 2], ['UInt16BE', 2], ['Int16LE', 2], ['Int16BE', 2],
    ['UInt32LE', 4], ['UInt32BE', 4], ['Int32LE', 4], ['Int32BE', 4], ['FloatLE', 4], ['FloatBE', 4], ['DoubleLE', 8],
    ['DoubleBE', 8], ['BigInt64LE', 8], ['BigInt64BE', 8], ['BigUInt64LE', 8], ['BigUInt64BE', 8]];
  const SRC = [0x01, 0xfe, 0x80, 0x7f, 0xff, 0x00, 0x10, 0x3f, 0xc0, 0x55, 0xaa];
  for (const [m, size] of NUM_METHODS) {
    for (const off of [undefined, 0, 1, 3, SRC.length - size, SRC.length - size + 1, -1, 1.5, '1'])
      check(`read${m}(${off})`, () => OB.from(SRC)[`read${m}`](off), () => NB.from(SRC)[`read${m}`](off));
    const big = m.startsWith('Big');
    const VALUES = big ? [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 64n - 1n, 2n ** 64n, 5] :
      [0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 65535, 65536, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, -(2 ** 31),
        1.5, NaN, Infinity, -0, 3.14159, 1e40, '7'];
    for (const v of VALUES) {
      for (const off of [undefined, 0, 2, 11 - size, 12 - size]) {
        const run = (B) => () => { const b = B.alloc(11); const r = b[`write${m}`](v, off); return [r, b]; };
        check(`write${m}(${describeValue(v)}, ${off})`, run(OB), run(NB), plain);
      }
    }
  }
  for (const bl of [1, 2, 3, 4, 5, 6, 0, 7]) {
    for (const m of ['UIntLE', 'UIntBE', 'IntLE', 'IntBE']) {
      check(`read${m}(1, ${bl})`, () => OB.from(SRC)[`read${m}`](1, bl), () => NB.from(SRC)[`read${m}`](1, bl));
      for (const v of [0, 1, -1, 0x123456, -0x123456, 2 ** 40, 2 ** 47 - 1, -(2 ** 47), 255])
        check(`write${m}(${v}, 1, ${bl})`, () => { const b = OB.alloc(8); return [b[`write${m}`](v, 1, bl), b]; },
              () => { const b = NB.alloc(8); return [b[`write${m}`](v, 1, bl), b]; }, plain);
    }
  }
  // swap, toJSON, inspect, misc
  for (const n of [2, 4, 8]) {
    for (const len of [0, 8, 16, 3, 256])
      check(`swap${n * 8} len ${len}`, () => OB.from(Array.from({ length: len }, (_, i) => i))[`swap${n * 8}`](),
            () => NB.from(Array.from({ length: len }, (_, i) => i))[`swap${n * 8}`](), plain);
  }
  check('toJSON', () => JSON.stringify(OB.from('hi€')), () => JSON.stringify(NB.from('hi€')));
  check('toJSON()', () => OB.from([1, 2]).toJSON(), () => NB.from([1, 2]).toJSON());
  for (const len of [0, 3, 50, 51, 100]) {
    check(`inspect len ${len}`, () => nodeUtil.inspect(OB.alloc(len, 'ab')), () => nodeUtil.inspect(NB.alloc(len, 'ab')));
    check(`ours inspect len ${len}`, () => requireBuiltin('internal/util/inspect').inspect(OB.alloc(len, 'ab')),
          () => nodeUtil.inspect(NB.alloc(len, 'ab')));
  }
  check('inspect extra props', () => { const b = OB.from('ab'); b.x = 1; return nodeUtil.inspect(b); },
        () => { const b = NB.from('ab'); b.x = 1; return nodeUtil.inspect(b); });
  check('inspect with INSPECT_MAX_BYTES', () => { ours.INSPECT_MAX_BYTES = 4; try { return nodeUtil.inspect(OB.from('abcdef')); } finally { ours.INSPECT_MAX_BYTES = 50; } },
        () => { node.INSPECT_MAX_BYTES = 4; try { return nodeUtil.inspect(NB.from('abcdef')); } finally { node.INSPECT_MAX_BYTES = 50; } });
  check('isBuffer', () => [OB.isBuffer(OB.from('a')), OB.isBuffer(new Uint8Array(1)), OB.isBuffer('a'), OB.isBuffer(null)],
        () => [NB.isBuffer(NB.from('a')), NB.isBuffer(new Uint8Array(1)), NB.isBuffer('a'), NB.isBuffer(null)]);
  check('isEncoding', () => ['utf8', 'UTF-8', 'hex', 'nope', '', 1, 'binary', 'ucs-2'].map((e) => OB.isEncoding(e)),
        () => ['utf8', 'UTF-8', 'hex', 'nope', '', 1, 'binary', 'ucs-2'].map((e) => NB.isEncoding(e)));
  check('toString bad encoding', () => OB.from('a').toString('nope'), () => NB.from('a').toString('nope'));
  check('from bad encoding', () => OB.from('a', 'nope'), () => NB.from('a', 'nope'));
  check('copy', () => { const a = OB.from('abcdef'); const b = OB.alloc(4); return [a.copy(b, 1, 2), b, a.copy(a, 0, 3), a]; },
        () => { const a = NB.from('abcdef'); const b = NB.alloc(4); return [a.copy(b, 1, 2), b, a.copy(a, 0, 3), a]; }, plain);
  check('instanceof', () => [OB.from('a') instanceof OB, OB.from('a') instanceof Uint8Array, OB.from('a').constructor === OB, OB.name, OB.poolSize],
        () => [NB.from('a') instanceof NB, NB.from('a') instanceof Uint8Array, NB.from('a').constructor === NB, NB.name, NB.poolSize]);
  check('Buffer(size)', () => OB(3), () => NB(3), plain);
  check('keys/values/entries', () => { const b = OB.from('ab'); return [[...b.keys()], [...b.values()], [...b.entries()]]; },
        () => { const b = NB.from('ab'); return [[...b.keys()], [...b.values()], [...b.entries()]]; });
  check('toLocaleString', () => OB.from('hey').toLocaleString(), () => NB.from('hey').toLocaleString());
  check('buffer.SlowBuffer', () => ours.SlowBuffer(4).length, () => node.SlowBuffer(4).length);
  // atob / btoa.
  for (const str of ['', 'a', 'ab', 'abc', 'hello world', 'ÿ', '\u0100', '\u0000\u0080', 'x'.repeat(100)])
    check(`btoa(${JSON.stringify(str.slice(0, 10))})`, () => ours.btoa(str), () => node.btoa(str));
  for (const str of ['', 'YQ', 'YQ=', 'YQ==', 'YWI=', 'YWJj', 'a', 'ab$', 'ab=c', 'YQ==YQ==', ' Y W J j ', 'YQ===',
    '\tYQ\n==', '////', '-_', '\u0100', 'YWJjZA', 'YWJjZA==', 'Y===', 'undefined'])
    check(`atob(${JSON.stringify(str)})`, () => ours.atob(str), () => node.atob(str));
  check('atob()', () => ours.atob(), () => node.atob());
  check('btoa()', () => ours.btoa(), () => node.btoa());
  check('atob(undefined)', () => ours.atob(undefined), () => node.atob(undefined));
  check('btoa(null)', () => ours.btoa(null), () => node.btoa(null));
  check('atob error', () => { try { ours.atob('$'); } catch (e) { return [e.name, e.message, e.code, e.constructor.name]; } },
        () => { try { node.atob('$'); } catch (e) { return [e.name, e.message, e.code, e.constructor.name]; } });
}

// ----------------------------------------------------------------------------------------- deep equality
function deepEqualPairs(B) {
  const cyc1 = { a: 1 }; cyc1.self = cyc1;
  const cyc2 = { a: 1 }; cyc2.self = cyc2;
  const cyc3 = { a: 1 }; cyc3.self = { a: 1, self: cyc3 };
  const arrC1 = [1]; arrC1.push(arrC1);
  const arrC2 = [1]; arrC2.push(arrC2);
  const sym = Symbol('s');
  const sym2 = Symbol('s');
  class Foo { constructor() { this.a = 1; } }
  class Bar { constructor() { this.a = 1; } }
  const nullProto = Object.create(null); nullProto.a = 1;
  const nullProto2 = Object.create(null); nullProto2.a = 1;
  const arrHoles = [1, , 3]; // eslint-disable-line no-sparse-arrays
  const arrUndef = [1, undefined, 3];
  const arrExtra = [1, 2]; arrExtra.x = 1;
  const arrExtra2 = [1, 2]; arrExtra2.x = 2;
  const err1 = new Error('x'); const err2 = new Error('x'); const err3 = new TypeError('x'); const err4 = new Error('y');
  const e5 = new Error('x'); e5.code = 1; const e6 = new Error('x'); e6.code = 2;
  const d1 = new Date(0); const d2 = new Date(0); const d3 = new Date(1); const d4 = new Date(0); d4.x = 1;
  const re1 = /a/g; const re2 = /a/g; const re3 = /a/i; const re4 = /a/g; re4.lastIndex = 3;
  const symKey1 = { [sym]: 1 }; const symKey2 = { [sym]: 1 }; const symKey3 = { [sym]: 2 }; const symKey4 = { [sym2]: 1 };
  const nonEnumSym = {}; Object.defineProperty(nonEnumSym, sym, { value: 1, enumerable: false });
  const m1 = new Map([[1, 'a'], [2, 'b']]); const m2 = new Map([[2, 'b'], [1, 'a']]); const m3 = new Map([[1, 'a'], [2, 'c']]);
  const mObj1 = new Map([[{ k: 1 }, 'v']]); const mObj2 = new Map([[{ k: 1 }, 'v']]); const mObj3 = new Map([[{ k: 2 }, 'v']]);
  const s1 = new Set([1, 2, 3]); const s2 = new Set([3, 2, 1]); const s3 = new Set([1, 2, 4]);
  const sObj1 = new Set([{ a: 1 }, { b: 2 }]); const sObj2 = new Set([{ b: 2 }, { a: 1 }]); const sObj3 = new Set([{ b: 2 }, { a: 2 }]);
  const sLoose1 = new Set([1, '2']); const sLoose2 = new Set(['1', 2]);
  const mLoose1 = new Map([[1, 1]]); const mLoose2 = new Map([['1', '1']]);
  const args1 = (function() { return arguments; })(1, 2);
  const args2 = (function() { return arguments; })(1, 2);
  const boxedA = new Number(1); const boxedB = new Number(1); const boxedC = new Number(2); const boxedD = new Number(1); boxedD.x = 1;
  const wm = new WeakMap(); const wm2 = new WeakMap(); const ws = new WeakSet();
  const p1 = Promise.resolve(1); const p2 = Promise.resolve(1);
  const fn1 = function f() {}; const fn2 = function f() {};
  const ab1 = new ArrayBuffer(4); const ab2 = new ArrayBuffer(4); const ab3 = new ArrayBuffer(5); new Uint8Array(ab2)[0] = 0; const ab4 = new ArrayBuffer(4); new Uint8Array(ab4)[1] = 1;
  const getter1 = { get x() { return 1; } }; const getter2 = { x: 1 };
  const protoA = Object.create({ inherited: 1 }); const protoB = {};
  const t1 = new Uint8Array([1, 2]); t1.extra = 1; const t2 = new Uint8Array([1, 2]);
  return [
    [1, 1], [1, '1'], [1, 2], [0, -0], [-0, -0], [NaN, NaN], [NaN, 0], [null, undefined], [null, null], [undefined, undefined],
    ['a', 'a'], ['a', 'b'], [true, 1], [true, true], [1n, 1n], [1n, 1], [sym, sym], [sym, sym2], ['', 0], ['', false],
    [{}, {}], [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: '1' }], [{ a: 1 }, { a: 1, b: undefined }], [{ a: undefined }, { b: undefined }],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }], [{ a: { b: { c: [1, 2] } } }, { a: { b: { c: [1, 2] } } }], [{ a: { b: { c: [1, 2] } } }, { a: { b: { c: [1, 3] } } }],
    [[], []], [[1, 2], [1, 2]], [[1, 2], [2, 1]], [[1, 2], ['1', '2']], [[1], [1, 2]], [arrHoles, arrUndef], [arrExtra, arrExtra2], [arrExtra, [1, 2]],
    [[0], [-0]], [[NaN], [NaN]], [[], {}], [{ 0: 1, length: 1 }, [1]],
    [cyc1, cyc2], [cyc1, cyc3], [arrC1, arrC2], [cyc1, { a: 1, self: {} }],
    [new Foo(), new Foo()], [new Foo(), new Bar()], [new Foo(), { a: 1 }], [nullProto, nullProto2], [nullProto, { a: 1 }], [protoA, protoB],
    [symKey1, symKey2], [symKey1, symKey3], [symKey1, symKey4], [symKey1, {}], [nonEnumSym, {}],
    [err1, err2], [err1, err3], [err1, err4], [e5, e6], [err1, { message: 'x', name: 'Error' }],
    [d1, d2], [d1, d3], [d1, d4], [d1, {}], [new Date(NaN), new Date(NaN)],
    [re1, re2], [re1, re3], [re1, re4], [/a/, /b/], [re1, {}],
    [m1, m2], [m1, m3], [mObj1, mObj2], [mObj1, mObj3], [new Map(), new Map()], [m1, new Map([[1, 'a']])], [mLoose1, mLoose2],
    [new Map([[NaN, 1]]), new Map([[NaN, 1]])], [new Map([[0, 1]]), new Map([[-0, 1]])],
    [s1, s2], [s1, s3], [sObj1, sObj2], [sObj1, sObj3], [new Set(), new Set()], [sLoose1, sLoose2], [new Set([NaN]), new Set([NaN])],
    [new Set([[1], [2]]), new Set([[2], [1]])], [new Set([0]), new Set([-0])], [s1, [1, 2, 3]],
    [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1, 2]), new Uint8Array([1, 3])], [new Uint8Array([1, 2]), new Int8Array([1, 2])],
    [new Float64Array([0]), new Float64Array([-0])], [new Float64Array([NaN]), new Float64Array([NaN])], [new Float32Array([1.5]), new Float32Array([1.5])],
    [new BigInt64Array([1n]), new BigInt64Array([1n])], [t1, t2], [new Uint16Array(2), new Uint16Array(3)],
    [B.from('ab'), B.from('ab')], [B.from('ab'), new Uint8Array([97, 98])], [B.from('ab'), B.from('ac')],
    [ab1, ab2], [ab1, ab3], [ab1, ab4], [new DataView(ab1), new DataView(ab2)], [new DataView(ab1), new DataView(ab4)], [ab1, new SharedArrayBuffer(4)],
    [new Number(1), new Number(1)], [boxedA, boxedB], [boxedA, boxedC], [boxedA, boxedD], [boxedA, 1], [new String('a'), new String('a')], [new String('a'), 'a'],
    [new Boolean(true), new Boolean(true)], [new Boolean(true), new Boolean(false)], [Object(1n), Object(1n)], [Object(sym), Object(sym)], [Object(sym), Object(sym2)],
    [new Number(NaN), new Number(NaN)], [new Number(0), new Number(-0)], [new String('a'), new Number(1)],
    [args1, args2], [args1, [1, 2]], [args1, { 0: 1, 1: 2 }],
    [wm, wm2], [wm, ws], [p1, p2], [p1, p1], [fn1, fn2], [fn1, fn1], [getter1, getter2],
    [[1, [2, [3, { a: new Map([[1, new Set([1])]]) }]]], [1, [2, [3, { a: new Map([[1, new Set([1])]]) }]]]],
    [{ a: [1, 2, { b: new Date(5) }] }, { a: [1, 2, { b: new Date(5) }] }], [new URL('http://a/'), new URL('http://a/')],
    [new URL('http://a/'), new URL('http://b/')], [Object.create(Array.prototype), []],
  ];
}

function testDeepEqual() {
  begin('deepequal');
  const cmp = requireBuiltin('internal/util/comparisons');
  const ourUtil = requireBuiltin('util');
  const ourAssert = requireBuiltin('assert');
  const nodeAssert = require('assert');
  const { URL: OurURL } = requireBuiltin('url');
  const oursPairs = deepEqualPairs(requireBuiltin('buffer').Buffer);
  const nodePairs = deepEqualPairs(Buffer);
  // URL objects must be ours on our side.
  const fixURL = (pairs, U) => pairs.map((p) => p.map((v) => (v instanceof URL ? new U(v.href) : v)));
  const op = fixURL(oursPairs, OurURL);
  for (let i = 0; i < op.length; i++) {
    const [a, b] = op[i];
    const [na, nb] = nodePairs[i];
    const label = `#${i} ${describeValue(na)} vs ${describeValue(nb)}`;
    check(`strict ${label}`, () => [cmp.isDeepStrictEqual(a, b), cmp.isDeepStrictEqual(b, a), ourUtil.isDeepStrictEqual(a, b)],
          () => [nodeUtil.isDeepStrictEqual(na, nb), nodeUtil.isDeepStrictEqual(nb, na), nodeUtil.isDeepStrictEqual(na, nb)]);
    const loose = (A, x, y) => { try { A.deepEqual(x, y); return true; } catch (e) { if (e.code !== 'ERR_ASSERTION') throw e; return false; } };
    check(`loose ${label}`, () => [cmp.isDeepEqual(a, b), cmp.isDeepEqual(b, a), loose(ourAssert, a, b)],
          () => [loose(nodeAssert, na, nb), loose(nodeAssert, nb, na), loose(nodeAssert, na, nb)]);
  }
}

// ------------------------------------------------------------------------------------------------- assert
function assertionInfo(e) {
  if (e === null || typeof e !== 'object') return { thrown: e };
  // Errors held in actual/expected are compared without their stacks (call sites differ between the two sides).
  const dv = (v) => (v instanceof Error ? `[${v.name}: ${v.message}]` : describeValue(v));
  return { name: e.name, code: e.code, ctor: e.constructor && e.constructor.name, message: e.message,
           actual: dv(e.actual), expected: dv(e.expected), operator: e.operator,
           generatedMessage: e.generatedMessage, stackHead: typeof e.stack === 'string' ? e.stack.split('\n')[0] : e.stack,
           toString: String(e) };
}

function testAssert() {
  begin('assert');
  const ours = requireBuiltin('assert');
  const node = require('assert');
  const vm = require('vm');
  // Call node's assert from code whose source it cannot read, so it also uses the generic message.
  const callVia = vm.runInThisContext('(fn, args) => fn(...args)', { filename: 'node:wtjs-test' });
  const run = (A, name, args) => () => {
    try {
      callVia(name === '' ? A : A[name], args);
      return 'no throw';
    } catch (e) {
      return assertionInfo(e);
    }
  };
  check('exports', () => Object.keys(ours).sort(), () => Object.keys(node).sort());
  check('strict exports', () => Object.keys(ours.strict).sort(), () => Object.keys(node.strict).sort());
  check('assert/strict', () => requireBuiltin('assert/strict') === ours.strict, () => require('assert/strict') === node.strict);
  const err = new Error('boom');
  const CALLS = [
    ['', [true]], ['', [false]], ['', [0]], ['', ['']], ['', [null, 'custom msg']], ['', [undefined, err]], ['', []],
    ['ok', [1]], ['ok', [false]], ['ok', [NaN]], ['ok', [0, 'msg']], ['ok', []],
    ['equal', [1, 1]], ['equal', [1, '1']], ['equal', [1, 2]], ['equal', [NaN, NaN]], ['equal', [{}, {}]], ['equal', [1, 2, 'm']],
    ['equal', ['a'.repeat(600), 'b']], ['equal', [null, undefined]],
    ['notEqual', [1, 2]], ['notEqual', [1, '1']], ['notEqual', [NaN, NaN]], ['notEqual', ['x', 'x']],
    ['strictEqual', [1, 1]], ['strictEqual', [1, '1']], ['strictEqual', [NaN, NaN]], ['strictEqual', [0, -0]],
    ['strictEqual', ['hello', 'hellO']], ['strictEqual', ['a\nb\nc', 'a\nB\nc']], ['strictEqual', [{ a: 1 }, { a: 1 }]],
    ['strictEqual', [[1, 2, 3], [1, 2, 4]]], ['strictEqual', [1, 2, 'my message']], ['strictEqual', [1, 2, err]],
    ['strictEqual', [Symbol('a'), Symbol('a')]], ['strictEqual', [1n, 2n]], ['strictEqual', [undefined, null]],
    ['strictEqual', ['x'.repeat(100), 'y'.repeat(100)]], ['strictEqual', [[1, [2, [3]]], 1]],
    ['notStrictEqual', [1, 2]], ['notStrictEqual', [1, 1]], ['notStrictEqual', ['a', 'a']], ['notStrictEqual', [{ a: 1 }, { a: 1 }]],
    ['deepEqual', [{ a: 1 }, { a: 1 }]], ['deepEqual', [{ a: 1 }, { a: '1' }]], ['deepEqual', [{ a: 1 }, { a: 2 }]],
    ['deepEqual', [[1, 2], [1, 3]]], ['deepEqual', [new Set([1]), new Set([2])]], ['deepEqual', [1, 2, 'msg']],
    ['deepStrictEqual', [{ a: 1 }, { a: 1 }]], ['deepStrictEqual', [{ a: 1 }, { a: '1' }]], ['deepStrictEqual', [[1, 2, 3], [1, 2, 3, 4]]],
    ['deepStrictEqual', [{ a: { b: { c: 1 } } }, { a: { b: { c: 2 } } }]], ['deepStrictEqual', [new Map([[1, 2]]), new Map([[1, 3]])]],
    ['deepStrictEqual', [[0], [-0]]], ['deepStrictEqual', [new Date(0), new Date(1)]], ['deepStrictEqual', [/a/, /a/i]],
    ['deepStrictEqual', [Object.create(null), {}]], ['deepStrictEqual', ['a', 'b']], ['deepStrictEqual', [1, 2]],
    ['deepStrictEqual', [{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 8 }]],
    ['deepStrictEqual', [Array.from({ length: 40 }, (_, i) => i), Array.from({ length: 40 }, (_, i) => (i === 20 ? -1 : i))]],
    ['deepStrictEqual', [{ a: 1 }, { a: 2 }, 'custom']], ['deepStrictEqual', [[1, 2], [1, 2]]],
    ['deepStrictEqual', [new Error('a'), new Error('b')]], ['deepStrictEqual', [{ x: [1, 2, { y: 'z' }] }, { x: [1, 2, { y: 'w' }] }]],
    ['notDeepEqual', [{ a: 1 }, { a: 1 }]], ['notDeepEqual', [{ a: 1 }, { a: 2 }]], ['notDeepEqual', [1, '1']],
    ['notDeepStrictEqual', [{ a: 1 }, { a: 1 }]], ['notDeepStrictEqual', [{ a: 1 }, { a: '1' }]], ['notDeepStrictEqual', [[1], [1], 'm']],
    ['fail', []], ['fail', ['boom']], ['fail', [err]], ['fail', [1, 2]], ['fail', [1, 2, undefined, '>']], ['fail', [1, 2, 'msg']],
    ['throws', [() => { throw new TypeError('t'); }]], ['throws', [() => {}]], ['throws', [() => {}, 'msg']],
    ['throws', [() => { throw new TypeError('t'); }, TypeError]], ['throws', [() => { throw new TypeError('t'); }, RangeError]],
    ['throws', [() => { throw new TypeError('t'); }, /t/]], ['throws', [() => { throw new TypeError('t'); }, /x/]],
    ['throws', [() => { throw new TypeError('t'); }, { name: 'TypeError', message: 't' }]],
    ['throws', [() => { throw new TypeError('t'); }, { name: 'TypeError', message: 'u' }]],
    ['throws', [() => { throw new TypeError('t'); }, { message: /^t$/ }]],
    ['throws', [() => { throw new TypeError('t'); }, (e) => e instanceof TypeError]],
    ['throws', [() => { throw new TypeError('t'); }, () => false]],
    ['throws', [() => { throw new TypeError('t'); }, 'TypeError']], ['throws', ['notfn']], ['throws', [() => { throw 'str'; }, /str/]],
    ['throws', [() => { throw new Error('x'); }, Error, 'Error']],
    ['doesNotThrow', [() => {}]], ['doesNotThrow', [() => { throw new Error('e'); }]], ['doesNotThrow', [() => { throw new Error('e'); }, 'msg']],
    ['doesNotThrow', [() => { throw new TypeError('e'); }, RangeError]], ['doesNotThrow', [() => { throw new TypeError('e'); }, TypeError, 'm']],
    ['ifError', [null]], ['ifError', [undefined]], ['ifError', [new Error('if')]], ['ifError', ['str']], ['ifError', [0]], ['ifError', [false]],
    ['match', ['abc', /b/]], ['match', ['abc', /x/]], ['match', [123, /1/]], ['match', ['abc', 'b']], ['match', ['abc', /x/, 'm']],
    ['doesNotMatch', ['abc', /x/]], ['doesNotMatch', ['abc', /b/]], ['doesNotMatch', [1, /1/]],
  ];
  for (const [name, args] of CALLS) {
    const label = `assert${name ? '.' + name : ''}(${args.map((a) => describeValue(a).slice(0, 40)).join(', ')})`;
    check(label, run(ours, name, args), run(node, name, args));
    if (name && typeof node.strict[name] === 'function')
      check(`strict ${label}`, run(ours.strict, name, args), run(node.strict, name, args));
  }
  check('AssertionError ctor', () => assertionInfo(new ours.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' })),
        () => assertionInfo(new node.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' })));
  check('AssertionError ctor msg', () => assertionInfo(new ours.AssertionError({ message: 'hi', actual: 1 })),
        () => assertionInfo(new node.AssertionError({ message: 'hi', actual: 1 })));
  check('AssertionError bad', () => new ours.AssertionError(), () => new node.AssertionError());
  check('AssertionError inspect', () => nodeUtil.inspect(new ours.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' })).split('\n')[0],
        () => nodeUtil.inspect(new node.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' })).split('\n')[0]);
  check('instanceof', () => { try { ours.strictEqual(1, 2); } catch (e) { return [e instanceof ours.AssertionError, e instanceof Error, Object.keys(e)]; } },
        () => { try { node.strictEqual(1, 2); } catch (e) { return [e instanceof node.AssertionError, e instanceof Error, Object.keys(e)]; } });
  // Async variants.
  return (async () => {
    const asyncRun = (A, name, args) => A[name](...args).then(() => 'resolved', assertionInfo);
    const ACALLS = [['rejects', [Promise.reject(new Error('r'))]], ['rejects', [Promise.resolve(1)]], ['rejects', [async () => { throw new TypeError('x'); }, TypeError]],
      ['rejects', [async () => { throw new TypeError('x'); }, RangeError]], ['rejects', [() => 1]],
      ['doesNotReject', [Promise.resolve(1)]], ['doesNotReject', [async () => { throw new Error('n'); }]], ['doesNotReject', [1]]];
    for (const [name, args] of ACALLS) {
      section.cases++;
      const a = await asyncRun(ours, name, args).catch(assertionInfo);
      const b = await asyncRun(node, name, args).catch(assertionInfo);
      if (!nodeUtil.isDeepStrictEqual(a, b)) {
        section.mismatches++;
        section.samples.push(`  assert.${name}\n    ours:  ${describeValue(a)}\n    node:  ${describeValue(b)}`);
      }
    }
  })();
}

const sections = { path: testPath, deepequal: testDeepEqual, assert: testAssert, url: testURL, querystring: testQuerystring,
  buffer: testBuffer };
(async () => {
  for (const [name, fn] of Object.entries(sections)) {
    if (!want(name)) continue;
    try {
      await fn();
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
})();
