#include "core/links/route.h"

#include "core/text/utf8.h"

namespace cofx {

namespace {

constexpr std::size_t kMaxRawCodeBytes = 200;  // enough to show; bounded for the UI

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_unreserved(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '.' || c == '_' || c == '~';
}

std::map<std::string, std::string> parse_params(std::string_view query) {
  std::map<std::string, std::string> params;
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
    if (pair.empty()) continue;
    const std::size_t eq = pair.find('=');
    std::string key = percent_decode(pair.substr(0, eq));
    if (key.empty()) continue;
    params[std::move(key)] =
        eq == std::string_view::npos ? std::string{} : percent_decode(pair.substr(eq + 1));
  }
  return params;
}

}  // namespace

Route parse_route(std::string_view hash) {
  if (hash.starts_with('#')) hash.remove_prefix(1);
  if (hash.starts_with('/')) hash.remove_prefix(1);

  Route route;
  const std::size_t question = hash.find('?');
  if (question != std::string_view::npos) route.params = parse_params(hash.substr(question + 1));

  const std::string decoded = percent_decode(hash.substr(0, question));
  const CodeCheck check = check_meeting_code(decoded);
  if (check.code) {
    route.kind = Route::Kind::Meeting;
    route.code = check.code;
  } else if (check.problem != CodeProblem::Empty) {
    route.kind = Route::Kind::InvalidMeeting;
    route.raw_code = std::string(utf8::prefix_bytes(decoded, kMaxRawCodeBytes));
    route.problem = check.problem;
  }
  return route;
}

std::string lobby_hash() { return "#/"; }

std::string meeting_hash(const RoomCode& code) { return "#/" + code.str(); }

std::string meeting_link(std::string_view site_url, const RoomCode& code) {
  return std::string(site_url.substr(0, site_url.find('#'))) + meeting_hash(code);
}

std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && text.size() - i >= 3) {
      const int high = hex_value(text[i + 1]);
      const int low = hex_value(text[i + 2]);
      if (high >= 0 && low >= 0) {
        out.push_back(static_cast<char>(high * 16 + low));
        i += 2;
        continue;
      }
    }
    out.push_back(text[i]);  // ordinary character, '+', or an invalid escape kept as typed
  }
  return out;
}

std::string percent_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (is_unreserved(c)) {
      out.push_back(c);
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out.push_back('%');
      out.push_back(kHex[byte >> 4]);
      out.push_back(kHex[byte & 0x0F]);
    }
  }
  return out;
}

}  // namespace cofx
