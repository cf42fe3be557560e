// Directories: package.json main, index.js, bad main falling back to index.
console.log(require('./pkg-main'));
console.log(require('./pkg-index'));
console.log(require('./pkg-badmain'));
