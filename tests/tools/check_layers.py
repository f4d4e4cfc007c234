#!/usr/bin/env python3
"""The layers' arrows point inward only: src/core includes nothing of app/ or web/ (and no
ImGui), src/app nothing of web/. Run by ctest as "layers"; prints each wrong include."""
import pathlib
import re
import sys

FORBIDDEN = {
    "core": [r'"app/', r'"web/', r'<imgui', r'"imgui'],
    "app": [r'"web/'],
}
INCLUDE = re.compile(r'^\s*#\s*include\s+([<"][^>"]+[>"])', re.MULTILINE)


def main(src: pathlib.Path) -> int:
    wrong = []
    for layer, patterns in FORBIDDEN.items():
        for path in sorted((src / layer).rglob("*")):
            if path.suffix not in {".h", ".cpp"}:
                continue
            for included in INCLUDE.findall(path.read_text(encoding="utf-8")):
                if any(re.match(p, included) for p in patterns):
                    wrong.append(f"{path.relative_to(src)} includes {included}")
    for line in wrong:
        print(line)
    print(f"layers: {len(wrong)} include(s) against the arrows")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1])))
