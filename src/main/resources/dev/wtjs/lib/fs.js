'use strict';

// wtjs's fs: the common synchronous calls over internalBinding('host').fs() (Java NIO), callback versions on top
// of them (the result arrives on process.nextTick), and fs.promises. Errors have node's shape:
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
const { codes: { ERR_INVALID_ARG_TYPE, ERR_FS_EISDIR, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { uvErrmapGet } = require('internal/errors');
const { Buffer } = require('buffer');
const pathModule = require('path');

const kType = Symbol('type');
const ErrorCaptureStackTrace = typeof Error.captureStackTrace === 'function' ?
  (err, ctor) => Error.captureStackTrace(err, ctor) : () => {};

const errnos = {
  __proto__: null,
  EPERM: -1, ENOENT: -2, EIO: -5, EACCES: -13, EEXIST: -17, EXDEV: -18, ENOTDIR: -20, EISDIR: -21, EINVAL: -22,
  ENOSPC: -28, EROFS: -30, ENAMETOOLONG: -36, ENOTEMPTY: -39, ELOOP: -40,
};

function uvError(code, syscall, path, dest) {
  const errno = errnos[code] ?? -5;
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

function abs(p) {
  return pathModule.resolve(p);
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
    this.atime = toDate(this.atimeMs);
    this.mtime = toDate(this.mtimeMs);
    this.ctime = toDate(this.ctimeMs);
    this.birthtime = toDate(this.birthtimeMs);
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

const statsFrom = (numbers) => new Stats(...Array.from({ length: STAT_NUMBERS.length }, (_, i) => numbers[i]));

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
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

function writeSync(path, data, options, append, ctor) {
  const p = toPathString(path);
  const bytes = toBytes(data, encodingOf(options, 'utf8'));
  const flag = flagOf(options, append ? 'a' : 'w');
  const exclusive = typeof flag === 'string' && flag.includes('x');
  const isAppend = typeof flag === 'string' ? flag.startsWith('a') : append;
  if (!binding.writeFile(abs(p), bytes, isAppend, exclusive)) fail('open', p, undefined, ctor);
}

function writeFileSync(path, data, options) {
  writeSync(path, data, options, false, writeFileSync);
}

function appendFileSync(path, data, options) {
  writeSync(path, data, options, true, appendFileSync);
}

function existsSync(path) {
  let p;
  try {
    p = toPathString(path);
  } catch {
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
  for (;;) {
    const a = binding.stat(cur, true);
    if (a !== null) {
      if ((a[1] & S_IFMT) !== constants.S_IFDIR) {
        const code = cur === target ? 'EEXIST' : 'ENOTDIR';
        const err = uvError(code, 'mkdir', p);
        ErrorCaptureStackTrace(err, mkdirSync);
        throw err;
      }
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
      if (binding.error() === 'EEXIST') continue;
      fail('mkdir', p, undefined, mkdirSync);
    }
    first ??= missing[i];
  }
  return first;
}

function readdirSync(path, options) {
  const p = toPathString(path);
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

function firstMissing(p) {
  // node's JS realpath fails on lstat of the first component that is not there.
  const absolute = abs(p);
  const parts = absolute.split('/');
  let cur = '';
  for (let i = 1; i < parts.length; i++) {
    cur += '/' + parts[i];
    if (binding.stat(cur, false) === null) return cur;
  }
  return absolute;
}

function realpathSync(path, options) {
  const p = toPathString(path);
  const r = binding.realpath(abs(p));
  if (r === null) {
    const code = binding.error();
    if (code === 'ENOENT') {
      const err = uvError('ENOENT', 'lstat', firstMissing(p));
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

// ---- callbacks, over the sync calls ----

function callbackify(syncFn, name) {
  const fn = function(...args) {
    const cb = args.pop();
    if (typeof cb !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('cb', 'function', cb);
    }
    let result;
    let error = null;
    try {
      result = syncFn(...args);
    } catch (e) {
      error = e;
    }
    if (error !== null) process.nextTick(cb, error);
    else process.nextTick(cb, null, result);
  };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

function promisifySync(syncFn, name) {
  const fn = async function(...args) {
    return syncFn(...args);
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
};

function exists(path, cb) {
  const r = existsSync(path);
  process.nextTick(cb, r);
}

const promises = { constants };
for (const name of Object.keys(syncs)) {
  promises[name] = promisifySync(syncs[name], name);
}

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
  exists,
  promises,
};
for (const name of Object.keys(syncs)) {
  module.exports[name] = callbackify(syncs[name], name);
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
