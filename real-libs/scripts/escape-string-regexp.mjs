// escape-string-regexp (ES module only).
import escapeStringRegexp from 'escape-string-regexp';
const s = escapeStringRegexp('How much $ for a 🦄? (a-b) [x] {1} a|b ^c\\d');
console.log(s, new RegExp(s).test('How much $ for a 🦄? (a-b) [x] {1} a|b ^c\\d'));
