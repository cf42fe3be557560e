// os: values checked against what the system itself says, so the record holds on any Linux machine.
const os = require('os');
const fs = require('fs');

console.log('EOL', JSON.stringify(os.EOL), 'devNull', os.devNull);
console.log('platform', os.platform() === process.platform, 'arch', os.arch() === process.arch);
console.log('type', os.type(), 'endianness', os.endianness());
console.log('release', os.release() === fs.readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim());
console.log('hostname', os.hostname() === fs.readFileSync('/proc/sys/kernel/hostname', 'utf8').trim());
console.log('tmpdir', os.tmpdir() === (process.env.TMPDIR || '/tmp').replace(/(.)\/$/, '$1'));
console.log('homedir', os.homedir() === process.env.HOME);
const cpus = os.cpus();
console.log('cpus', Array.isArray(cpus), cpus.length > 0, Object.keys(cpus[0]), Object.keys(cpus[0].times),
  typeof cpus[0].model, typeof cpus[0].speed, cpus.every((c) => typeof c.times.idle === 'number'));
console.log('availableParallelism', Number.isInteger(os.availableParallelism()), os.availableParallelism() >= 1);
const total = os.totalmem();
const free = os.freemem();
console.log('memory', total > 0, free > 0, free <= total);
console.log('uptime', typeof os.uptime(), os.uptime() > 0);
const la = os.loadavg();
console.log('loadavg', la.length, la.every((n) => typeof n === 'number' && n >= 0));
const u = os.userInfo();
console.log('userInfo', Object.keys(u), typeof u.uid, u.homedir === os.homedir(), typeof u.username);
console.log('constants', os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.errno.ENOENT,
  os.constants.errno.EEXIST, typeof os.constants.priority.PRIORITY_LOW);
console.log('machine', typeof os.machine(), 'version', typeof os.version());
console.log('builtin', require('node:os') === os);
