// zod through require(): the "require" branch (index.cjs).
const { z } = require('zod');
console.log(z.string().email().safeParse('a@b.co').success, z.tuple([z.string(), z.number()]).parse(['a', 1]));
