// An uncaught fs error prints as node prints it: the message, then its errno/code/syscall/path; exit 1.
require('fs').readFileSync('does-not-exist.txt', 'utf8');
