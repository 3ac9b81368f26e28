#!/usr/bin/env python3
"""Derives the character-trigram language profiles NQ2010 (untranslated-fragment) ships.

Reads the Debian word lists (packages wamerican wngerman wdutch wswedish wnorwegian wdanish wfrench wspanish
witalian, see SOURCES.md beside this script), counts letter trigrams of each word padded with '^' and '$' (every word
counts once: the lists carry no frequencies), and keeps each language's most frequent trigrams with their smoothed
log-probability. Unseen trigrams get the language's floor value.

It also writes a Bloom filter of the English word list (its lower-case entries, possessive "'s" dropped): 2^20 bits, 7 probes
by double hashing of the 64-bit FNV-1a hash of the word's UTF-8 bytes, about 0.8% false positives. EnglishLexicon.cs
reads it with the same hashing.

Usage: python3 tools/langprofile/derive_profiles.py [dict dir] [out dir]
  (out dir defaults to src/NewsQuality.Core/Rules/Translation/Data)
Standard library only; output is deterministic.
"""
import math
import sys
from collections import Counter

LANGUAGES = [  # (code, name, file in /usr/share/dict, encoding)
    ("en", "English", "american-english", "utf-8"),
    ("de", "German", "ngerman", "utf-8"),
    ("nl", "Dutch", "nederlands", "utf-8"),
    ("sv", "Swedish", "svenska", "latin-1"),
    ("no", "Norwegian", "bokmaal", "latin-1"),
    ("da", "Danish", "dansk", "utf-8"),
    ("fr", "French", "french", "utf-8"),
    ("es", "Spanish", "spanish", "utf-8"),
    ("it", "Italian", "italian", "utf-8"),
]
TOP = 2000          # trigrams kept per language
SMOOTHING = 0.5     # added to every count
FLOOR_GAP = 1.0     # natural-log gap between the rarest kept trigram and the floor


def words(path, encoding):
    with open(path, encoding=encoding) as f:
        for line in f:
            word = line.strip().split("/")[0]
            # Proper names and abbreviations say little about a language's ordinary words.
            if len(word) < 2 or not word.isalpha() or not word.islower():
                continue
            yield word


def trigrams(word):
    padded = "^" + word + "$"
    return (padded[i:i + 3] for i in range(len(padded) - 2))


BLOOM_BITS = 1 << 20
BLOOM_PROBES = 7


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def bloom(words_):
    bits = bytearray(BLOOM_BITS // 8)
    for word in words_:
        h = fnv1a64(word.encode("utf-8"))
        h1, h2 = h & 0xFFFFFFFF, (h >> 32) | 1
        for i in range(BLOOM_PROBES):
            index = (h1 + i * h2) % BLOOM_BITS
            bits[index >> 3] |= 1 << (index & 7)
    return bytes(bits)


def english_words(path):
    """Common words only: a lower-cased proper name ("Fuentes", "Politi") would pass foreign words off as English."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            word = line.strip()
            if not word.islower():
                continue
            if word.endswith("'s"):
                word = word[:-2]
            if word:
                yield word


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict"
    out = sys.argv[2] if len(sys.argv) > 2 else "src/NewsQuality.Core/Rules/Translation/Data"
    with open(f"{out}/english-words.bloom", "wb") as f:
        f.write(bloom(sorted(set(english_words(f"{folder}/american-english")))))
    with open(f"{out}/language-profiles.tsv", "w", encoding="utf-8", newline="\n") as f:
        write_profiles(folder, f)


def write_profiles(folder, f):
    print("# lang\ttrigram\tlogprob (lang\t*\tfloor for unseen trigrams); derived by tools/langprofile/derive_profiles.py", file=f)
    for code, name, file, encoding in LANGUAGES:
        counts = Counter()
        for word in words(f"{folder}/{file}", encoding):
            counts.update(trigrams(word))
        total = sum(counts.values())
        denominator = total + SMOOTHING * (len(counts) + 1)
        kept = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]
        # Unseen or cut trigrams score below the rarest kept one, so languages with longer lists are not favoured.
        floor = math.log((kept[-1][1] + SMOOTHING) / denominator) - FLOOR_GAP
        print(f"{code}\t*\t{floor:.2f}\t{name}", file=f)
        for gram, count in kept:
            print(f"{code}\t{gram}\t{math.log((count + SMOOTHING) / denominator):.2f}", file=f)


if __name__ == "__main__":
    main()
