// process.exit() with no args uses process.exitCode.
process.exitCode = 12;
setTimeout(() => process.exit(), 1);
