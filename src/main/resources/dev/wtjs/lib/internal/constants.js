'use strict';
// internal/constants: character codes the path and URL parsers compare against, and the platform's EOL.

const named = {
  UPPERCASE_A: 'A', LOWERCASE_A: 'a', UPPERCASE_Z: 'Z', LOWERCASE_Z: 'z', UPPERCASE_C: 'C',
  LOWERCASE_B: 'b', LOWERCASE_E: 'e', LOWERCASE_N: 'n',
  DOT: '.', FORWARD_SLASH: '/', BACKWARD_SLASH: '\\', VERTICAL_LINE: '|', COLON: ':', QUESTION_MARK: '?',
  UNDERSCORE: '_', LINE_FEED: '\n', CARRIAGE_RETURN: '\r', TAB: '\t', FORM_FEED: '\f', EXCLAMATION_MARK: '!',
  HASH: '#', SPACE: ' ', NO_BREAK_SPACE: '\u00A0', ZERO_WIDTH_NOBREAK_SPACE: '\uFEFF',
  LEFT_SQUARE_BRACKET: '[', RIGHT_SQUARE_BRACKET: ']', LEFT_ANGLE_BRACKET: '<', RIGHT_ANGLE_BRACKET: '>',
  LEFT_CURLY_BRACKET: '{', RIGHT_CURLY_BRACKET: '}', HYPHEN_MINUS: '-', PLUS: '+', DOUBLE_QUOTE: '"',
  SINGLE_QUOTE: "'", PERCENT: '%', SEMICOLON: ';', CIRCUMFLEX_ACCENT: '^', GRAVE_ACCENT: '`', AT: '@',
  AMPERSAND: '&', EQUAL: '=',
};

const constants = {};
for (const [name, char] of Object.entries(named)) constants[`CHAR_${name}`] = char.charCodeAt(0);
constants.CHAR_0 = 48;
constants.CHAR_9 = 57;
constants.EOL = process.platform === 'win32' ? '\r\n' : '\n';

module.exports = constants;
