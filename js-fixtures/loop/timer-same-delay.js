// Timers with equal delays fire in the order they were created; different delays by due time.
const out = [];
setTimeout(() => out.push('zero-a'), 0);
setTimeout(() => out.push('zero-b'), 0);
for (let i = 0; i < 10; i++) setTimeout(() => out.push(i), 5);
setTimeout(() => out.push('late'), 100);
setTimeout(() => console.log(out.join(',')), 200);
