#include "core/site/site_config.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/text/json_util.h"

#include "core/meeting/display_name.h"
#include "core/text/utf8.h"

namespace cofx {

namespace {

constexpr std::size_t kMaxHostLength = 253;
constexpr std::size_t kMaxLabelLength = 63;
constexpr std::size_t kMaxQuotedKeyBytes = 60;  // keep warnings readable

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alnum(char c) {
  return is_ascii_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// Calls visit(part) for each part of text between separators (empty parts included).
template <typename Visit>
bool all_parts(std::string_view text, char separator, Visit visit) {
  for (;;) {
    const std::size_t end = text.find(separator);
    if (!visit(text.substr(0, end))) return false;
    if (end == std::string_view::npos) return true;
    text.remove_prefix(end + 1);
  }
}

bool is_dns_label(std::string_view label) {
  if (label.empty() || label.size() > kMaxLabelLength) return false;
  if (label.front() == '-' || label.back() == '-') return false;
  for (char c : label) {
    if (!is_ascii_alnum(c) && c != '-') return false;
  }
  return true;
}

// A decimal number without sign or leading zeros, up to `limit`.
bool is_decimal_up_to(std::string_view digits, unsigned limit) {
  if (digits.empty() || digits.size() > 5) return false;
  if (digits.size() > 1 && digits.front() == '0') return false;
  unsigned value = 0;
  for (char c : digits) {
    if (!is_ascii_digit(c)) return false;
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  return value <= limit;
}

bool is_host(std::string_view host) {
  if (host.empty() || host.size() > kMaxHostLength) return false;
  std::size_t labels = 0;
  const bool labels_ok = all_parts(host, '.', [&](std::string_view label) {
    ++labels;
    return is_dns_label(label);
  });
  if (!labels_ok) return false;
  if (!host_ends_in_number(host)) return true;
  // The browser reads it as an IPv4 address: only the dotted quad it would print is taken,
  // so the host shown is the host framed.
  return labels == 4 && all_parts(host, '.', [](std::string_view octet) {
           return is_decimal_up_to(octet, 255);
         });
}

bool is_port(std::string_view port) { return is_decimal_up_to(port, 65535) && port != "0"; }

bool is_path(std::string_view path) {
  return all_parts(path, '/', [](std::string_view segment) {
    if (segment.empty() || segment == "." || segment == "..") return false;
    for (char c : segment) {
      if (!is_ascii_alnum(c) && c != '.' && c != '_' && c != '~' && c != '-') return false;
    }
    return true;
  });
}

std::string quoted_key(std::string_view key) {
  const std::string cleaned = clean_display_name(key);
  const std::string_view shown = utf8::prefix_bytes(cleaned, kMaxQuotedKeyBytes);
  return "\"" + std::string(shown) + (shown.size() < cleaned.size() ? "...\"" : "\"");
}

}  // namespace

// The WHATWG URL rule ("ends in a number"): the last label is decimal digits, or 0x and hex.
bool host_ends_in_number(std::string_view host) {
  const std::size_t dot = host.rfind('.');
  const std::string_view last = dot == std::string_view::npos ? host : host.substr(dot + 1);
  if (last.empty()) return false;
  if (std::all_of(last.begin(), last.end(), is_ascii_digit)) return true;
  if (last.size() < 2 || last[0] != '0' || (last[1] != 'x' && last[1] != 'X')) return false;
  return std::all_of(last.begin() + 2, last.end(), [](char c) {
    return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  });
}

bool is_valid_jitsi_domain(std::string_view domain) {
  const std::size_t slash = domain.find('/');
  const std::string_view authority = domain.substr(0, slash);
  if (slash != std::string_view::npos && !is_path(domain.substr(slash + 1))) return false;

  const std::size_t colon = authority.find(':');
  if (colon != std::string_view::npos && !is_port(authority.substr(colon + 1))) return false;
  return is_host(authority.substr(0, colon));
}

SiteConfigLoad parse_site_config(std::string_view json_text) {
  SiteConfigLoad load;
  const auto document = json_util::parse(json_text);
  if (document.is_discarded()) {
    load.warnings.push_back({.kind = ConfigWarning::Kind::NotJson});
    return load;
  }
  if (!document.is_object()) {
    load.warnings.push_back({.kind = ConfigWarning::Kind::NotObject});
    return load;
  }

  for (const auto& [key, value] : document.items()) {
    if (key == "jitsiDomain") {
      if (value.is_string() && is_valid_jitsi_domain(value.get_ref<const std::string&>())) {
        load.config.jitsi_domain = value.get_ref<const std::string&>();
      } else {
        load.warnings.push_back({.kind = ConfigWarning::Kind::BadJitsiDomain});
      }
    } else if (key == "title") {
      const std::string title =
          value.is_string() ? clean_display_name(value.get_ref<const std::string&>()) : "";
      if (!title.empty()) {
        load.config.title = title;
      } else {
        load.warnings.push_back({.kind = ConfigWarning::Kind::BadTitle});
      }
    } else {
      load.warnings.push_back({.kind = ConfigWarning::Kind::UnknownEntry, .name = quoted_key(key)});
    }
  }
  return load;
}

}  // namespace cofx
