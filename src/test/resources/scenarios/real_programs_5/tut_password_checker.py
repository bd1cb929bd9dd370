import string

RULES = [
    ("at least 8 characters", lambda p: len(p) >= 8),
    ("an uppercase letter", lambda p: any(c.isupper() for c in p)),
    ("a lowercase letter", lambda p: any(c.islower() for c in p)),
    ("a digit", lambda p: any(c.isdigit() for c in p)),
    ("a symbol", lambda p: any(c in string.punctuation for c in p)),
    ("no spaces", lambda p: not any(c.isspace() for c in p)),
]

def check(password):
    failed = [desc for desc, rule in RULES if not rule(password)]
    score = len(RULES) - len(failed)
    return score, failed

def strength(score):
    return ["terrible", "very weak", "weak", "fair", "good", "strong", "excellent"][score]

for pw in ["abc", "password", "Password1", "Pass word1!", "S3cure#Pass", "ÄÖÜ12345!x"]:
    score, failed = check(pw)
    bar = "#" * score + "." * (len(RULES) - score)
    print(f"{pw!r:<15} [{bar}] {strength(score):<9}", end="")
    print(" needs " + ", ".join(failed) if failed else "")

def mask(pw, show=2):
    return pw[:show] + "*" * max(len(pw) - show, 0)

print(mask("hunter2"), mask("a"), mask("secret", show=0))
print("digits" if "2024".isdigit() else "-", "x1".isalnum(), "".isalpha(), " ".isspace())
print("MiXeD".swapcase(), "title case words".title(), "snake_case_name".split("_"))
print("  padded  ".strip(), "xxhixx".strip("x"), "report.pdf".removesuffix(".pdf"), "v1.2".removeprefix("v"))
print("a,b,,c".split(","), "a b  c".split(), "line1\nline2\r\nline3".splitlines())
print("-".join(reversed("2024-01-31".split("-"))), "hello".center(11, "~"), "7".zfill(3))
print("abc".startswith(("x", "a")), "file.tar.gz".rpartition("."), "k=v=w".partition("="))
