#!/usr/bin/env python3
"""Derives the place list NQ2008 (lowercase-proper-noun) ships, and the place words it must not flag.

Cities: the last component of every zone in the tz database's zone.tab (public domain; /usr/share/zoneinfo/zone.tab,
Debian package tzdata), "_" read as a space, plus extra-places.txt beside this script (hand-compiled capitals,
major cities, everyday country names, continents and regions). Dropped: names whose lower-case form is an ordinary English word in the English word list
(/usr/share/dict/american-english, package wamerican: "phoenix", "cayenne", "shanghai"), since "a phoenix" or "to
shanghai" is not a misspelt city.
Ambiguous words: country names and demonyms of ../shared/data/countries.json (public domain, CIA World Factbook) that
are ordinary English words ("turkey", "china", "chad", "polish"), plus a hand list (names of people and US states,
pepper spellings).

Usage: python3 tools/placenames/derive_places.py [zone.tab] [english word list] [countries.json] [out dir]
Standard library only; output is sorted and deterministic.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# Country names that are first names, surnames or US states, or spell a common word: hand-listed, not derivable.
HAND_AMBIGUOUS = ["jordan", "georgia", "chile", "china", "japan", "togo", "niger", "reading", "bath", "split", "mobile", "nice", "sale", "deal", "hull", "wells", "derby", "cork"]


def main():
    zone_tab = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/zoneinfo/zone.tab"
    english = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/american-english"
    countries = sys.argv[3] if len(sys.argv) > 3 else next(
        p for p in (os.path.join(HERE, "../../../shared/data/countries.json"), "/work/shared/data/countries.json") if os.path.exists(p))
    out = sys.argv[4] if len(sys.argv) > 4 else os.path.join(HERE, "../../src/NewsQuality.Core/Rules/Translation/Data")

    with open(english, encoding="utf-8") as f:
        common_words = {line.strip() for line in f if line.strip().islower()}

    cities = set()
    with open(zone_tab, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            zone = line.rstrip("\n").split("\t")[2]
            cities.add(zone.split("/")[-1].replace("_", " "))
    with open(os.path.join(HERE, "extra-places.txt"), encoding="utf-8") as f:
        cities.update(line.strip() for line in f if line.strip() and not line.startswith("#"))
    kept = sorted(c for c in cities if c.lower() not in common_words and len(c) >= 4)
    with open(os.path.join(out, "places.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Derived by tools/placenames/derive_places.py from the tz database zone.tab and extra-places.txt; see SOURCES.md there.\n")
        f.writelines(c + "\n" for c in kept)

    with open(countries, encoding="utf-8") as f:
        names = set()
        for country in json.load(f):
            names.add(country["name"])
            names.update(country["adjectives"])
            names.update(country["nouns"])
    ambiguous = sorted({n.lower() for n in names if n.lower() in common_words} | set(HAND_AMBIGUOUS))
    with open(os.path.join(out, "ambiguous-place-words.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Derived by tools/placenames/derive_places.py: place names and demonyms that are also ordinary English words or names.\n")
        f.writelines(a + "\n" for a in ambiguous)


if __name__ == "__main__":
    main()
