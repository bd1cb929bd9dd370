import string

def rot(text: str, k: int) -> str:
    lower, upper = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
    return text.translate(table)

def is_pangram(s):
    return set(string.ascii_lowercase) <= set(s.lower())

msg = "The Quick Brown Fox Jumps Over The Lazy Dog"
enc = rot(msg, 13)
print(enc)
print(rot(enc, 13) == msg, is_pangram(msg), is_pangram("hello"))
for k in (1, 3, 25):
    print(f"{k:>2}: {rot('abcxyz', k)}")
counts = sorted(((c, msg.lower().count(c)) for c in set(msg.lower()) if c.isalpha()), key=lambda x: (-x[1], x[0]))
print(counts[:5])
print(string.punctuation[:10], string.digits, len(string.printable))
