'use strict';

// wtjs's fs: the common synchronous calls over internalBinding('host').fs() (Java NIO), callback versions on top
// of them (the answer comes in node's turn of the loop: internal/fs/trips), and fs.promises. Errors have node's shape:
// `ENOENT: no such file or directory, open '<path>'` with errno, code, syscall, path (and dest).
// Every access respects the runtime's FileAccess policy (refused: EACCES).

const {
  ArrayPrototypeMap,
  Date,
  Error,
  MathFloor,
  ObjectFreeze,
  Promise,
  StringPrototypeStartsWith,
  Symbol,
} = primordials;

const binding = internalBinding('host').fs();
const { fs: constants } = internalBinding('constants');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_FS_EISDIR, ERR_INVALID_ARG_VALUE, ERR_FS_CP_EEXIST } } =
  require('internal/errors');
const { uvErrmapGet } = require('internal/errors');
const { Buffer } = require('buffer');
const { answerLater, settleLater } = require('internal/fs/trips');
const pathModule = require('path');

const kType = Symbol('type');
const ErrorCaptureStackTrace = typeof Error.captureStackTrace === 'function' ?
  (err, ctor) => Error.captureStackTrace(err, ctor) : () => {};

function uvError(code, syscall, path, dest) {
  const errno = internalBinding('uv')[`UV_${code}`] ?? -5;
  const entry = uvErrmapGet(errno);
  let message = `${code}: ${entry ? entry[1] : 'unknown error'}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

function fail(syscall, path, dest, ctor) {
  const err = uvError(binding.error() ?? 'EIO', syscall, path, dest);
  ErrorCaptureStackTrace(err, ctor);
  throw err;
}

function toPathString(p, name = 'path') {
  if (typeof p === 'string') return p;
  if (Buffer.isBuffer(p)) return p.toString();
  if (p != null && typeof p === 'object' && typeof p.href === 'string' && p.protocol !== undefined) {
    return require('url').fileURLToPath(p);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p);
}

// The absolute path, keeping a trailing slash: it says the path names a directory (the host checks that).
function abs(p) {
  const resolved = pathModule.resolve(p);
  return p.length > 1 && p.endsWith('/') && resolved !== '/' ? `${resolved}/` : resolved;
}

function encodingOf(options, dflt) {
  if (options == null) return dflt;
  if (typeof options === 'string') return options;
  if (typeof options === 'object' && options.encoding !== undefined) return options.encoding;
  return dflt;
}

function flagOf(options, dflt) {
  if (options != null && typeof options === 'object' && options.flag !== undefined) return options.flag;
  return dflt;
}

// ---- Stats and Dirent ----

// A stat time in ms (fractional) as a Date, rounded to the microsecond first as node does.
const toDate = (ms) => new Date(MathFloor(ms * 1000 + 0.5) / 1000);

// The numbers come in the order of STAT_NUMBERS; the four times are also given as Dates.
const STAT_NUMBERS = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'];
const S_IFMT = constants.S_IFMT;   // the file-type bits of a mode

class Stats {
  constructor(...numbers) {
    STAT_NUMBERS.forEach((field, i) => { this[field] = numbers[i]; });
  }

  _checkModeProperty(kind) {
    return (this.mode & S_IFMT) === kind;
  }

  isDirectory() { return this._checkModeProperty(constants.S_IFDIR); }
  isFile() { return this._checkModeProperty(constants.S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(constants.S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(constants.S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(constants.S_IFLNK); }
  isFIFO() { return this._checkModeProperty(constants.S_IFIFO); }
  isSocket() { return this._checkModeProperty(constants.S_IFSOCK); }
}

// The Date fields are made on first read (node 24): an accessor on the prototype that, read or written, leaves an
// own data property on the instance.
for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
  const msField = `${name}Ms`;
  const own = (stats, value) => {
    Object.defineProperty(stats, name, { value, writable: true, enumerable: true, configurable: true });
  };
  Object.defineProperty(Stats.prototype, name, {
    get() {
      const date = toDate(Number(this[msField]));
      own(this, date);
      return date;
    },
    set(value) { own(this, value); },
    enumerable: true,
    configurable: true,
  });
}

const statsFrom = (numbers) => new Stats(...Array.from({ length: STAT_NUMBERS.length }, (_, i) => numbers[i]));

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;   // (node 24 has no `path` any more)
    this[kType] = type;
  }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

// ---- sync calls ----

function readFileSync(path, options) {
  const p = toPathString(path);
  const encoding = encodingOf(options, null);
  const flag = flagOf(options, 'r');
  if (flag !== 'r') {
    // another flag opens as it says first (creating, truncating, refusing an existing name); a file opened for
    // writing only cannot be read: EBADF, as node's read
    closeSync(openSync(p, flag));
    if (!/[r+]/.test(`${flag}`)) {
      const err = uvError('EBADF', 'read');
      ErrorCaptureStackTrace(err, readFileSync);
      throw err;
    }
  }
  const data = binding.readFile(abs(p));
  if (data === null) {
    if (binding.error() === 'EISDIR') fail('read', undefined, undefined, readFileSync);
    fail('open', p, undefined, readFileSync);
  }
  const buf = Buffer.from(data, 'latin1');
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

function toBytes(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8').toString('latin1');
  if (Buffer.isBuffer(data)) return data.toString('latin1');
  if (ArrayBuffer.isView(data)) {
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  }
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeWhole(path, data, options, append, ctor) {
  const p = toPathString(path);
  const bytes = toBytes(data, encodingOf(options, 'utf8'));
  const flag = flagOf(options, append ? 'a' : 'w');
  const exclusive = typeof flag === 'string' && flag.includes('x');
  const isAppend = typeof flag === 'string' ? flag.startsWith('a') : append;
  if (!binding.writeFile(abs(p), bytes, isAppend, exclusive)) fail('open', p, undefined, ctor);
}

function writeFileSync(path, data, options) {
  writeWhole(path, data, options, false, writeFileSync);
}

function appendFileSync(path, data, options) {
  writeWhole(path, data, options, true, appendFileSync);
}

let warnedExistsSyncType = false;

function existsSync(path) {
  let p;
  try {
    p = toPathString(path);
  } catch {
    if (!warnedExistsSyncType) {
      warnedExistsSyncType = true;
      process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated', 'DeprecationWarning',
                          'DEP0187');
    }
    return false;
  }
  return binding.exists(abs(p));
}

function statImpl(path, options, follow, ctor) {
  const p = toPathString(path);
  const a = binding.stat(abs(p), follow);
  if (a === null) {
    if (options?.throwIfNoEntry === false && binding.error() === 'ENOENT') return undefined;
    fail(follow ? 'stat' : 'lstat', p, undefined, ctor);
  }
  const s = statsFrom(a);
  if (options?.bigint) {
    for (const k of ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks']) {
      s[k] = BigInt(s[k]);
    }
  }
  return s;
}

function statSync(path, options) {
  return statImpl(path, options, true, statSync);
}

function lstatSync(path, options) {
  return statImpl(path, options, false, lstatSync);
}

function mkdirSync(path, options) {
  const p = toPathString(path);
  const recursive = typeof options === 'object' && options !== null && options.recursive === true;
  if (!recursive) {
    if (!binding.mkdir(abs(p))) fail('mkdir', p, undefined, mkdirSync);
    return undefined;
  }
  // recursive: create the missing ancestors, return the first one created.
  const target = abs(p);
  const missing = [];
  let cur = target;
  const refuse = (code) => {
    const err = uvError(code, 'mkdir', p);
    ErrorCaptureStackTrace(err, mkdirSync);
    throw err;
  };
  for (;;) {
    const a = binding.stat(cur, true);
    if (a === null && (binding.error() === 'ENOTDIR' || binding.error() === 'ELOOP')) refuse(binding.error());
    if (a !== null) {
      if ((a[1] & S_IFMT) !== constants.S_IFDIR) refuse(cur === target ? 'EEXIST' : 'ENOTDIR');
      break;
    }
    missing.push(cur);
    const parent = pathModule.dirname(cur);
    if (parent === cur) break;
    cur = parent;
  }
  let first;
  for (let i = missing.length - 1; i >= 0; i--) {
    if (!binding.mkdir(missing[i])) {
      if (binding.error() !== 'EEXIST') fail('mkdir', p, undefined, mkdirSync);
      // made meanwhile, or a link: fine if it leads to a folder; a dangling link is ENOENT, as node says
      const s = binding.stat(missing[i], true);
      if (s !== null && (s[1] & S_IFMT) === constants.S_IFDIR) continue;
      refuse(s === null ? binding.error() : missing[i] === target ? 'EEXIST' : 'ENOTDIR');
    }
    first ??= missing[i];
  }
  return first;
}

// recursive: every entry below, as a path relative to the top, a folder's entries after those of its parent.
function readdirRecursive(p, withFileTypes) {
  const out = [];
  const pending = [''];
  while (pending.length > 0) {
    const relDir = pending.shift();
    const dirPath = relDir === '' ? p : pathModule.join(p, relDir);
    const names = binding.readdir(abs(dirPath));
    if (names === null) {
      if (relDir === '') fail('scandir', p, undefined, readdirSync);
      continue;
    }
    const types = binding.types(abs(dirPath), names);
    [...names].forEach((n, i) => {
      const rel = relDir === '' ? n : pathModule.join(relDir, n);
      out.push(withFileTypes ? new Dirent(n, types[i], dirPath) : rel);
      // (node goes into links to folders too)
      if (types[i] === constants.UV_DIRENT_DIR || (types[i] === constants.UV_DIRENT_LINK &&
          (binding.stat(abs(pathModule.join(dirPath, n)), true)?.[1] & S_IFMT) === constants.S_IFDIR)) {
        pending.push(rel);
      }
    });
  }
  return out;
}

function readdirSync(path, options) {
  const p = toPathString(path);
  if (options?.recursive === true) {
    const list = readdirRecursive(p, options.withFileTypes === true);
    if (options.withFileTypes !== true && encodingOf(options, 'utf8') === 'buffer') {
      return ArrayPrototypeMap(list, (n) => Buffer.from(n));
    }
    return list;
  }
  const names = binding.readdir(abs(p));
  if (names === null) fail('scandir', p, undefined, readdirSync);
  const list = [...names];
  const encoding = encodingOf(options, 'utf8');
  if (options?.withFileTypes) {
    const types = binding.types(abs(p), names);
    return ArrayPrototypeMap(list, (n, i) => new Dirent(n, types[i], p));
  }
  if (encoding === 'buffer') return ArrayPrototypeMap(list, (n) => Buffer.from(n));
  return list;
}

// A directory opened for reading its entries one at a time (internal/fs/dir). node's synchronous error names
// no path in its message; the callback's and the promise's do.
function opendirSync(path, options) {
  const p = toPathString(path);
  let entries;
  try {
    entries = readdirSync(p, { withFileTypes: true, recursive: options?.recursive === true });
  } catch (err) {
    if (err.syscall !== 'scandir') throw err;
    const e = uvError(err.code, 'opendir');
    ErrorCaptureStackTrace(e, opendirSync);
    throw e;
  }
  const { Dir } = require('internal/fs/dir');
  return new Dir(p, entries);
}

function opendirNamed(path, options) {
  try {
    return opendirSync(path, options);
  } catch (err) {
    if (err.syscall === 'opendir') throw uvError(err.code, 'opendir', toPathString(path));
    throw err;
  }
}

function rmSync(path, options) {
  const p = toPathString(path);
  const force = options?.force === true;
  const recursive = options?.recursive === true;
  const a = binding.stat(abs(p), false);
  if (a === null) {
    if (force && binding.error() === 'ENOENT') return;
    fail('lstat', p, undefined, rmSync);
  }
  if ((a[1] & S_IFMT) === constants.S_IFDIR && !recursive) {
    throw new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path: p, syscall: 'rm', errno: 21 });
  }
  if (!binding.rmTree(abs(p))) {
    if (force && binding.error() === 'ENOENT') return;
    fail('rm', p, undefined, rmSync);
  }
}

function unlinkSync(path) {
  const p = toPathString(path);
  if (!binding.unlink(abs(p))) fail('unlink', p, undefined, unlinkSync);
}

function rmdirSync(path, options) {
  const p = toPathString(path);
  if (options?.recursive) {
    if (!binding.rmTree(abs(p))) fail('rmdir', p, undefined, rmdirSync);
    return;
  }
  if (!binding.rmdir(abs(p))) fail('rmdir', p, undefined, rmdirSync);
}

function renameSync(oldPath, newPath) {
  const a = toPathString(oldPath, 'oldPath');
  const b = toPathString(newPath, 'newPath');
  if (!binding.rename(abs(a), abs(b))) fail('rename', a, b, renameSync);
}

// ---- attributes and links ----

function chmodSync(path, mode) {
  const p = toPathString(path);
  const m = require('internal/validators').parseFileMode(mode, 'mode');
  if (!binding.chmod(abs(p), m)) fail('chmod', p, undefined, chmodSync);
}

function ownerIds(uid, gid) {
  const { validateInteger } = require('internal/validators');
  validateInteger(uid, 'uid', -1, 0xFFFFFFFF);
  validateInteger(gid, 'gid', -1, 0xFFFFFFFF);
  return [uid > 0x7FFFFFFF ? -1 : uid, gid > 0x7FFFFFFF ? -1 : gid];
}

function chownSync(path, uid, gid) {
  const p = toPathString(path);
  const [u, g] = ownerIds(uid, gid);
  if (!binding.chown(abs(p), u, g, true)) fail('chown', p, undefined, chownSync);
}

function lchownSync(path, uid, gid) {
  const p = toPathString(path);
  const [u, g] = ownerIds(uid, gid);
  if (!binding.chown(abs(p), u, g, false)) fail('lchown', p, undefined, lchownSync);
}

// A time for utimes: a Date, or seconds as a number or a numeric string; in ms.
function timeMs(time) {
  if (time instanceof Date) return time.getTime();
  if (typeof time === 'number' || (typeof time === 'string' && time !== '' && Number.isFinite(Number(time)))) {
    const secs = Number(time);
    return Number.isFinite(secs) ? secs * 1000 : Date.now();
  }
  throw new ERR_INVALID_ARG_TYPE('time', ['Date', 'Time in seconds'], time);
}

function utimesSync(path, atime, mtime) {
  const p = toPathString(path);
  if (!binding.utimes(abs(p), timeMs(atime), timeMs(mtime), true)) fail('utime', p, undefined, utimesSync);
}

function lutimesSync(path, atime, mtime) {
  const p = toPathString(path);
  if (!binding.utimes(abs(p), timeMs(atime), timeMs(mtime), false)) fail('lutime', p, undefined, lutimesSync);
}

function truncateSync(path, len = 0) {
  const p = toPathString(path);
  require('internal/validators').validateInteger(len, 'len');
  if (!binding.truncate(abs(p), len)) fail('open', p, undefined, truncateSync);
}

function linkSync(existingPath, newPath) {
  const a = toPathString(existingPath, 'src');
  const b = toPathString(newPath, 'dest');
  if (!binding.link(abs(a), abs(b))) fail('link', a, b, linkSync);
}

// (the target is stored as given; `type` matters on Windows only)
function symlinkSync(target, path, type) {
  const t = toPathString(target, 'target');
  const p = toPathString(path);
  if (type != null && !['dir', 'file', 'junction'].includes(type)) {
    throw new ERR_INVALID_ARG_VALUE('type', type, "must be one of: 'dir', 'file', 'junction', null, undefined");
  }
  if (!binding.symlink(t, abs(p))) fail('symlink', t, p, symlinkSync);
}

function readlinkSync(path, options) {
  const p = toPathString(path);
  const target = binding.readlink(abs(p));
  if (target == null) fail('readlink', p, undefined, readlinkSync);
  const encoding = encodingOf(options, 'utf8');
  return encoding === 'buffer' ? Buffer.from(target) : target;
}

function copyFileSync(src, dest, mode) {
  const a = toPathString(src, 'src');
  const b = toPathString(dest, 'dest');
  const exclusive = ((mode | 0) & constants.COPYFILE_EXCL) !== 0;
  if (!binding.copyFile(abs(a), abs(b), exclusive)) fail('copyfile', a, b, copyFileSync);
}

function mkdtempSync(prefix, options) {
  const p = toPathString(prefix, 'prefix');
  const made = binding.mkdtemp(abs(p));
  if (made === null) fail('mkdtemp', `${p}XXXXXX`, undefined, mkdtempSync);
  // Keep the prefix as given (relative stays relative).
  const out = p + made.slice(made.length - 6);
  return encodingOf(options, 'utf8') === 'buffer' ? Buffer.from(out) : out;
}

// node's JS realpath walks the path a component at a time, with lstat, and stat for each link: the first
// component whose lstat fails, else the first whose stat fails (a dangling or looping link), as
// [syscall, path, code]; undefined when every component answers.
function realpathFailure(p) {
  const parts = abs(p).split('/');
  let cur = '';
  for (let i = 1; i < parts.length; i++) {
    if (parts[i] === '') continue;
    cur += '/' + parts[i];
    if (binding.stat(cur, false) === null) return ['lstat', cur, binding.error()];
    if (binding.stat(cur, true) === null) return ['stat', cur, binding.error()];
  }
  return undefined;
}

function realpathSync(path, options) {
  const p = toPathString(path);
  // (node's walk does not see a trailing slash: 'file/' is the file; resolve drops it)
  const r = binding.realpath(pathModule.resolve(p));
  if (r === null) {
    const code = binding.error();
    if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR') {
      const [syscall, at, atCode] = realpathFailure(p) ?? ['stat', pathModule.resolve(p), code];
      const err = uvError(atCode, syscall, at);
      ErrorCaptureStackTrace(err, realpathSync);
      throw err;
    }
    fail('lstat', p, undefined, realpathSync);
  }
  return encodingOf(options, 'utf8') === 'buffer' ? Buffer.from(r) : r;
}
realpathSync.native = function realpathNative(path, options) {
  const p = toPathString(path);
  const r = binding.realpath(abs(p));
  if (r === null) fail('realpath', p, undefined, realpathNative);
  return encodingOf(options, 'utf8') === 'buffer' ? Buffer.from(r) : r;
};

function accessSync(path, mode) {
  const p = toPathString(path);
  if (!binding.access(abs(p), mode === undefined ? constants.F_OK : mode | 0)) fail('access', p, undefined, accessSync);
}

// ---- file descriptors (a table of Java channels kept by this agent) ----

const O = { RDONLY: 0, WRONLY: 1, RDWR: 2, CREAT: 64, EXCL: 128, TRUNC: 512, APPEND: 1024 };
const FLAG_WORDS = {
  __proto__: null,
  'r': O.RDONLY, 'rs': O.RDONLY, 'sr': O.RDONLY, 'r+': O.RDWR, 'rs+': O.RDWR, 'sr+': O.RDWR,
  'w': O.TRUNC | O.CREAT | O.WRONLY, 'wx': O.TRUNC | O.CREAT | O.WRONLY | O.EXCL,
  'w+': O.TRUNC | O.CREAT | O.RDWR, 'wx+': O.TRUNC | O.CREAT | O.RDWR | O.EXCL,
  'a': O.APPEND | O.CREAT | O.WRONLY, 'ax': O.APPEND | O.CREAT | O.WRONLY | O.EXCL,
  'as': O.APPEND | O.CREAT | O.WRONLY, 'a+': O.APPEND | O.CREAT | O.RDWR,
  'ax+': O.APPEND | O.CREAT | O.RDWR | O.EXCL, 'as+': O.APPEND | O.CREAT | O.RDWR,
};
for (const [word, spelled] of [['wx', 'xw'], ['wx+', 'xw+'], ['ax', 'xa'], ['ax+', 'xa+']]) {
  FLAG_WORDS[spelled] = FLAG_WORDS[word];
}

function flagBits(flags) {
  if (flags == null) return O.RDONLY;
  if (typeof flags === 'number') return flags;
  const bits = FLAG_WORDS[flags];
  if (bits === undefined) throw new ERR_INVALID_ARG_VALUE('flags', flags);
  return bits;
}

const { validateInt32, validateInteger } = require('internal/validators');

function checkFd(fd) {
  validateInt32(fd, 'fd', 0);
  return fd;
}

function failFd(syscall, ctor) {
  const code = binding.error() ?? 'EIO';
  const err = uvError(code, syscall);
  if (code === 'EISDIR') err.message = 'EISDIR: illegal operation on a directory, ' + syscall;
  ErrorCaptureStackTrace(err, ctor);
  throw err;
}

function openSync(path, flags, mode) {
  const p = toPathString(path);
  const fd = binding.open(abs(p), flagBits(flags));
  if (fd < 0) {
    const code = binding.error() ?? 'EIO';
    const err = uvError(code, 'open', p);
    if (code === 'EISDIR') err.message = `EISDIR: illegal operation on a directory, open '${p}'`;
    ErrorCaptureStackTrace(err, openSync);
    throw err;
  }
  return fd;
}

function closeSync(fd) {
  if (!binding.close(checkFd(fd))) failFd('close', closeSync);
}

// (fd, buffer, offset, length, position) or (fd, buffer, { offset, length, position }).
function ioArgs(buffer, offsetOrOptions, length, position) {
  let offset = offsetOrOptions;
  if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  offset ??= 0;
  length ??= buffer.byteLength - offset;
  validateInteger(offset, 'offset', 0);
  validateInteger(length, 'length', 0, buffer.byteLength - offset);
  const at = typeof position === 'bigint' ? Number(position) : position;
  return { offset, length, at: typeof at === 'number' && at >= 0 ? at : -1 };
}

function bytesOf(buffer) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  checkFd(fd);
  const target = bytesOf(buffer);
  const { offset, length: len, at } = ioArgs(target, offsetOrOptions, length, position);
  if (len === 0) return 0;
  const data = binding.read(fd, len, at);
  if (data === null) failFd('read', readSync);
  return target.write(data, offset, data.length, 'latin1');
}

function writeSync(fd, data, offsetOrOptions, length, position) {
  checkFd(fd);
  let chunk;
  let at;
  if (typeof data === 'string') {
    // (fd, string, position, encoding)
    const encoding = typeof length === 'string' ? length : 'utf8';
    chunk = Buffer.from(data, encoding);
    at = typeof offsetOrOptions === 'number' && offsetOrOptions >= 0 ? offsetOrOptions : -1;
  } else {
    const source = bytesOf(data);
    const args = ioArgs(source, offsetOrOptions, length, position);
    chunk = source.subarray(args.offset, args.offset + args.length);
    at = args.at;
  }
  const n = binding.write(fd, chunk.toString('latin1'), at);
  if (n < 0) failFd('write', writeSync);
  return n;
}

function fstatSync(fd, options) {
  const a = binding.fstat(checkFd(fd));
  if (a === null) failFd('fstat', fstatSync);
  const s = statsFrom(a);
  if (options?.bigint) {
    for (const k of ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks']) {
      s[k] = BigInt(s[k]);
    }
  }
  return s;
}

function ftruncateSync(fd, len = 0) {
  checkFd(fd);
  validateInteger(len, 'len');
  if (!binding.ftruncate(fd, Math.max(0, len))) failFd('ftruncate', ftruncateSync);
}

function fsyncSync(fd) {
  if (!binding.fsync(checkFd(fd))) failFd('fsync', fsyncSync);
}

function fdatasyncSync(fd) {
  if (!binding.fsync(checkFd(fd))) failFd('fdatasync', fdatasyncSync);
}

// read and write call back with two results: (err, bytes, buffer).
function ioCallback(syncFn, name) {
  const fn = function(fd, buffer, ...rest) {
    const cb = rest.pop();
    if (typeof cb !== 'function') throw new ERR_INVALID_ARG_TYPE('cb', 'function', cb);
    answerLater(name, () => syncFn(fd, buffer, ...rest), (err, n) => (err !== null ? cb(err) : cb(null, n, buffer)));
  };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

// ---- cp (files and, with recursive, directories) ----

function cpError(code, message) {
  const err = new Error(message);
  err.code = code;
  return err;
}

function cpSync(src, dest, options = {}) {
  const from = toPathString(src, 'src');
  const to = toPathString(dest, 'dest');
  const opts = { force: true, errorOnExist: false, recursive: false, ...options };
  // (a trailing slash names the same folder: compared without it, as resolve gives them)
  const fromAbs = pathModule.resolve(from);
  const toAbs = pathModule.resolve(to);
  const fromShown = from.replace(/(.)\/+$/, '$1');
  const fromStat = binding.stat(fromAbs, true);
  if (fromStat === null) fail('lstat', from, undefined, cpSync);
  const isDir = (fromStat[1] & S_IFMT) === constants.S_IFDIR;
  const refuse = (code, message) => {
    const err = cpError(code, message);
    ErrorCaptureStackTrace(err, cpSync);
    throw err;
  };
  // node's order: the same file (by device and inode, through links), a folder into itself, then recursive
  const toStat = binding.stat(toAbs, true);
  if (toStat !== null && toStat[0] === fromStat[0] && toStat[7] === fromStat[7]) {
    refuse('ERR_FS_CP_EINVAL', `src and dest cannot be the same ${to}`);
  }
  const fromReal = binding.realpath(fromAbs) ?? fromAbs;
  if (isDir && (toAbs === fromAbs || toAbs.startsWith(fromAbs + '/') || toAbs.startsWith(fromReal + '/'))) {
    refuse('ERR_FS_CP_EINVAL', `Cannot copy ${fromShown}/ to a subdirectory of self ${to}`);
  }
  if (isDir && !opts.recursive) {
    refuse('ERR_FS_EISDIR', `Recursive option not enabled, cannot copy a directory: ${fromShown}/`);
  }
  copyEntry(fromAbs, toAbs, from, to, isDir, opts);
}

function copyEntry(fromAbs, toAbs, from, to, isDir, opts) {
  if (typeof opts.filter === 'function' && !opts.filter(from, to)) return;
  const existing = binding.stat(toAbs, true);
  const destIsDir = existing !== null && (existing[1] & S_IFMT) === constants.S_IFDIR;
  if (existing !== null && isDir && !destIsDir) {
    throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${to} with directory ${from}`);
  }
  if (existing !== null && !isDir && destIsDir) {
    throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${to} with non-directory ${from}`);
  }
  if (isDir) {
    if (existing === null && !binding.mkdir(toAbs)) fail('mkdir', to, undefined, cpSync);
    const names = binding.readdir(fromAbs);
    if (names === null) fail('scandir', from, undefined, cpSync);
    for (const name of [...names]) {
      const childFrom = pathModule.join(fromAbs, name);
      const st = binding.stat(childFrom, true);
      if (st === null) fail('lstat', pathModule.join(from, name), undefined, cpSync);
      copyEntry(childFrom, pathModule.join(toAbs, name), pathModule.join(from, name), pathModule.join(to, name),
                (st[1] & S_IFMT) === constants.S_IFDIR, opts);
    }
    return;
  }
  if (existing !== null && !opts.force) {
    if (opts.errorOnExist) {
      throw new ERR_FS_CP_EEXIST({ message: `${to} already exists`, path: to, syscall: 'cp', errno: 17,
                                    code: 'EEXIST' });
    }
    return;
  }
  if (!binding.copyFile(fromAbs, toAbs, false)) fail('copyfile', from, to, cpSync);
}

// ---- watchFile: polling stat, one watcher per file ----

const watchers = new Map();

class StatWatcher extends require('events') {
  #file;
  #timer;
  #last;

  constructor(file, interval, persistent) {
    super();
    this.#file = file;
    this.#last = this.#poll();
    this.#timer = setInterval(() => this.#check(), interval);
    if (!persistent) this.#timer.unref();
  }

  #poll() {
    const a = binding.stat(this.#file, true);
    return statsFrom(a ?? new Array(STAT_NUMBERS.length).fill(0));
  }

  #check() {
    const current = this.#poll();
    const prev = this.#last;
    const changed = ['mtimeMs', 'ctimeMs', 'size', 'ino', 'mode', 'nlink'].some((k) => current[k] !== prev[k]);
    if (!changed) return;
    this.#last = current;
    this.emit('change', current, prev);
  }

  stop() {
    clearInterval(this.#timer);
    this.emit('stop');
  }

  ref() {
    this.#timer.ref();
    return this;
  }

  unref() {
    this.#timer.unref();
    return this;
  }
}

function watchFile(filename, options, listener) {
  const p = abs(toPathString(filename, 'filename'));
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  if (typeof listener !== 'function') throw new ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
  const { interval = 5007, persistent = true } = options ?? {};
  let watcher = watchers.get(p);
  if (watcher === undefined) {
    watcher = new StatWatcher(p, interval, persistent);
    watchers.set(p, watcher);
  }
  watcher.on('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  const p = abs(toPathString(filename, 'filename'));
  const watcher = watchers.get(p);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watchers.delete(p);
    watcher.stop();
  }
}

// ---- watch: change notifications from the JDK's WatchService ----

function watch(filename, options, listener) {
  const p = toPathString(filename);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (typeof options === 'string') {
    options = { encoding: options };
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'object'], options);
  }
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  const { FSWatcher } = require('internal/fs/watchers');
  const watcher = new FSWatcher();
  const code = watcher.start(abs(p), persistent, recursive, encoding);
  if (code !== null) {
    const err = uvError(code, 'watch', p);
    err.filename = p;
    ErrorCaptureStackTrace(err, watch);
    throw err;
  }
  if (listener !== undefined) watcher.on('change', listener);
  if (signal !== undefined) {
    if (signal.aborted) process.nextTick(() => watcher.close());
    else signal.addEventListener('abort', () => watcher.close(), { once: true });
  }
  return watcher;
}

// ---- callbacks, over the sync calls ----

function callbackify(syncFn, name) {
  const fn = function(...args) {
    const cb = args.pop();
    if (typeof cb !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('cb', 'function', cb);
    }
    answerLater(name, () => syncFn(...args), (err, result) => (err !== null ? cb(err) : cb(null, result)));
  };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

function promisifySync(syncFn, name) {
  const fn = function(...args) {
    return settleLater(name, () => syncFn(...args));
  };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

const syncs = {
  readFile: readFileSync,
  writeFile: writeFileSync,
  appendFile: appendFileSync,
  stat: statSync,
  lstat: lstatSync,
  mkdir: mkdirSync,
  readdir: readdirSync,
  rm: rmSync,
  unlink: unlinkSync,
  rmdir: rmdirSync,
  rename: renameSync,
  copyFile: copyFileSync,
  mkdtemp: mkdtempSync,
  realpath: realpathSync,
  access: accessSync,
  cp: cpSync,
  chmod: chmodSync,
  chown: chownSync,
  lchown: lchownSync,
  utimes: utimesSync,
  lutimes: lutimesSync,
  truncate: truncateSync,
  link: linkSync,
  symlink: symlinkSync,
  readlink: readlinkSync,
  opendir: opendirNamed,
};
// Over descriptors: callbacks only (fs.promises has FileHandle instead).
const fdSyncs = {
  open: openSync,
  close: closeSync,
  fstat: fstatSync,
  ftruncate: ftruncateSync,
  fsync: fsyncSync,
  fdatasync: fdatasyncSync,
};

function exists(path, cb) {
  answerLater('exists', () => existsSync(path), (err, r) => cb(r));
}

const promises = { constants };
for (const name of Object.keys(syncs)) {
  promises[name] = promisifySync(syncs[name], name);
}
// (node's fs.promises.realpath is the native one: its errors say realpath, not lstat)
promises.realpath = promisifySync(realpathSync.native, 'realpath');
promises.open = function open(path, flags, mode) {
  return require('internal/fs/filehandle').open(path, flags, mode);
};

module.exports = {
  constants,
  F_OK: constants.F_OK,
  R_OK: constants.R_OK,
  W_OK: constants.W_OK,
  X_OK: constants.X_OK,
  Stats,
  Dirent,
  readFileSync,
  writeFileSync,
  appendFileSync,
  existsSync,
  statSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  rmSync,
  unlinkSync,
  rmdirSync,
  renameSync,
  copyFileSync,
  mkdtempSync,
  realpathSync,
  accessSync,
  openSync,
  closeSync,
  readSync,
  writeSync,
  fstatSync,
  ftruncateSync,
  fsyncSync,
  fdatasyncSync,
  cpSync,
  chmodSync,
  chownSync,
  lchownSync,
  utimesSync,
  lutimesSync,
  truncateSync,
  linkSync,
  symlinkSync,
  readlinkSync,
  opendirSync,
  get Dir() { return require('internal/fs/dir').Dir; },
  watchFile,
  unwatchFile,
  watch,
  read: ioCallback(readSync, 'read'),
  write: ioCallback(writeSync, 'write'),
  exists,
  promises,
};
for (const table of [syncs, fdSyncs]) {
  for (const name of Object.keys(table)) module.exports[name] = callbackify(table[name], name);
}
module.exports.realpath.native = callbackify(realpathSync.native, 'native');

// The stream classes load with the stream module, on first use.
for (const name of ['ReadStream', 'WriteStream', 'createReadStream', 'createWriteStream']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return require('internal/fs/streams')[name]; },
  });
}
