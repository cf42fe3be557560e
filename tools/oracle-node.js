'use strict';
// The path of the oracle's binary: node 24 LTS from tools/node24 (installed on first use).
const path = require('path');
const { execFileSync } = require('child_process');

function oracleNode() {
  return execFileSync(path.join(__dirname, 'node24', 'node'), ['--path'], { encoding: 'utf8' }).trim();
}

module.exports = { oracleNode };
