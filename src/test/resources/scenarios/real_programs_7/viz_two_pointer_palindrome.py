import string

def clean(text):
    return [ch.lower() for ch in text if ch not in string.punctuation and not ch.isspace()]

def is_palindrome(text):
    chars = clean(text)
    left, right = 0, len(chars) - 1
    steps = 0
    while left < right:
        steps += 1
        if chars[left] != chars[right]:
            print(f"  mismatch at {left}/{right}: {chars[left]!r} vs {chars[right]!r}")
            return False, steps
        left += 1
        right -= 1
    return True, steps

samples = ["A man, a plan, a canal: Panama", "racecar", "Never odd or even.", "hello world", ""]
for s in samples:
    ok, steps = is_palindrome(s)
    print(f"{s!r:35} -> {ok} after {steps} comparisons")
