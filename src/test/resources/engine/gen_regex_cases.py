# Generates regex_cases.py (python3 gen_regex_cases.py); regex_cases.out is python3 3.11.7 running it: RegexModuleTest compares the lab.
import random
random.seed(3)
pats = [r"a+", r"a*", r"a*?", r"(a|b)+", r"(?:ab)*c", r"\d+\.?\d*", r"\w+", r"\W+", r"\s+", r"\S+", r"\b\w+\b", r"\B", r"^\w+", r"\w+$",
        r"(?m)^\w+", r"(?m)\w+$", r"(?s).+", r".+", r"[^aeiou\s]+", r"[a-c]{2,3}", r"x{,2}", r"(\w)\1", r"(?P<x>\w)(?P=x)",
        r"(?<=a)b", r"(?<!a)b", r"a(?=b)", r"a(?!b)", r"(?i)AB", r"(?i:a)B", r"[]a]+", r"[^]a]+", r"[\]\-]", r"\\", r"\.", r"a|", r"|a",
        r"(a)?b", r"(a)|(b)", r"((a)|b)+", r"(?x) a b # comment", r"\Aa", r"a\Z", r"$", r"^", r"(?m)$", r"(?m)^", r"\d{2}(?:-\d{2})*",
        r"[\w.-]+@[\w-]+\.\w+", r"(?>a+)b", r"a++b", r"a{2}", r"a{2,}", r"[0-9a-fA-F]+", r"\x41", r"\u00e9", r"[\u00e0-\u00ff]+", r"\t", r"é+",
        r"(?a)\w+", r"(?a)\d", r"\d", r"[\d\s]+", r"[^\W_]+", r"(?i)straße", r"(?i)[a-z]+", r"(a)(b)(c)?", r"(?:(a)|b)*"]
texts = ["", "a", "ab", "aab", "ba", "abc abc", "aaa bbb ccc", "Hello, World!", "x  y\tz\n", "line1\nline2\n", "12.5 and 3 and 4.",
         "mail bob@ex.com ok", "ÀÉîõü café naïve", "٣٤ ２０ 12", "aXbXc", "\n", "abab", "AB ab Ab", "Straße STRASSE", "_a_b_", "  ", "a\nb", "0xFFee 123"]
lines = ["import re"]
for p in pats:
    for t in random.sample(texts, 6):
        for fn in ["findall", "split", "search", "sub"]:
            if fn == "sub":
                lines.append("print(%r, %r, re.sub(%r, '<\\\\g<0>>', %r))" % (p, t, p, t))
            elif fn == "search":
                lines.append("m = re.search(%r, %r)\nprint(%r, %r, m, m and m.groups(), m and m.lastindex)" % (p, t, p, t))
            else:
                lines.append("print(%r, %r, re.%s(%r, %r))" % (p, t, fn, p, t))
open("regex_cases.py", "w").write("\n".join(lines) + "\n")
