# s |= t, s &= t, s -= t and s ^= t change the set in place: every name bound to it sees the change.
import sys
s = {1, 2, 3}
alias = s
s |= {4, 5}
print(s, alias is s)
s &= {2, 3, 4, 9}
print(s, alias is s)
s -= {3}
print(s, alias is s)
s ^= {4, 7}
print(s, alias is s, sys.getrefcount(s))
