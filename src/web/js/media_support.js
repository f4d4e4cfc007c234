// What the browser can do with media, asked synchronously by the pre-join room's first frame
// (the preview itself, later/preview.js, comes after the first frame).
mergeInto(LibraryManager.library, {
  $cofxCanPickSpeaker: function () {
    return typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;
  },

  cofx_js_can_pick_speaker__deps: ['$cofxCanPickSpeaker'],
  cofx_js_can_pick_speaker: function () { return cofxCanPickSpeaker(); },
});
