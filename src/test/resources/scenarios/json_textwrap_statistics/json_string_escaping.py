# How strings are escaped: quotes, backslashes, control characters and non-ASCII text.
import json

samples = ['say "hi"', "C:\\temp\\new", "line1\nline2\ttab", "bell\x07", "café", "snow ☃", "emoji 😀", "\x7f"]
for s in samples:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False))
print(json.loads(json.dumps(samples)) == samples)
print(json.loads('"\\u00e9t\\u00e9 \\ud83d\\ude00 \\/ \\b\\f"'))
