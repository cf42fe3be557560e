// process.argv: [execPath, script, ...args]; args recorded in the fixture's "args".
const path = require('path');
console.log(process.argv.length);
console.log(path.isAbsolute(process.argv[0]));
console.log(process.argv[1] === __filename);
console.log(JSON.stringify(process.argv.slice(2)));
console.log(Array.isArray(process.execArgv), process.execArgv.length);
