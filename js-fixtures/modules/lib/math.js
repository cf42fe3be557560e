exports.add = (a, b) => a + b;
exports.loadedCount = (exports.loadedCount || 0) + 1;
exports.file = require('path').basename(__filename);
exports.dir = require('path').basename(__dirname);
