#!/usr/bin/python3
"""Reads Cof-iniX's .ics output back with a real parser (Debian's python3-icalendar).

    /usr/bin/python3 check_ics.py PATH/TO/cofx_ics_sample OUT_DIR

Runs the sample writer, then for every file listed in OUT_DIR/expected.json:
  - the raw bytes: CRLF line ends only, physical lines of at most 75 octets,
    each one valid UTF-8 on its own (folding never splits a sequence);
  - icalendar.Calendar.from_ical parses it; SUMMARY / DESCRIPTION / URL
    unescape to the original text; UID, DTSTART (instant and TZID), DURATION
    and RRULE are as expected;
  - the RRULE, expanded by dateutil from the parsed DTSTART (wall-clock time in
    the event's zone), gives the same occurrences as Cof-iniX's own recurrence.
Prints one line per file; exits non-zero on the first difference.
Needs Debian's python (python3-icalendar, python3-dateutil); `python3` on PATH may lack them.
"""
import calendar
import datetime
import json
import os
import subprocess
import sys

try:
    import icalendar
    from dateutil import rrule as dateutil_rrule
except ImportError as error:  # pragma: no cover - environment problem, not a test failure
    sys.exit(f"check_ics.py: {error}; install Debian's python3-icalendar (scripts/setup does)")

MAX_OCTETS = 75
LISTED = 25  # cofx_ics_sample lists at most this many occurrences


class Mismatch(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Mismatch(message)


def check_bytes(raw):
    expect(raw.endswith(b"\r\n"), "the file does not end with CRLF")
    body = raw[:-2]
    expect(b"\n" not in body.replace(b"\r\n", b""), "a bare LF")
    expect(b"\r" not in body.replace(b"\r\n", b""), "a bare CR")
    for number, line in enumerate(body.split(b"\r\n"), 1):
        expect(len(line) <= MAX_OCTETS, f"line {number} has {len(line)} octets")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            raise Mismatch(f"line {number} splits a UTF-8 sequence")


def as_parsed(text):
    """The text as this icalendar version returns it.

    Before the fix for collective/icalendar#355 (PR #935), the parser decodes the
    literal sequences %2C %3A %3B %5C in every value (its own internal escaping
    leaks), so a percent-encoded link comes back altered. The raw bytes are
    checked exactly in check_raw_url(); here we only compensate for that bug.
    """
    unescape = getattr(getattr(icalendar, "parser", None), "unescape_string", None)
    if unescape is not None and unescape("%3A") == ":":
        return unescape(text)
    return text


def unfolded_lines(raw):
    return raw.decode("utf-8").replace("\r\n ", "").split("\r\n")


def check_raw_url(raw, url):
    lines = [line for line in unfolded_lines(raw) if line.startswith("URL:")]
    expect(lines == ["URL:" + url], f"raw URL lines {lines}, want {'URL:' + url!r}")


def zone_converter(tzid, parsed_tzinfo):
    """A function from a naive wall-clock datetime to a UTC timestamp."""
    if not tzid:
        return lambda wall: calendar.timegm(wall.timetuple())
    try:
        from zoneinfo import ZoneInfo
        zone = ZoneInfo(tzid)
        # fold=0: the first of two equal times; in a gap, the offset from before it (RFC 5545 3.3.5).
        return lambda wall: int(wall.replace(tzinfo=zone, fold=0).timestamp())
    except Exception:
        pass
    # Not a tz database name: use the zone icalendar built from the file's VTIMEZONE.
    expect(hasattr(parsed_tzinfo, "localize"), f"no usable zone for TZID {tzid}")
    return lambda wall: int(parsed_tzinfo.localize(wall, is_dst=False).timestamp())


def expand(event, tzid, expected_total):
    """Occurrence instants of the parsed RRULE (at most LISTED, or all of a finite series)."""
    start = event.decoded("DTSTART")
    wall_start = start.replace(tzinfo=None)
    to_utc = zone_converter(tzid, start.tzinfo)
    if "RRULE" not in event:
        return [to_utc(wall_start)]
    recur = event["RRULE"]
    until = recur.get("UNTIL")
    until_ts = int(until[0].timestamp()) if until else None
    # dateutil refuses an aware UNTIL with a naive start: apply UNTIL by instant here.
    parts = {key: value for key, value in recur.items() if key.upper() != "UNTIL"}
    rule_text = icalendar.prop.vRecur(parts).to_ical().decode()
    rule = dateutil_rrule.rrulestr(rule_text, dtstart=wall_start)
    limit = max(LISTED, (expected_total or 0) + 1)
    instants = []
    for wall in rule:
        instant = to_utc(wall)
        if until_ts is not None and instant > until_ts:
            break
        instants.append(instant)
        if len(instants) >= limit:
            break
    return instants


def check_file(path, want):
    with open(path, "rb") as handle:
        raw = handle.read()
    check_bytes(raw)
    cal = icalendar.Calendar.from_ical(raw)
    expect(str(cal.get("VERSION")) == "2.0", "VERSION is not 2.0")
    expect(str(cal.get("PRODID", "")).startswith("-//Cof-iniX//"), "PRODID")
    events = cal.walk("VEVENT")
    expect(len(events) == 1, f"{len(events)} VEVENTs")
    event = events[0]

    for name, key in (("UID", "uid"), ("SUMMARY", "summary"), ("DESCRIPTION", "description"), ("URL", "url")):
        got = str(event.get(name))
        expect(got == as_parsed(want[key]), f"{name}: got {got!r}, want {want[key]!r}")
    check_raw_url(raw, want["url"])
    expect("DTSTAMP" in event, "no DTSTAMP")

    start = event.decoded("DTSTART")
    expect(start.tzinfo is not None, "DTSTART is a floating time")
    expect(int(start.timestamp()) == want["dtstart_utc"],
           f"DTSTART is {start.isoformat()}, want {want['dtstart_utc']}")
    tzid = event["DTSTART"].params.get("TZID", "")
    expect(tzid == want["tzid"], f"TZID {tzid!r}, want {want['tzid']!r}")
    if tzid:
        zones = [str(z["TZID"]) for z in cal.walk("VTIMEZONE")]
        expect(zones == [tzid], f"VTIMEZONEs {zones}")
    else:
        expect(start.utcoffset() == datetime.timedelta(0), "DTSTART is not in UTC")

    duration = event.decoded("DURATION")
    expect(duration == datetime.timedelta(minutes=want["duration_minutes"]), f"DURATION {duration}")

    if want["rrule"]:
        expect("RRULE" in event, "no RRULE")
        parsed = event["RRULE"]
        wanted = icalendar.prop.vRecur.from_ical(want["rrule"])
        expect(dict(parsed) == dict(wanted), f"RRULE {parsed.to_ical()!r}, want {want['rrule']!r}")
    else:
        expect("RRULE" not in event, "an RRULE on a single meeting")

    got = expand(event, tzid, want["total"])
    listed = want["occurrences_utc"]
    expect(got[:len(listed)] == listed,
           f"occurrences differ: parser {got[:len(listed)]}, Cof-iniX {listed}")
    if want["total"] is not None:
        expect(len(got) == want["total"], f"{len(got)} occurrences, want {want['total']}")
    return len(raw)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sample_tool, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    subprocess.run([sample_tool, out_dir], check=True)
    with open(os.path.join(out_dir, "expected.json"), encoding="utf-8") as handle:
        manifest = json.load(handle)
    expect(len(manifest) > 0, "no samples")
    for want in manifest:
        path = os.path.join(out_dir, want["file"])
        try:
            size = check_file(path, want)
        except Mismatch as problem:
            print(f"FAIL {want['file']}: {problem}")
            return 1
        print(f"ok   {want['file']} ({size} bytes, icalendar {icalendar.__version__})")
    print(f"{len(manifest)} .ics files parsed by python3-icalendar and matched")
    return 0


if __name__ == "__main__":
    sys.exit(main())
