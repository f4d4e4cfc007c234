#!/usr/bin/env python3
"""No sentence a person reads is made in src/core, kept by ctest as "core_words"; prints each
hit and exits 1 on any. Core returns typed outcomes; src/app/words says them in words.

A string literal in a src/core .h/.cpp file (comments and #include lines left out, raw
strings included) is user-facing when it has
  - a letter, one or more spaces and a letter ("You left ", "starts in "), or
  - a capital followed by a lower-case letter at its start ("Today", "Monday", "Recording").
That catches sentences, their pieces, names of months and days and labels, while keys
("displayName"), Jitsi option names ("p2p.enabled"), event names ("gum.not_found"),
storage keys, URLs and ICS property names pass. The few data literals that match anyway
are listed in ALLOWED with the reason they are data, not words."""
import pathlib
import re
import sys

# (file relative to src/core, literal): why it is data.
ALLOWED = {
    ("meeting/jitsi_options.h",
     "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox "):
        "the iframe's sandbox attribute tokens (HTML), never shown",
    ("meeting/jitsi_options.h", "allow-modals allow-downloads"):
        "the iframe's sandbox attribute tokens (HTML), never shown",
    ("meeting/config_whitelist.h", "keep the table in byte order"):
        "a static_assert message for developers, never shown",
    ("schedule/calendar_export.cpp", "PRODID:-//Cof-iniX//Cof-iniX Ultra Conferencing//EN"):
        "the .ics PRODID property (RFC 5545 product identifier), not read as text",
    ("schedule/calendar_export.cpp", "Cofinix/Local"):
        "the .ics TZID of a zone without an IANA name: an identifier",
    ("site/language.cpp", "English"):
        "a language named in itself (the same in every interface language)",
    ("site/language.cpp", "Bahasa Melayu"):
        "a language named in itself (the same in every interface language)",
    ("text/catalogue.cpp", "Language:"):
        "a gettext .mo header field name, read, never shown",
    ("text/catalogue.cpp", "Plural-Forms:"):
        "a gettext .mo header field name, read, never shown",
    ("site/site_config.h", "Cof-iniX Ultra Conferencing"):
        "the product's name, the default of config.json's \"title\" (a deployer's setting)",
}

USER_FACING = re.compile(r"[A-Za-z] +[A-Za-z]|^[A-Z][a-z]")
LITERAL = re.compile(r'R"([^(\s]*)\((.*?)\)\1"|"((?:[^"\\\n]|\\.)*)"', re.DOTALL)


def without_comments_and_includes(text: str) -> str:
    """The text with comments blanked and #include lines dropped; literals kept as they are."""
    out = []
    i, n = 0, len(text)
    while i < n:
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
        elif text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            match = LITERAL.match(text, i)
            end = match.end() if match else i + 2
            out.append(text[i:end])
            i = end
        elif text[i] in "\"'":
            quote, j = text[i], i + 1
            while j < n and text[j] != quote and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        else:
            out.append(text[i])
            i += 1
    return "\n".join(line for line in "".join(out).split("\n") if not re.match(r"\s*#\s*include\b", line))


def hits(core: pathlib.Path) -> list[str]:
    found = []
    for path in sorted(p for p in core.rglob("*") if p.suffix in {".h", ".cpp"}):
        name = path.relative_to(core).as_posix()
        code = without_comments_and_includes(path.read_text(encoding="utf-8"))
        for match in LITERAL.finditer(code):
            literal = match.group(2) if match.group(3) is None else match.group(3)
            if USER_FACING.search(literal) and (name, literal) not in ALLOWED:
                line = code.count("\n", 0, match.start()) + 1
                found.append(f"src/core/{name}: user-facing literal {match.group(0)!r} (near line {line})")
    return found


def main() -> int:
    src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "src")
    found = hits(src / "core")
    for hit in found:
        print(hit)
    print(f"core_words: {len(found)} user-facing literal(s) in src/core"
          + ("" if not found else " (say them in src/app/words instead)"))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
