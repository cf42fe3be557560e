// require of a JSON file with a syntax error: SyntaxError whose message starts with the path.
try {
  require('./lib/bad.json');
} catch (e) {
  console.log(e.name, e.message.startsWith(require('path').join(__dirname, 'lib/bad.json') + ': '));
}
