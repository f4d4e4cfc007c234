#include "core/links/room_code.h"

#include <array>
#include <cstdlib>

#include <unistd.h>  // getentropy

namespace cofx {

namespace {

constexpr std::size_t kMaxEntropyChunk = 256;  // getentropy() refuses more per call

// The largest multiple of the alphabet size that fits in a byte: 7 * 36 = 252.
constexpr unsigned kAcceptedByteLimit = 256 / kRoomCodeAlphabet.size() * kRoomCodeAlphabet.size();
static_assert(kAcceptedByteLimit == 252);

bool is_code_symbol(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

}  // namespace

std::optional<RoomCode> RoomCode::from_canonical(std::string_view text) {
  if (text.size() != kRoomCodePrefix.size() + kRoomCodeSuffixLength) return std::nullopt;
  if (!text.starts_with(kRoomCodePrefix)) return std::nullopt;
  for (char c : text.substr(kRoomCodePrefix.size())) {
    if (!is_code_symbol(c)) return std::nullopt;
  }
  return RoomCode(std::string(text));
}

void system_random_bytes(std::span<std::uint8_t> out) {
  while (!out.empty()) {
    const std::size_t chunk = out.size() < kMaxEntropyChunk ? out.size() : kMaxEntropyChunk;
    // Without a working entropy source no safe code can be made; stop rather than guess.
    if (getentropy(out.data(), chunk) != 0) std::abort();
    out = out.subspan(chunk);
  }
}

std::optional<std::size_t> unbiased_alphabet_index(std::uint8_t byte) {
  if (byte >= kAcceptedByteLimit) return std::nullopt;
  return byte % kRoomCodeAlphabet.size();
}

RoomCode generate_room_code(const RandomBytes& random) {
  std::string code(kRoomCodePrefix);
  std::array<std::uint8_t, 16> batch{};
  while (code.size() < kRoomCodePrefix.size() + kRoomCodeSuffixLength) {
    random(batch);
    for (std::uint8_t byte : batch) {
      const auto index = unbiased_alphabet_index(byte);
      if (!index) continue;
      code.push_back(kRoomCodeAlphabet[*index]);
      if (code.size() == kRoomCodePrefix.size() + kRoomCodeSuffixLength) break;
    }
  }
  auto room = RoomCode::from_canonical(code);
  if (!room) std::abort();  // unreachable: every symbol came from the alphabet
  return *room;
}

}  // namespace cofx
