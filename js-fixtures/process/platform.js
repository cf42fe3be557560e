// Shapes of process fields that do not depend on the machine.
console.log(process.platform, typeof process.arch, typeof process.title);
console.log(/^v\d+\.\d+\.\d+$/.test(process.version), process.version === 'v' + process.versions.node);
console.log(typeof process.pid, Number.isInteger(process.pid), typeof process.ppid);
console.log(process.cwd() === __dirname);
console.log(typeof process.uptime(), process.uptime() >= 0);
console.log(Object.prototype.toString.call(process));
console.log(process.release.name, typeof process.exit, typeof process.on);
console.log(typeof process.stdout.write, typeof process.stderr.write);
console.log(process.exitCode);
