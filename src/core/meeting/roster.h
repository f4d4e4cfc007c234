// Who is in the meeting and who is waiting to be let in, from Jitsi's events: the host's
// panel (app/meeting_panel.h) lists them. Bounded: a server that floods the page with joins
// or knocks can't grow it past kMaxListedPeople and kMaxWaitingGuests (the rest are only
// counted). Names are Jitsi's, cleaned by core/meeting/jitsi_event.h; they are only ever
// shown as text.
//
// A conference reload (Jitsi leaves and joins again, then reports everyone anew) starts the
// list again at the join, so people who left meanwhile don't linger.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/meeting/jitsi_event.h"

namespace cofx {

inline constexpr std::size_t kMaxListedPeople = 300;
inline constexpr std::size_t kMaxWaitingGuests = 50;

struct Person {
  std::string id;
  std::string name;  // may be empty (Jitsi had none)
  bool you = false;
  bool moderator = false;
  bool hand_raised = false;
  bool audio_muted = false;
  bool video_muted = false;
  bool operator==(const Person&) const = default;
};

struct WaitingGuest {
  std::string id;
  std::string name;  // may be empty
  bool operator==(const WaitingGuest&) const = default;
};

class Roster {
 public:
  void apply(const JitsiEvent& event);
  // We answered a knock (admitted or denied): the guest is no longer waiting.
  void answered(std::string_view id);

  // Raised hands first (the earliest first), then you, then everyone else by name.
  std::vector<Person> people() const;
  const std::vector<WaitingGuest>& waiting() const { return waiting_; }
  // Everyone in the meeting, those past the list's bound too.
  std::size_t count() const { return people_.size() + not_listed_; }
  const Person* find(std::string_view id) const;

 private:
  Person* find_mutable(std::string_view id);
  void add(Person person);
  void remove(std::string_view id);

  std::vector<Person> people_;               // in joining order
  std::map<std::string, double> raised_at_;  // when each raised hand went up (Jitsi's time or our order)
  std::map<std::string, bool> roles_;        // moderator or not, reported before the person arrived
  std::vector<WaitingGuest> waiting_;
  std::size_t not_listed_ = 0;
  double raise_order_ = 0;
};

}  // namespace cofx
