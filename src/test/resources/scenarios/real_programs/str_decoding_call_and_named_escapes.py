# str(b, encoding, errors) decodes, with CPython's errors for str and non-bytes objects; \N{NAME} escapes in str literals (kept as written in bytes and raw strings)
print(str(b"raw", "ascii"), str(b"caf\xc3\xa9", encoding="utf-8"), str(bytearray(b"x"), "latin-1"), str(b"\xff", "utf-8", "replace"))
print(repr(str(b"\xffok", "ascii", "ignore")))
for bad in [lambda: str("s", "utf-8"), lambda: str(5, "utf-8")]:
    try:
        bad()
    except (TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
print(str(), str(42), str(b"x"))
print("\N{GREEK SMALL LETTER ALPHA}", "\N{greek small letter beta}x", f"{1}\N{EM DASH}{2}", len("\N{SNOWMAN}"), b"\N{SNOWMAN}", r"\N{SNOWMAN}")
print("caf\N{LATIN SMALL LETTER E WITH ACUTE}".upper(), "\N{BULLET} item")
