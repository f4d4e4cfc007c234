#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <vector>

#include "core/links/room_code.h"

using namespace cofx;

namespace {

bool matches_code_format(std::string_view text) {
  if (text.size() != 12 || text.substr(0, 4) != "COF-") return false;
  for (char c : text.substr(4)) {
    if (kRoomCodeAlphabet.find(c) == std::string_view::npos) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("RoomCode::from_canonical accepts only the exact canonical form") {
  CHECK(RoomCode::from_canonical("COF-AB12CD34").has_value());
  CHECK(RoomCode::from_canonical("COF-AB12CD34")->str() == "COF-AB12CD34");
  CHECK(RoomCode::from_canonical("COF-00000000").has_value());
  CHECK(RoomCode::from_canonical("COF-ZZZZZZZZ").has_value());
  for (std::string_view bad : {"", "COF-", "cof-AB12CD34", "COF-ab12cd34", "COF-AB12CD3",
                               "COF-AB12CD345", " COF-AB12CD34", "COF-AB12CD34 ", "COF_AB12CD34",
                               "XOF-AB12CD34", "COF-AB12-D34", "COF-AB12\xD0\xA1" "D"}) {
    CAPTURE(bad);
    CHECK_FALSE(RoomCode::from_canonical(bad).has_value());
  }
}

TEST_CASE("unbiased_alphabet_index gives every symbol exactly 7 of the 256 byte values") {
  std::array<int, 36> hits{};
  int rejected = 0;
  for (int value = 0; value < 256; ++value) {
    const auto index = unbiased_alphabet_index(static_cast<std::uint8_t>(value));
    if (!index) {
      ++rejected;
      CHECK(value >= 252);
      continue;
    }
    REQUIRE(*index < kRoomCodeAlphabet.size());
    ++hits[*index];
  }
  CHECK(rejected == 4);
  for (std::size_t i = 0; i < hits.size(); ++i) {
    CAPTURE(i);
    CHECK(hits[i] == 7);
  }
}

TEST_CASE("generate_room_code skips rejected bytes from the byte source") {
  // Rejectable bytes (252..255) first, then bytes mapping to A, B, 0, 9, A, Z, 1, 2.
  const std::vector<std::uint8_t> script = {255, 252, 0,  253, 1,  26, 254,
                                            35,  36,  25, 255, 27, 28, 100};
  std::size_t next = 0;
  std::size_t calls = 0;
  const RandomBytes source = [&](std::span<std::uint8_t> out) {
    ++calls;
    for (auto& byte : out) byte = next < script.size() ? script[next++] : 0;
  };
  const RoomCode code = generate_room_code(source);
  CHECK(code.str() == "COF-AB09AZ12");
  CHECK(calls >= 1);
}

TEST_CASE("generate_room_code keeps asking when a whole batch is rejected") {
  std::size_t calls = 0;
  const RandomBytes source = [&](std::span<std::uint8_t> out) {
    ++calls;
    for (auto& byte : out) byte = calls < 3 ? 255 : 7;  // 7 -> 'H'
  };
  CHECK(generate_room_code(source).str() == "COF-HHHHHHHH");
  CHECK(calls == 3);
}

TEST_CASE("generated codes with the system RNG match the format and use the whole alphabet") {
  constexpr int kCodes = 5000;
  std::set<std::string> seen;
  std::map<char, int> symbol_counts;
  for (int i = 0; i < kCodes; ++i) {
    const RoomCode code = generate_room_code();
    REQUIRE(matches_code_format(code.str()));
    seen.insert(code.str());
    for (char c : code.str().substr(4)) ++symbol_counts[c];
  }
  // 36^8 possible codes: any repeat among 5000 would point at a broken source.
  CHECK(seen.size() == static_cast<std::size_t>(kCodes));
  CHECK(symbol_counts.size() == kRoomCodeAlphabet.size());
  // 40000 symbols, about 1111 each; a fair source stays far inside these bounds.
  for (const auto& [symbol, count] : symbol_counts) {
    CAPTURE(symbol);
    CHECK(count > 900);
    CHECK(count < 1350);
  }
}

TEST_CASE("system_random_bytes fills buffers larger than one getentropy() chunk") {
  std::vector<std::uint8_t> buffer(1000, 0);
  system_random_bytes(buffer);
  // The last chunk is filled too: 256 zero bytes at the end would be a 2^-2048 event.
  int nonzero_tail = 0;
  for (std::size_t i = 744; i < buffer.size(); ++i) nonzero_tail += buffer[i] != 0 ? 1 : 0;
  CHECK(nonzero_tail > 200);
  std::vector<std::uint8_t> empty;
  system_random_bytes(empty);  // no bytes asked, nothing happens
  CHECK(empty.empty());
}
