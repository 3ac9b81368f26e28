#!/usr/bin/env python3
"""Derive NewsQuality's compact reference data from ../shared/data (CIA World Factbook extract + curated figures).

Usage: python3 tools/derive-knowledge.py [SHARED_DATA_DIR] [OUT_DIR]
Defaults: ../shared/data and src/NewsQuality.Core/Knowledge/Data. Standard library only; output is deterministic.

countries.tsv  name <TAB> adjectives(;) <TAB> nouns(;) <TAB> head offices(;) <TAB> complete(0/1)
figures.tsv    name <TAB> aliases(;) <TAB> country <TAB> roles: title|country|firstYear|lastYear joined by ';'
"""
import html, json, os, re, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "data")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join("src", "NewsQuality.Core", "Knowledge", "Data")

# Offices that name a head of state or government; ministers exist everywhere and are not listed.
def offices(raw_titles):
    found = set()
    for raw in raw_titles:
        t = raw.strip()
        if re.search(r"\bVice\b|\bDeputy\b|\bHeir\b|^Acting$|^Vice$|^Deputy$", t) and not re.search(r"\band Prime Minister\b", t):
            continue
        if re.search(r"\bPrime\b|\bPremier\b|President of the Government", t): found.add("Prime Minister")
        elif re.search(r"\bPresident\b", t): found.add("President")
        for office in ("Chancellor", "King", "Queen", "Emperor", "Sultan", "Grand Duke", "Pope", "Taoiseach", "Prince", "Governor"):
            if re.search(r"\b%s\b" % office, t): found.add(office)
        if re.search(r"\bAmir\b|\bEmir\b", t): found.add("Emir")
    return found

# Hand-curated public facts for countries the Factbook extract lacks or words oddly (see SOURCES.md).
SUPPLEMENT = {
    "Japan": (["Japanese"], ["Japanese"], {"Emperor", "Prime Minister"}),
    "China": (["Chinese"], ["Chinese"], {"President", "Prime Minister"}),
    "South Korea": (["South Korean"], ["South Korean"], {"President", "Prime Minister"}),
    "North Korea": (["North Korean"], ["North Korean"], {"President", "Prime Minister"}),
    "Taiwan": (["Taiwanese"], ["Taiwanese"], {"President", "Prime Minister"}),
}
# The UK's Chancellor of the Exchequer (finance minister) makes "British Chancellor" legitimate.
EXTRA_OFFICES = {"United Kingdom": {"Chancellor"}, "Ireland": {"Taoiseach", "Prime Minister"}}


def field(text):
    """Source text may carry HTML entities (C&ocirc;te d'Ivoire); separators must not survive inside a field."""
    return re.sub(r"[;|\t]", ",", html.unescape(text).strip())


def clean_list(values):
    return sorted({v.strip() for v in values if v and v.strip() and v.strip().lower() != "none"})


def main():
    countries = json.load(open(os.path.join(SRC, "countries.json"), encoding="utf-8"))
    rows = []
    for c in countries:
        name = field(re.sub(r"\s*\(.*\)$", "", c["name"]))
        heads = offices(c["chief_of_state_titles"]) | offices(c["head_of_government_titles"]) | EXTRA_OFFICES.get(name, set())
        # Without both lists the office set is unknown, so no office can be called impossible there.
        complete = bool(c["chief_of_state_titles"]) and (bool(c["head_of_government_titles"]) or name in EXTRA_OFFICES)
        rows.append((name, clean_list(c["adjectives"]), clean_list(c["nouns"]), sorted(heads), complete))
    for name, (adjectives, nouns, heads) in SUPPLEMENT.items():
        if not any(r[0] == name for r in rows):
            rows.append((name, adjectives, nouns, sorted(heads), True))
    rows.sort(key=lambda r: r[0])
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "countries.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# derived by tools/derive-knowledge.py from the CIA World Factbook extract in shared/data; see SOURCES.md\n")
        for name, adjectives, nouns, heads, complete in rows:
            f.write("\t".join([name, ";".join(adjectives), ";".join(nouns), ";".join(heads), "1" if complete else "0"]) + "\n")

    people = []
    for line in open(os.path.join(SRC, "public_figures.jsonl"), encoding="utf-8"):
        p = json.loads(line)
        roles = []
        for r in p["roles"]:
            if "seen" in r:
                first, last = r["seen"]
            else:
                first = int(r["from"][:4]) if r.get("from") else ""
                last = int(r["to"][:4]) if r.get("to") else ""
            roles.append("|".join([field(r["title"]), field(r.get("country") or ""), str(first), str(last)]))
        people.append((field(p["name"]), clean_list(field(a) for a in p.get("aliases", [])), field(p.get("country") or ""), roles))
    people.sort(key=lambda p: p[0])
    with open(os.path.join(OUT, "figures.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# derived by tools/derive-knowledge.py from shared/data/public_figures.jsonl; see SOURCES.md\n")
        for name, aliases, country, roles in people:
            f.write("\t".join([name, ";".join(aliases), country, ";".join(roles)]) + "\n")
    print(f"{len(rows)} countries, {len(people)} public figures -> {OUT}")


if __name__ == "__main__":
    main()
