# Nested scopes as an interpreter exercise builds them: new_child() pushes a scope,
# parents pops one; the maps are shared, not copied.
import sys
from collections import ChainMap

globals_ = {'print': 'builtin', 'n': 0}
module = ChainMap(globals_)
function = module.new_child()
function['n'] = 1
block = function.new_child({'i': 2})
print(module, function, block, sep='\n')
print(block['n'], block['i'], block['print'])
print(block.parents, block.parents.parents)
print(block.parents.maps[0] is function.maps[0], block.maps[-1] is globals_)
print(function.new_child(tmp=1))
print(sys.getrefcount(globals_), sys.getrefcount(block.maps), sys.getrefcount(block))
top = ChainMap({'only': 1})
print(top.parents, top.parents.maps)
child = block.new_child(None)
print(child.maps[0], len(child.maps))
