// refresh() restarts a timer; a refreshed fired timer runs again.
let count = 0;
const t = setTimeout(() => {
  count++;
  console.log('fired', count);
  if (count < 3) t.refresh();
}, 3);
