// Stands in for the SDK's DocumentPiPController in the site's build of the iframe API
// (guarded_api.js says why): nothing opens, nothing is inserted into a window of the site's.
export default class NoDocumentPiP {
  open() { return Promise.reject(new Error('Picture-in-Picture is not part of this site')); }
  close() {}
  sendSignal() {}
}
