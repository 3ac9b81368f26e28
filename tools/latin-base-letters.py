#!/usr/bin/env python3
"""Prints the Latin letters with diacritics and their base letters for Knowledge/PersonNames.cs (BaseLetters).

The tool runs with InvariantGlobalization (no ICU), where string.Normalize leaves non-ASCII text as it is, so the name fold
carries Unicode's canonical decompositions itself: every letter of U+00C0-U+024F and U+1E00-U+1EFF whose decomposition starts
with an ASCII letter, lower-cased, and the letters with a stroke or bar, which Unicode does not decompose (ø, ł, đ, ħ, ŧ, ð, ı).
"""
import unicodedata

pairs = []
for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
    c = chr(cp)
    d = unicodedata.normalize('NFD', c)
    if c.isalpha() and len(d) > 1 and d[0].isascii() and d[0].isalpha():
        pairs.append((c, d[0].lower()))
for c, base in [('ø', 'o'), ('Ø', 'o'), ('ł', 'l'), ('Ł', 'l'), ('đ', 'd'), ('Đ', 'd'), ('ħ', 'h'), ('Ħ', 'h'), ('ı', 'i'),
                ('ŧ', 't'), ('Ŧ', 't'), ('ð', 'd'), ('Ð', 'd'), ('ŀ', 'l'), ('Ŀ', 'l')]:
    pairs.append((c, base))
print('    private const string AccentedLetters = "' + ''.join(p[0] for p in pairs) + '";')
print('    private const string BaseLetters = "' + ''.join(p[1] for p in pairs) + '";')
