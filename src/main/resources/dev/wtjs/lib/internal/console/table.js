'use strict';
// Ported from node's lib/internal/cli_table.js and the table() method of lib/internal/console/constructor.js.

const {
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  MathCeil,
  MathMax,
  MathMaxApply,
  ObjectPrototypeHasOwnProperty,
  StringPrototypeRepeat,
} = primordials;

const { getStringWidth } = require('internal/util/inspect');

// The use of Unicode characters below is the only non-comment use of non-ASCII
// Unicode characters in Node.js built-in modules. If they are ever removed or
// rewritten with \u escapes, then a test will need to be (re-)added to Node.js
// core to verify that Unicode characters work in built-ins.
// Refs: https://github.com/nodejs/node/issues/10673
const tableChars = {
  /* eslint-disable node-core/non-ascii-character */
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
  /* eslint-enable node-core/non-ascii-character */
};

const renderRow = (row, columnWidths) => {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const len = getStringWidth(cell);
    const needed = (columnWidths[i] - len);
    // round(needed) + ceil(needed) will always add up to the amount
    // of spaces we need while also left justifying the output.
    out += cell + StringPrototypeRepeat(' ', MathCeil(needed));
    if (i !== row.length - 1)
      out += tableChars.middle;
  }
  out += tableChars.right;
  return out;
};

const cliTable = (head, columns) => {
  const rows = [];
  const columnWidths = ArrayPrototypeMap(head, (h) => getStringWidth(h));
  const longestColumn = MathMaxApply(ArrayPrototypeMap(columns, (a) =>
    a.length));

  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined)
        rows[j] = [];
      const value = rows[j][i] =
        ObjectPrototypeHasOwnProperty(column, j) ? column[j] : '';
      const width = columnWidths[i] || 0;
      const counted = getStringWidth(value);
      columnWidths[i] = MathMax(width, counted);
    }
  }

  const divider = ArrayPrototypeMap(columnWidths, (i) =>
    StringPrototypeRepeat(tableChars.middleMiddle, i + 2));

  let result = tableChars.topLeft +
               ArrayPrototypeJoin(divider, tableChars.topMiddle) +
               tableChars.topRight + '\n' +
               renderRow(head, columnWidths) + '\n' +
               tableChars.leftMiddle +
               ArrayPrototypeJoin(divider, tableChars.rowMiddle) +
               tableChars.rightMiddle + '\n';

  for (const row of rows)
    result += `${renderRow(row, columnWidths)}\n`;

  result += tableChars.bottomLeft +
            ArrayPrototypeJoin(divider, tableChars.bottomMiddle) +
            tableChars.bottomRight;

  return result;
};



// console.table, from node's lib/internal/console/constructor.js: `log` prints the rendered table (or the
// value itself when it is not tabular).
const { inspect } = require('internal/util/inspect');
const { isMap, isSet, isMapIterator, isSetIterator } = require('internal/util/types');
const { previewEntries } = internalBinding('util');
const { validateArray } = require('internal/validators');

const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';
const iterKey = '(iteration index)';

function consoleTable(log, tabularData, properties) {
  if (properties !== undefined)
    validateArray(properties, 'properties');

  if (tabularData === null || typeof tabularData !== 'object')
    return log(tabularData);

  const final = (k, v) => log(cliTable(k, v));

  const _inspect = (v) => {
    const depth = v !== null &&
                  typeof v === 'object' &&
                  !Array.isArray(v) &&
                  Object.keys(v).length > 2 ? -1 : 0;
    const opt = {
      depth,
      maxArrayLength: 3,
      breakLength: Infinity,
    };
    return inspect(v, opt);
  };
  const getIndexArray = (length) => Array.from(
    { length }, (_, i) => _inspect(i));

  const mapIter = isMapIterator(tabularData);
  let isKeyValue = false;
  let i = 0;
  if (mapIter) {
    const res = previewEntries(tabularData, true);
    tabularData = res[0];
    isKeyValue = res[1];
  }

  if (isKeyValue || isMap(tabularData)) {
    const keys = [];
    const values = [];
    let length = 0;
    if (mapIter) {
      for (; i < tabularData.length / 2; ++i) {
        keys.push(_inspect(tabularData[i * 2]));
        values.push(_inspect(tabularData[i * 2 + 1]));
        length++;
      }
    } else {
      for (const { 0: k, 1: v } of tabularData) {
        keys.push(_inspect(k));
        values.push(_inspect(v));
        length++;
      }
    }
    return final([
      iterKey, keyKey, valuesKey,
    ], [
      getIndexArray(length),
      keys,
      values,
    ]);
  }

  const setIter = isSetIterator(tabularData);
  if (setIter)
    tabularData = previewEntries(tabularData);

  const setlike = setIter || mapIter || isSet(tabularData);
  if (setlike) {
    const values = [];
    let length = 0;
    for (const v of tabularData) {
      values.push(_inspect(v));
      length++;
    }
    return final([iterKey, valuesKey], [getIndexArray(length), values]);
  }

  const map = { __proto__: null };
  let hasPrimitives = false;
  const valuesKeyArray = [];
  const indexKeyArray = Object.keys(tabularData);

  for (; i < indexKeyArray.length; i++) {
    const item = tabularData[indexKeyArray[i]];
    const primitive = item === null ||
        (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = _inspect(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        map[key] ??= [];
        if ((primitive && properties) ||
             !Object.prototype.hasOwnProperty.call(item, key))
          map[key][i] = '';
        else
          map[key][i] = _inspect(item[key]);
      }
    }
  }

  const keys = Object.keys(map);
  const values = Object.values(map);
  if (hasPrimitives) {
    keys.push(valuesKey);
    values.push(valuesKeyArray);
  }
  keys.unshift(indexKey);
  values.unshift(indexKeyArray);

  return final(keys, values);
}

module.exports = { table: consoleTable };
