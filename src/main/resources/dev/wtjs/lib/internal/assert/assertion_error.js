'use strict';

// assert.AssertionError and the texts it generates when no message is given. The texts follow node 24's
// output: a one-line "a !== b" for short primitives, "+ actual - expected" stacked lines, a line diff of the
// two inspections for objects (runs of unchanged lines folded), and the fixed forms of the legacy (==), loose
// deep-equal and "not ..." operators. A message given by the caller replaces the header of a strict diff.

const { inspect } = require('internal/util/inspect');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

// The first line of a generated message, by operator.
const HEADERS = new Map([
  ['deepStrictEqual', 'Expected values to be strictly deep-equal:'],
  ['strictEqual', 'Expected values to be strictly equal:'],
  ['strictEqualObject', 'Expected "actual" to be reference-equal to "expected":'],
  ['partialDeepStrictEqual', 'Expected values to be partially and strictly deep-equal:'],
  ['deepEqual', 'Expected values to be loosely deep-equal:'],
  ['notDeepStrictEqual', 'Expected "actual" not to be strictly deep-equal to:'],
  ['notStrictEqual', 'Expected "actual" to be strictly unequal to:'],
  ['notStrictEqualObject', 'Expected "actual" not to be reference-equal to "expected":'],
  ['notDeepEqual', 'Expected "actual" not to be loosely deep-equal to:'],
  ['notDeepEqualUnequal', 'Expected values not to be loosely deep-equal:'],
]);
const STRICT_DIFFS = new Set(['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual']);
const SAME_STRUCTURE = 'Values have same structure but are not reference-equal:';

const SHORT_PAIR_LIMIT = 12;      // characters of both values (quotes aside) that still fit "a !== b"
const CONTEXT_LINES = 5;          // unchanged lines shown after a change (and at the start of a run)
const NOT_EQUAL_SHORT = 5;        // a "not ..." value this short stays on the header line
const NOT_EQUAL_MAX_LINES = 50;   // longer "not ..." inspections keep NOT_EQUAL_KEEP_LINES lines
const NOT_EQUAL_KEEP_LINES = 46;
const SAME_STRUCTURE_MAX_LINES = 50;
const LEGACY_VALUE_LIMIT = 512;   // each side of "a == b" and of the loose deep-equal text
const LOOSE_NOT_LIMIT = 1024;     // the whole loose "not" text

// Diffs are coloured, as node's are, when stderr is a terminal that has colours.
const COLOURS = { green: '\x1b[32m', red: '\x1b[31m', reset: '\x1b[39m', blue: '\x1b[34m', gray: '\x1b[90m' };
const NO_COLOURS = { green: '', red: '', reset: '', blue: '', gray: '' };

function palette() {
  const stderr = process.stderr;
  try {
    return stderr?.isTTY && typeof stderr.hasColors === 'function' && stderr.hasColors() ? COLOURS : NO_COLOURS;
  } catch {
    return NO_COLOURS;
  }
}

const isObjectLike = (v) => v !== null && typeof v === 'object';
const isReferenceType = (v) => isObjectLike(v) || typeof v === 'function';

function show(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function clip(text, limit) {
  return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}

// ------------------------------------------------------------------------------------------- line diff
// Shortest edit script between two line lists (Myers' greedy algorithm), returned as a list of
// { kind: ' ' | '+' | '-', text } in order. Lines that differ only by a trailing comma count as equal when
// `commaBlind` is set (an object's last property has no comma; the other side may have more after it).

function linesMatch(a, b, commaBlind) {
  return a === b || (commaBlind && (`${a},` === b || a === `${b},`));
}

function editScript(actual, expected, commaBlind) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  const offset = max + 1;
  const frontier = new Int32Array(2 * max + 3);
  const history = []; // history[d]: the frontier as it was before round d, from index offset - d - 1 on
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    history.push(frontier.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x;
      if (k === -d || (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1])) {
        x = frontier[offset + k + 1];
      } else {
        x = frontier[offset + k - 1] + 1;
      }
      let y = x - k;
      while (x < n && y < m && linesMatch(actual[x], expected[y], commaBlind)) {
        x++;
        y++;
      }
      frontier[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the saved frontiers to recover the path.
  const steps = [];
  let x = n;
  let y = m;
  for (let d = history.length - 1; d >= 0; d--) {
    const saved = history[d];
    const before = (index) => saved[index - (offset - d - 1)];
    const k = x - y;
    let prevK;
    if (k === -d || (k !== d && before(offset + k - 1) < before(offset + k + 1))) {
      prevK = k + 1;
    } else {
      prevK = k - 1;
    }
    const prevX = d === 0 ? 0 : before(offset + prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      steps.push(sameLine(actual[x], expected[y]));
    }
    if (d > 0) {
      if (x === prevX) {
        y--;
        steps.push({ kind: '-', text: expected[y] });
      } else {
        x--;
        steps.push({ kind: '+', text: actual[x] });
      }
    }
  }
  return groupChanges(steps.reverse());
}

// Of two lines equal but for a trailing comma, the one with the comma is shown.
function sameLine(a, b) {
  return { kind: ' ', text: a.length >= b.length ? a : b };
}

// Within each stretch of changes, the actual side's lines come first.
function groupChanges(steps) {
  const out = [];
  let added = [];
  let removed = [];
  const flush = () => {
    out.push(...added, ...removed);
    added = [];
    removed = [];
  };
  for (const step of steps) {
    if (step.kind === '+') added.push(step);
    else if (step.kind === '-') removed.push(step);
    else {
      flush();
      out.push(step);
    }
  }
  flush();
  return out;
}

// Prints an edit script. A run of unchanged lines shows at most CONTEXT_LINES lines, and when a change follows
// a long run, "..." and the run's last line; a run that ends the script is just cut.
// `partial`: actual-only lines are context, not a difference (printed grey on a terminal).
function printScript(script, ink, partial) {
  const mark = { '+': `${ink.green}+${ink.reset}`, '-': `${ink.red}-${ink.reset}` };
  const lines = [];
  let skipped = false;
  let i = 0;
  while (i < script.length) {
    if (partial && ink === COLOURS && script[i].kind === '+') {
      lines.push(`${ink.gray}  ${script[i].text}${ink.reset}`);
      i++;
    } else if (script[i].kind !== ' ') {
      lines.push(`${mark[script[i].kind]} ${script[i].text}`);
      i++;
      continue;
    }
    let end = i;
    while (end < script.length && script[end].kind === ' ') end++;
    const run = script.slice(i, end).map((step) => `${ink.reset}  ${step.text}`);
    if (end === script.length || run.length <= CONTEXT_LINES + 2) {
      lines.push(...run.slice(0, end === script.length ? CONTEXT_LINES : run.length));
    } else {
      lines.push(...run.slice(0, CONTEXT_LINES), `${ink.blue}...${ink.reset}`, run[run.length - 1]);
      skipped = true;
    }
    i = end;
  }
  return { body: `\n${lines.join('\n')}`.trimEnd(), skipped };
}

// ------------------------------------------------------------------------------------------- messages

// `title` replaces the operator's header when the caller gave a message of its own.
function strictMessage(actual, expected, operator, title) {
  if (operator === 'strictEqual' && isReferenceType(actual) && isReferenceType(expected)) {
    operator = 'strictEqualObject';
  }
  const [shownActual, shownExpected] = showPair(actual, expected);
  const actualLines = shownActual.split('\n');
  const expectedLines = shownExpected.split('\n');

  if (isObjectLike(actual) && isObjectLike(expected) && shownActual === shownExpected) {
    return sameStructureMessage(actualLines, title);
  }

  const ink = palette();
  let legend = `${ink.green}+ actual${ink.reset} ${ink.red}- expected${ink.reset}`;
  if (operator === 'partialDeepStrictEqual') {
    legend = `${ink.gray}${ink === COLOURS ? '' : '+ '}actual${ink.reset} ${ink.red}- expected${ink.reset}`;
  }
  let body;
  let skipped = false;
  const oneLineEach = actualLines.length === 1 && expectedLines.length === 1;
  if (oneLineEach && (!isObjectLike(actual) || !isObjectLike(expected))) {
    let width = shownActual.length + shownExpected.length;
    if (typeof actual === 'string') width -= 2;
    if (typeof expected === 'string') width -= 2;
    if (width <= SHORT_PAIR_LIMIT && (actual !== 0 || expected !== 0)) {
      legend = '';
      body = `${shownActual} !== ${shownExpected}`;
    } else if (ink === COLOURS && typeof actual === 'string' && typeof expected === 'string') {
      // On a terminal two strings are shown as one, their differing characters coloured.
      legend = `${ink.green}actual${ink.reset} ${ink.red}expected${ink.reset}`;
      const tint = { ' ': ink.reset, '+': ink.green, '-': ink.red };
      body = `\n${editScript([...shownActual], [...shownExpected], false)
        .map((step) => `${tint[step.kind]}${step.text}${ink.reset}`).join('')}`;
    } else {
      body = `\n${ink.green}+${ink.reset} ${shownActual}\n${ink.red}- ${ink.reset}${shownExpected}` +
        caret(actual, expected, shownActual, shownExpected);
    }
  } else {
    ({ body, skipped } = printScript(editScript(actualLines, expectedLines, isObjectLike(actual)), ink,
      operator === 'partialDeepStrictEqual'));
  }
  return `${title ?? HEADERS.get(operator)}\n${legend}${skipped ? '\n... Skipped lines' : ''}\n${body}\n`;
}

// Two strings shown one above the other get a caret under their first difference, when that is not at the
// very start and both fit the terminal.
function caret(actual, expected, shownActual, shownExpected) {
  if (typeof actual !== 'string' || typeof expected !== 'string') return '';
  const width = process.stderr?.isTTY ? process.stderr.columns : 80;
  if (shownActual.length + shownExpected.length > width) return '';
  let at = 0;
  while (at < shownActual.length && shownActual[at] === shownExpected[at]) at++;
  if (at < 3 || at === shownActual.length) return '';
  return `\n${' '.repeat(at + 2)}^`;
}

function sameStructureMessage(lines, title = SAME_STRUCTURE) {
  if (lines.length <= SAME_STRUCTURE_MAX_LINES) return `${title}\n\n${lines.join('\n')}\n`;
  return `${title}\n\n... Skipped lines\n${lines.slice(0, SAME_STRUCTURE_MAX_LINES).join('\n')}\n...}\n`;
}

// Two errors compared with each other are shown without their stacks (which always differ).
function showPair(actual, expected) {
  if (!(actual instanceof Error && expected instanceof Error)) return [show(actual), show(expected)];
  const hidden = [actual, expected].map((err) => [err, Object.getOwnPropertyDescriptor(err, 'stack')]);
  try {
    for (const [err, descriptor] of hidden) {
      if (descriptor === undefined || descriptor.configurable) {
        Object.defineProperty(err, 'stack', { value: undefined, writable: true, configurable: true, enumerable: false });
      }
    }
    return [show(actual), show(expected)];
  } finally {
    for (const [err, descriptor] of hidden) {
      if (descriptor === undefined) delete err.stack;
      else if (descriptor.configurable) Object.defineProperty(err, 'stack', descriptor);
    }
  }
}

function strictNotMessage(actual, operator) {
  if (operator === 'notStrictEqual' && isReferenceType(actual)) operator = 'notStrictEqualObject';
  const header = HEADERS.get(operator);
  let lines = show(actual).split('\n');
  if (lines.length === 1) {
    return lines[0].length <= NOT_EQUAL_SHORT ? `${header} ${lines[0]}` : `${header}\n\n${lines[0]}`;
  }
  if (lines.length > NOT_EQUAL_MAX_LINES) lines = [...lines.slice(0, NOT_EQUAL_KEEP_LINES), '...'];
  return `${header}\n\n${lines.join('\n')}\n`;
}

function generatedMessage(actual, expected, operator) {
  switch (operator) {
    case 'deepStrictEqual':
    case 'strictEqual':
    case 'partialDeepStrictEqual':
      return strictMessage(actual, expected, operator);
    case 'notDeepStrictEqual':
    case 'notStrictEqual':
      return strictNotMessage(actual, operator);
    case 'deepEqual':
      return `${HEADERS.get('deepEqual')}\n\n${clip(show(actual), LEGACY_VALUE_LIMIT)}\n\nshould loosely deep-equal\n\n` +
        clip(show(expected), LEGACY_VALUE_LIMIT);
    case 'notDeepEqual': {
      const shownActual = show(actual);
      const shownExpected = show(expected);
      if (shownActual === shownExpected) return clip(`${HEADERS.get('notDeepEqual')}\n\n${shownActual}`, LOOSE_NOT_LIMIT);
      return `${HEADERS.get('notDeepEqualUnequal')}\n\n${clip(shownActual, LEGACY_VALUE_LIMIT)}\n\n` +
        `should not loosely deep-equal\n\n${clip(shownExpected, LEGACY_VALUE_LIMIT)}`;
    }
    default:
      return `${clip(show(actual), LEGACY_VALUE_LIMIT)} ${operator} ${clip(show(expected), LEGACY_VALUE_LIMIT)}`;
  }
}

// ------------------------------------------------------------------------------------------- the class

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, stackStartFn, details, diff = 'simple' } = options;
    const { actual, expected } = options;
    // The values are inspected before the stack is captured, so a failing inspection cannot leave a
    // half-built error behind.
    let text;
    if (message == null) text = generatedMessage(actual, expected, operator);
    else if (STRICT_DIFFS.has(operator)) text = strictMessage(actual, expected, operator, String(message));
    else text = String(message);
    const limitDescriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
    const savedLimit = Error.stackTraceLimit;
    const limitWritable = limitDescriptor === undefined || limitDescriptor.writable === true ||
      typeof limitDescriptor.set === 'function';
    if (limitWritable) Error.stackTraceLimit = 0;
    super(text);
    if (limitWritable) Error.stackTraceLimit = savedLimit;

    this.generatedMessage = message == null;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', writable: true, enumerable: false, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    // CallTracker.verify() lists each function called the wrong number of times.
    if (Array.isArray(details)) {
      details.forEach((item, i) => {
        this[`message ${i}`] = item.message;
        this[`actual ${i}`] = item.actual;
        this[`expected ${i}`] = item.expected;
        this[`operator ${i}`] = item.operator;
        this[`stack trace ${i}`] = item.stack;
      });
    }
    this.diff = diff;
    Error.captureStackTrace(this, stackStartFn || AssertionError);
    this.stack; // eslint-disable-line no-unused-expressions -- fixes the stack's first line with the long name
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

module.exports = AssertionError;
