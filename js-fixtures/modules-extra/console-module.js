// require('console') is the global console; the Console class writes to given streams.
const c = require('console');
const { Console } = c;
const { Writable } = require('stream');
console.log(c === console, typeof Console, console.Console === Console, console instanceof Console);
const out = [];
const w = new Writable({ write(chunk, e, cb) { out.push('O:' + chunk); cb(); } });
const e = new Writable({ write(chunk, en, cb) { out.push('E:' + chunk); cb(); } });
const con = new Console(w, e);
con.log('a', { b: 1 }); con.error('err'); con.group('g'); con.warn('in'); con.groupEnd(); con.table([{ x: 1 }]);
con.count(); con.count(); con.assert(false, 'x'); con.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
const c2 = new Console({ stdout: w, groupIndentation: 4, inspectOptions: { depth: 0 } });
c2.group(); c2.log({ a: { b: 1 } }); c2.error('to stdout');
console.log(out, Object.keys(con).slice(0, 5), con instanceof Console);
for (const bad of [() => new Console(), () => new Console({ stdout: w, stderr: 5 }), () => new Console({ stdout: w, groupIndentation: -1 }),
  () => new Console({ stdout: w, colorMode: 'x' })]) {
  try { bad(); } catch (err) { console.log(err.name, err.code, err.message); }
}
console.log(require('sys') === require('util'), require('node:sys').format('%d', 5));
const k = require('constants');
console.log(k.O_RDONLY, k.SIGINT, k.ENOENT, typeof k.RTLD_LAZY, k.UV_UDP_REUSEADDR, Object.getOwnPropertyDescriptor(k, 'O_RDONLY'));
console.log(require('constants') === require('node:constants'), k.SIGTERM === require('os').constants.signals.SIGTERM);
