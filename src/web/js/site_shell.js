// The site as an installed app: whether the browser has a network, and a new version that
// shell/boot.js's service worker has installed (`cofxBoot.updateReady`, the
// 'cofx-update-ready' event, `cofxBoot.applyUpdate()`), told to the app as events.
mergeInto(LibraryManager.library, {
  cofx_js_is_online: function () { return navigator.onLine === false ? 0 : 1; },

  cofx_js_watch_site__deps: ['$cofxPostEvent'],
  cofx_js_watch_site: function () {
    var connectivity = function (online) {
      return function () { cofxPostEvent({ 'type': 'connectivity', 'online': online }); };
    };
    window.addEventListener('online', connectivity(true));
    window.addEventListener('offline', connectivity(false));
    var updateReady = function () { cofxPostEvent({ 'type': 'update-ready' }); };
    window.addEventListener('cofx-update-ready', updateReady);
    var boot = window['cofxBoot'];
    if (boot && boot['updateReady']) updateReady();
  },

  cofx_js_apply_update: function () {
    var boot = window['cofxBoot'];
    if (boot && boot['applyUpdate']) boot['applyUpdate']();
    else location.reload();
  },
});
