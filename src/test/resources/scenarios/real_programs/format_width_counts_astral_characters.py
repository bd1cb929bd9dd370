# format widths and precisions, %-formatting and str padding count characters: an emoji outside the BMP is one
for s in ["😀", "a😀b", "é"]:
    print(f"[{s:>5}][{s:^6}][{s:.2}][{s!r:8}]", "{:*<4}|".format(s), format(s, "3"))
print(f"{'😀😀😀':.1}|", "%5s|" % "😀")
print("😀".center(5, "*"), "a😀".ljust(4, "-") + "|", "😀".rjust(3) + "|", "-😀".zfill(4))
