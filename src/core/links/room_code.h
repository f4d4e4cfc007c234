// Meeting codes: "COF-" followed by 8 characters from A-Z0-9, drawn from a
// cryptographic source with rejection sampling (no modulo bias).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cofx {

inline constexpr std::string_view kRoomCodePrefix = "COF-";
inline constexpr std::size_t kRoomCodeSuffixLength = 8;
inline constexpr std::string_view kRoomCodeAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
inline constexpr std::string_view kRoomCodeExample = "COF-AB12CD34";

// A meeting code known to match ^COF-[A-Z0-9]{8}$.
class RoomCode {
 public:
  // Accepts only the exact canonical form; see check_meeting_code() for user input.
  static std::optional<RoomCode> from_canonical(std::string_view text);

  const std::string& str() const { return value_; }
  bool operator==(const RoomCode&) const = default;

 private:
  explicit RoomCode(std::string value) : value_(std::move(value)) {}
  std::string value_;
};

// Fills the buffer with cryptographically random bytes.
using RandomBytes = std::function<void(std::span<std::uint8_t>)>;

// getentropy(): the OS on native builds, crypto.getRandomValues under Emscripten.
void system_random_bytes(std::span<std::uint8_t> out);

// Maps one random byte to an alphabet index, or nullopt when the byte must be
// rejected (bytes >= 252, so each of the 36 symbols keeps exactly 7 bytes).
std::optional<std::size_t> unbiased_alphabet_index(std::uint8_t byte);

RoomCode generate_room_code(const RandomBytes& random = system_random_bytes);

}  // namespace cofx
