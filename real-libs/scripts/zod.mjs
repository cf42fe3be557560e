// zod (dual, exports with "import"/"require" and subpaths): schemas, parse errors, transforms.
import { z } from 'zod';
import * as v4 from 'zod/v4';
const User = z.object({ name: z.string().min(2), age: z.number().int().positive(), tags: z.array(z.string()).default([]) });
console.log(User.parse({ name: 'ann', age: 3 }));
const bad = User.safeParse({ name: 'a', age: -1.5 });
console.log(bad.success, bad.error.issues.map((i) => `${i.path.join('.')}: ${i.code}: ${i.message}`));
const Parsed = z.string().transform((s) => s.length).pipe(z.number().max(5));
console.log(Parsed.safeParse('abc'), Parsed.safeParse('abcdefg').success);
const U = z.discriminatedUnion('kind', [z.object({ kind: z.literal('a'), x: z.number() }), z.object({ kind: z.literal('b') })]);
console.log(U.parse({ kind: 'a', x: 1 }), z.enum(['x', 'y']).options, z.coerce.number().parse('12'));
console.log(typeof v4.z.object, v4.z.string().safeParse(1).success);
