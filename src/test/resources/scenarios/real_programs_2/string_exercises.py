def is_palindrome(s):
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1]
def word_freq(text):
    freq = {}
    for w in text.lower().split():
        w = w.strip(".,!?")
        freq[w] = freq.get(w, 0) + 1
    return freq
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
print(is_palindrome("A man, a plan, a canal: Panama"))
print(is_palindrome("hello"))
f = word_freq("The cat and the hat. The end!")
print(sorted(f.items(), key=lambda kv: (-kv[1], kv[0])))
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print("-".join(w.capitalize() for w in "snake_case_name".split("_")))
print("{:^20}".format("centered"), "|")
print(" ".join(reversed("one two three".split())))
print("mississippi".count("ss"), "mississippi".find("ss", 3), "abc".zfill(6))
