// process.env: string values, set/delete, coercion to string, 'in'.
process.env.WTJS_FIXTURE_A = 42;
console.log(typeof process.env.WTJS_FIXTURE_A, process.env.WTJS_FIXTURE_A);
console.log('WTJS_FIXTURE_A' in process.env, Object.keys(process.env).includes('WTJS_FIXTURE_A'));
delete process.env.WTJS_FIXTURE_A;
console.log(process.env.WTJS_FIXTURE_A, 'WTJS_FIXTURE_A' in process.env);
process.env.WTJS_FIXTURE_B = true;
console.log(process.env.WTJS_FIXTURE_B === 'true');
console.log(typeof process.env.PATH);
console.log(process.env.WTJS_DEFINITELY_NOT_SET);
