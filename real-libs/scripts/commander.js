// commander (CommonJS): options, subcommands, help text, errors without exiting.
const { Command, Option, InvalidArgumentError } = require('commander');
const program = new Command();
program.name('tool').description('does things').version('1.2.3')
  .option('-d, --debug', 'debug output')
  .option('-n, --count <n>', 'how many', (v) => {
    const n = Number(v);
    if (Number.isNaN(n)) throw new InvalidArgumentError('Not a number.');
    return n;
  }, 1)
  .addOption(new Option('-c, --color <c>', 'colour').choices(['red', 'blue']).default('red'))
  .exitOverride()
  .configureOutput({ writeOut: (s) => console.log('[out]', s.trimEnd()), writeErr: (s) => console.log('[err]', s.trimEnd()) });
program.command('greet <name> [rest...]').option('-l, --loud').action((name, rest, opts) => {
  console.log('greet', name, rest, opts);
});
program.parse(['node', 'tool', '-d', '-n', '3', '--color', 'blue', 'greet', 'ann', 'x', 'y', '--loud']);
console.log(program.opts());
for (const argv of [['--count', 'zz'], ['--color', 'green'], ['--version'], ['--help'], ['nosuch']]) {
  try {
    const p = new Command().exitOverride().configureOutput({ writeOut: (s) => console.log('[out]', s.trimEnd()), writeErr: (s) => console.log('[err]', s.trimEnd()) });
    p.name('t').version('9.9.9').option('--count <n>', 'n', (v) => { if (isNaN(v)) throw new InvalidArgumentError('Not a number.'); return +v; })
      .addOption(new Option('--color <c>').choices(['red']));
    p.command('real').action(() => {});
    p.parse(['node', 't', ...argv]);
  } catch (e) {
    console.log('caught', e.code, e.exitCode);
  }
}
