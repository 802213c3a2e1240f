#!/usr/bin/env python3
"""Generates the entity lexicon tables of src/analyze from Debian data.

    gen_gazetteer.py --dict /usr/share/dict/american-english \
        --iso /usr/share/iso-codes/json [--tz /usr/share/zoneinfo/zone1970.tab] \
        --out entities_lexicon_data.cc

Sources and licences (the generated file carries them too):
  * wamerican (/usr/share/dict/american-english, SCOWL): free to use, copy
    and modify, "as is" (see /usr/share/doc/wamerican/copyright). Lower-case
    entries become the common words, capitalized ones the proper words.
  * iso-codes (ISO 3166-1 countries with their common and official names,
    ISO 3166-2 subdivisions): LGPL-2.1-or-later. Only names are taken.
  * tzdata zone1970.tab (optional; public domain): city names of time zones.

Output: one C++ file defining three lists of matching-form (lower-case,
NFC, straight apostrophe) entries, front-coded in blocks (see
emit_front_coded; about half the bytes of a plain list, and every byte of
them is touched by lookups over a run): kCommonWords, kProperWords,
kPlaceNames. Deterministic: sorted, no timestamps.
"""
import argparse
import json
import os
import unicodedata


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u2019", "'")
    return s.lower()


def read_dict(path):
    common, proper = set(), set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if not w or "'" in w or not w.isalpha():
                continue
            if w[0].isupper():
                proper.add(norm(w))
            elif w.islower():
                common.add(w)
    return common, proper


def read_places(iso_dir, tz_path):
    names = set()
    with open(os.path.join(iso_dir, "iso_3166-1.json"), encoding="utf-8") as f:
        for c in json.load(f)["3166-1"]:
            for key in ("name", "common_name", "official_name"):
                if key in c and "," not in c[key]:
                    names.add(norm(c[key]))
    with open(os.path.join(iso_dir, "iso_3166-2.json"), encoding="utf-8") as f:
        for s in json.load(f)["3166-2"]:
            n = s["name"]
            if "," in n or "(" in n or "[" in n or len(n) < 3:
                continue
            names.add(norm(n))
    if tz_path and os.path.exists(tz_path):
        with open(tz_path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) >= 3:
                    city = cols[2].split("/")[-1].replace("_", " ")
                    names.add(norm(city))
    return names


def c_bytes(data):
    """A C string literal body for `data`: printable ASCII as is, every
    other byte as a three-digit octal escape (never ambiguous)."""
    out = []
    for b in data:
        if 32 <= b < 127 and chr(b) not in '\\"?':
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return "".join(out)


def emit_front_coded(out, name, words, block=16):
    """Sorted words, front-coded in blocks of `block` entries.

    Each entry is one byte giving how many leading bytes it shares with
    the entry before it (0 for the first entry of a block), then the rest
    of the word, then '\\n'. `<name>Blocks` holds each block's offset, so
    a lookup binary-searches the blocks' first words and then reads at
    most one block.
    """
    blob, offsets, prev = bytearray(), [], b""
    for i, w in enumerate(sorted(words)):
        w = w.encode("utf-8")
        shared = 0
        if i % block == 0:
            offsets.append(len(blob))
        else:
            while shared < min(len(w), len(prev), 255) and w[shared] == prev[shared]:
                shared += 1
        blob += bytes([shared]) + w[shared:] + b"\n"
        prev = w
    out.write("extern const char %s[];\n" % name)
    out.write("const char %s[] =\n" % name)
    for i in range(0, len(blob), 64):
        out.write('    "%s"\n' % c_bytes(blob[i:i + 64]))
    out.write("    ;\n")
    out.write("extern const uint32_t %sSize;\n" % name)
    out.write("const uint32_t %sSize = %d;\n" % (name, len(blob)))
    out.write("extern const uint32_t %sBlocks[];\n" % name)
    out.write("const uint32_t %sBlocks[] = {\n" % name)
    for i in range(0, len(offsets), 8):
        out.write("    %s,\n" % ", ".join(str(o) for o in offsets[i:i + 8]))
    out.write("};\n")
    out.write("extern const uint32_t %sBlockCount;\n" % name)
    out.write("const uint32_t %sBlockCount = %d;\n\n" % (name, len(offsets)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dict", required=True)
    ap.add_argument("--iso", required=True)
    ap.add_argument("--tz")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    common, proper = read_dict(args.dict)
    places = read_places(args.iso, args.tz)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        out.write("// Generated by cmake/gen_gazetteer.py: do not edit.\n")
        out.write("// From wamerican (SCOWL; free, as is), iso-codes\n")
        out.write("// (LGPL-2.1-or-later; names only) and tzdata (public\n")
        out.write("// domain). See cmake/gen_gazetteer.py.\n")
        out.write("#include <cstdint>\n\n")
        out.write("namespace newsfuse::analyze_internal {\n\n")
        emit_front_coded(out, "kCommonWords", common)
        emit_front_coded(out, "kProperWords", proper)
        emit_front_coded(out, "kPlaceNames", places)
        out.write("}  // namespace newsfuse::analyze_internal\n")
    os.replace(tmp, args.out)


if __name__ == "__main__":
    main()
