// The stand-in conference page served for https://<domain>/<room> in browser tests.

/** Path, on the Jitsi domain, where the routed stand-in script is served. */
export const STANDIN_SCRIPT_PATH = '/__standin/conference.js';

/**
 * HTML of the stand-in page. `options` become window.standinOptions (see conference.js);
 * they are JSON, with '<' escaped so no value can close the script element.
 */
export function standinHtml(options = {}) {
  const json = JSON.stringify(options).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Stand-in conference</title>
</head>
<body>
<script>window.standinOptions = ${json};</script>
<script src="${STANDIN_SCRIPT_PATH}"></script>
</body>
</html>
`;
}
