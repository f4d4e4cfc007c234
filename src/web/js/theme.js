// Light or dark, as the browser's prefers-color-scheme says, now and whenever it changes.
// The shell's CSS follows the same media query by itself.
mergeInto(LibraryManager.library, {
  cofx_js_follow_color_scheme__deps: ['$cofxPostEvent'],
  cofx_js_follow_color_scheme: function () {
    var query = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    var post = function () { cofxPostEvent({ 'type': 'theme', 'dark': !!(query && query.matches) }); };
    post();
    if (!query) return;
    if (query.addEventListener) query.addEventListener('change', post);
    else query.addListener(post);
  },
});
