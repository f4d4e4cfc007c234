#!/usr/bin/env python3
"""Builds the interface's translation catalogues with Debian's gettext tools.

  1. xgettext finds every tr()/trc()/trn()/N_() call in src/ (app/words/tr.h), every tr()
     and cofxTr() in the page's JavaScript, and index.html's data-tr words -> cofinix.pot;
     messages holding {placeholders} are flagged python-brace-format (xgettext has no such
     flag for C++), so msgfmt checks each translation uses exactly the same names.
  2. For each src/app/words/catalogues/<lang>.po: msgcmp fails the build on a message the
     catalogue lacks (or leaves untranslated or fuzzy); msgmerge carries the flags over;
     msgfmt --check compiles it to <out>/<language>.mo and fails on a placeholder mismatch
     (--no-hash: the readers, core/text/catalogue.cpp and shell/boot.js, build their own table).
  3. A pseudo-language, en-XA (accented, 40 % longer, bracketed), made from the template, so
     tests can see a cut or untranslated string on every screen.

Usage: catalogues.py --src DIR --shell DIR --catalogues DIR --out DIR
"""
import argparse
import html.parser
import math
import pathlib
import re
import subprocess
import sys
import tempfile

PLACEHOLDER = re.compile(r'\{[a-z_]+\}')
# The file name of a catalogue -> the language tag the site uses (file names follow gettext).
LANGUAGE_OF_FILE = {'ms': 'ms', 'zh_CN': 'zh-CN', 'ta': 'ta'}
PSEUDO = 'en-XA'


def run(*args, **kwargs):
    result = subprocess.run(args, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        raise SystemExit(f'catalogues: {args[0]} failed')
    return result.stdout


class MarkedWords(html.parser.HTMLParser):
    """index.html's words: the text of elements marked data-tr, the aria-label of data-tr-label."""

    def __init__(self):
        super().__init__()
        self.words, self.open = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if 'data-tr-label' in attrs and attrs.get('aria-label'):
            self.words.append(attrs['aria-label'])
        if 'data-tr' in attrs:
            self.open = ''

    def handle_data(self, data):
        if self.open is not None:
            self.open += data

    def handle_endtag(self, tag):
        if self.open is not None:
            self.words.append(self.open.strip())
            self.open = None


def extract(src: pathlib.Path, shell: pathlib.Path, pot: pathlib.Path, parts: pathlib.Path):
    files = sorted(str(p) for p in src.rglob('*') if p.suffix in ('.cpp', '.h') and '/tools/' not in str(p))
    common = ['--from-code=UTF-8', '--add-comments=Translators:', '--sort-by-file', '--package-name=Cof-iniX',
              '--msgid-bugs-address=-', '--no-wrap', '--force-po']
    run('xgettext', '--language=C++', '--keyword', '--keyword=tr:1', '--keyword=N_', '--keyword=trc:1c,2',
        '--keyword=trn:1,2', *common, '-o', str(parts / 'cpp.pot'), *files)
    scripts = sorted(str(p) for p in [*src.rglob('*.js'), *shell.glob('*.js')])
    run('xgettext', '--language=JavaScript', '--keyword', '--keyword=tr:1', '--keyword=cofxTr:1', *common,
        '-o', str(parts / 'js.pot'), *scripts)
    page = MarkedWords()
    page.feed((shell / 'index.html').read_text(encoding='utf-8'))
    (parts / 'html.pot').write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n' + ''.join(
        f'#: shell/index.html\nmsgid {po_string(words)}\nmsgstr ""\n\n' for words in page.words), encoding='utf-8')
    run('msgcat', '--use-first', '--no-wrap', '-o', str(pot), str(parts / 'cpp.pot'), str(parts / 'js.pot'),
        str(parts / 'html.pot'))
    entries = pot.read_text(encoding='utf-8').split('\n\n')
    flagged = []
    for entry in entries:
        ids = ''.join(re.findall(r'^msgid(?:_plural)? "(.*)"$', entry, re.M))
        if PLACEHOLDER.search(ids):
            lines = entry.split('\n')
            at = next(i for i, line in enumerate(lines) if line.startswith(('msgctxt', 'msgid')))
            if at > 0 and lines[at - 1].startswith('#,'):
                lines[at - 1] += ', python-brace-format'
            else:
                lines.insert(at, '#, python-brace-format')
            entry = '\n'.join(lines)
        flagged.append(entry)
    text = '\n\n'.join(flagged).replace('charset=CHARSET', 'charset=UTF-8')
    pot.write_text(text, encoding='utf-8')


ACCENTS = dict(zip('aceinoszyAEIOUCNSZY', 'áçéîñóšžýÁÉÎÓÜÇÑŠŽÝ'))


def pseudo(text: str) -> str:
    if not text:
        return text
    out, length = [], 0
    for piece in re.split(r'(\{[a-z_]+\}|\{\{|\}\})', text):
        if PLACEHOLDER.fullmatch(piece) or piece in ('{{', '}}'):
            out.append(piece)
            continue
        for c in piece:
            out.append(ACCENTS.get(c, c) * (2 if c in 'aeiouAEIOU' else 1))
    body = ''.join(out)
    visible = len(PLACEHOLDER.sub('', text))
    pad = max(0, math.ceil(visible * 1.4) - len(PLACEHOLDER.sub('', body)) - 2)
    return '[' + body + '·' * pad + ']'


def po_string(text: str) -> str:
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'


def unquote(lines):
    return ''.join(bytes(l[l.index('"') + 1:-1], 'utf-8').decode('unicode_escape').encode('latin-1').decode('utf-8')
                   for l in lines)


def write_pseudo(pot: pathlib.Path, po: pathlib.Path):
    entries = pot.read_text(encoding='utf-8').split('\n\n')
    out = ['msgid ""\nmsgstr ""\n"Language: en-XA\\n"\n"MIME-Version: 1.0\\n"\n'
           '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n'
           '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"']
    for entry in entries[1:]:
        lines = [l for l in entry.split('\n') if l and not l.startswith('msgstr')]
        keep = [l for l in lines if l.startswith(('msgctxt', 'msgid', '"', '#,'))]
        fields, current = {}, None
        for l in keep:
            if l.startswith('#,'):
                continue
            if not l.startswith('"'):
                current = l.split(' ', 1)[0]
                fields[current] = [l[len(current) + 1:]]
            else:
                fields[current].append(l)
        text = [l for l in keep if l.startswith('#,')]
        if 'msgctxt' in fields:
            text.append('msgctxt ' + '\n'.join(fields['msgctxt']))
        one = unquote(fields['msgid'])
        text.append('msgid ' + po_string(one))
        if 'msgid_plural' in fields:
            many = unquote(fields['msgid_plural'])
            text.append('msgid_plural ' + po_string(many))
            text.append('msgstr[0] ' + po_string(pseudo(one)))
            text.append('msgstr[1] ' + po_string(pseudo(many)))
        else:
            text.append('msgstr ' + po_string(pseudo(one)))
        out.append('\n'.join(text))
    po.write_text('\n\n'.join(out) + '\n', encoding='utf-8')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--src', required=True)
    parser.add_argument('--shell', required=True)
    parser.add_argument('--catalogues', required=True)
    parser.add_argument('--out', required=True)
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pot = out / 'cofinix.pot'
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        extract(pathlib.Path(args.src), pathlib.Path(args.shell), pot, pathlib.Path(tmp))
        for po in sorted(pathlib.Path(args.catalogues).glob('*.po')):
            language = LANGUAGE_OF_FILE.get(po.stem)
            if language is None:
                problems.append(f'{po}: unknown catalogue (add it to LANGUAGE_OF_FILE)')
                continue
            missing = subprocess.run(['msgcmp', str(po), str(pot)], capture_output=True, text=True)
            if missing.returncode != 0:
                problems.append(f'{po.name}: messages missing or untranslated:\n{missing.stderr}')
            merged = pathlib.Path(tmp) / po.name
            run('msgmerge', '--quiet', '--no-fuzzy-matching', '-o', str(merged), str(po), str(pot))
            compiled = subprocess.run(['msgfmt', '--check', '--no-hash', '-o', str(out / f'{language}.mo'), str(merged)],
                                      capture_output=True, text=True)
            if compiled.returncode != 0:
                problems.append(f'{po.name}: {compiled.stderr}')
        pseudo_po = pathlib.Path(tmp) / 'en_XA.po'
        write_pseudo(pot, pseudo_po)
        run('msgfmt', '--check', '--no-hash', '-o', str(out / f'{PSEUDO}.mo'), str(pseudo_po))
    if problems:
        sys.stderr.write('\n'.join(problems) + '\n')
        raise SystemExit('catalogues: fix the catalogues above (src/app/words/catalogues/README.md)')


if __name__ == '__main__':
    main()
