'use strict';
// util.inspect, util.format and their helpers. The formatting is done by the npm package
// node-inspect-extracted (pinned in src/main/js-deps, bundled into the jar as deps/node-inspect-extracted),
// which reproduces node's output on engines other than V8. This module only adapts it to what GraalJS can tell:
//
// - A promise's state is invisible to JavaScript on GraalJS; the package, left alone, reports every promise as
//   `<pending>`. It is handed wtjs's binding (internal/binding/util.js), which reads the state, and a primitive
//   result, from the engine's display text of the promise: `Promise { <pending> }`, `Promise { 4 }` and
//   `Promise { <rejected> 'x' }` as in node; a settled promise's object result prints as `<unknown>`.
// - Nor can it see the entries of a live Map/Set iterator: the package prints such an iterator with nothing
//   between its braces, which we fill with `<items unknown>` (as for a WeakMap) in the finished text.
// - The package follows node's newer releases where node 24 differs: regular expressions are coloured as one
//   red string (node 24's style), not token by token.
// - Option objects are validated with wtjs's own errors.
// - Everything else the package decides itself (its own type checks; Proxies are inspected through their
//   traps), as wtjs's engine binding could not tell more either (see internal/binding/util.js).
//
// The package is loaded on first use (its set-up is a noticeable part of an agent's start on GraalJS), and
// format() of strings and simple primitives, the common console.log, does not need it.

const { validateObject, kValidateObjectAllowArray } = require('internal/validators');

// The package builds primordials of its own (module 683 of its bundle), copying about 1,200 built-in functions:
// over a second of a cold start on GraalJS, 40 ms warm. It is handed wtjs's instead (resolved name by name as read)
// with the one name its own add: internalBinding('config'), which says there is no Intl, as the package's does.
// Another version of the package, without that module, keeps its own. `adaptedPackage` says whether the package
// read its primordials from ours (it reads internalBinding from them as it loads), not only whether its text was
// changed: the host might compile the text it has by id instead.
// The package's own util binding (module 727) cannot tell a promise's state; two of its properties are renamed
// so that ours are read instead: getPromiseDetails and the constants its answers are compared with.
// Its getPrefix follows a node later than 24, which leaves out a tag that the constructor's name holds
// (`MyMap(0) {}`); node 24 names the tag beside any other name (`MyMap(0) [Map] {}`). And its stand-in for V8's
// constructor name of an object without prototype reads the object's own `constructor` (node never does: such an
// object's `constructor: err` printed as `[Error: null prototype]`); the object's builtin tag is left. It colours
// a regular expression that has properties to show too; node 24 only one printed alone (`/x/ { [lastIndex]: 0 }`).
const ADAPTATIONS = [
  ['683(t){', '683(t){t.exports=wtjsProvided;return;'],
  ['t.exports={constants:{kPending:', 't.exports={constants:wtjsProvided.utilConstants,packageConstants:{kPending:'],
  ['getPromiseDetails:()=>', 'getPromiseDetails:wtjsProvided.getPromiseDetails,packageGetPromiseDetails:()=>'],
  ['const n=t.indexOf(e);if(-1===n)o+=', 'const n=t===e?0:-1;if(-1===n)o+='],
  ['if(t.constructor?.name)return t.constructor.name;', ''],
  ['d=t.stylize(d,"regexp"),0===l.length&&void 0===s||o>t.depth&&null!==t.depth)return d',
    '0===l.length&&void 0===s||o>t.depth&&null!==t.depth)return t.stylize(d,"regexp")'],
];
let adaptedPackage = false;
let promiseStates = false;
// Each adaptation whose text occurs exactly once (another version of the package keeps what it does not match).
function adapt(src) {
  for (const [from, to] of ADAPTATIONS) {
    const at = src.indexOf(from);
    if (at >= 0 && !src.includes(from, at + from.length)) src = `${src.slice(0, at)}${to}${src.slice(at + from.length)}`;
  }
  return src;
}
// The package takes the classes on globalThis when it loads as built in: util.format('%s') does not call their
// toString. Node's inspect loads before node's own globals are added (so '%s' of a Buffer, URL or
// URLSearchParams is its text); the package is handed the engine's globals alone.
function engineGlobals() {
  const globals = {};
  for (const name of primordials.EngineGlobalNames) globals[name] = globalThis[name];
  return globals;
}

function packageBinding(name) {
  if (name === 'config') return { hasIntl: false };
  throw new Error(`unknown module: "${name}"`);
}

let extracted;
function lib() {
  if (extracted === undefined) {
    // (GraalJS 25 has no Error.isError, which the package reads as ErrorIsError to tell errors of other realms;
    // the bootstrap adds one, after primordials were taken, from the same check)
    const ErrorIsError = primordials.ErrorIsError ?? internalBinding('types').isNativeError;
    const utilBinding = internalBinding('util');
    const provided = Object.create(primordials, {
      internalBinding: { get() { adaptedPackage = true; return packageBinding; } },
      ErrorIsError: { value: ErrorIsError },
      globalThis: { get: engineGlobals },
      utilConstants: { value: { ...utilBinding.constants } },
      getPromiseDetails: { get() { promiseStates = true; return (promise) => promiseDetails(utilBinding, promise); } },
    });
    extracted = internalBinding('loader').requireDep('deps/node-inspect-extracted/dist/inspect', adapt, provided);
    extracted.inspect.styles.regexp = 'red';
  }
  return extracted;
}

const PROMISE_STATE = '<pending>';
const UNKNOWN_STATE = '<unknown>';

// A settled promise's result that the engine does not show (an object) prints as <unknown>.
const UNKNOWN_RESULT = Object.defineProperty({}, Symbol.for('nodejs.util.inspect.custom'), {
  value: (depth, options) => options.stylize(UNKNOWN_STATE, 'special'),
});
function promiseDetails(utilBinding, promise) {
  const details = utilBinding.getPromiseDetails(promise);
  if (details === undefined) return [utilBinding.constants.kFulfilled, UNKNOWN_RESULT];
  return details.length === 1 && details[0] !== utilBinding.constants.kPending ? [details[0], UNKNOWN_RESULT] : details;
}

// Plain text, except for the one marker GraalJS cannot honour (a package that was not handed our promise states).
function stylizePlain(text, styleType) {
  return styleType === 'special' && text === PROMISE_STATE && !promiseStates ? UNKNOWN_STATE : text;
}

function withStylize(options) {
  if (options === undefined) return { stylize: stylizePlain };
  if (options === null || typeof options !== 'object' || 'stylize' in options) return options;
  return { ...options, stylize: stylizePlain };
}

const EMPTY_ITERATOR = /(\[(?:Map|Set) (?:Iterator|Entries)\] \{) ( \})/g;

function colorsWanted(options) {
  return Boolean(options !== null && typeof options === 'object' && 'colors' in options ?
    options.colors : lib().inspect.defaultOptions.colors);
}

function fillIterators(text, colors) {
  if (!text.includes('Iterator] {  }') && !text.includes('Entries] {  }')) return text;
  const { colors: palette, styles } = lib().inspect;
  let marker = '<items unknown>';
  const codes = colors ? palette[styles.special] : undefined;
  if (codes !== undefined) marker = `\x1b[${codes[0]}m${marker}\x1b[${codes[1]}m`;
  return text.replace(EMPTY_ITERATOR, `$1 ${marker}$2`);
}

function inspect(value, options) {
  const base = lib().inspect;
  if (arguments.length > 2 || typeof options === 'boolean') {
    // The old positional form inspect(value, showHidden, depth, colors).
    const colors = arguments.length > 3 && arguments[3] !== undefined ? arguments[3] : base.defaultOptions.colors;
    return fillIterators(Reflect.apply(base, undefined, arguments), colors);
  }
  return fillIterators(base(value, withStylize(options)), colorsWanted(options));
}

// inspect.colors/styles/defaultOptions belong to the package: reading one loads it.
function packageProperty(key) {
  return {
    get() { return lib().inspect[key]; },
    set(value) {
      if (key === 'defaultOptions') validateObject(value, 'options');
      lib().inspect[key] = value;
    },
    enumerable: true,
    configurable: true,
  };
}

Object.defineProperties(inspect, {
  custom: { value: Symbol.for('nodejs.util.inspect.custom'), writable: true, enumerable: true, configurable: true },
  colors: packageProperty('colors'),
  styles: packageProperty('styles'),
  defaultOptions: packageProperty('defaultOptions'),
});

// Before the package is loaded the inspect defaults are still node's own (changing them loads it), so simple
// primitives print as their plain text: strings, numbers, booleans, bigints, undefined and null, with no
// format directive to apply. Anything else, or any option, goes to the package.
function primitiveText(value) {
  switch (typeof value) {
    case 'string': return value;
    case 'number': return Object.is(value, -0) ? '-0' : `${value}`;
    case 'bigint': return `${value}n`;
    case 'boolean':
    case 'undefined': return `${value}`;
    default: return value === null ? 'null' : undefined;
  }
}

function plainText(args) {
  if (extracted !== undefined || args.length === 0) return undefined;
  if (args.length > 1 && typeof args[0] === 'string' && args[0].includes('%')) return undefined;
  let text = '';
  for (let i = 0; i < args.length; i++) {
    const part = primitiveText(args[i]);
    if (part === undefined) return undefined;
    text = i === 0 ? part : `${text} ${part}`;
  }
  return text;
}

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', kValidateObjectAllowArray);
  return (Object.keys(inspectOptions).length === 0 ? plainText(args) : undefined) ??
    fillIterators(lib().formatWithOptions(withStylize(inspectOptions), ...args), colorsWanted(inspectOptions));
}

function format(...args) {
  return plainText(args) ??
    fillIterators(lib().formatWithOptions(withStylize(undefined), ...args), colorsWanted(undefined));
}

module.exports = {
  loadPackage: () => { lib(); },
  adaptedPackage: () => adaptedPackage,
  inspect,
  format,
  formatWithOptions,
  get inspectDefaultOptions() { return lib().inspectDefaultOptions; },
  stripVTControlCharacters: (text) => lib().stripVTControlCharacters(text),
  getStringWidth: (text, removeControlChars) => lib().getStringWidth(text, removeControlChars),
  isZeroWidthCodePoint: (code) => lib().isZeroWidthCodePoint(code),
  identicalSequenceRange: (a, b) => lib().identicalSequenceRange(a, b),
};
