# String cipher lab: Caesar, Vigenere, Atbash, rail fence and a frequency attack.
import string

def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)

def vigenere(text, key, sign=1):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            base = 65 if ch.isupper() else 97
            shift = ord(key[k % len(key)].lower()) - 97
            out.append(chr((ord(ch) - base + sign * shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)

atbash_table = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                             string.ascii_lowercase[::-1] + string.ascii_uppercase[::-1])

def rail_fence(text, rails):
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for ch in text:
        rows[r].append(ch)
        if r == 0:
            step = 1
        elif r == rails - 1:
            step = -1
        r += step
    return "".join("".join(row) for row in rows)

msg = "Meet me at the Old Library, 7pm!"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3))
v = vigenere(msg, "lemon")
print(v, "|", vigenere(v, "lemon", -1))
print(msg.translate(atbash_table))
print(rail_fence("WEAREDISCOVEREDFLEEATONCE", 3))

def crack(cipher):
    letters = [c for c in cipher.lower() if c.isalpha()]
    counts = {c: letters.count(c) for c in set(letters)}
    top = max(sorted(counts), key=counts.get)
    shift = (ord(top) - ord("e")) % 26
    return shift, caesar(cipher, -shift)

secret = caesar("these sentences need plenty of letter e to be cracked easily", 11)
print(secret)
print(crack(secret))
print(sorted({caesar("abc", s) for s in range(0, 26, 5)}))
print("".join(sorted(set(msg.lower()) & set(string.ascii_lowercase))))
print(" ".join(w[::-1] for w in msg.split()), msg.swapcase(), msg.title())
