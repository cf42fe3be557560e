// chalk (ES module only, with an "imports" map: #ansi-styles, #supports-color). Colour follows the terminal:
// under a pipe both runtimes print plain text; with an explicit level the escapes are the same.
import chalk, { Chalk, supportsColor, chalkStderr } from 'chalk';
console.log(chalk.level, supportsColor, chalkStderr.level, chalk.red.bold('plain when piped'));
const c = new Chalk({ level: 3 });
console.log(JSON.stringify(c.red('r')), JSON.stringify(c.bgHex('#ff8800').underline('x')), JSON.stringify(c.rgb(1, 2, 3)('y')));
const c1 = new Chalk({ level: 1 });
console.log(JSON.stringify(c1.blue.bgYellow`tpl ${1 + 1}`), JSON.stringify(c1.dim.italic('a\nb')));
