#include "core/meeting/roster.h"

#include <algorithm>
#include <tuple>

#include "core/text/overloaded.h"

namespace cofx {
namespace {

// Names sort without regard to ASCII case; other scripts by their UTF-8 bytes.
std::string sort_key(std::string_view name) {
  std::string key(name);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

}  // namespace

void Roster::apply(const JitsiEvent& event) {
  std::visit(Overloaded{
                 [&](const jitsi::ConferenceJoined& joined) {
                   people_.clear();
                   raised_at_.clear();
                   not_listed_ = 0;
                   if (!joined.id.empty()) add(Person{joined.id, joined.display_name, true});
                 },
                 [&](const jitsi::ParticipantJoined& joined) {
                   answered(joined.id);  // a guest who was let in (by us or another moderator)
                   if (Person* known = find_mutable(joined.id)) {
                     known->name = joined.display_name;
                   } else {
                     add(Person{joined.id, joined.display_name});
                   }
                 },
                 [&](const jitsi::ParticipantLeft& left) { remove(left.id); },
                 [&](const jitsi::KickedOut& kicked) {
                   if (!kicked.kicked_id.empty()) remove(kicked.kicked_id);
                 },
                 [&](const jitsi::RoleChanged& role) {
                   const bool moderator = role.role == "moderator";
                   if (Person* known = find_mutable(role.id)) {
                     known->moderator = moderator;
                   } else if (roles_.size() < kMaxListedPeople || roles_.count(role.id) != 0) {
                     roles_[role.id] = moderator;  // older servers name the role before the join
                   }
                 },
                 [&](const jitsi::NameChanged& renamed) {
                   if (Person* known = find_mutable(renamed.id)) known->name = renamed.display_name;
                   for (WaitingGuest& guest : waiting_) {
                     if (guest.id == renamed.id) guest.name = renamed.display_name;
                   }
                 },
                 [&](const jitsi::HandRaised& hand) {
                   Person* known = find_mutable(hand.id);
                   if (known == nullptr) return;
                   known->hand_raised = hand.raised;
                   if (!hand.raised) {
                     raised_at_.erase(hand.id);
                   } else if (raised_at_.count(hand.id) == 0) {
                     // Jitsi's timestamp when it sends one, else the order the raises arrived in
                     // (booleans from older servers sort after any timestamp: none is that small).
                     raised_at_[hand.id] = hand.raised_at > 0 ? hand.raised_at : ++raise_order_;
                   }
                 },
                 [&](const jitsi::Muted& muted) {
                   Person* known = find_mutable(muted.id);
                   if (known == nullptr) return;
                   (muted.video ? known->video_muted : known->audio_muted) = muted.muted;
                 },
                 [&](const jitsi::Knocking& knock) {
                   for (WaitingGuest& guest : waiting_) {
                     if (guest.id == knock.id) {
                       guest.name = knock.display_name;
                       return;
                     }
                   }
                   if (waiting_.size() < kMaxWaitingGuests) waiting_.push_back({knock.id, knock.display_name});
                 },
                 [](const auto&) {},
             },
             event);
}

void Roster::answered(std::string_view id) {
  std::erase_if(waiting_, [&](const WaitingGuest& guest) { return guest.id == id; });
}

std::vector<Person> Roster::people() const {
  std::vector<Person> out = people_;
  const auto raised = [&](const Person& person) {
    const auto found = raised_at_.find(person.id);
    return found == raised_at_.end() ? 0.0 : found->second;
  };
  std::stable_sort(out.begin(), out.end(), [&](const Person& a, const Person& b) {
    const bool a_hand = a.hand_raised, b_hand = b.hand_raised;
    if (a_hand != b_hand) return a_hand;
    if (a_hand) return raised(a) < raised(b);
    if (a.you != b.you) return a.you;
    return std::tuple(sort_key(a.name), a.id) < std::tuple(sort_key(b.name), b.id);
  });
  return out;
}

const Person* Roster::find(std::string_view id) const {
  const auto found = std::find_if(people_.begin(), people_.end(), [&](const Person& p) { return p.id == id; });
  return found == people_.end() ? nullptr : &*found;
}

Person* Roster::find_mutable(std::string_view id) { return const_cast<Person*>(find(id)); }

void Roster::add(Person person) {
  if (people_.size() >= kMaxListedPeople) {
    ++not_listed_;
    return;
  }
  if (const auto role = roles_.find(person.id); role != roles_.end()) {
    person.moderator = role->second;
    roles_.erase(role);
  }
  people_.push_back(std::move(person));
}

void Roster::remove(std::string_view id) {
  const auto before = people_.size();
  std::erase_if(people_, [&](const Person& p) { return p.id == id; });
  if (people_.size() == before && not_listed_ > 0) --not_listed_;  // one of those past the bound
  raised_at_.erase(std::string(id));
}

}  // namespace cofx
