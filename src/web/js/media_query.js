// CSS media queries the app asks about every frame ("a touch screen?", "a keyboard?"): each
// MediaQueryList is made once and kept; its .matches follows the device as it changes.
mergeInto(LibraryManager.library, {
  $CofxMediaQuery: {
    lists: {},

    // The query's MediaQueryList, or null in a browser without matchMedia.
    get: function (query) {
      if (!window.matchMedia) return null;
      return CofxMediaQuery.lists[query] || (CofxMediaQuery.lists[query] = window.matchMedia(query));
    },
  },
});
