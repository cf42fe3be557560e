'use strict';
// Where an `import` specifier leads, by node's ES module rules: GraalJS's module loader asks resolve() for every
// static and dynamic import (with the importing file's path) and loads the file returned. Relative and absolute
// specifiers and file: URLs name exact files (no extensions are tried); bare names go through "exports" (with the
// conditions of import) or, without them, "main"; '#name' goes through "imports". Builtins map to the generated
// modules the module file system serves.

const host = internalBinding('host');
const path = require('path');
const { codes } = require('internal/errors');
const loader = internalBinding('loader');
const packageMap = require('internal/modules/package_map');

const IMPORT_CONDITIONS = ['import', 'node', 'module-sync', 'node-addons'];
const GENERATED = '/__wtjs_generated__/builtin/';

function builtinPath(id) {
  return `${GENERATED}${id.replaceAll('/', '__')}.mjs`;
}

function fileUrlToPath(url) {
  return require('internal/url').fileURLToPath(url);
}

function moduleNotFound(file, base) {
  const err = new codes.ERR_MODULE_NOT_FOUND(file, base, `file://${file}`);
  err.message = `Cannot find module '${file}' imported from ${base}`;
  return err;
}

// An exact file, or the node error for what is there instead.
function existingFile(file, base) {
  const kind = host.fileKind(file);
  if (kind === 1) return host.realpath(file);
  if (kind === 2) throw new codes.ERR_UNSUPPORTED_DIR_IMPORT(file, base, `file://${file}`);
  throw moduleNotFound(file, base);
}

// A package without "exports": its "main" (with the extensions require would try), else index.js.
function legacyMain(dir, json, base) {
  const candidates = [];
  if (typeof json?.main === 'string' && json.main) {
    const main = path.resolve(dir, json.main);
    candidates.push(main, `${main}.js`, `${main}.json`, `${main}.node`,
                    path.join(main, 'index.js'), path.join(main, 'index.json'), path.join(main, 'index.node'));
  }
  candidates.push(path.join(dir, 'index.js'), path.join(dir, 'index.json'), path.join(dir, 'index.node'));
  for (const file of candidates) {
    if (host.fileKind(file) === 1) return host.realpath(file);
  }
  throw new codes.ERR_MODULE_NOT_FOUND(dir, base, null);
}

function resolvePackage(specifier, from, base) {
  const parts = packageMap.splitSpecifier(specifier);
  if (!parts) {
    throw new codes.ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', base);
  }
  const self = packageMap.resolveSelf(parts, from, IMPORT_CONDITIONS, base);
  if (self !== undefined) return existingFile(self, base);
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    if (path.basename(dir) !== 'node_modules') {
      const pkgDir = path.join(dir, 'node_modules', parts.name);
      if (host.fileKind(pkgDir) === 2) {
        const json = packageMap.packageJsonAt(pkgDir);
        if (json && json.exports !== undefined && json.exports !== null) {
          return existingFile(packageMap.resolveExports(pkgDir, json, parts.subpath, IMPORT_CONDITIONS, base), base);
        }
        if (parts.subpath === '.') return legacyMain(pkgDir, json, base);
        return existingFile(path.join(pkgDir, parts.subpath), base);
      }
    }
    if (path.dirname(dir) === dir) break;
  }
  throw new codes.ERR_MODULE_NOT_FOUND(parts.name, base, null);
}

// The path GraalJS should load for `specifier` imported by the file at refPath (null: the working directory).
function resolve(refPath, specifier) {
  if (specifier.startsWith('node:')) {
    const id = specifier.slice(5);
    if (!loader.canBeRequiredByUsers(id)) throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    return builtinPath(id);
  }
  if (refPath?.startsWith(GENERATED)) refPath = null;
  const from = refPath ?? path.join(process.cwd(), '[eval]');
  const base = refPath ?? from;
  if (specifier.startsWith('file:')) return existingFile(fileUrlToPath(specifier), base);
  if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') ||
      specifier === '.' || specifier === '..') {
    return existingFile(path.resolve(path.dirname(from), specifier), base);
  }
  if (specifier.startsWith('#')) {
    const target = packageMap.resolveImports(specifier, from, IMPORT_CONDITIONS, base);
    return typeof target === 'object' ? resolve(refPath, target.bare) : existingFile(target, base);
  }
  if (loader.canBeRequiredByUsers(specifier)) return builtinPath(specifier);
  return resolvePackage(specifier, from, base);
}

module.exports = { resolve };
