import gc
import string


def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


def is_palindrome(s):
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1]


def word_freq(text):
    words = text.lower().replace(",", " ").replace(".", " ").split()
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))


gc.collect()
msg = "Attack at Dawn, meet by the old Oak."
secret = caesar(msg, 3)
print(secret)
print(caesar(secret, -3 % 26))
for s in ["A man, a plan, a canal: Panama", "Memory", "No lemon, no melon"]:
    print(f"{s!r:>34} palindrome={is_palindrome(s)}")
print(word_freq("the cat and the hat. The bat, the rat and THE mat")[:4])
print("title:", msg.title(), "| swap:", msg.swapcase()[:10])
print("centered:", "[" + "memory".center(14, "*") + "]")
print("partition:", "key=value=x".partition("="), "key=value=x".rpartition("="))
print("collected:", gc.collect())
