// require('inspector') agrees with process.features.inspector (node's tests skip on it): a node built without the
// inspector (wtjs) throws ERR_INSPECTOR_NOT_AVAILABLE for it and inspector/promises; node 24 here has one.
function load(id) {
  try {
    return require(id);
  } catch (e) {
    return e;
  }
}
for (const id of ['inspector', 'node:inspector', 'inspector/promises']) {
  const m = load(id);
  const consistent = process.features.inspector ? typeof m.Session === 'function' :
    m instanceof Error && m.code === 'ERR_INSPECTOR_NOT_AVAILABLE' && m.message === 'Inspector is not available' &&
      `${m}` === 'Error [ERR_INSPECTOR_NOT_AVAILABLE]: Inspector is not available';
  console.log(id, 'consistent with process.features.inspector:', consistent);
}
console.log(require('module').builtinModules.includes('inspector'), typeof process.features.inspector);
