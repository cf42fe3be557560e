'use strict';
// What a package.json says about resolution: the package scope of a file, "exports" (subpaths, `*` patterns,
// nested conditions, arrays of fallbacks) and "imports" (`#name` specifiers). Shared by require() and import;
// they differ only in the conditions they pass and in how a failure reads.

const host = internalBinding('host');
const path = require('path');
const { codes } = require('internal/errors');

const jsonByDir = new Map();

// The parsed package.json in dir (null when there is none).
function packageJsonAt(dir) {
  if (jsonByDir.has(dir)) return jsonByDir.get(dir);
  const file = path.join(dir, 'package.json');
  const text = host.fileKind(file) === 1 ? host.readFile(file) : null;
  let json = null;
  if (text != null) {
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new codes.ERR_INVALID_PACKAGE_CONFIG(file, undefined, err.message);
    }
    if (json === null || typeof json !== 'object') json = {};
  }
  jsonByDir.set(dir, json);
  return json;
}

// The nearest package.json above a file: { dir, json } or null. node_modules folders end the search.
function scopeOf(file) {
  let dir = path.dirname(file);
  for (;;) {
    if (path.basename(dir) === 'node_modules') return null;
    const json = packageJsonAt(dir);
    if (json) return { dir, json };
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

// 'pkg/a/b' -> { name: 'pkg', subpath: './a/b' }; '@s/pkg' -> { name: '@s/pkg', subpath: '.' }.
function splitSpecifier(specifier) {
  const parts = specifier.split('/');
  const count = specifier.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, count).join('/');
  const bad = name === '' || name.startsWith('.') || /[\\%]/.test(name) ||
    (count === 2 && (parts.length < 2 || parts[1] === ''));
  if (bad) return null;
  const rest = parts.slice(count).join('/');
  return { name, subpath: rest === '' ? '.' : `./${rest}` };
}

const NO_MATCH = Symbol('no match');

// Whether the keys of an exports object are subpaths ('.', './x') or conditions.
function isSubpathMap(exports, pkgFile) {
  if (typeof exports !== 'object' || exports === null || Array.isArray(exports)) return false;
  let subpaths = 0;
  let conditions = 0;
  for (const key of Object.keys(exports)) {
    if (key.startsWith('.')) subpaths++;
    else conditions++;
  }
  if (subpaths > 0 && conditions > 0) {
    throw new codes.ERR_INVALID_PACKAGE_CONFIG(pkgFile, undefined,
      '"exports" cannot contain some keys starting with \'.\' and some not. The exports object must either be ' +
      'an object of package subpath keys or an object of main entry condition name keys only.');
  }
  return subpaths > 0;
}

// Finds key in a map of subpaths or `#` names: an exact key, or the `*` pattern with the longest prefix.
function lookUp(map, key) {
  if (Object.prototype.hasOwnProperty.call(map, key) && !key.includes('*')) {
    return { target: map[key], star: undefined };
  }
  let best = null;
  for (const candidate of Object.keys(map)) {
    const star = candidate.indexOf('*');
    if (star < 0 || candidate.indexOf('*', star + 1) >= 0) continue;
    const prefix = candidate.slice(0, star);
    const suffix = candidate.slice(star + 1);
    if (!key.startsWith(prefix) || key === prefix) continue;
    if (suffix && (!key.endsWith(suffix) || key.length < candidate.length)) continue;
    if (best && !outranks(candidate, best.key)) continue;
    best = { key: candidate, star: key.slice(prefix.length, key.length - suffix.length) };
  }
  return best ? { target: map[best.key], star: best.star } : null;
}

// Pattern keys rank by the length of what comes before the `*`, then by total length.
function outranks(a, b) {
  const pa = a.indexOf('*');
  const pb = b.indexOf('*');
  if (pa !== pb) return pa > pb;
  return a.length > b.length;
}

// A target string, array or condition object -> an absolute path (or, in "imports", a bare package
// specifier), null when the package excludes it, NO_MATCH when no condition applies.
function pickTarget(ctx, target, star) {
  if (typeof target === 'string') return expandTarget(ctx, target, star);
  if (Array.isArray(target)) {
    let lastError = null;
    for (const option of target) {
      let found;
      try {
        found = pickTarget(ctx, option, star);
      } catch (err) {
        if (err?.code !== 'ERR_INVALID_PACKAGE_TARGET') throw err;
        lastError = err;
        continue;
      }
      if (found !== NO_MATCH && found !== null) return found;
    }
    if (lastError) throw lastError;
    return null;
  }
  if (target === null) return null;
  if (typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (key !== 'default' && !ctx.conditions.includes(key)) continue;
      const found = pickTarget(ctx, target[key], star);
      if (found !== NO_MATCH) return found;
    }
    return NO_MATCH;
  }
  return invalidTarget(ctx, target);
}

function expandTarget(ctx, target, star) {
  const text = star === undefined ? target : target.replaceAll('*', star);
  if (!target.startsWith('./')) {
    // "imports" may map to another package; "exports" may not leave the package.
    if (ctx.imports && !target.startsWith('../') && !target.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      return { bare: text };
    }
    return invalidTarget(ctx, target);
  }
  const segments = text.slice(2).split(/[\\/]/);
  if (segments.some((s) => s === '..' || s === '.' || s.toLowerCase() === 'node_modules')) {
    return invalidTarget(ctx, target);
  }
  return path.join(ctx.dir, text);
}

function invalidTarget(ctx, target) {
  throw new codes.ERR_INVALID_PACKAGE_TARGET(ctx.dir + '/', ctx.key, target, ctx.imports, ctx.base);
}

// The file a package subpath ('.', './x') names through "exports". Throws ERR_PACKAGE_PATH_NOT_EXPORTED.
function resolveExports(dir, json, subpath, conditions, base) {
  const pkgFile = path.join(dir, 'package.json');
  let map = json.exports;
  if (!isSubpathMap(map, pkgFile)) map = { '.': map };
  const entry = lookUp(map, subpath);
  if (entry) {
    const ctx = { dir, conditions, key: subpath, imports: false, base };
    const found = pickTarget(ctx, entry.target, entry.star);
    if (found !== NO_MATCH && found !== null) return found;
  }
  throw new codes.ERR_PACKAGE_PATH_NOT_EXPORTED(dir + '/', subpath, base);
}

// '#name' through the "imports" of the package around `from`: an absolute path or { bare: specifier }.
function resolveImports(specifier, from, conditions, base) {
  const scope = scopeOf(from);
  if (specifier !== '#' && !specifier.startsWith('#/') && scope && scope.json.imports &&
      typeof scope.json.imports === 'object') {
    const entry = lookUp(scope.json.imports, specifier);
    if (entry) {
      const ctx = { dir: scope.dir, conditions, key: specifier, imports: true, base };
      const found = pickTarget(ctx, entry.target, entry.star);
      if (found !== NO_MATCH && found !== null) return found;
    }
  }
  throw new codes.ERR_PACKAGE_IMPORT_NOT_DEFINED(specifier, scope ? scope.dir + '/' : undefined,
                                                 base);
}

// A package importing itself by its own name, through its "exports".
function resolveSelf(parts, from, conditions, base) {
  const scope = scopeOf(from);
  if (!scope || scope.json.name !== parts.name || scope.json.exports === undefined) return undefined;
  return resolveExports(scope.dir, scope.json, parts.subpath, conditions, base);
}

module.exports = { packageJsonAt, scopeOf, splitSpecifier, resolveExports, resolveImports, resolveSelf };
