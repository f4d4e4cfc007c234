// Stand-in for a Jitsi Meet conference page, loaded in the iframe the real iframe API creates
// (https://<domain>/<room>#jitsi_meet_external_api_id=N&config.x=...). It speaks Jitsi's own
// postMessage transport, scoped the way Jitsi Meet scopes it (modules/transport/index.js).
//
// Page options come from window.standinOptions (set by the stand-in HTML before this script):
//   autoJoin: send 'video-conference-joined' right after 'ready'.
//   onHangup: 'leave' (default) answers the 'video-hangup' command the way Jitsi does, with
//             'video-conference-left' then 'video-ready-to-close'; 'ignore' does nothing.
import { PostMessageTransportBackend, Transport } from '@jitsi/js-utils/transport';

import { groupHashParams, parseHashParams } from './url-params.js';

function render(standin) {
  document.title = `Stand-in: ${standin.room}`;
  const main = document.createElement('main');
  main.style.cssText = 'font: 16px sans-serif; color: #fff; background: #202124; box-sizing: border-box; height: 100vh; margin: 0; padding: 1em;';
  const line = (id, text) => {
    const p = document.createElement('p');
    p.id = id;
    p.textContent = text;
    main.appendChild(p);
    return p;
  };
  line('standin-room', `Room: ${standin.room}`);
  line('standin-name', `Name: ${standin.userInfo.displayName ?? ''}`);
  standin.statusElement = line('standin-status', 'Waiting for the embedder');
  document.body.style.margin = '0';
  document.body.appendChild(main);
}

function createStandin() {
  const options = window.standinOptions || {};
  const rawRoom = location.pathname.replace(/^\/+/, '');
  let room = rawRoom;
  try {
    room = decodeURIComponent(rawRoom);
  } catch {
    // Keep the raw path segment.
  }
  const hashParams = parseHashParams(location.hash);
  const { config, interfaceConfig, userInfo } = groupHashParams(hashParams);
  const apiId = hashParams.jitsi_meet_external_api_id;
  const postisOptions = typeof apiId === 'number' ? { scope: `jitsi_meet_external_api_${apiId}` } : {};
  const transport = new Transport({ backend: new PostMessageTransportBackend({ postisOptions }) });

  const standin = {
    room,
    hashParams,
    config,
    interfaceConfig,
    userInfo,
    scope: postisOptions.scope,
    /** Commands ({type:'command', name, data}) and requests ({type:'request', name, request}). */
    received: [],
    /** Events sent to the embedder, in order. */
    sent: [],
    /** Results for requests by name; any other request is answered with null. */
    requestResults: {},
    send(name, data = {}) {
      const event = { ...data, name };
      standin.sent.push(event);
      transport.sendEvent(event);
    },
    join(extra = {}) {
      const displayName = userInfo.displayName ?? '';
      // Real Jitsi reports the XMPP room name, which is lower-case.
      standin.send('video-conference-joined', {
        roomName: room.toLowerCase(),
        id: 'local',
        displayName,
        formattedDisplayName: `${displayName} (me)`,
        breakoutRoom: false,
        visitor: false,
        ...extra,
      });
      standin.statusElement.textContent = 'Joined';
    },
    leave() {
      standin.send('video-conference-left', { roomName: room.toLowerCase() });
      standin.send('video-ready-to-close');
      standin.statusElement.textContent = 'Left';
    },
  };

  transport.on('event', ({ name, data }) => {
    standin.received.push({ type: 'command', name, data });
    if (name === 'video-hangup' && options.onHangup !== 'ignore') standin.leave();
    return true;
  });
  transport.on('request', (request, callback) => {
    standin.received.push({ type: 'request', name: request.name, request });
    const result = Object.hasOwn(standin.requestResults, request.name) ? standin.requestResults[request.name] : null;
    callback(result);
    return true;
  });

  render(standin);
  standin.send('ready');
  if (options.autoJoin) standin.join();
  return standin;
}

window.standin = createStandin();
