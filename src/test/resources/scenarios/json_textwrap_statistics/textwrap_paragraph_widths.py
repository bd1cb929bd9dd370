# Word wrapping one paragraph at several widths.
import textwrap

paragraph = ("Python's memory manager counts references to every object; when a count drops to zero "
             "the object is freed at once, and a cycle detector finds groups that only refer to each other.")
for width in (20, 40, 60):
    lines = textwrap.wrap(paragraph, width)
    print(f"--- width {width}: {len(lines)} lines")
    for line in lines:
        print("|" + line.ljust(width) + "|")
