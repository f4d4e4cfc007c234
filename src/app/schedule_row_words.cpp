#include "app/schedule_row_words.h"

#include "app/schedule_view.h"
#include "app/words/schedule_words.h"
#include "app/words/time_words.h"
#include "app/words/tr.h"
#include "core/text/shaped_text.h"

namespace cofx {

RowWords row_words(const ScheduleView& view, std::size_t entry) {
  const ListEntry& listed = view.list->entries()[entry];
  const ScheduledMeeting& meeting = (*view.meetings)[listed.index];
  const std::string date = format_weekday_date_time(to_local(listed.occurrence.start_utc, *view.zone_rules));
  const std::string countdown = countdown_text(listed.occurrence, view.now_utc, *view.zone_rules);
  RowWords out;
  out.title = shaped::for_display(meeting.title);
  out.when = meeting.repeat.kind != Repeat::Kind::None
                 // Translators: a meeting's time in the list; {date} is e.g. "Wed 9 Dec, 23:53", {countdown} e.g.
                 // "starts in 2 h 10 min"; "repeats" says it is a repeating meeting.
                 ? tr("{date} · {countdown} · repeats", {{"date", date}, {"countdown", countdown}})
                 // Translators: a meeting's time in the list; {date} is e.g. "Wed 9 Dec, 23:53", {countdown} e.g.
                 // "starts in 2 h 10 min".
                 : tr("{date} · {countdown}", {{"date", date}, {"countdown", countdown}});
  // Translators: a meeting row's accessible name: its title, then its time as shown in the list.
  out.name = tr("{title}, {when}", {{"title", meeting.title}, {"when", out.when}});
  return out;
}

const RowWords& ScheduleRowWords::get(const ScheduleView& view, std::size_t entry) {
  const Key key{view.list->builds(), view.now_utc, current_catalogue()};
  if (!(key == key_)) {
    key_ = key;
    rows_.clear();
  }
  auto found = rows_.find(entry);
  if (found == rows_.end()) found = rows_.emplace(entry, row_words(view, entry)).first;
  return found->second;
}

}  // namespace cofx
