// yargs-parser through import: the "import" condition (build/lib/index.js).
import parse from 'yargs-parser';
console.log(parse(['-n', '5', '--name=x', 'a']), typeof parse.detailed);
