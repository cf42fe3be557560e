'use strict';
// console.table(data[, properties]): data laid out as a box-drawn table, one row per own key (or per entry of
// a Map or Set), one column per property seen in the rows, cells formatted by inspect and left-aligned.

const { inspect, getStringWidth } = require('internal/util/inspect');
const { isMap, isSet, isMapIterator, isSetIterator } = require('internal/util/types');
const { previewEntries } = internalBinding('util');
const { validateArray } = require('internal/validators');

const INDEX = '(index)';
const ITERATION_INDEX = '(iteration index)';
const KEY = 'Key';
const VALUES = 'Values';

// A cell: objects with more than two keys collapse to [Object]; arrays show at most three items.
function cell(value) {
  const collapse = value !== null && typeof value === 'object' && !Array.isArray(value) &&
    Object.keys(value).length > 2;
  return inspect(value, { depth: collapse ? -1 : 0, maxArrayLength: 3, breakLength: Infinity });
}

function isPrimitive(value) {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

// columns: [{ title, cells }] where cells may have holes (shown empty).
function render(columns) {
  const rowCount = Math.max(0, ...columns.map((c) => c.cells.length));
  const widths = columns.map((c) => {
    let width = getStringWidth(c.title);
    for (let r = 0; r < rowCount; r++) width = Math.max(width, getStringWidth(c.cells[r] ?? ''));
    return width;
  });
  const line = (left, joint, right) => left + widths.map((w) => '─'.repeat(w + 2)).join(joint) + right;
  const row = (texts) =>
    `│ ${texts.map((t, i) => t + ' '.repeat(widths[i] - getStringWidth(t))).join(' │ ')} │`;
  const lines = [line('┌', '┬', '┐'), row(columns.map((c) => c.title)), line('├', '┼', '┤')];
  for (let r = 0; r < rowCount; r++) lines.push(row(columns.map((c) => c.cells[r] ?? '')));
  lines.push(line('└', '┴', '┘'));
  return lines.join('\n');
}

function iterationIndexes(count) {
  return { title: ITERATION_INDEX, cells: Array.from({ length: count }, (_, i) => cell(i)) };
}

function entriesTable(pairs) {
  return render([
    iterationIndexes(pairs.length),
    { title: KEY, cells: pairs.map(([k]) => cell(k)) },
    { title: VALUES, cells: pairs.map(([, v]) => cell(v)) },
  ]);
}

function valuesTable(values) {
  return render([iterationIndexes(values.length), { title: VALUES, cells: values.map(cell) }]);
}

// Rows are the own enumerable keys of data; columns come from the rows' own keys (or `properties`).
function keyedTable(data, properties) {
  const rowKeys = Object.keys(data);
  const columns = new Map();
  const primitives = [];
  let hasPrimitives = false;
  rowKeys.forEach((rowKey, r) => {
    const item = data[rowKey];
    const primitive = isPrimitive(item);
    if (primitive && properties === undefined) {
      hasPrimitives = true;
      primitives[r] = cell(item);
      return;
    }
    for (const key of properties ?? Object.keys(item)) {
      let cells = columns.get(key);
      if (cells === undefined) columns.set(key, cells = []);
      cells[r] = !primitive && Object.hasOwn(item, key) ? cell(item[key]) : '';
    }
  });
  const table = [{ title: INDEX, cells: rowKeys }];
  for (const [title, cells] of columns) table.push({ title: String(title), cells });
  if (hasPrimitives) table.push({ title: VALUES, cells: primitives });
  return render(table);
}

// Entries of a Map/Set iterator without advancing it, when the engine can tell: [values, isKeyValue].
function peekIterator(iterator) {
  const preview = previewEntries(iterator, true);
  return Array.isArray(preview) ? preview : undefined;
}

function table(log, data, properties) {
  if (properties !== undefined) validateArray(properties, 'properties');
  if (data === null || typeof data !== 'object') return log(data);

  if (isMap(data)) return log(entriesTable([...Map.prototype.entries.call(data)]));
  if (isSet(data)) return log(valuesTable([...Set.prototype.values.call(data)]));
  if (isMapIterator(data) || isSetIterator(data)) {
    const preview = peekIterator(data);
    if (preview === undefined) return log(data);
    const [items, isKeyValue] = preview;
    if (!isKeyValue) return log(valuesTable(items));
    const pairs = [];
    for (let i = 0; i + 1 < items.length; i += 2) pairs.push([items[i], items[i + 1]]);
    return log(entriesTable(pairs));
  }
  return log(keyedTable(data, properties));
}

module.exports = { table };
