'use strict';
// CommonJS modules as node loads them: relative and absolute files, .js/.json, directories with package.json
// "main" or index, node_modules lookup, builtins by bare and node: names, require.cache, MODULE_NOT_FOUND.

const host = internalBinding('host');
const path = require('path');
const { codes } = require('internal/errors');
const { validateString } = require('internal/validators');

const loader = internalBinding('loader');

const WRAPPER_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
  if (parent && parent.children) parent.children.push(this);
}

Module._cache = Object.create(null);
Module._extensions = Object.create(null);
// node 20's builtin names, those wtjs ships (computed on first use).
const NODE_BUILTINS = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap',
  '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer',
  'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process',
  'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream', 'stream/consumers',
  'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises', 'tls', 'trace_events',
  'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
];
let builtinModules;
Object.defineProperty(Module, 'builtinModules', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    builtinModules ??= Object.freeze(NODE_BUILTINS.filter((id) => loader.canBeRequiredByUsers(id)));
    return builtinModules;
  },
});
Module.Module = Module;
Module.wrapper = WRAPPER_PARAMS;

function isBuiltin(id) {
  if (id.startsWith('node:')) return loader.canBeRequiredByUsers(id.slice(5));
  return loader.canBeRequiredByUsers(id);
}
Module.isBuiltin = isBuiltin;

function nodeModulePaths(from) {
  from = path.resolve(from);
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/') || '/';
    paths.push(dir === '/' ? '/node_modules' : `${dir}/node_modules`);
  }
  return paths;
}
Module._nodeModulePaths = nodeModulePaths;

const EXTENSIONS = ['.js', '.json', '.node', '.mjs', '.cjs'];

function tryFile(p) {
  return host.fileKind(p) === 1 ? host.realpath(p) : false;
}

function tryExtensions(p) {
  for (const ext of ['.js', '.json', '.node']) {
    const f = tryFile(p + ext);
    if (f) return f;
  }
  return false;
}

function readPackage(dir) {
  const text = host.readFile(path.join(dir, 'package.json'));
  if (text == null) return null;
  try {
    return JSON.parse(text);
  } catch (e) {
    e.path = path.join(dir, 'package.json');
    e.message = `Error parsing ${e.path}: ${e.message}`;
    throw e;
  }
}

const warnedInvalidMain = new Set();

function tryPackage(dir) {
  const pkg = readPackage(dir);
  if (pkg && typeof pkg.main === 'string' && pkg.main) {
    const main = path.resolve(dir, pkg.main);
    const f = tryFile(main) || tryExtensions(main) || tryExtensions(path.join(main, 'index'));
    if (f) return f;
    const index = tryExtensions(path.join(dir, 'index'));
    if (index) {
      // node's DEP0128, once per package.json
      const jsonPath = path.join(dir, 'package.json');
      if (!warnedInvalidMain.has(jsonPath)) {
        warnedInvalidMain.add(jsonPath);
        process.emitWarning(`Invalid 'main' field in '${jsonPath}' of '${pkg.main}'. ` +
          'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
      }
    }
    return index;
  }
  return tryExtensions(path.join(dir, 'index'));
}

function resolveAt(base) {
  return tryFile(base) || tryExtensions(base) || (host.fileKind(base) === 2 && tryPackage(base));
}

const REQUIRE_CONDITIONS = ['require', 'node', 'module-sync', 'node-addons'];
let packageMapModule;
function packageMap() {
  packageMapModule ??= require('internal/modules/package_map');
  return packageMapModule;
}

// A bare request: the package's own name from inside it, then node_modules folders upwards. A package whose
// package.json has "exports" is entered only through them.
function resolvePackage(request, parentDir, parent) {
  const map = packageMap();
  const parts = map.splitSpecifier(request);
  if (parts && parent && parent.filename) {
    const self = map.resolveSelf(parts, parent.filename, REQUIRE_CONDITIONS, undefined);
    if (self !== undefined) return tryFile(self) || missingTarget(self, parent);
  }
  for (const dir of nodeModulePaths(parentDir)) {
    if (parts) {
      const pkgDir = path.join(dir, parts.name);
      const json = host.fileKind(pkgDir) === 2 ? map.packageJsonAt(pkgDir) : null;
      if (json && json.exports !== undefined && json.exports !== null) {
        const target = map.resolveExports(pkgDir, json, parts.subpath, REQUIRE_CONDITIONS, undefined);
        return tryFile(target) || missingTarget(target, parent);
      }
    }
    const found = resolveAt(path.join(dir, request));
    if (found) return found;
  }
  return false;
}

function missingTarget(target, parent) {
  return Module._resolveFilename(target, parent);
}

Module._resolveFilename = function resolveFilename(request, parent) {
  if (request.startsWith('node:')) {
    if (loader.canBeRequiredByUsers(request.slice(5))) return request;
    throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
  }
  if (loader.canBeRequiredByUsers(request)) return request;
  let found = false;
  const parentDir = parent && parent.filename ? path.dirname(parent.filename) : process.cwd();
  if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..' ||
      path.isAbsolute(request)) {
    found = resolveAt(path.resolve(parentDir, request));
  } else if (request.startsWith('#')) {
    const from = parent && parent.filename ? parent.filename : path.join(process.cwd(), '[eval]');
    const target = packageMap().resolveImports(request, from, REQUIRE_CONDITIONS, undefined);
    if (typeof target === 'object') return resolveFilename(target.bare, parent);
    found = tryFile(target);
    if (!found) request = target;
  } else {
    found = resolvePackage(request, parentDir, parent);
  }
  if (found) return found;
  const requireStack = [];
  for (let m = parent; m; m = m.parent) requireStack.push(m.filename || m.id);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

Module._load = function load(request, parent, isMain) {
  const filename = Module._resolveFilename(request, parent);
  if (filename.startsWith('node:') || !filename.startsWith('/')) {
    return loader.requireBuiltin(filename.startsWith('node:') ? filename.slice(5) : filename);
  }
  const cached = Module._cache[filename];
  if (cached !== undefined) return cached.loaded ? cached.exports : getExportsForCircularRequire(cached);
  if (host.isEsm(filename)) {
    // An ES module: the entry point, or require(esm) (the namespace object). One that import() is still loading
    // cannot be required meanwhile (node 24).
    if (!isMain && host.esmLoading(filename)) {
      throw new codes.ERR_REQUIRE_ESM_RACE_CONDITION(filename, parent?.filename, false);
    }
    let namespace = host.runModule(filename, isMain === true);
    if (namespace === null) {
      const requireStack = [];
      for (let m = parent; m; m = m.parent) requireStack.push(m.filename || m.id);
      throw new codes.ERR_REQUIRE_ASYNC_MODULE(filename, parent?.filename, requireStack);
    }
    // A module can name what require() gives instead of its namespace: `export { x as 'module.exports' }`.
    if (namespace !== null && typeof namespace === 'object' && 'module.exports' in namespace) {
      namespace = namespace['module.exports'];
    }
    if (!isMain) {
      const m = new Module(filename, parent);
      m.filename = filename;
      m.exports = namespace;
      m.loaded = true;
      Module._cache[filename] = m;
    }
    return namespace;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
    require.main = module;
  }
  Module._cache[filename] = module;
  let ok = false;
  try {
    module.load(filename);
    ok = true;
  } finally {
    if (!ok) delete Module._cache[filename];
  }
  if (module.exports && Object.getPrototypeOf(module.exports) === CircularRequirePrototypeWarningProxy) {
    Object.setPrototypeOf(module.exports, Object.prototype);
  }
  return module.exports;
};

// node: the exports of a module still loading, seen through a cycle, warn when a missing property is read.
function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports ` +
    'inside circular dependency');
}

const CircularRequirePrototypeWarningProxy = new Proxy({}, {
  __proto__: null,
  get(target, prop) {
    if (prop in target || prop === '__esModule') return target[prop];
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Object.getOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

function getExportsForCircularRequire(module) {
  if (module.exports && Object.getPrototypeOf(module.exports) === Object.prototype && !module.exports.__esModule) {
    Object.setPrototypeOf(module.exports, CircularRequirePrototypeWarningProxy);
  }
  return module.exports;
}

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = nodeModulePaths(path.dirname(filename));
  let ext = path.extname(filename);
  if (Module._extensions[ext] === undefined) ext = '.js';
  Module._extensions[ext](this, filename);
  this.loaded = true;
};

Module.prototype.require = function(id) {
  validateString(id, 'id');
  if (id === '') throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

function stripShebang(content) {
  return content.startsWith('#!') ? '//' + content.slice(2) : content;
}

Module.prototype._compile = function(content, filename) {
  const fn = host.compileFunction(filename, stripShebang(content), WRAPPER_PARAMS);
  const require = makeRequire(this);
  return fn.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
};

Module._extensions['.js'] = function(module, filename) {
  const content = host.readFile(filename);
  if (content == null) {
    const err = new Error(`ENOENT: no such file or directory, open '${filename}'`);
    err.code = 'ENOENT';
    throw err;
  }
  module._compile(content, filename);
};

Module._extensions['.json'] = function(module, filename) {
  const content = host.readFile(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

function makeRequire(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  require.resolve = function resolve(request) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod);
  };
  require.resolve.paths = (request) => (isBuiltin(request) ? null : nodeModulePaths(mod.path));
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}
Module.createRequire = function createRequire(filename) {
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filename = require('internal/url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    filename = require('internal/url').fileURLToPath(filename);
  }
  const m = new Module(filename, null);
  m.filename = filename;
  m.paths = nodeModulePaths(path.dirname(filename));
  return makeRequire(m);
};

module.exports = Module;
