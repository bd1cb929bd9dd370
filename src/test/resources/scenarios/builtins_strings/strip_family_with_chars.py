# strip, lstrip and rstrip remove whitespace or any of the given characters from the ends.
s = "  hello  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "www.example.com".lstrip("w."), "file.txt..".rstrip("."))
