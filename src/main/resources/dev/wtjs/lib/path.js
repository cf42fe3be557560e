'use strict';
// The `path` module: one object of functions for POSIX paths and one for Windows paths. Both are pure string
// functions; only resolve() (and through it relative() and toNamespacedPath()) looks at process.cwd().

const { validateObject, validateString } = require('internal/validators');

// Every argument check of this module: a string, named as node names it in its errors.
const mustBeString = (value, name = 'path') => validateString(value, name);

const onWindows = process.platform === 'win32';

const isSlash = (ch) => ch === '/';
const isWinSep = (ch) => ch === '/' || ch === '\\';
const isLetter = (ch) => ch !== undefined && /^[A-Za-z]$/.test(ch);
const hasDriveAt0 = (p) => p.length >= 2 && p[1] === ':' && isLetter(p[0]);

// Collapses '.', '..' and empty segments of a separator-delimited string. '..' that would climb above the
// start is kept when `keepLeadingUps` (relative paths) and dropped otherwise (absolute ones).
function squeeze(text, keepLeadingUps, isSep, sep) {
  const out = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSep(text[i])) continue;
    const seg = text.slice(from, i);
    from = i + 1;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (keepLeadingUps) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return out.join(sep);
}

// Bounds of the last path component at or after `floor`, ignoring trailing separators:
// { begin, stop } with stop === -1 when there is no component. `cut` is true when a separator before the
// component was found (so begin - 1 is that separator).
function lastPart(path, floor, isSep) {
  let stop = path.length;
  while (stop > floor && isSep(path[stop - 1])) stop--;
  if (stop === floor) return { begin: floor, stop: -1, cut: false };
  let begin = stop;
  while (begin > floor && !isSep(path[begin - 1])) begin--;
  return { begin, stop, cut: begin > floor };
}

// Splits a component into name and extension the way node does: the extension starts at the last dot
// unless that dot opens the component, and '..' has none.
function splitExt(part) {
  const dot = part.lastIndexOf('.');
  if (dot <= 0 || part === '..') return [part, ''];
  return [part.slice(0, dot), part.slice(dot)];
}

function baseWithSuffix(path, floor, isSep, suffix) {
  if (suffix !== undefined && suffix !== '' && suffix.length <= path.length) {
    if (suffix === path) return '';
    const { begin, stop } = lastPart(path, floor, isSep);
    const comp = stop === -1 ? '' : path.slice(begin, stop);
    if (comp.endsWith(suffix)) return comp === suffix ? comp : comp.slice(0, comp.length - suffix.length);
    // The whole component matched the end of the suffix: node then returns the tail of the path as it
    // stands, trailing separators included.
    if (suffix.endsWith(comp)) return path.slice(stop === -1 ? floor : begin);
    return comp;
  }
  const { begin, stop } = lastPart(path, floor, isSep);
  return stop === -1 ? '' : path.slice(begin, stop);
}

function formatWith(sep, pathObject) {
  validateObject(pathObject, 'pathObject'); // node's message names it so
  const { root, dir: givenDir, base: givenBase, name, ext } = pathObject;
  const dir = givenDir || root;
  let base = givenBase;
  if (!base) {
    const dotted = ext ? (ext[0] === '.' ? ext : `.${ext}`) : '';
    base = `${name || ''}${dotted}`;
  }
  if (!dir) return base;
  return dir === root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// ------------------------------------------------------------------------------------------------ glob
// A small glob matcher for matchesGlob(): *, ?, [set], [!set], {a,b}, ** as whole segments; * and ? do not
// match a leading dot; '\' escapes on POSIX and is a separator on Windows.
const globCache = new Map();
function globToRegExp(pattern, windows) {
  const key = `${windows ? 'w' : 'p'}${pattern}`;
  let re = globCache.get(key);
  if (re) return re;
  if (windows) pattern = pattern.replace(/\\/g, '/');
  const segs = pattern.split('/');
  let src = '';
  for (let s = 0; s < segs.length; s++) {
    const seg = segs[s];
    const last = s === segs.length - 1;
    if (seg === '**') {
      // Any number of segments (none starting with '.'), including none.
      src += last ? '(?:(?!\\.)[^/]+(?:/(?!\\.)[^/]+)*)' : '(?:(?!\\.)[^/]+/)*';
      continue;
    }
    src += segmentSource(seg, windows) + (last ? '' : '/');
  }
  re = new RegExp(`^${src}/?$`);
  globCache.set(key, re);
  return re;
}

function segmentSource(seg, windows) {
  let out = '';
  let braces = 0;
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i];
    const atStart = i === 0;
    if (ch === '\\' && !windows && i + 1 < seg.length) {
      out += escapeRe(seg[++i]);
    } else if (ch === '*') {
      while (seg[i + 1] === '*') i++;
      out += atStart ? '(?!\\.)[^/]*' : '[^/]*';
    } else if (ch === '?') {
      out += atStart ? '(?!\\.)[^/]' : '[^/]';
    } else if (ch === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close === -1) {
        out += '\\[';
        continue;
      }
      let body = seg.slice(i + 1, close);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      out += `[${negate ? '^/' : ''}${body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]')}]`;
      i = close;
    } else if (ch === '{') {
      braces++;
      out += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (ch === ',' && braces > 0) {
      out += '|';
    } else {
      out += escapeRe(ch);
    }
  }
  while (braces-- > 0) out += ')';
  return out;
}

const escapeRe = (ch) => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function matchGlob(path, pattern, windows) {
  mustBeString(path);
  mustBeString(pattern, 'pattern');
  const subject = windows ? path.replace(/\\/g, '/') : path;
  return globToRegExp(pattern, windows).test(subject);
}

// --------------------------------------------------------------------------------------------------- POSIX
function posixCwd() {
  if (!onWindows) return process.cwd();
  const cwd = process.cwd().replace(/\\/g, '/');
  return cwd.slice(cwd.indexOf('/'));
}

const posix = {
  resolve(...args) {
    let joined = '';
    let absolute = false;
    for (let i = args.length - 1; i >= 0 && !absolute; i--) {
      const piece = args[i];
      mustBeString(piece, `paths[${i}]`);
      if (piece === '') continue;
      joined = `${piece}/${joined}`;
      absolute = piece[0] === '/';
    }
    if (!absolute) {
      const cwd = posixCwd();
      joined = `${cwd}/${joined}`;
      absolute = cwd[0] === '/';
    }
    const body = squeeze(joined, !absolute, isSlash, '/');
    if (absolute) return `/${body}`;
    return body || '.';
  },

  normalize(path) {
    mustBeString(path);
    if (path === '') return '.';
    const absolute = path[0] === '/';
    const trailing = path[path.length - 1] === '/';
    let body = squeeze(path, !absolute, isSlash, '/');
    if (body === '') {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) body += '/';
    return absolute ? `/${body}` : body;
  },

  isAbsolute(path) {
    mustBeString(path);
    return path[0] === '/';
  },

  join(...args) {
    const parts = [];
    for (const arg of args) {
      mustBeString(arg);
      if (arg !== '') parts.push(arg);
    }
    return parts.length === 0 ? '.' : posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    mustBeString(from, 'from');
    mustBeString(to, 'to');
    if (from === to) return '';
    const a = posix.resolve(from);
    const b = posix.resolve(to);
    if (a === b) return '';
    const fromSegs = a === '/' ? [] : a.slice(1).split('/');
    const toSegs = b === '/' ? [] : b.slice(1).split('/');
    let shared = 0;
    while (shared < fromSegs.length && shared < toSegs.length && fromSegs[shared] === toSegs[shared]) shared++;
    const ups = new Array(fromSegs.length - shared).fill('..');
    return ups.concat(toSegs.slice(shared)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    mustBeString(path);
    if (path === '') return '.';
    const rooted = path[0] === '/';
    let end = path.length;
    while (end > 1 && path[end - 1] === '/') end--;
    const cut = path.lastIndexOf('/', end - 1);
    if (cut <= 0) return rooted ? '/' : '.';
    if (rooted && cut === 1) return '//';
    return path.slice(0, cut);
  },

  basename(path, suffix) {
    if (suffix !== undefined) mustBeString(suffix, 'suffix');
    mustBeString(path);
    return baseWithSuffix(path, 0, isSlash, suffix);
  },

  extname(path) {
    mustBeString(path);
    const { begin, stop } = lastPart(path, 0, isSlash);
    return stop === -1 ? '' : splitExt(path.slice(begin, stop))[1];
  },

  format: (pathObject) => formatWith('/', pathObject),

  parse(path) {
    mustBeString(path);
    const out = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path === '') return out;
    const rooted = path[0] === '/';
    if (rooted) out.root = '/';
    const { begin, stop, cut } = lastPart(path, rooted ? 1 : 0, isSlash);
    if (stop !== -1) {
      out.base = path.slice(begin, stop);
      // Node's quirk: '..' directly under the root splits like any other name ('/..' has ext '.').
      [out.name, out.ext] = rooted && !cut && out.base === '..' ? ['.', '.'] : splitExt(out.base);
    }
    if (cut) out.dir = path.slice(0, begin - 1);
    else if (rooted) out.dir = '/';
    return out;
  },

  matchesGlob(path, glob) {
    return matchGlob(path, glob, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};
Object.defineProperty(posix.format, 'name', { value: 'format' });

// ------------------------------------------------------------------------------------------------- Windows
// Reads the root of a Windows path. Returns { device, size, absolute, uncOnly }: `device` is 'C:' or
// '\\server\share' (separators made backslashes) or '' ; `size` is how many leading characters the root
// takes (for a UNC root without a following separator, the whole path, with uncOnly set).
function winRoot(path) {
  const none = { device: '', size: 0, absolute: false, uncOnly: false };
  if (path.length === 0) return none;
  if (isWinSep(path[0])) {
    if (!isWinSep(path[1])) return { device: '', size: 1, absolute: true, uncOnly: false };
    // The Win32 namespace prefixes \\?\ and \\.\ are a root of their own when something follows them (alone,
    // node reads them as a rooted path: '\\?\' is '\?\').
    if ((path[2] === '?' || path[2] === '.') && isWinSep(path[3]) && path.length > 4) {
      return { device: `\\\\${path[2]}`, size: 4, absolute: true, uncOnly: false };
    }
    const m = /^[\\/]{2}([^\\/]+)[\\/]+([^\\/]+)/.exec(path);
    if (m === null) return { device: '', size: 0, absolute: true, uncOnly: false };
    const device = `\\\\${m[1]}\\${m[2]}`;
    return { device, size: m[0].length, absolute: true, uncOnly: m[0].length === path.length };
  }
  if (hasDriveAt0(path)) {
    const absolute = isWinSep(path[2]);
    return { device: path.slice(0, 2), size: absolute ? 3 : 2, absolute, uncOnly: false };
  }
  return none;
}

// Where the root of a Windows path ends for dirname() and parse(): includes the separator after a UNC
// share; { end: -1 } when there is no root. `whole` says the path is nothing but a UNC root.
function winRootEnd(path) {
  if (path.length === 0) return { end: -1, whole: false };
  if (isWinSep(path[0])) {
    if (!isWinSep(path[1])) return { end: 1, whole: false };
    const m = /^[\\/]{2}[^\\/]+[\\/]+[^\\/]+/.exec(path);
    if (m === null) return { end: 1, whole: false };
    if (m[0].length === path.length) return { end: path.length, whole: true };
    return { end: m[0].length + 1, whole: false };
  }
  if (hasDriveAt0(path)) return { end: isWinSep(path[2]) ? 3 : 2, whole: false };
  return { end: -1, whole: false };
}

// Windows device names that are reserved in any directory; a relative path whose first segment is such a
// name followed by ':' is kept from being read as a drive or stream by a leading '.\'.
const RESERVED = new Set(['CON', 'PRN', 'AUX', 'NUL', 'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7',
  'COM8', 'COM9', 'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9', 'COM\xb9', 'COM\xb2',
  'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3']);

function winCwd() {
  return process.cwd();
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    // Right to left; index -1 stands for the current directory (of the device, once one is known).
    for (let i = args.length - 1; i > -2; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        mustBeString(path, `paths[${i}]`);
        if (path === '') continue;
      } else if (device === '') {
        path = winCwd();
      } else {
        // The current directory of another drive, as cmd.exe keeps it in the environment.
        path = process.env[`=${device}`] || winCwd();
        if (path === undefined || // no cwd at all
            (path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path[2] === '\\')) {
          path = `${device}\\`;
        }
      }
      const root = winRoot(path);
      if (root.device !== '') {
        if (device === '') device = root.device;
        else if (root.device.toLowerCase() !== device.toLowerCase()) continue;
      }
      if (absolute) {
        if (device !== '') break;
      } else {
        tail = `${path.slice(root.uncOnly ? path.length : root.size)}\\${tail}`;
        absolute = root.absolute;
        if (absolute && device !== '') break;
      }
    }
    tail = squeeze(tail, !absolute, isWinSep, '\\');
    return absolute ? `${device}\\${tail}` : `${device}${tail}` || '.';
  },

  normalize(path) {
    mustBeString(path);
    if (path.length === 0) return '.';
    if (path.length === 1) return path === '/' ? '\\' : path;
    let root = winRoot(path);
    if (root.uncOnly) return `${root.device}\\`;
    // 'CON:rest' and the like: the device name is read like a drive letter, and the result is marked
    // relative with '.\\' so that it cannot be taken for a drive or a stream.
    const deviceName = root.device === '' && !root.absolute ? reservedPrefix(path) : '';
    if (deviceName !== '') root = { device: deviceName, size: deviceName.length, absolute: false };
    let tail = root.size < path.length ? squeeze(path.slice(root.size), !root.absolute, isWinSep, '\\') : '';
    if (tail === '' && !root.absolute) tail = '.';
    if (tail !== '' && isWinSep(path[path.length - 1])) tail += '\\';
    if (deviceName !== '') return `.\\${deviceName}${tail}`;
    if (root.device === '') {
      if (!root.absolute && (looksDeviceLike(tail) || namesStream(path))) return `.\\${tail}`;
      return root.absolute ? `\\${tail}` : tail;
    }
    return root.absolute ? `${root.device}\\${tail}` : `${root.device}${tail}`;
  },

  isAbsolute(path) {
    mustBeString(path);
    if (path.length === 0) return false;
    return isWinSep(path[0]) || (hasDriveAt0(path) && isWinSep(path[2]));
  },

  join(...args) {
    const parts = [];
    for (const arg of args) {
      mustBeString(arg);
      if (arg !== '') parts.push(arg);
    }
    if (parts.length === 0) return '.';
    let joined = parts.join('\\');
    if (parts.some(namesReservedDevice)) return joined.replace(/\//g, '\\');
    // A first argument that looks like '\\server...' keeps its UNC root; otherwise a run of leading
    // separators (from an argument that is nothing but separators, say) shrinks to one.
    if (!/^[\\/]{2}[^\\/]/.test(parts[0])) joined = joined.replace(/^[\\/]{2,}/, '\\');
    return win32.normalize(joined); // which also squeezes the rest
  },

  relative(from, to) {
    mustBeString(from, 'from');
    mustBeString(to, 'to');
    if (from === to) return '';
    const toFull = win32.resolve(to);
    const a = win32.resolve(from).toLowerCase();
    const b = toFull.toLowerCase();
    if (a === b) return '';
    // Compared character by character (case-insensitively) between the leading and trailing backslashes.
    const span = (p) => {
      let lo = 0;
      let hi = p.length;
      while (lo < hi && p[lo] === '\\') lo++;
      while (hi - 1 > lo && p[hi - 1] === '\\') hi--;
      return [lo, hi];
    };
    const [aLo, aHi] = span(a);
    const [bLo, bHi] = span(b);
    const aLen = aHi - aLo;
    const bLen = bHi - bLo;
    const common = Math.min(aLen, bLen);
    let k = 0;
    let lastSep = -1;
    while (k < common && a[aLo + k] === b[bLo + k]) {
      if (a[aLo + k] === '\\') lastSep = k;
      k++;
    }
    if (k !== common) {
      if (lastSep === -1) return toFull;
    } else {
      if (bLen > common) {
        if (b[bLo + k] === '\\') return toFull.slice(bLo + k + 1, bHi);
        if (k === 2) return toFull.slice(bLo + k, bHi);
      }
      if (aLen > common) {
        if (a[aLo + k] === '\\') lastSep = k;
        else if (k === 2) lastSep = 3;
      }
      if (lastSep === -1) lastSep = 0;
    }
    const ups = [];
    for (let j = aLo + lastSep + 1; j <= aHi; j++) {
      if (j === aHi || a[j] === '\\') ups.push('..');
    }
    let rest = bLo + lastSep;
    if (ups.length > 0) return ups.join('\\') + toFull.slice(rest, bHi);
    if (toFull[rest] === '\\') rest++;
    return toFull.slice(rest, bHi);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const full = win32.resolve(path);
    if (full.length <= 2) return path;
    if (full[0] === '\\') {
      if (full[1] === '\\') {
        const kind = full[2];
        if (kind !== '?' && kind !== '.') return `\\\\?\\UNC\\${full.slice(2)}`;
      }
    } else if (hasDriveAt0(full) && full[2] === '\\') {
      return `\\\\?\\${full}`;
    }
    return full;
  },

  dirname(path) {
    mustBeString(path);
    if (path.length === 0) return '.';
    if (path.length === 1) return isWinSep(path) ? path : '.';
    const { end: rootEnd, whole } = winRootEnd(path);
    if (whole) return path;
    const floor = rootEnd === -1 ? 0 : rootEnd;
    let end = path.length;
    while (end > floor && isWinSep(path[end - 1])) end--;
    let cut = end;
    while (cut > floor && !isWinSep(path[cut - 1])) cut--;
    // cut - 1 is the separator before the last component when one exists above the root.
    if (cut > floor) return path.slice(0, cut - 1);
    if (rootEnd === -1) return '.';
    return path.slice(0, rootEnd);
  },

  basename(path, suffix) {
    if (suffix !== undefined) mustBeString(suffix, 'suffix');
    mustBeString(path);
    return baseWithSuffix(path, hasDriveAt0(path) ? 2 : 0, isWinSep, suffix);
  },

  extname(path) {
    mustBeString(path);
    const { begin, stop } = lastPart(path, hasDriveAt0(path) ? 2 : 0, isWinSep);
    return stop === -1 ? '' : splitExt(path.slice(begin, stop))[1];
  },

  format: (pathObject) => formatWith('\\', pathObject),

  parse(path) {
    mustBeString(path);
    const out = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return out;
    const { end: rootEnd, whole } = winRootEnd(path);
    if (whole || (path.length === 1 && isWinSep(path)) || (rootEnd === 3 && path.length === 3 && hasDriveAt0(path))) {
      out.root = out.dir = path;
      return out;
    }
    const floor = rootEnd === -1 ? 0 : rootEnd;
    if (rootEnd > 0) out.root = path.slice(0, rootEnd);
    const { begin, stop, cut } = lastPart(path, floor, isWinSep);
    if (stop !== -1) {
      out.base = path.slice(begin, stop);
      [out.name, out.ext] = splitExt(out.base);
    }
    out.dir = cut ? path.slice(0, begin - 1) : out.root;
    return out;
  },

  matchesGlob(path, glob) {
    return matchGlob(path, glob, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};
Object.defineProperty(win32.format, 'name', { value: 'format' });

// 'CON:' when a path starts with a reserved device name and a colon (before any separator), else ''.
function reservedPrefix(path) {
  const m = /^([^\\/:]*):/.exec(path);
  return m !== null && RESERVED.has(m[1].toUpperCase()) ? m[0] : '';
}

// A relative result that would read as drive-relative ('x:...') or has a segment ending in ':' (a stream).
function looksDeviceLike(tail) {
  return hasDriveAt0(tail) || /:(?:\\|$)/.test(tail);
}

// A path with a segment that ends in ':' (a stream or device name): its relative normal form keeps the leading
// '.\\' even when '..' removed that segment ('ab:\\..\\c' is '.\\c', as node 24 writes it).
function namesStream(path) {
  return /:(?:[\\/]|$)/.test(path);
}

// join() leaves the arguments unnormalized when one holds a reserved device name with a colon.
function namesReservedDevice(arg) {
  return arg.split('\\').some((part) => reservedPrefix(part) !== '');
}

for (const flavour of [posix, win32]) {
  flavour.posix = posix;
  flavour.win32 = win32;
  flavour._makeLong = flavour.toNamespacedPath; // old undocumented name (DEP0080)
}

module.exports = onWindows ? win32 : posix;
