#!/usr/bin/env python3
"""src/web/js_api.h names the file that implements each function, and names them all.

Each group of declarations in js_api.h follows a heading comment that starts with the file's
name ("// mirror.js: ...", "// later/jitsi.js" for the later part); every function declared
there must be defined in that file under src/web/js/, and every cofx_js_* function a JS library defines must be declared. Also holds
the border's other rule: no JS library sets innerHTML. Usage: check_js_api.py SRC_DIR
"""
import pathlib
import re
import sys


def main() -> int:
    src = pathlib.Path(sys.argv[1])
    header = (src / "web" / "js_api.h").read_text(encoding="utf-8")
    js_dir = src / "web" / "js"
    defined = {}
    problems = []
    for path in sorted([*js_dir.glob("*.js"), *js_dir.glob("later/*.js")]):
        text = path.read_text(encoding="utf-8")
        file = path.relative_to(js_dir).as_posix()
        for name in re.findall(r"^  (cofx_js_\w+): function", text, re.M):
            defined[name] = file
        if "innerHTML" in text:
            problems.append(f"{file} sets innerHTML")
    declared = {}
    current = None
    for line in header.splitlines():
        heading = re.match(r"^// ((?:later/)?\w+\.js)\b", line)
        if heading:
            current = heading.group(1)
            continue
        for name in re.findall(r"\b(cofx_js_\w+)\(", line):
            if line.lstrip().startswith("//"):
                continue
            declared[name] = current
    for name, file in sorted(declared.items()):
        if name not in defined:
            problems.append(f"js_api.h declares {name} ({file}), which no JS library defines")
        elif file != defined[name]:
            problems.append(f"js_api.h puts {name} under {file}, but {defined[name]} implements it")
    for name, file in sorted(defined.items()):
        if name not in declared:
            problems.append(f"{file} defines {name}, which js_api.h does not declare")
    for problem in problems:
        print(problem)
    print(f"{len(declared)} functions checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
