import string

def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)

def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            s = ord(key[k % len(key)].lower()) - ord("a")
            s = -s if decrypt else s
            out.append(chr((ord(ch) - base + s) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)

msg = "Attack at Dawn!"
enc = caesar(msg, 3)
print(enc, "->", caesar(enc, -3 % 26))
v = vigenere(msg, "lemon")
print(v, "->", vigenere(v, "lemon", decrypt=True))
freq = sorted(((c, enc.lower().count(c)) for c in set(enc.lower()) if c.isalpha()), key=lambda p: (-p[1], p[0]))
print(freq[:3])
print([ord(c) for c in "AZ az"], chr(65 + 25))
