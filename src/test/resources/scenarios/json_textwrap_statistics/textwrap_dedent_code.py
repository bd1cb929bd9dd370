# dedent removes the common leading whitespace of a triple-quoted block.
import textwrap

def usage():
    return """
        usage: lab [options] FILE

          -c   check the heap after each step
          -t   print the trace
        """

print(textwrap.dedent(usage()))
print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(repr(textwrap.dedent("  x\n\ty\n")))
print(repr(textwrap.dedent("   first\n   \n   last")))
