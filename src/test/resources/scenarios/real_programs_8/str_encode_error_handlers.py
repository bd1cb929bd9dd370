import gc
s = "a\xe9\u20ac\U0001F600\U000E0100\u4e16\uac01\x80\u0378z"
for enc in ("ascii", "latin-1"):
    for h in ("xmlcharrefreplace", "backslashreplace", "replace", "ignore"):
        print(enc, h, s.encode(enc, h), bytes(s, enc, errors=h) == s.encode(enc, h))
print(b"a\xff\xc3b\xe2\x82".decode("utf-8", "backslashreplace"), b"a\xffb".decode("ascii", "backslashreplace"))
for h in ("xmlcharrefreplace", "bogus"):
    try:
        b"\xff".decode("utf-8", h)
    except Exception as e:
        print(type(e).__name__, e)
gc.collect()
before = gc.get_count()[0]
html = "caf\xe9 \u2192 na\xefve".encode("ascii", "xmlcharrefreplace").decode()
print(html, gc.get_count()[0] - before)
