// wtjs's `common/fixtures` of node's test suite: paths into the fixtures folder beside `common`.
'use strict';
const path = require('path');

const fixturesDir = path.join(__dirname, '..', 'fixtures');

function fixturesPath(...args) {
  return path.join(fixturesDir, ...args);
}

function fixturesFileURL(...args) {
  const { pathToFileURL } = require('url');
  return pathToFileURL(fixturesPath(...args));
}

function readFixtureSync(args, enc) {
  const fs = require('fs'); // lazily: tests that only need paths run where fs is missing
  if (Array.isArray(args))
    return fs.readFileSync(fixturesPath(...args), enc);
  return fs.readFileSync(fixturesPath(args), enc);
}

function readFixtureKey(name, enc) {
  return readFixtureSync(['keys', name], enc);
}

module.exports = {
  fixturesDir,
  path: fixturesPath,
  fileURL: fixturesFileURL,
  readSync: readFixtureSync,
  readKey: readFixtureKey,
};
