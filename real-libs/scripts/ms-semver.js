// ms and semver (CommonJS).
const ms = require('ms');
const semver = require('semver');
const Range = require('semver/classes/range');
console.log(ms('2 days'), ms('1h'), ms('-3 mins'), ms(60000), ms(2 * 60000, { long: true }), ms('nope'));
console.log(semver.valid('1.2.3'), semver.valid('a.b.c'), semver.clean('  =v1.2.3   '));
console.log(semver.satisfies('1.2.3', '1.x || >=2.5.0 || 5.0.0 - 7.2.3'), semver.gt('1.2.3', '9.8.7'));
console.log(semver.coerce('v2').version, semver.inc('1.2.3', 'prerelease', 'beta'), semver.diff('1.2.3', '1.3.0'));
console.log(semver.sort(['1.10.0', '1.2.0', '1.2.0-rc.1']), semver.maxSatisfying(['1.2.3', '1.2.4', '2.0.0'], '^1.2'));
console.log(new Range('>=1.2.7 <1.3.0').test('1.2.8'), semver.minVersion('>=1.0.0 <2').version);
try {
  new semver.SemVer('x');
} catch (e) {
  console.log(e.name, e.message);
}
