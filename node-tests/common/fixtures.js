'use strict';
// `common/fixtures`: where the shared test inputs live (node-tests/fixtures) and ways to reach them.
const path = require('path');

const root = path.resolve(__dirname, '..', 'fixtures');
const under = (...parts) => path.join(root, ...parts);

module.exports = {
  fixturesDir: root,
  path: under,
  fileURL: (...parts) => require('url').pathToFileURL(under(...parts)),
  // parts: one name or an array of path segments
  readSync: (parts, encoding) => require('fs').readFileSync(under(...[parts].flat()), encoding),
  readKey: (name, encoding) => require('fs').readFileSync(under('keys', name), encoding),
};
