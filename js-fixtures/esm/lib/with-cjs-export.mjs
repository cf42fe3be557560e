export default function greet() { return 'hi'; }
export const named = 1;
const value = { fromModuleExports: true };
export { value as 'module.exports' };
