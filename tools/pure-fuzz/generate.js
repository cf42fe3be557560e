'use strict';
// Writes programs of 40 calls each, from a seed, into the modules whose answers depend only on their arguments:
// path (posix and win32), url (WHATWG URL, URLSearchParams, the legacy parse/format/resolve, file URLs),
// querystring, Buffer (encodings, reads and writes at odd offsets, search, fill, compare), string_decoder and
// util.format. Arguments are strings built from fragments that parsers trip on ('..', '%zz', '//', '\\', ':',
// '@', '[::1]', non-ASCII, NUL), numbers at the edges (nothing depends on the working directory), and now and then a value of the wrong type. Each call prints
// its result as JSON, or the error it throws (name, code, message): node's messages are compared too.
//   const { generateCalls, render } = require('./generate');  render(generateCalls(seed)) -> source

const { rng } = require('../loop-fuzz/generate');

const FRAGMENTS = ['', '/', '//', '.', '..', 'a', 'b.txt', '.hidden', 'c.tar.gz', '%', '%2F', '%41', '%zz', '?',
  '?x=1', '#', '#h', '&', '=', '+', ' ', 'é', '😀', '\u0000', ':', '@', 'http:', 'https://', 'http://', 'file:///',
  'file://', 'user:pw@', 'example.com', 'EXAMPLE.com', ':8080', ':99999', '[::1]', '[::1', 'xn--nxasmq6b', '\\',
  '~', 'C:', 'c:\\', '\\\\server\\share', ';', '\t', '\n', 'a=b', 'a=b&c=d', 'x%20y', '[]', 'ws://', 'mailto:',
  '..\\', 'D:x', '//?/', '%E2%82', 'ß', '0x10', '192.168.0.1', '0300.0250.0.1', '1e3'];
const ENCODINGS = ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'utf16le', 'ucs2', 'binary', 'UTF-8',
  'bogus'];
const EDGE_NUMBERS = [0, 1, 2, 3, 4, 7, 8, -1, -2, 1.5, NaN, 2 ** 31, 2 ** 32 + 1, -0, 255, 256, 65536,
  Number.MAX_SAFE_INTEGER, Infinity];
const WRONG = ['null', 'undefined', '{}', '[]', '42', 'true', 'Symbol("s")', '10n', '() => 1'];

function makeRandom(seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const str = () => {
    let s = '';
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) s += pick(FRAGMENTS);
    return JSON.stringify(s);
  };
  // URLSearchParams of node 24 garbles the non-ASCII characters of a text that also holds a percent-encoded byte
  // sequence that is not UTF-8 ('é%C3a' reads as two U+FFFD, '😀%C3' as '=\0'): its texts leave such bytes out
  const clean = () => {
    let t;
    do t = str(); while (t.includes('%E2%82'));
    return t;
  };
  // now and then a value of the wrong type
  const arg = () => (r() < 0.06 ? `(${pick(WRONG)})` : str());
  const num = () => String(pick(EDGE_NUMBERS)).replace('Infinity', 'Infinity');
  const bytes = () => `Buffer.from(${JSON.stringify(Array.from({ length: Math.floor(r() * 9) }, () => Math.floor(r() * 256)))})`;
  return { r, pick, str, clean, arg, num, bytes };
}

// Each maker returns the expression of one call.
const CALLS = {
  posixNormalize: (g) => `path.posix.normalize(${g.arg()})`,
  posixJoin: (g) => `path.posix.join(${g.arg()}, ${g.str()}, ${g.str()})`,
  posixResolve: (g) => `path.posix.resolve('/root', ${g.arg()}, ${g.str()})`,
  posixRelative: (g) => `path.posix.relative('/' + ${g.str()}, '/' + ${g.arg()})`,
  posixParts: (g) => `((p) => [path.posix.dirname(p), path.posix.basename(p), path.posix.basename(p, ${g.str()}), path.posix.extname(p), path.posix.isAbsolute(p)])(${g.arg()})`,
  posixParse: (g) => `((p) => [path.posix.parse(p), path.posix.format(path.posix.parse(p))])(${g.arg()})`,
  winNormalize: (g) => `path.win32.normalize(${g.arg()})`,
  winJoin: (g) => `path.win32.join(${g.arg()}, ${g.str()})`,
  winResolve: (g) => `path.win32.resolve('C:\\\\base', ${g.arg()}, ${g.str()})`,
  winRelative: (g) => `path.win32.relative('C:\\\\' + ${g.str()}, 'D:\\\\' + ${g.str()})`,
  winParts: (g) => `((p) => [path.win32.dirname(p), path.win32.basename(p), path.win32.extname(p), path.win32.isAbsolute(p), path.win32.parse(p), path.win32.toNamespacedPath('C:\\\\' + p)])(${g.arg()})`,
  url: (g) => `((u) => [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash])(new URL(${g.arg()}${g.r() < 0.5 ? `, ${g.pick(['"http://h.com/a/b?q#f"', '"file:///x/y"', '"https://u:p@h.com:81/"', g.str()])}` : ''}))`,
  urlCanParse: (g) => `URL.canParse(${g.arg()}, ${g.str()})`,
  urlSet: (g) => `((u) => { u.${g.pick(['pathname', 'search', 'hash', 'host', 'hostname', 'port', 'protocol', 'username', 'password', 'href'])} = ${g.arg()}; return u.href; })(new URL('https://u:p@h.com:81/a/b?c=d#e'))`,
  searchParams: (g) => `((s) => [s.toString(), [...s.keys()], s.get('a'), s.getAll('x'), s.has('c', 'd'), s.size, (s.sort(), s.toString())])(new URLSearchParams(${g.r() < 0.06 ? g.arg() : g.clean()}))`,
  searchParamsEdit: (g) => `((s) => { s.append(${g.str()}, ${g.str()}); s.set('a', ${g.str()}); s.delete(${g.str()}); return s.toString(); })(new URLSearchParams(${g.clean()}))`,
  legacyParse: (g) => `JSON.parse(JSON.stringify(url.parse(${g.arg()}, ${g.pick(['false', 'true'])}, ${g.pick(['false', 'true'])})))`,
  legacyFormat: (g) => `url.format(url.parse(${g.str()}))`,
  legacyResolve: (g) => `url.resolve(${g.arg()}, ${g.str()})`,
  fileUrl: (g) => `url.fileURLToPath(${g.arg()})`,
  pathToFile: (g) => `url.pathToFileURL('/' + ${g.str()}).href`,
  qsParse: (g) => `querystring.parse(${g.arg()}${g.r() < 0.3 ? `, ${g.pick(['";"', '"&"', '"x"'])}, ${g.pick(['":"', '"="'])}` : ''})`,
  qsStringify: (g) => `querystring.stringify({ a: ${g.str()}, [${g.str()}]: [${g.str()}, ${g.num()}], n: ${g.num()}, t: true, o: {} })`,
  qsEscape: (g) => `[querystring.escape(${g.arg()}), querystring.unescape(${g.str()})]`,
  bufferRound: (g) => `Buffer.from(${g.str()}, ${JSON.stringify(g.pick(ENCODINGS))}).toString(${JSON.stringify(g.pick(ENCODINGS))})`,
  byteLength: (g) => `Buffer.byteLength(${g.arg()}, ${JSON.stringify(g.pick(ENCODINGS))})`,
  bufferRead: (g) => `${g.bytes()}.${g.pick(['readUInt8', 'readUInt16LE', 'readInt16BE', 'readUInt32LE', 'readInt32BE', 'readFloatLE', 'readDoubleBE', 'readBigUInt64LE', 'readBigInt64BE'])}(${g.num()})`,
  bufferReadVar: (g) => `${g.bytes()}.${g.pick(['readUIntLE', 'readIntBE', 'readUIntBE', 'readIntLE'])}(${g.num()}, ${g.num()})`,
  bufferWrite: (g) => `((b) => [b.${g.pick(['writeUInt8', 'writeUInt16BE', 'writeInt16LE', 'writeInt32BE', 'writeUInt32LE', 'writeFloatBE', 'writeDoubleLE'])}(${g.num()}, ${g.num()}), b])(Buffer.alloc(6))`,
  bufferWriteString: (g) => `((b) => [b.write(${g.arg()}, ${g.num()}, ${g.num()}, ${JSON.stringify(g.pick(ENCODINGS))}), b])(Buffer.alloc(8))`,
  bufferSearch: (g) => `((b) => [b.indexOf(${g.str()}), b.lastIndexOf(${g.str()}, ${g.num()}), b.includes(${g.num()})])(Buffer.from(${g.str()}))`,
  bufferFill: (g) => `Buffer.alloc(${g.pick(['5', '0', '3'])}).fill(${g.arg()}, ${g.num()}, ${g.num()}, ${JSON.stringify(g.pick(ENCODINGS))})`,
  bufferSlice: (g) => `${g.bytes()}.subarray(${g.num()}, ${g.num()})`,
  bufferCompare: (g) => `[Buffer.compare(${g.bytes()}, ${g.bytes()}), ${g.bytes()}.equals(${g.bytes()}), ${g.bytes()}.compare(${g.bytes()}, ${g.num()}, ${g.num()})]`,
  bufferSwap: (g) => `${g.bytes()}.${g.pick(['swap16', 'swap32', 'swap64'])}()`,
  bufferConcat: (g) => `Buffer.concat([${g.bytes()}, ${g.bytes()}], ${g.pick(['undefined', '3', '0', '20'])})`,
  decoder: (g) => `((d) => [d.write(${g.bytes()}), d.write(${g.bytes()}), d.end(${g.pick(['undefined', g.bytes()])})])(new (require('string_decoder').StringDecoder)(${JSON.stringify(g.pick(['utf8', 'utf16le', 'base64', 'hex', 'latin1', 'base64url']))}))`,
  format: (g) => `util.format(${g.pick(['"%s %d"', '"%i|%f|%j"', '"%o"', '"%%s %s"', '"%c%s"', '"%d%%"', '"%s:%s"'])}, ${g.pick([g.str(), g.num(), 'null', '-0', '10n', '[1, [2]]', '{ a: { b: 1 } }', '"x".repeat(3)'])}, ${g.pick([g.num(), g.str(), 'undefined', 'Symbol("t")'])})`,
};
const NAMES = Object.keys(CALLS);

function generateCalls(seed) {
  const g = makeRandom(seed);
  return { seed, calls: Array.from({ length: 40 }, () => CALLS[g.pick(NAMES)](g)) };
}

function render({ seed, calls }) {
  return [
    `// pure-fuzz program, seed ${seed} (tools/pure-fuzz)`,
    `const path = require('path');`,
    `const url = require('url');`,
    `const querystring = require('querystring');`,
    `const util = require('util');`,
    `const show = (v) => JSON.stringify(v, (k, x) => (typeof x === 'bigint' ? x + 'n' : Number.isNaN(x) ? 'NaN' : Object.is(x, -0) ? '-0' : x === Infinity ? 'Infinity' : x));`,
    `function call(i, f) {`,
    `  try {`,
    `    console.log(i, show(f()));`,
    `  } catch (e) {`,
    `    console.log(i, 'throws', e?.name, e?.code, e?.message);`,
    `  }`,
    `}`,
    ...calls.map((c, i) => `call(${i}, () => ${c});`),
    '',
  ].join('\n');
}

module.exports = { generateCalls, render };
