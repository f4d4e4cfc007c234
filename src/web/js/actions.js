// The visually hidden buttons in the shell (<nav id="actions">) run the lobby's main
// actions for people who cannot use the canvas: each posts an 'action' event.
mergeInto(LibraryManager.library, {
  cofx_js_install_actions__deps: ['$cofxPostEvent'],
  cofx_js_install_actions: function () {
    var buttons = document.querySelectorAll('#actions button[data-action]');
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener('click', function () {
        cofxPostEvent({ 'type': 'action', 'name': button.getAttribute('data-action') });
      });
    });
    // One pressed while the module was starting (shell/boot.js kept it).
    var boot = window['cofxBoot'] || {};
    boot['actionsInstalled'] = true;
    if (boot['pendingAction']) cofxPostEvent({ 'type': 'action', 'name': boot['pendingAction'] });
    boot['pendingAction'] = null;
  },
});
