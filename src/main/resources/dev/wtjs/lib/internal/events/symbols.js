'use strict';
// Keys shared by events, internal/event_target and their users.

module.exports = {
  // An option of events.on(): yield the first argument of each event rather than all of them.
  kFirstEventParam: Symbol('kFirstEventParam'),
  // An EventTarget's listener limit (events.setMaxListeners(n, target)) and whether it has warned.
  kMaxEventTargetListeners: Symbol('events.maxEventTargetListeners'),
  kMaxEventTargetListenersWarned: Symbol('events.maxEventTargetListenersWarned'),
};
