# bytes methods: ASCII-only case and class tests, the six ASCII spaces, hex/fromhex
line = b"  GET /index.html HTTP/1.1\r\n"
method, path, version = line.split()
print(method, path, version, line.strip(), line.rstrip(b"\r\n"), line.lstrip())
print(b",".join([method, path]), b"a,b,,c".split(b","), b"a b c".split(maxsplit=1), b"a-b-c".rsplit(b"-", 1))
print(b"a b\x1cc\x85d\xa0e".split(), b"\x1c x\xa0 ".strip())
print(line.find(b"HTTP"), line.find(72), line.rfind(b"/"), line.count(b"/"), line.count(b""), line.startswith((b"x", b"  G")))
print(b"MiXeD \xc9".upper(), b"MiXeD \xc9".lower(), b"abc".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b"".isdigit())
print(b" \t\n".isspace(), b"abc1".islower(), b"ABC".isupper(), b"1".islower(), b"\x80".isascii(), b"q".isascii())
print(b"secret".hex(), b"\x01\x02\x03\x04\x05".hex(":"), b"\x01\x02\x03\x04\x05".hex(" ", 2), b"\x01\x02\x03\x04\x05".hex("-", -2))
print(bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"), bytes.fromhex(""), b"".hex())
print(b"aXbXc".replace(b"X", b"--"), b"aXbXc".replace(b"X", b"", 1), b"file.txt".removesuffix(b".txt"), b"v1".removeprefix(b"v"))
try:
    b"abc".index(b"z")
except ValueError as e:
    print(e)
try:
    b"x".join([b"a", "b"])
except TypeError as e:
    print(e)
try:
    b"abc".startswith("a")
except TypeError as e:
    print(e)
