#!/usr/bin/env python3
"""The shape of src/, kept by ctest as "layers"; prints each breach and exits 1 on any:
- the arrows point inward only: src/core includes nothing of app/ or web/ (and no ImGui),
  src/app nothing of web/;
- no include cycles among the project's own headers;
- only src/app/imgui_reach.cpp (and, for the browser's text editing and the browser's glyphs,
  web/text_input.cpp and web/script_fonts.cpp) reaches into ImGui's internals (imgui_internal.h);
- no source file over 500 lines."""
import pathlib
import re
import sys

FORBIDDEN = {
    "core": [r'"app/', r'"web/', r'<imgui', r'"imgui'],
    "app": [r'"web/'],
}
INTERNALS = re.compile(r'[<"]imgui_internal\.h[>"]')
# web/text_input.cpp edits the active field's text and selection for the browser's own
# text input: ImGui's InputText state has no public door.
INTERNALS_ALLOWED = {"app/imgui_reach.cpp", "web/text_input.cpp", "web/script_fonts.cpp"}
MAX_LINES = 500
INCLUDE = re.compile(r'^\s*#\s*include\s+([<"][^>"]+[>"])', re.MULTILINE)


def sources(src: pathlib.Path):
    return sorted(p for p in src.rglob("*") if p.suffix in {".h", ".cpp", ".js", ".mjs"})


def arrows(src: pathlib.Path) -> list[str]:
    wrong = []
    for layer, patterns in FORBIDDEN.items():
        for path in sources(src / layer):
            for included in INCLUDE.findall(path.read_text(encoding="utf-8")):
                if any(re.match(p, included) for p in patterns):
                    wrong.append(f"{path.relative_to(src)} includes {included}")
    return wrong


def internals(src: pathlib.Path) -> list[str]:
    return [f"{p.relative_to(src)} includes imgui_internal.h (only {', '.join(sorted(INTERNALS_ALLOWED))} may)"
            for p in sources(src)
            if str(p.relative_to(src)) not in INTERNALS_ALLOWED and INTERNALS.search(p.read_text(encoding="utf-8"))]


def cycles(src: pathlib.Path) -> list[str]:
    graph = {}
    for path in sources(src):
        if path.suffix != ".h":
            continue
        name = str(path.relative_to(src))
        graph[name] = [inc[1:-1] for inc in INCLUDE.findall(path.read_text(encoding="utf-8"))
                       if inc.startswith('"') and (src / inc[1:-1]).is_file()]
    found, state = [], {}

    def visit(node, trail):
        state[node] = "open"
        for nxt in graph.get(node, []):
            if state.get(nxt) == "open":
                found.append(" -> ".join(trail[trail.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = "done"

    for node in graph:
        if node not in state:
            visit(node, [node])
    return [f"include cycle: {c}" for c in found]


def sizes(src: pathlib.Path) -> list[str]:
    wrong = []
    for path in sources(src):
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines > MAX_LINES:
            wrong.append(f"{path.relative_to(src)} has {lines} lines (at most {MAX_LINES})")
    return wrong


def main(src: pathlib.Path) -> int:
    wrong = arrows(src) + internals(src) + cycles(src) + sizes(src)
    for line in wrong:
        print(line)
    print(f"layers: {len(wrong)} breach(es) of the shape")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1])))
