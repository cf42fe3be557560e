// require() argument validation.
for (const bad of [42, '', null]) {
  try {
    require(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
