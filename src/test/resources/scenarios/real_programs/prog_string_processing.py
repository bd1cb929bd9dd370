# string exercises
def is_palindrome(s):
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
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

for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?"]:
    print(f"{s[:20]!r:<24}{is_palindrome(s)}")
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
words = "the rain in spain stays mainly".split()
print(" ".join(w[::-1] for w in words))
print("-".join(words).upper().center(40, "*"))
print(words[2].zfill(8), "42".rjust(6, "0"), "x".ljust(3) + "|")
acr = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acr, "spam".startswith(("sp", "x")), "egg".endswith("g"))
print("a,b,,c".split(","), "  pad  ".strip(), "tab\tsep".expandtabs(4))
print("%s has %d items costing %.2f" % ("cart", 3, 9.5))
print("{:^10}|{:>5}|{:<5}|".format("mid", 42, "l"))
print(f"{1234567.891:,.2f} {0.25:.0%} {255:#X} {255:08b} {3:+d}")
