s = "a\xe9\u20ac\U0001F600\U000E0100\u4e16\uac01\u1100\x80\u0378z"
for enc in ("ascii", "latin-1"):
    for h in ("xmlcharrefreplace", "backslashreplace", "namereplace", "replace", "ignore"):
        print(enc, h, s.encode(enc, h))
print(b"a\xff\xc3b\xe2\x82".decode("utf-8", "backslashreplace"), b"a\xffb".decode("ascii", "backslashreplace"))
for h in ("xmlcharrefreplace", "namereplace", "bogus"):
    try:
        b"\xff".decode("utf-8", h)
    except Exception as e:
        print(type(e).__name__, e)
print(b"ok".decode("utf-8", "namereplace"))
