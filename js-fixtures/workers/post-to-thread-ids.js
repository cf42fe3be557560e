// postMessageToThread with ids no thread can have: rejected with ERR_WORKER_MESSAGING_FAILED.
const { postMessageToThread, threadId } = require('worker_threads');
(async () => {
  for (const id of [2 ** 40, -1, 1.5, 99, '1', NaN, 2 ** 31, 2 ** 32 + 1, threadId]) {
    try {
      await postMessageToThread(id, 'x');
      console.log(id, 'ok');
    } catch (e) {
      console.log(id, e.name, e.code, e.message);
    }
  }
})();
