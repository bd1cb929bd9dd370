# UnicodeEncodeError / UnicodeDecodeError messages name the codec, the position and the reason
attempts = [
    lambda: "café".encode("ascii"),
    lambda: "x€😀y".encode("latin-1"),
    lambda: "ab€€€".encode("ascii"),
    lambda: b"\xff".decode(),
    lambda: b"ab\xe2\x82".decode(),
    lambda: b"ab\xe2\x82xy".decode(),
    lambda: b"\xed\xa0\x80".decode(),
    lambda: b"ok\x80".decode("ascii"),
    lambda: bytes("text"),
    lambda: bytes(-3),
    lambda: bytes([1, 256]),
    lambda: bytes(["a"]),
    lambda: bytes.fromhex("0g"),
    lambda: bytes.fromhex("abc"),
]
for attempt in attempts:
    try:
        attempt()
    except (UnicodeError, TypeError, ValueError) as e:
        print(type(e).__name__, isinstance(e, ValueError), str(e).replace("0x", "hex "))
