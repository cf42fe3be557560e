'use strict';

// wtjs's os: the values node reads from libuv, here from Java and (on Linux) /proc.

const {
  ArrayPrototypePush,
  NumberParseFloat,
  NumberParseInt,
  ObjectFreeze,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeTrim,
} = primordials;

const binding = internalBinding('host').fs();
const { os: constants } = internalBinding('constants');

function proc(name) {
  return binding.procFile(name);
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = StringPrototypeSlice(path, 0, -1);
  return path;
}

function passwdEntry() {
  const [uid] = binding.ids();
  const text = proc('/etc/passwd');
  if (text === null || uid < 0) return null;
  for (const line of StringPrototypeSplit(text, '\n')) {
    const f = StringPrototypeSplit(line, ':');
    if (f.length >= 7 && Number(f[2]) === uid) return f;
  }
  return null;
}

function homedir() {
  if (process.env.HOME) return process.env.HOME;
  if (!binding.hostIdentity()) return '/';
  const e = passwdEntry();
  return e !== null ? e[5] : binding.property('user.home');
}

// Without the embedder's hostIdentity grant, the user is unknown, as for a uid that has no passwd entry.
function unknownUser() {
  const { codes } = require('internal/errors');
  return new codes.ERR_SYSTEM_ERROR({
    errno: -2, code: 'ENOENT', message: 'no such file or directory', syscall: 'uv_os_get_passwd',
  });
}

function userInfo(options) {
  if (!binding.hostIdentity()) throw unknownUser();
  const [uid, gid] = binding.ids();
  const e = passwdEntry();
  const info = { __proto__: null };
  info.uid = uid;
  info.gid = gid;
  info.username = e !== null ? e[0] : binding.property('user.name');
  info.homedir = e !== null ? e[5] : binding.property('user.home');
  info.shell = e !== null ? e[6] : null;
  if (options?.encoding === 'buffer') {
    const { Buffer } = require('buffer');
    info.username = Buffer.from(info.username);
    info.homedir = Buffer.from(info.homedir);
    if (info.shell !== null) info.shell = Buffer.from(info.shell);
  }
  return info;
}

function hostname() {
  return binding.hostname();
}

function release() {
  const r = proc('/proc/sys/kernel/osrelease');
  return r !== null ? StringPrototypeTrim(r) : binding.property('os.version');
}

function version() {
  const v = proc('/proc/sys/kernel/version');
  return v !== null ? StringPrototypeTrim(v) : binding.property('os.version');
}

function type() {
  const name = binding.property('os.name');
  if (name === 'Linux') return 'Linux';
  if (name.startsWith('Mac')) return 'Darwin';
  if (name.startsWith('Windows')) return 'Windows_NT';
  return name;
}

function machine() {
  const a = binding.property('os.arch');
  if (a === 'amd64') return 'x86_64';
  return a;
}

function meminfo(key) {
  const text = proc('/proc/meminfo');
  if (text === null) return 0;
  for (const line of StringPrototypeSplit(text, '\n')) {
    if (line.startsWith(key + ':')) return NumberParseInt(StringPrototypeSlice(line, key.length + 1), 10) * 1024;
  }
  return 0;
}

function totalmem() {
  return meminfo('MemTotal');
}

function freemem() {
  return meminfo('MemAvailable') || meminfo('MemFree');
}

function uptime() {
  const u = proc('/proc/uptime');
  if (u === null) return 0;
  return NumberParseFloat(StringPrototypeSplit(u, ' ')[0]);
}

function loadavg() {
  const l = proc('/proc/loadavg');
  if (l === null) return [0, 0, 0];
  const f = StringPrototypeSplit(l, ' ');
  return [NumberParseFloat(f[0]), NumberParseFloat(f[1]), NumberParseFloat(f[2])];
}

function cpus() {
  const n = binding.processors();
  const models = [];
  const info = proc('/proc/cpuinfo');
  if (info !== null) {
    for (const line of StringPrototypeSplit(info, '\n')) {
      if (line.startsWith('model name')) {
        ArrayPrototypePush(models, StringPrototypeTrim(StringPrototypeSlice(line, line.indexOf(':') + 1)));
      }
    }
  }
  const times = [];
  const stat = proc('/proc/stat');
  if (stat !== null) {
    for (const line of StringPrototypeSplit(stat, '\n')) {
      if (/^cpu\d+ /.test(line)) {
        const f = StringPrototypeSplit(StringPrototypeTrim(line), /\s+/);
        times[NumberParseInt(f[0].slice(3), 10)] = {
          user: Number(f[1]) * 10, nice: Number(f[2]) * 10, sys: Number(f[3]) * 10, idle: Number(f[4]) * 10,
          irq: Number(f[6]) * 10,
        };
      }
    }
  }
  const out = [];
  const count = times.length || n;
  for (let i = 0; i < count; i++) {
    if (times.length && times[i] === undefined) continue;
    const freq = proc(`/sys/devices/system/cpu/cpu${i}/cpufreq/scaling_cur_freq`);
    ArrayPrototypePush(out, {
      model: models[i] ?? models[0] ?? 'unknown',
      speed: freq !== null ? Math.floor(NumberParseInt(freq, 10) / 1000) : 0,
      times: times[i] ?? { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 },
    });
  }
  return out;
}

function availableParallelism() {
  return binding.processors();
}

function endianness() {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
}

function networkInterfaces() {
  return { __proto__: null };
}

function getPriority() {
  return 0;
}

function setPriority() {
}

function arch() {
  return process.arch;
}

function platform() {
  return process.platform;
}

for (const fn of [arch, availableParallelism, cpus, endianness, freemem, homedir, hostname, loadavg, platform,
  release, tmpdir, totalmem, type, uptime, version, machine]) {
  fn[Symbol.toPrimitive] = () => fn();
}

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
