#include "app/schedule_tab.h"

#include <utility>

#include "app/invite_links.h"
#include "app/words/schedule_words.h"
#include "app/words/time_words.h"
#include "app/words/tr.h"
#include "core/schedule/calendar_export.h"
#include "core/links/invite.h"
#include "core/schedule/recurrence.h"

namespace cofx {
namespace {

constexpr std::size_t kTitlesPublished = 20;

std::string message(const std::optional<std::string>& text, bool shown) { return shown && text ? *text : ""; }

}  // namespace

void ScheduleTab::refresh(std::int64_t now_utc, const ZoneRules& zone) const {
  cache_.refresh(book_.meetings(), book_.revision(), now_utc, zone, ui_.past_open);
}

std::optional<RoomCode> ScheduleTab::draw(std::int64_t now_ms, const Where& where, WidgetRects& rects) {
  const ZoneRules& zone = platform_.local_zone();
  const std::int64_t now_utc = floor_div(now_ms, 1000);
  for (std::string& note : book_.take_notes()) say(std::move(note), true), changed_ = true;
  refresh(now_utc, zone);
  if (backups_revision_ != book_.revision()) {  // reading them parses storage: not every frame
    backups_ = book_.backups(now_ms);
    backups_revision_ = book_.revision();
  }
  const ScheduleIntents intents = draw_schedule_tab(ui_, view(now_utc, zone), rects);
  const std::optional<RoomCode> join = apply(intents, now_ms, where);
  if (intents.any()) changed_ = true;
  // After the drawing, so the messages (and the published state) follow this frame's typing.
  if (ui_.form_open) checked_ = check_schedule_form(ui_.form, now_utc, zone, opened_ ? &*opened_ : nullptr);
  counting_ = !ui_.form_open && cache_.upcoming() > 0;
  return join;
}

ScheduleView ScheduleTab::view(std::int64_t now_utc, const ZoneRules& zone) const {
  ScheduleView view;
  if (ui_.form_open) {
    const FormCheck& check = checked_.check;
    const std::int64_t zone_at = checked_.messages.start ? now_utc : check.start_utc;
    // Translators: {zone} is e.g. "Europe/Berlin (CET, UTC+01:00)".
    view.zone = tr("Times are in {zone}.", {{"zone", describe_zone(zone, zone_at)}});
    if (!checked_.messages.duration) view.duration = span_text(std::int64_t{ui_.form.duration_minutes} * 60);
    view.ends = form_end_text(checked_, zone);
    view.first_weekday = platform_.first_weekday();
    if (!checked_.messages.start && !checked_.messages.repeat) {
      view.repeat = describe_repeat(checked_.form.repeat, weekday_of(checked_.form.start.date()));
    }
    view.check = checked_.messages;
    view.show_messages = show_messages_;
  }
  view.meetings = &book_.meetings();
  view.list = &cache_;
  view.now_utc = now_utc;
  view.zone_rules = &zone;
  view.problems = book_.problems();
  view.save_error = book_.save_error();
  if (cache_.upcoming() > 0) {
    using Permission = Platform::NotificationPermission;
    const Permission permission = platform_.notification_permission();
    view.offer_notifications = permission == Permission::Ask;
    view.reminders = permission == Permission::Granted
                         ? tr("Reminders come as system notifications 5 min before each meeting.")
                         : permission == Permission::Denied
                               ? tr("Notifications are blocked for this site, so reminders show in this page.")
                               : tr("Reminders show in this page 5 min before each meeting.");
  }
  for (const StoredBackup& backup : backups_) {
    const std::string size = std::to_string((backup.text.size() + 1023) / 1024);
    if (backup.saved_at_ms > 0) {
      const std::string kept = format_weekday_date_time(to_local(floor_div(backup.saved_at_ms, 1000), zone));
      // Translators: {date} is when the copy was made, e.g. "Wed 9 Dec, 23:53"; {size} is in kilobytes.
      view.backups.push_back(tr("A copy of saved meetings that could not be read, kept {date} ({size} KB).",
                                {{"date", kept}, {"size", size}}));
    } else {
      // Translators: {size} is in kilobytes.
      view.backups.push_back(tr("A copy of saved meetings that could not be read ({size} KB).", {{"size", size}}));
    }
  }
  if (const ScheduledMeeting* deleted = book_.undoable()) {
    // Translators: beside the Undo button; {title} is the meeting's title.
    view.undo = tr("Deleted '{title}'.", {{"title", deleted->title}});
  }
  view.notice = notice_;
  view.notice_is_error = notice_is_error_;
  view.invite_link = invite_link_;
  return view;
}

std::optional<RoomCode> ScheduleTab::apply(const ScheduleIntents& intents, std::int64_t now_ms, const Where& where) {
  const ZoneRules& zone = platform_.local_zone();
  const std::int64_t now_utc = floor_div(now_ms, 1000);
  if (intents.open_new) open_form(schedule_form_from(new_meeting_form(now_utc, zone)), "");
  if (intents.cancel) close_form();
  if (intents.save) save(now_ms);
  if (intents.retry) book_.retry(now_ms);
  if (intents.undo) {
    if (const ScheduledMeeting* deleted = book_.undoable()) {
      // Translators: after Undo; {title} is the meeting's title.
      say(tr("Brought back '{title}'.", {{"title", deleted->title}}));
    }
    book_.undo(now_ms);
  }
  if (intents.dismiss_problems) book_.dismiss_problems();
  if (intents.enable_notifications) platform_.request_notification_permission();
  if (intents.backup != ScheduleIntents::Backup::None && intents.backup_index < backups_.size()) {
    act_on_backup(intents.backup, backups_[intents.backup_index], now_ms);
  }
  if (intents.toggle_past) ui_.past_open = !ui_.past_open;
  if (intents.import_file) platform_.pick_file(kScheduleImportPurpose, ".json,application/json");
  if (intents.export_file) {
    platform_.download("cofinix-meetings.json", "application/json", book_.export_text(now_utc));
  }
  return act_on_row(intents, now_ms, where);
}

std::optional<RoomCode> ScheduleTab::act_on_row(const ScheduleIntents& intents, std::int64_t now_ms,
                                                const Where& where) {
  if (intents.row == ScheduleIntents::Row::None || intents.entry >= cache_.entries().size()) return std::nullopt;
  const ListEntry entry = cache_.entries()[intents.entry];
  const ScheduledMeeting meeting = book_.meetings()[entry.index];  // a copy: the book may change below
  const ZoneRules& zone = platform_.local_zone();
  const std::int64_t now_utc = floor_div(now_ms, 1000);
  auto link_for = [&](const Occurrence& occurrence) {
    return invite_link_on(platform_.site_url(), meeting.code, invite_for(meeting, occurrence), where.deployment,
                          where.site_default);
  };
  // Calendars get the series from its first occurrence.
  const Occurrence first = nth_occurrence(meeting, 0, zone).value_or(entry.occurrence);

  switch (intents.row) {
    case ScheduleIntents::Row::None:
      break;
    case ScheduleIntents::Row::Join:
      return meeting.code;
    case ScheduleIntents::Row::Invite:
      copying_ = link_for(entry.occurrence);
      invite_link_.clear();
      platform_.copy_to_clipboard(*copying_);
      break;
    case ScheduleIntents::Row::Ics:
      platform_.download(ics_file_name(meeting), "text/calendar",
                         meeting_ics(meeting, link_for(first), now_utc, zone, calendar_words(meeting, zone)));
      break;
    case ScheduleIntents::Row::Google:
      platform_.open_url(google_calendar_url(meeting, link_for(first), zone, calendar_words(meeting, zone)));
      break;
    case ScheduleIntents::Row::Outlook:
      platform_.open_url(outlook_calendar_url(meeting, link_for(first), zone, calendar_words(meeting, zone)));
      break;
    case ScheduleIntents::Row::Edit:
      open_form(schedule_form_from(form_for(meeting, zone)), meeting.id);
      break;
    case ScheduleIntents::Row::Delete:
      if (editing_id_ == meeting.id) close_form();
      book_.remove(meeting.id, now_ms);
      say("");
      break;
  }
  return std::nullopt;
}

void ScheduleTab::act_on_backup(ScheduleIntents::Backup action, const StoredBackup& backup, std::int64_t now_ms) {
  switch (action) {
    case ScheduleIntents::Backup::None: return;
    case ScheduleIntents::Backup::Restore: say(book_.restore_backup(backup, now_ms)); break;
    case ScheduleIntents::Backup::Download:
      platform_.download("cofinix-meetings-backup.json", "application/json", backup.text);
      break;
    case ScheduleIntents::Backup::Discard:
      book_.discard_backup(backup);
      say(std::string(tr("The copy was discarded.")));
      break;
  }
  backups_ = book_.backups(now_ms);
}

const ScheduledMeeting* ScheduleTab::editing() const {
  return editing_id_.empty() ? nullptr : book_.find(editing_id_);
}

void ScheduleTab::open_form(const ScheduleForm& form, std::string editing_id) {
  ui_.form = form;
  ui_.form_open = true;
  ui_.editing = !editing_id.empty();
  editing_id_ = std::move(editing_id);
  const ScheduledMeeting* original = editing();
  opened_ = original ? std::optional(*original) : std::nullopt;
  show_messages_ = false;
  say("");
  invite_link_.clear();
}

void ScheduleTab::close_form() {
  ui_.form_open = false;
  ui_.editing = false;
  editing_id_.clear();
  opened_.reset();
}

void ScheduleTab::save(std::int64_t now_ms) {
  const ZoneRules& zone = platform_.local_zone();
  const std::int64_t now_utc = floor_div(now_ms, 1000);
  if (!editing_id_.empty() && editing() == nullptr) {
    close_form();
    say(std::string(tr("That meeting was deleted (perhaps in another tab), so the changes were not saved.")), true);
    return;
  }
  // The copy the form opened with: only the fields changed since then are written,
  // so another tab's change to a different field stays (core/schedule_merge.h).
  const ScheduledMeeting* original = opened_ ? &*opened_ : nullptr;
  checked_ = check_schedule_form(ui_.form, now_utc, zone, original);
  show_messages_ = true;
  if (!checked_.ok()) return;
  const ScheduledMeeting meeting = original != nullptr
                                       ? edited_meeting(*original, checked_.form, checked_.check, now_ms)
                                       : create_meeting(checked_.form, checked_.check, now_ms, random_);
  book_.forget_undo();
  book_.edit({original != nullptr ? MeetingEdit::change(*original, meeting) : MeetingEdit::create(meeting)}, now_ms);
  close_form();
  const std::string start = format_weekday_date_time(to_local(meeting.start_utc, zone));
  // Translators: {title} is the meeting's title; {date} its start, e.g. "Wed 9 Dec, 23:53".
  say(original != nullptr ? tr("Saved '{title}' for {date}.", {{"title", meeting.title}, {"date", start}})
                          // Translators: {title} is the meeting's title; {date} its start, e.g. "Wed 9 Dec, 23:53".
                          : tr("Scheduled '{title}' for {date}.", {{"title", meeting.title}, {"date", start}}));
}

void ScheduleTab::say(std::string notice, bool error) {
  notice_ = std::move(notice);
  notice_is_error_ = error;
}

void ScheduleTab::on_file(const host::FileOpened& event, std::int64_t now_ms) {
  if (event.purpose != kScheduleImportPurpose) return;
  changed_ = true;
  const std::string name = clean_title(event.name);
  if (!event.ok()) {
    const std::string error = clean_title(event.error);
    // Translators: {error} is the browser's reason, often in English.
    say(name.empty() ? tr("Couldn't read the file: {error}.", {{"error", error}})
                     // Translators: {file} is the chosen file's name; {error} is the browser's reason, often in English.
                     : tr("Couldn't read {file}: {error}.", {{"file", name}, {"error", error}}),
        true);
    return;
  }
  const ScheduleBook::ImportOutcome outcome = book_.import_text(event.text, now_ms);
  say(outcome.message, !outcome.ok);
}

bool ScheduleTab::on_clipboard(bool ok) {
  if (!copying_) return false;
  changed_ = true;
  if (ok) {
    say(std::string(tr("Invite copied: paste it into an email or a chat.")));
  } else {
    say(std::string(tr("Couldn't copy automatically: select the link below and press Ctrl+C (⌘C on a Mac).")), true);
    invite_link_ = *copying_;
  }
  copying_.reset();
  return true;
}

nlohmann::json ScheduleTab::state(std::int64_t now_ms) const {
  const ZoneRules& zone = platform_.local_zone();
  const std::int64_t now_utc = floor_div(now_ms, 1000);
  refresh(now_utc, zone);
  const std::vector<ListEntry>& entries = cache_.entries();
  const std::vector<ScheduledMeeting>& meetings = book_.meetings();
  nlohmann::json titles = nlohmann::json::array();
  for (std::size_t i = 0; i < entries.size() && i < kTitlesPublished; ++i) titles.push_back(meetings[entries[i].index].title);
  const bool has_upcoming = cache_.upcoming() > 0;
  const ScheduledMeeting* deleted = book_.undoable();
  const FormMessages& check = checked_.messages;
  return {
      {"count", entries.size()},
      {"upcoming", cache_.upcoming()},
      {"titles", std::move(titles)},
      {"firstTitle", has_upcoming ? meetings[entries[0].index].title : ""},
      {"firstCountdown", has_upcoming ? countdown_text(entries[0].occurrence, now_utc, zone) : ""},
      {"firstJoinOpen", has_upcoming && join_open(entries[0].occurrence, now_utc)},
      {"problems", book_.problems()},
      {"saveError", book_.save_error()},
      {"unsaved", book_.unsaved()},
      {"undo", deleted != nullptr ? deleted->title : ""},
      {"notice", notice_},
      {"formOpen", ui_.form_open},
      {"form",
       {{"title", message(check.title, show_messages_)},
        {"start", message(check.start, show_messages_)},
        {"startNote", ui_.form_open ? check.start_note : ""},
        {"duration", message(check.duration, show_messages_)},
        {"agenda", message(check.agenda, show_messages_)},
        {"repeat", message(check.repeat, show_messages_)},
        {"ends", ui_.form_open ? form_end_text(checked_, zone) : ""},
        {"values",
         {{"date", ui_.form.date}, {"time", ui_.form.time}, {"durationMinutes", ui_.form.duration_minutes}}}}},
  };
}

}  // namespace cofx
