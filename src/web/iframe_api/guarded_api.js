// The site's own build of Jitsi's iframe API (scripts/lib/jitsi-iframe-api.mjs bundles this
// file with the pinned SDK source). JitsiMeetExternalAPI believes what its frame posts, and the
// frame runs whatever server a link or a person chose: here its messages are hostile input,
// like a link or a stored value, and may not reach past the frame into the site's page.
//
// - Participant ids: the API files participants in a plain object by the id the frame sends;
//   "__proto__" wrote into Object.prototype of the whole page, and the URL builder then copied
//   those keys (email, avatarURL...) into every later meeting's iframe URL. The map has no
//   prototype here, and an event whose id is no participant id is dropped.
// - Jitsi's own storage ('local-storage-changed', sent when the frame can't keep its own): the
//   API wrote any size into the site's localStorage and replayed it to every later server. It
//   is kept per deployment, bounded (kMaxKeptChars in all), and replayed only to that deployment.
// - Document Picture-in-Picture: a window owned by the site that the frame fills. Not in this
//   build (the bundler swaps the controller for no_document_pip.js) and its requests dropped.
import JitsiMeetExternalAPI from 'jitsi-iframe-api-source';

const JITSI_KEY = 'jitsiLocalStorage';        // what the SDK reads when it builds the iframe URL
const KEPT_KEY = 'cofinix.jitsi-storage';     // {"<domain>": "<content>"}, oldest first
const kMaxKeptChars = 64 * 1024;
const PARTICIPANT_ID = /^[A-Za-z0-9._:@/-]{1,128}$/;
const NOT_IDS = new Set(['__proto__', 'constructor', 'prototype']);
const DROPPED_EVENTS = new Set(['_document-pip-requested', '_document-pip-close', '_document-pip-signal']);

function storage() {
  try { return window.localStorage; } catch (e) { return null; }
}

function readKept() {
  const text = storage()?.getItem(KEPT_KEY);
  if (!text) return {};
  try {
    const kept = text.length <= kMaxKeptChars ? JSON.parse(text) : null;
    if (kept && typeof kept === 'object' && !Array.isArray(kept)
        && Object.values(kept).every((value) => typeof value === 'string')) {
      return Object.assign(Object.create(null), kept);
    }
  } catch (e) { /* not ours: dropped below */ }
  storage()?.removeItem(KEPT_KEY);
  return {};
}

function keep(domain, content) {
  const kept = readKept();
  delete kept[domain];
  if (typeof content === 'string') kept[domain] = content;
  let text = JSON.stringify(kept);
  // Over the bound, the other deployments give way, oldest first; alone too big, nothing is kept.
  for (const other of Object.keys(kept)) {
    if (text.length <= kMaxKeptChars) break;
    delete kept[other];
    text = JSON.stringify(kept);
  }
  try {
    if (text.length <= kMaxKeptChars) storage()?.setItem(KEPT_KEY, text);
    else storage()?.removeItem(KEPT_KEY);
  } catch (e) { /* a full storage keeps nothing: Jitsi starts without its settings */ }
}

function clearJitsiKey() {
  try { storage()?.removeItem(JITSI_KEY); } catch (e) { /* storage off */ }
}

// At start, anything under Jitsi's own key came from an earlier build or another frame, and a
// kept store that is not ours (wrong shape, over the bound) is dropped by reading it.
clearJitsiKey();
readKept();

function isParticipantEvent(data) {
  return data !== null && typeof data === 'object' && Object.prototype.hasOwnProperty.call(data, 'id');
}

function acceptable(event) {
  if (!event || typeof event !== 'object' || typeof event.name !== 'string') return false;
  if (DROPPED_EVENTS.has(event.name)) return false;
  if (isParticipantEvent(event)) {
    const { id } = event;
    if (id !== undefined && (typeof id !== 'string' || !PARTICIPANT_ID.test(id) || NOT_IDS.has(id))) return false;
  }
  return true;
}

export default class GuardedJitsiMeetExternalAPI extends JitsiMeetExternalAPI {
  constructor(domain, options = {}) {
    // The SDK reads JITSI_KEY while it builds the URL: only this deployment's own content.
    const content = readKept()[String(domain)];
    try {
      if (typeof content === 'string') storage()?.setItem(JITSI_KEY, content);
      else clearJitsiKey();
    } catch (e) { clearJitsiKey(); }
    try {
      super(domain, options);
    } finally {
      clearJitsiKey();
    }
    this._cofxDomain = String(domain);
  }

  // Called by the SDK's constructor: the frame's events pass the checks above before the
  // SDK's own listener sees them.
  _setupListeners() {
    this._participants = Object.create(null);
    const transport = this._transport;
    const on = transport.on;
    transport.on = (type, listener) => on.call(transport, type, type !== 'event' ? listener : (event) => {
      if (event && event.name === 'local-storage-changed') {
        keep(this._cofxDomain ?? '', event.localStorageContent);
        return true;
      }
      return acceptable(event) ? listener(event) : true;
    });
    try {
      super._setupListeners();
    } finally {
      transport.on = on;
    }
  }
}
