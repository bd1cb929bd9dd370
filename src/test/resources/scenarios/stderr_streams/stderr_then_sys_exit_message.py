import sys

print("checking input")
sys.stderr.write("warning: no file given\n")
sys.exit("fatal: nothing to do")
