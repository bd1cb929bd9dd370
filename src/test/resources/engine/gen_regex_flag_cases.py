# Generates regex_flag_cases.py (python3 gen_regex_flag_cases.py); regex_flag_cases.out is python3 3.11.7 running it: RegexModuleTest compares the lab.
import random
random.seed(9)
pats = [(r"(\w+)@(\w+)", "re.I"), (r"(?P<k>\w+)=(?P<v>[^;]*)", "0"), (r"^(\s*)(\w+)", "re.M"), (r"[a-zé]+", "re.I"), (r"ǅ|ǆ", "re.I"),
        (r"k", "re.I"), (r"s", "re.I"), (r"\w+", "re.A | re.I"), (r".", "re.S"), (r"(a)(b)?(c)", "0"), (r"(?P<first>\w)(\w*)", "0"),
        (r"""(?P<num>\d+)  # digits
             (?:\.(?P<frac>\d+))?""", "re.X"), (r"(ab)*", "0"), (r"(?:x(y)?)+", "0"), (r"(\d)(?=(\d\d\d)+$)", "0"), (r"Σ+", "re.I"),
        (r"[À-ÿ]+", "re.I"), (r"ı", "re.I"), (r"İ", "re.I"), (r"[k-m]", "re.I")]
texts = ["", "Bob@Home and amy@work", "k=1; v=two; empty=", "  indent\nfoo\n   bar", "CAFÉ café", "ǅǄǆ", "K\u212aκ k", "ſ S s", "Ab1_Éé",
         "a\nb", "abc ab ac", "ab ab abx", "xyxxy", "1234567", "σςΣ", "ÀÿÞþ", "iIıİ", "KLMklm\u212a"]
lines = ["import re"]
for p, f in pats:
    for t in random.sample(texts, 7):
        import re as _re
        tmpl = r"[\1]" if _re.compile(p).groups else "_"
        lines.append("print(%r, re.findall(%r, %r, %s), re.subn(%r, %r, %r, flags=%s))" % (t, p, t, f, p, tmpl, t, f))
        lines.append("print([(m.span(), m.lastindex, m.lastgroup, m.groupdict(), m.groups('-')) for m in re.finditer(%r, %r, %s)])" % (p, t, f))
        lines.append("print(re.match(%r, %r, %s), re.fullmatch(%r, %r, %s), re.split(%r, %r, 2, %s))" % (p, t, f, p, t, f, p, t, f))
open("regex_flag_cases.py", "w").write("\n".join(lines) + "\n")
