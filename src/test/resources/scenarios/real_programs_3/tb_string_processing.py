def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

def vowels(s):
    return sum(1 for c in s.lower() if c in "aeiou")

def title_case(s):
    small = {"a", "an", "the", "of", "in"}
    words = s.split()
    return " ".join(w.capitalize() if i == 0 or w not in small else w for i, w in enumerate(words))

def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{prev}{n}")
            prev, n = c, 1
    out.append(f"{prev}{n}")
    return "".join(out)

print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print(vowels("Programming in Python"))
print(title_case("the lord of the rings"))
print(rle("aaabccdddd"))
s = "  Mississippi  "
print(s.strip().count("ss"), s.strip().find("ssi"), s.strip().rfind("ssi"))
print(s.strip().replace("ss", "SS", 1), s.center(20, "*"))
print("-".join(reversed("abc")), "abc".zfill(6), "x".ljust(3, ".") + "|")
print("CamelCaseString".swapcase(), "hello world".title())
print(" ".join(w[::-1] for w in "reverse each word".split()))
print("a,b,,c".split(","), "a b  c".split(), "k=v=w".partition("="))
print(ord("A"), chr(97), "abc" < "abd", "Z" < "a")
