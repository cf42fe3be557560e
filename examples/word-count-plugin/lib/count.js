'use strict';

function countWords(text, top = 3) {
  const counts = new Map();
  for (const w of text.toLowerCase().match(/[\p{L}']+/gu) || []) counts.set(w, (counts.get(w) || 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { words: [...counts.values()].reduce((a, b) => a + b, 0), top: sorted.slice(0, top) };
}

module.exports = { countWords };
