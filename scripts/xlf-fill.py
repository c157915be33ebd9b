#!/usr/bin/env python3
"""Fill <target> elements of an XLIFF file from a JSON object {id: target}.

usage: python3 scripts/xlf-fill.py locales/<part>/<locale>.xlf translations.json
Existing targets are replaced. Placeholders are written as <x id="0" equiv-text="..."/> exactly as
in the <source> (copy them from there). Used by hand while translating; not part of the build.
"""
import json, re, sys
path, data = sys.argv[1], json.load(open(sys.argv[2], encoding='utf-8'))
xlf = open(path, encoding='utf-8').read()
def fill(m):
    uid, body = m.group(1), m.group(2)
    if uid not in data:
        return m.group(0)
    body = re.sub(r'\n?\s*<target>[\s\S]*?</target>', '', body)
    body = body.replace('</source>', '</source>\n  <target>' + data.pop(uid) + '</target>', 1)
    return '<trans-unit id="%s">%s</trans-unit>' % (uid, body)
xlf = re.sub(r'<trans-unit id="([^"]+)">([\s\S]*?)</trans-unit>', fill, xlf)
open(path, 'w', encoding='utf-8').write(xlf)
if data:
    print('not in file:', ', '.join(data), file=sys.stderr); sys.exit(1)
