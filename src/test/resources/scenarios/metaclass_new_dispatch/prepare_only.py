# A metaclass with only __prepare__: the body sees the prepared names, the class keeps them.
import gc, sys
class WithUnits(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return dict(KM=1000, M=1)
gc.collect()
class Track(metaclass=WithUnits):
    length = 5 * KM
print(gc.get_count())
print(Track.length, Track.KM, sys.getrefcount(Track))
