# str.replace, startswith, endswith, find, count, isdigit, isalpha, lstrip, rstrip.
s = "a-b-c"
print(s.replace("-", "+"), s.startswith("a"), s.endswith("c"), s.find("b"), s.find("z"), s.count("-"), "12".isdigit(), "ab".isalpha(), "  x ".lstrip() + "|", " x  ".rstrip() + "|")
