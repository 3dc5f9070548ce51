#!/usr/bin/env python3
"""Carries finished translations over to messages that lupdate marks unfinished because the
string moved to another context (a renamed class, a shared widget): same source text, same
plural-ness. Reads the previous translations from a git revision (default HEAD).

    tools/carry-translations.py [--rev REV] translations/fremdrift_nb.ts ...

Prints how many messages were carried and how many remain unfinished per file."""
import argparse
import subprocess
import xml.etree.ElementTree as ET


def finished(tree):
    """(source, numerus) -> translation element, for every finished message."""
    known = {}
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        key = (message.findtext("source"), message.get("numerus") == "yes")
        known.setdefault(key, translation)
    return known


def carry(path, rev):
    try:
        old_text = subprocess.run(["git", "show", f"{rev}:{path}"], check=True,
                                  capture_output=True, text=True).stdout
        known = finished(ET.ElementTree(ET.fromstring(old_text)))
    except subprocess.CalledProcessError:
        known = {}
    with open(path, encoding="utf-8") as f:
        text = f.read()
    tree = ET.ElementTree(ET.fromstring(text))
    known.update(finished(tree))
    carried = remaining = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        old = known.get((message.findtext("source"), message.get("numerus") == "yes"))
        if old is None:
            remaining += 1
            continue
        translation.attrib.pop("type", None)
        translation.text = old.text
        for child in list(translation):
            translation.remove(child)
        for child in old:
            copy = ET.SubElement(translation, child.tag, child.attrib)
            copy.text = child.text
        carried += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"{path}: carried {carried}, unfinished {remaining}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", default="HEAD")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    for path in args.files:
        carry(path, args.rev)


if __name__ == "__main__":
    main()
