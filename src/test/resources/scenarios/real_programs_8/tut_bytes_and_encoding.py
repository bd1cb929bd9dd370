text = "Grüße, 世界!"
data = text.encode("utf-8")
print(data, len(text), len(data))
print(data.decode("utf-8") == text, text.encode("ascii", errors="replace"))
print(text.encode("ascii", errors="ignore"), text.encode("latin-1", errors="xmlcharrefreplace"))
try:
    text.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
b = bytes([72, 105, 33])
print(b, list(b), b[0], b[1:], b.hex(), bytes.fromhex("4142"))
ba = bytearray(b"abc")
ba[0] = ord("A")
ba.extend(b"!!")
print(ba, ba.upper(), bytes(ba), len(ba))
print(b"a,b,c".split(b","), b" x ".strip(), b"abc".replace(b"b", b"B"))
print(ord("€"), chr(8364), "\u00e9", "\N{GREEK SMALL LETTER ALPHA}", ord("世"))
print("café".encode(), b"caf\xc3\xa9".decode(), "naïve"[2])
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"), int.from_bytes(b"\xff", "big", signed=True))
