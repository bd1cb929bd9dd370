# \d, \w, \s and \b are Unicode-aware for str patterns; re.ASCII narrows them.
import re

text = "Café ２０２４ naïve_ü ٣ x²\u2003tab\there\u00a0nbsp"
print(re.findall(r"\w+", text))
print(re.findall(r"\w+", text, re.ASCII))
print(re.findall(r"\d", text), re.findall(r"\d", text, re.A))
print(re.split(r"\s", text), len(re.split(r"\s", text, flags=re.ASCII)))
print(re.findall(r"\b\w", "héllo wörld"), re.findall(r"\b\w", "héllo wörld", re.A))
print(re.findall(r"(?i)straße", "STRASSE Straße strasse"), re.findall(r"[a-z]+", "Hello WORLD", re.I))
print(re.sub(r"\W+", "-", "Grüße, Welt! 你好"), re.findall(r"[^\W\d_]+", "abc_12de"))
print(re.findall(r"\S+", " a\u3000b\u2028c "), re.findall(r".", "a\nb\rc"), re.findall(r"$", "a\nb\n"))
