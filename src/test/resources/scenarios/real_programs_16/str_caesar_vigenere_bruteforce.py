# Caesar cipher with ord/chr arithmetic, brute-force decoding by letter scoring, and Vigenere.
import string

COMMON = "etaoinshrdlu"


def shift_char(ch, k):
    if ch.isupper():
        return chr((ord(ch) - 65 + k) % 26 + 65)
    if ch.islower():
        return chr((ord(ch) - 97 + k) % 26 + 97)
    return ch


def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)


def score(text):
    return sum(len(COMMON) - COMMON.index(c) for c in text.lower() if c in COMMON)


def crack(cipher):
    candidates = [(score(caesar(cipher, -k)), k) for k in range(26)]
    best_score, best_k = max(candidates)
    return best_k, caesar(cipher, -best_k)


def vigenere(text, key, sign=1):
    out = []
    ks = [ord(k) - 97 for k in key.lower()]
    i = 0
    for ch in text:
        if ch.isalpha():
            out.append(shift_char(ch, sign * ks[i % len(ks)]))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


msg = "Meet me at the usual place at ten rather than eight o'clock."
enc = caesar(msg, 11)
print(enc)
print(crack(enc))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("rot13:", "hello world".translate(table), "uryyb jbeyq".translate(table))
v = vigenere("Attack at dawn!", "lemon")
print(v, "|", vigenere(v, "lemon", -1))
for k in (1, 3, 25):
    print(f"{k:>2}: {caesar('xyz ABC', k)}")
print(sorted(((c, ord(c)) for c in "Zebra"), key=lambda p: p[1]))
