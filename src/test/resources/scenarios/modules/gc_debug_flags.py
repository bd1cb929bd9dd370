# gc debug flags: get_debug, set_debug and the DEBUG_* constants.
import gc
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())
