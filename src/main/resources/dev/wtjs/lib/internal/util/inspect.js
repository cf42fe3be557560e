'use strict';
// util.inspect, util.format and their helpers. The formatting is done by the npm package
// node-inspect-extracted (pinned in src/main/js-deps, bundled into the jar as deps/node-inspect-extracted),
// which reproduces node's output on engines other than V8. This module only adapts it to what GraalJS can tell:
//
// - A promise's state is invisible to JavaScript on GraalJS, and the package reports every promise as
//   `<pending>`. We say `<unknown>` instead, through the package's `stylize` hook: every call that leaves
//   stylize to us gets one that renames that marker. With colors on the package uses its own colouring
//   stylize and the marker stays `<pending>`.
// - Nor can it see the entries of a live Map/Set iterator: the package prints such an iterator with nothing
//   between its braces, which we fill with `<items unknown>` (as for a WeakMap) in the finished text.
// - The package follows node's newer releases where node 24 differs: regular expressions are coloured as one
//   red string (node 24's style), not token by token.
// - Option objects are validated with wtjs's own errors.
// - Everything else the package decides itself (its own type checks; Proxies are inspected through their
//   traps; Map/Set iterators and weak collections show no entries), as wtjs's engine binding could not tell
//   more either (see internal/binding/util.js).

const extracted = require('deps/node-inspect-extracted/dist/inspect');
const { validateObject, kValidateObjectAllowArray } = require('internal/validators');

const base = extracted.inspect;
const PROMISE_STATE = '<pending>';
const UNKNOWN_STATE = '<unknown>';

// Plain text, except for the one marker GraalJS cannot honour.
function stylizePlain(text, styleType) {
  return styleType === 'special' && text === PROMISE_STATE ? UNKNOWN_STATE : text;
}

function withStylize(options) {
  if (options === undefined) return { stylize: stylizePlain };
  if (options === null || typeof options !== 'object' || 'stylize' in options) return options;
  return { ...options, stylize: stylizePlain };
}

const EMPTY_ITERATOR = /(\[(?:Map|Set) (?:Iterator|Entries)\] \{) ( \})/g;

function colorsWanted(options) {
  return Boolean(options !== null && typeof options === 'object' && 'colors' in options ?
    options.colors : base.defaultOptions.colors);
}

function fillIterators(text, colors) {
  if (!text.includes('Iterator] {  }') && !text.includes('Entries] {  }')) return text;
  let marker = '<items unknown>';
  const codes = colors ? base.colors[base.styles.special] : undefined;
  if (codes !== undefined) marker = `\x1b[${codes[0]}m${marker}\x1b[${codes[1]}m`;
  return text.replace(EMPTY_ITERATOR, `$1 ${marker}$2`);
}

function inspect(value, options) {
  if (arguments.length > 2 || typeof options === 'boolean') {
    // The old positional form inspect(value, showHidden, depth, colors).
    const colors = arguments.length > 3 && arguments[3] !== undefined ? arguments[3] : base.defaultOptions.colors;
    return fillIterators(Reflect.apply(base, undefined, arguments), colors);
  }
  return fillIterators(base(value, withStylize(options)), colorsWanted(options));
}

Object.defineProperties(inspect, {
  custom: { value: base.custom, writable: true, enumerable: true, configurable: true },
  colors: { value: base.colors, writable: true, enumerable: true, configurable: true },
  styles: { value: base.styles, writable: true, enumerable: true, configurable: true },
  defaultOptions: {
    get() { return base.defaultOptions; },
    set(options) {
      validateObject(options, 'options');
      base.defaultOptions = options;
    },
    enumerable: true,
    configurable: true,
  },
});

inspect.styles.regexp = 'red';

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', kValidateObjectAllowArray);
  return fillIterators(extracted.formatWithOptions(withStylize(inspectOptions), ...args),
                       colorsWanted(inspectOptions));
}

function format(...args) {
  return fillIterators(extracted.formatWithOptions(withStylize(undefined), ...args), colorsWanted(undefined));
}

module.exports = {
  inspect,
  format,
  formatWithOptions,
  inspectDefaultOptions: extracted.inspectDefaultOptions,
  stripVTControlCharacters: extracted.stripVTControlCharacters,
  getStringWidth: extracted.getStringWidth,
  isZeroWidthCodePoint: extracted.isZeroWidthCodePoint,
  identicalSequenceRange: extracted.identicalSequenceRange,
};
