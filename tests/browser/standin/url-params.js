// Decoding of the iframe URL's hash the way Jitsi Meet does it (parseURLParams +
// setConfigFromURLParams): `key=encodeURIComponent(JSON.stringify(value))` pairs joined by '&',
// with keys such as `config.toolbarButtons` or `userInfo.displayName`.
// Shared by the stand-in page (bundled) and the node-side test harness.

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const GROUPS = ['config', 'interfaceConfig', 'userInfo', 'appData', 'devices', 'iceServers'];

/** Flat map of hash parameters; values that are not valid JSON are dropped, as Jitsi does. */
export function parseHashParams(hash) {
  const params = {};
  for (const part of String(hash || '').replace(/^#/, '').split('&')) {
    const [key, raw = ''] = part.split('=');
    if (!key || key.split('.').some((k) => UNSAFE_KEYS.has(k))) continue;
    try {
      const decoded = decodeURIComponent(raw);
      params[key] = decoded === 'undefined' ? undefined : JSON.parse(decoded);
    } catch {
      // Not JSON: Jitsi reports and skips it.
    }
  }
  return params;
}

/** Groups 'config.a.b' keys into { config: { a: { b } } } for each known prefix. */
export function groupHashParams(params) {
  const groups = Object.fromEntries(GROUPS.map((name) => [name, {}]));
  for (const [key, value] of Object.entries(params)) {
    const [prefix, ...rest] = key.split('.');
    if (!Object.hasOwn(groups, prefix) || rest.length === 0) continue;
    let target = groups[prefix];
    for (const name of rest.slice(0, -1)) {
      if (typeof target[name] !== 'object' || target[name] === null) target[name] = {};
      target = target[name];
    }
    target[rest[rest.length - 1]] = value;
  }
  return groups;
}
