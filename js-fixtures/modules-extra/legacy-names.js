// The old module names: _stream_*, _http_*, punycode (RFC 3492 samples), and builtinModules listing only what loads.
const s = require('stream');
const http = require('http');
for (const [m, c] of [['_stream_readable', 'Readable'], ['_stream_writable', 'Writable'], ['_stream_duplex', 'Duplex'],
  ['_stream_transform', 'Transform'], ['_stream_passthrough', 'PassThrough']]) console.log(m, require(m) === s[c]);
console.log(require('_http_agent').Agent === http.Agent, require('_http_agent').globalAgent === http.globalAgent);
console.log(require('_http_client').ClientRequest === http.ClientRequest, require('_http_incoming').IncomingMessage === http.IncomingMessage);
console.log(require('_http_outgoing').OutgoingMessage === http.OutgoingMessage, require('_http_server').Server === http.Server, require('_http_server').STATUS_CODES[404]);
const c = require('_http_common');
console.log(c._checkInvalidHeaderChar('a\nb'), c._checkInvalidHeaderChar('ok'), c._checkIsHttpToken('X-A'), c._checkIsHttpToken('a b'), c.methods.slice(0, 6), c.CRLF === '\r\n');
const p = require('punycode');
console.log(p.version, p.encode('mañana'), p.decode('maana-pta'), p.toASCII('mañana.com'), p.toUnicode('xn--maana-pta.com'));
console.log(p.ucs2.decode('\u{1F600}a'), p.ucs2.encode([0x1F600, 97]), p.toASCII('user@bücher.example'), p.toUnicode('XN--BCHER-KVA.example'));
for (const word of ['ü', 'ليهمابتكلموشعربي؟', '他们为什么不说中文', 'Pročprostěnemluvíčesky', ' -> $1.00 <-', 'abc', '', '3年B組金八先生', '\u{1F600}\u{1F601}']) {
  const enc = p.encode(word);
  console.log(JSON.stringify(word), enc, p.decode(enc) === word);
}
for (const bad of ['\x81', 'a-ü', '99999999999']) {
  try { p.decode(bad); console.log('decoded', bad); } catch (e) { console.log(e.name, e.message); }
}
const { builtinModules } = require('module');
const warns = ['_stream_wrap', 'wasi', 'sys', 'inspector', 'inspector/promises'];
const broken = builtinModules.filter((m) => !warns.includes(m) && !m.startsWith('node:')).filter((m) => { try { require(m); return false; } catch { return true; } });
console.log('do not load:', broken);
