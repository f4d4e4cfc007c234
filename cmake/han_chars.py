#!/usr/bin/env python3
"""Writes the Han characters the Han font subset keeps, as UTF-8 text for fontTools'
--text-file: the 3,755 most common simplified characters (GB 2312 level 1, rows 0xB0-0xD7),
and every character of the Chinese interface's own words (its catalogue, which also uses
rarer ones, such as 浏 in 浏览器), so the interface never mixes in the browser's fallback glyphs.
Usage: han_chars.py OUT [CATALOGUE.po]"""
import sys

chars = set()
for high in range(0xB0, 0xD8):
    for low in range(0xA1, 0xFF):
        try:
            chars.add(bytes([high, low]).decode("gb2312"))
        except UnicodeDecodeError:
            pass  # 0xD7FA-0xD7FE are unassigned
if len(sys.argv) > 2:
    with open(sys.argv[2], encoding="utf-8") as catalogue:
        chars.update(c for c in catalogue.read() if "\u3400" <= c <= "\u9fff")
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("".join(sorted(chars)))
