'use strict';

// assert(value) / assert.ok(value): the failure and, without a message, a text quoting the call's source,
// as node 24 does ("The expression evaluated to a falsy value:\n\n  assert(x === 1)\n").
// The call site is the first frame of a stack captured above the assert function; its file is read back
// and the call is cut out of that line (up to its closing parenthesis, or the end of the line when the call
// goes on). When the file cannot be read (code from eval, vm, the REPL or node: builtins), the message is the
// older generic one, `${inspect(value)} == true`.

const AssertionError = require('internal/assert/assertion_error');
const { isError } = require('internal/util');

function innerOk(fn, argCount, value, message) {
  if (value) return;
  let generated = false;
  if (argCount === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generated = true;
    const call = callSource(fn);
    message = call === undefined ? undefined : `The expression evaluated to a falsy value:\n\n  ${call}\n`;
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

function callSite(fn) {
  const probe = {};
  const limit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 1;
    Error.captureStackTrace(probe, fn);
  } finally {
    Error.stackTraceLimit = limit;
  }
  const frame = String(probe.stack ?? '').split('\n').find((line) => line.trimStart().startsWith('at '));
  if (frame === undefined) return undefined;
  const where = /\((.+):(\d+):(\d+)\)$/.exec(frame) ?? /at (.+):(\d+):(\d+)$/.exec(frame);
  if (where === null) return undefined;
  return { file: where[1], line: Number(where[2]), column: Number(where[3]) };
}

function readSource(file) {
  let path = file;
  if (path.startsWith('file://')) path = require('internal/url').fileURLToPath(path);
  if (!path.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(path)) return undefined;
  try {
    return require('fs').readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function callSource(fn) {
  let site;
  try {
    site = callSite(fn);
  } catch {
    return undefined;
  }
  if (site === undefined) return undefined;
  const source = readSource(site.file);
  if (source === undefined) return undefined;
  const line = source.split(/\r?\n/)[site.line - 1];
  if (line === undefined) return undefined;
  let column = site.column;
  // A CommonJS module is compiled inside a one-line function header, so its first line's columns count it.
  if (site.line === 1 && !site.file.endsWith('.mjs') && column > CJS_HEADER.length) column -= CJS_HEADER.length;
  return cutCall(line, column - 1);
}

const CJS_HEADER = '(function (exports, require, module, __filename, __dirname) {';

const CALLEE_CHAR = /[\w$.\]\['"]/;
const BEFORE_REGEXP = /[(,=:[!&|?{};+\-*%<>~^]/;

// From the frame's column: back to the start of the callee (`a.b['c']`), then on to the parenthesis closing
// the argument list. A column on a parenthesis that no callee precedes is either a parenthesised callee,
// `(0, fn)(x)`, where node quotes just `(x)`, or parentheses around the whole call, which are looked into.
function cutCall(line, at) {
  if (at < 0 || at >= line.length) return undefined;
  let start = at;
  while (start > 0 && CALLEE_CHAR.test(line[start - 1])) start--;
  let pos = at;
  while (line[pos] === '(' && start === pos && (pos === 0 || !/[\w$\])]/.test(line[pos - 1]))) {
    const close = closingParen(line, pos);
    if (close === -1) return line.slice(start);
    let next = close + 1;
    while (line[next] === ' ' || line[next] === '\t') next++;
    if (line[next] === '(') {
      start = pos = next;
      break;
    }
    pos++;
    while (line[pos] === ' ' || line[pos] === '\t') pos++;
    start = pos;
  }
  const open = line.indexOf('(', pos);
  if (open === -1) return undefined;
  let close = closingParen(line, open);
  // When the callee is itself a call, `make()(x)`, only the last argument list is quoted.
  while (close !== -1) {
    let next = close + 1;
    while (line[next] === ' ' || line[next] === '\t') next++;
    if (line[next] !== '(') break;
    start = next;
    close = closingParen(line, next);
  }
  return close === -1 ? line.slice(start) : line.slice(start, close + 1);
}

// Index of the parenthesis closing the one at `open`, skipping strings, template literals, regexps and
// comments; -1 when the line ends first.
function closingParen(line, open) {
  let depth = 0;
  let previous = '';
  for (let i = open; i < line.length; i++) {
    const c = line[i];
    if (c === '\'' || c === '"' || c === '`') {
      i = skipQuoted(line, i, c);
    } else if (c === '/' && line[i + 1] === '/') {
      return -1;
    } else if (c === '/' && line[i + 1] === '*') {
      const end = line.indexOf('*/', i + 2);
      if (end === -1) return -1;
      i = end + 1;
      continue;
    } else if (c === '/' && (previous === '' || BEFORE_REGEXP.test(previous))) {
      i = skipRegExp(line, i);
    } else if (c === '(') {
      depth++;
    } else if (c === ')' && --depth === 0) {
      return i;
    }
    if (c !== ' ' && c !== '\t') previous = c === '/' ? 'x' : c;
  }
  return -1;
}

function skipQuoted(line, i, quote) {
  for (i++; i < line.length && line[i] !== quote; i++) {
    if (line[i] === '\\') i++;
  }
  return i;
}

function skipRegExp(line, i) {
  let inClass = false;
  for (i++; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) break;
  }
  return i;
}

module.exports = {
  innerOk,
};
