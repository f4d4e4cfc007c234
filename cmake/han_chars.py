#!/usr/bin/env python3
"""Writes the 3,755 most common simplified Han characters (GB 2312 level 1, rows 0xB0-0xD7)
as UTF-8 text, for fontTools' --text-file. Usage: han_chars.py OUT"""
import sys

chars = []
for high in range(0xB0, 0xD8):
    for low in range(0xA1, 0xFF):
        try:
            chars.append(bytes([high, low]).decode("gb2312"))
        except UnicodeDecodeError:
            pass  # 0xD7FA-0xD7FE are unassigned
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("".join(chars))
