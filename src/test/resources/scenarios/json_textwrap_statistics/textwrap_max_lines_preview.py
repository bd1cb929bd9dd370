# A preview of at most two lines, as a feed shows a post.
import textwrap

post = ("Today we measured how many objects a class statement allocates. The answer depends on the "
        "free lists, which a full collection empties, so always call gc.collect() first.")
for n in (1, 2, 3, 10):
    print(n, textwrap.wrap(post, 40, max_lines=n))
print(textwrap.fill(post, 30, max_lines=2, placeholder=" (more)"))
