'use strict';
// The bridge between GraalJS's ES module loader and the CommonJS world. The host's module file system asks
// esmSource() for the text of a module that is not an ES module file: a builtin (`node:events`, `events`) or a
// CommonJS file. The text re-exports that module's exports (default = the whole exports object, plus each
// property that is a valid name), read through the global __wtjs_esm__ at evaluation time.

const loader = internalBinding('loader');

const RESERVED = new Set(('break case catch class const continue debugger default delete do else enum export ' +
  'extends false finally for function if import in instanceof new null return super switch this throw true try ' +
  'typeof var void while with yield let static implements interface package private protected public await ' +
  'arguments eval').split(' '));

function exportsOf(kind, id) {
  if (kind === 'builtin') {
    if (!loader.canBeRequiredByUsers(id)) return undefined;
    return loader.requireBuiltin(id);
  }
  return require('internal/modules/cjs/loader')._load(id, null, false);
}

function esmSource(kind, id) {
  const exports = exportsOf(kind, id);
  if (exports === undefined) return null;
  const names = [];
  if (exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
    for (const k of Object.keys(exports)) {
      if (/^[A-Za-z_$][\w$]*$/.test(k) && !RESERVED.has(k) && k !== '__wtjs_m') names.push(k);
    }
  }
  const ref = `__wtjs_esm__.${kind === 'builtin' ? 'builtin' : 'cjs'}(${JSON.stringify(id)})`;
  let text = `const __wtjs_m = ${ref};\nexport default __wtjs_m;\n`;
  // Each named export is read once at evaluation; a throwing lazy getter leaves that one undefined.
  for (const k of names) text += `export const ${k} = __wtjs_esm__.get(__wtjs_m, ${JSON.stringify(k)});\n`;
  return text;
}

function installGlobal() {
  const bridge = Object.freeze({
    __proto__: null,
    builtin: (id) => loader.requireBuiltin(id),
    cjs: (path) => require('internal/modules/cjs/loader')._load(path, null, false),
    get: (m, k) => {
      try {
        return m[k];
      } catch {
        return undefined;
      }
    },
  });
  Object.defineProperty(globalThis, '__wtjs_esm__', { value: bridge, enumerable: false, writable: false,
                                                        configurable: false });
}

module.exports = { esmSource, installGlobal };
