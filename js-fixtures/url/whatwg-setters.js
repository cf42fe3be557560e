// URL setters, including the ones that are ignored or fail part-way.
'use strict';
const cases = [
  ['https://user:pass@example.com:8080/p/a?q=1#h', { protocol: 'http', port: '80', host: 'new.host:99', hostname: '[::1]', username: 'a b@c', password: 'ü', pathname: '/x/../y z', search: 'a=b c', hash: 'x y' }],
  ['http://h/', { protocol: 'file', port: '99999', host: 'h:x', pathname: '\\w\\x' }],
  ['file:///x/y', { host: 'server', port: '1', username: 'u', protocol: 'http' }],
  ['sc:opaque ?q#h', { pathname: '/new', host: 'h', search: '', hash: '' }],
  ['mailto:a@b', { protocol: 'http', hostname: 'x' }],
  ['http://h/', { port: '12ab', search: '?', hash: '#' }],
];
for (const [start, changes] of cases) {
  const u = new URL(start);
  for (const [key, value] of Object.entries(changes)) {
    u[key] = value;
    console.log(`${start} .${key} = ${JSON.stringify(value)} -> ${u.href}`);
  }
}
const u = new URL('http://h/');
try { u.href = 'not a url'; } catch (e) { console.log('href throws', e.code, e.message, e.input); }
console.log(u.href);
u.port = 8080;
u.search = { toString: () => 'x=1' };
u.hash = null;
console.log(u.href, JSON.stringify(u), String(u), u.toJSON());
