// Private to src/core: the configOverwrite keys Jitsi Meet accepts from an embedding
// page. Derived by reading @jitsi/react-native-sdk 13.2.0,
// react/features/base/config/configWhitelist.ts (plus isEmbeddedConfigWhitelist.ts,
// which applies inside an iframe; extraConfigWhitelist.ts is empty), sorted in byte
// order for binary search. A dotted entry ("p2p.enabled") allows only that nested key;
// a plain entry allows the key with everything under it.
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

namespace cofx {

inline constexpr std::array<std::string_view, 214> kJitsiConfigWhitelist = {
    "_desktopSharingSourceDevice", "_peerConnStatusOutOfLastNTimeout",
    "_peerConnStatusRtcMuteTimeout", "analytics.disabled", "analytics.rtcstatsEnabled",
    "analytics.watchRTCEnabled", "apiLogLevels", "audioLevelsInterval", "audioQuality",
    "audioTranslation", "autoKnockLobby", "avgRtpStatsN", "backgroundAlpha",
    "brandingRoomAlias", "breakoutRooms", "bridgeChannel", "buttonsWithNotifyClick",
    "callDisplayName", "callFlowsEnabled", "callHandle", "callUUID", "cameraFacingMode",
    "channelLastN", "conferenceInfo", "connectionIndicators", "constraints",
    "customToolbarButtons", "deeplinking.desktop.enabled", "deeplinking.disabled",
    "defaultLocalDisplayName", "defaultLogoUrl", "defaultRemoteDisplayName", "deploymentUrls",
    "desktopSharingFrameRate", "desktopSharingSources", "disable1On1Mode", "disableAEC",
    "disableAGC", "disableAP", "disableAddingBackgroundImages", "disableAudioLevels",
    "disableBeforeUnloadHandlers", "disableCameraTintForeground", "disableChat",
    "disableChatSmileys", "disableDeepLinking", "disableFocus", "disableIncomingMessageSound",
    "disableInitialGUM", "disableInviteFunctions", "disableJoinLeaveSounds",
    "disableLocalVideoFlip", "disableModeratorIndicator", "disableNS", "disablePolls",
    "disableProfile", "disableReactions", "disableReactionsInChat",
    "disableReactionsModeration", "disableRecordAudioNotification", "disableRemoteControl",
    "disableRemoteMute", "disableRemoveRaisedHandOnFocus", "disableResponsiveTiles",
    "disableRtx", "disableSelfDemote", "disableSelfView", "disableSelfViewSettings",
    "disableShortcuts", "disableShowMoreStats", "disableSimulcast", "disableSpeakerStatsSearch",
    "disableThirdPartyRequests", "disableTileEnlargement", "disableTileView",
    "disableVirtualBackground", "disabledNotifications", "disabledSounds", "displayJids",
    "doNotFlipLocalVideo", "doNotStoreRoom", "dropbox.appKey", "e2ee", "e2eeLabels", "e2eping",
    "enableCalendarIntegration", "enableDisplayNameInStats", "enableEmailInStats",
    "enableEncodedTransformSupport", "enableIceRestart", "enableInsecureRoomNameWarning",
    "enableLobbyChat", "enableNoAudioDetection", "enableNoisyMicDetection", "enableOpusRed",
    "enableRemb", "enableSaveLogs", "enableTalkWhileMuted", "enableTcc", "faceLandmarks",
    "feedbackPercentage", "fileSharing.enabled", "filmstrip", "flags", "forceTurnRelay",
    "gatherStats", "giphy", "googleApiApplicationClientID", "gravatar.disabled",
    "hiddenPremeetingButtons", "hideAddRoomButton", "hideConferenceSubject",
    "hideConferenceTimer", "hideDisplayName", "hideDominantSpeakerBadge", "hideEmailInSettings",
    "hideLobbyButton", "hideMissingCapabilityWarnings", "hideParticipantsStats",
    "hideRecordingLabel", "iAmRecorder", "iAmSipGateway", "iAmSpot", "ignoreStartMuted",
    "inviteAppName", "liveStreaming", "liveStreaming.enabled", "liveStreamingEnabled", "lobby",
    "localRecording", "localSubject", "logging", "mainToolbarButtons",
    "maxFullResolutionParticipants", "mouseMoveCallbackInterval", "notificationTimeouts",
    "notifications", "notifyOnConferenceDestruction", "openSharedDocumentOnJoin",
    "opusMaxAverageBitrate", "p2p.backToP2PDelay", "p2p.codecPreferenceOrder", "p2p.enabled",
    "p2p.iceTransportPolicy", "p2p.mobileCodecPreferenceOrder", "p2p.mobileScreenshareCodec",
    "participantMenuButtonsWithNotifyClick", "participantsPane", "pcStatsInterval", "pip",
    "preferBosh", "preferVisitor", "prejoinConfig.enabled", "prejoinConfig.hideDisplayName",
    "prejoinConfig.hideExtraJoinButtons", "prejoinConfig.showHangUp", "raisedHands",
    "readOnlyName", "recordingService", "recordings.recordAudioAndVideo",
    "recordings.showPrejoinWarning", "recordings.showRecordingLink",
    "recordings.suggestRecording", "reducedUIEnabled", "reducedUImainToolbarButtons",
    "remoteVideoMenu", "replaceParticipant", "requireDisplayName", "resolution",
    "roomPasswordNumberOfDigits", "screenshotCapture", "secondScreen", "securityUi",
    "showChatPermissionsModeratorSetting", "speakerStats", "speakerStatsOrder",
    "startAudioMuted", "startLastN", "startLowBandwidthMode", "startScreenSharing",
    "startSilent", "startVideoMuted", "startWithAudioMuted", "startWithVideoMuted", "stereo",
    "subject", "testing", "tileView", "timeTimer", "toolbarButtons", "toolbarConfig",
    "transcribingEnabled", "transcription", "useHostPageLocalStorage", "useTurnUdp",
    "videoQuality", "virtualBackground", "visitors.enableMediaOnPromote",
    "visitors.hideVisitorCountForVisitors", "visitors.showJoinMeetingDialog",
    "watchRTCConfigParams.allowBrowserLogCollection", "watchRTCConfigParams.collectionInterval",
    "watchRTCConfigParams.console", "watchRTCConfigParams.debug", "watchRTCConfigParams.keys",
    "watchRTCConfigParams.logGetStats", "watchRTCConfigParams.rtcApiKey",
    "watchRTCConfigParams.rtcPeerId", "watchRTCConfigParams.rtcRoomId",
    "watchRTCConfigParams.rtcTags", "watchRTCConfigParams.rtcToken", "webrtcIceTcpDisable",
    "webrtcIceUdpDisable", "whiteboard.enabled",
};

// Emscripten 3.1.6 ships a libc++ without std::ranges algorithms: use the classic ones.
static_assert(std::is_sorted(kJitsiConfigWhitelist.begin(), kJitsiConfigWhitelist.end()),
              "keep the table in byte order");

}  // namespace cofx
