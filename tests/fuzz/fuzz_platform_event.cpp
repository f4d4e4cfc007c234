// The bridge's own events: parse_platform_event().
#include "fuzz_check.h"

#include "core/platform_event.h"
#include "core/route.h"

using namespace cofx;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto event = parse_platform_event(fuzz::as_text(data, size));
  if (!event) return 0;
  if (event->type == PlatformEvent::Type::RouteChanged) {
    const Route route = parse_route(event->text);
    if (route.code) FUZZ_CHECK(RoomCode::from_canonical(route.code->str()).has_value());
  }
  if (event->type != PlatformEvent::Type::ClipboardResult) FUZZ_CHECK(event->ok);
  return 0;
}
