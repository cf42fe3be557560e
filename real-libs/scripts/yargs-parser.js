// yargs-parser (dual: require takes build/index.cjs through its exports map).
const parse = require('yargs-parser');
console.log(parse(['--foo', 'bar', '-abc', '--no-color', '--num', '42', 'pos', '--', 'rest']));
console.log(parse('--arr 1 --arr 2 -x=3 --camel-case yes', { array: ['arr'], number: ['x'] }));
console.log(parse.detailed(['--a.b', '1', '--bool'], { boolean: ['bool'], configuration: { 'dot-notation': true } }).argv);
