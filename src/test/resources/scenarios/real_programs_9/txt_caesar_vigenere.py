import string

ALPHA = string.ascii_lowercase


def caesar(text, shift):
    table = str.maketrans(ALPHA + ALPHA.upper(),
                          ALPHA[shift:] + ALPHA[:shift] + (ALPHA[shift:] + ALPHA[:shift]).upper())
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.lower() in ALPHA:
            shift = ALPHA.index(key[k % len(key)])
            if decrypt:
                shift = -shift
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def crack_caesar(cipher):
    freq = {c: cipher.lower().count(c) for c in ALPHA}
    common = max(sorted(freq), key=freq.get)
    shift = (ALPHA.index(common) - ALPHA.index("e")) % 26
    return shift, caesar(cipher, -shift % 26)


msg = "Meet me near the tree at seven, bring the secret letter!"
c = caesar(msg, 3)
print(c)
print(caesar(c, 23))
v = vigenere(msg, "lemon")
print(v)
print(vigenere(v, "lemon", decrypt=True))
print(crack_caesar(caesar(msg, 11)))
print(string.punctuation[:10], string.digits, len(string.printable))
