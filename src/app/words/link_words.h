// The sentences about meeting codes and links. Core returns the typed outcome
// (core/links/...); these say it in words.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/links/code_input.h"
#include "core/links/invite.h"
#include "core/links/qr_code.h"
#include "core/time/time_zone.h"

namespace cofx {

// A sentence for the inline message under the code field; it names the expected format.
std::string describe(CodeProblem problem);

// The names an invitation link had that were ignored, "(unnamed)" for a name with nothing
// to show, then "and N more".
std::vector<std::string> ignored_names(const IgnoredNames& ignored);
// "Ignored in the link: t, colour." or "" when nothing was ignored.
std::string ignored_notice(const std::vector<std::string>& names);
std::string ignored_notice(const IgnoredNames& ignored);

// "'Weekly sync' starts in 2 h 10 min", "'Weekly sync' started 5 min ago",
// "'Weekly sync' ended at 15:30 on 12 Dec", "The meeting starts in 45 s",
// "'Weekly sync' started at 15:30 on 12 Dec" (no duration), "'Weekly sync'" (no start),
// "" (neither title nor start).
std::string invite_summary(const InviteDetails& details, std::int64_t now_utc, const ZoneRules& zone);

// The accessible name of a meeting link's QR code: "QR code for the meeting link".
std::string qr_code_label();
// Why a link has no QR code: "This link is too long for a QR code."
std::string describe(QrProblem problem);

}  // namespace cofx
