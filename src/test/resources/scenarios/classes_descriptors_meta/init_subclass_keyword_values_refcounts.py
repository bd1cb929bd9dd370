import sys


class Tagged:
    def __init_subclass__(cls, tags=(), **kwargs):
        print("inside:", sys.getrefcount(tags))
        cls.tags = list(tags)


labels = ["fast", "safe"]
print("before:", sys.getrefcount(labels))


class Engine(Tagged, tags=labels):
    pass


print("after:", sys.getrefcount(labels))
print(Engine.tags, Engine.tags is labels)


class Collect:
    def __init_subclass__(cls, **options):
        print(sorted(options), sys.getrefcount(options))
        print("value:", sys.getrefcount(options["config"]))
        cls.options = options


config = {"debug": True}


class Service(Collect, config=config, retries=3):
    pass


print(Service.options, sys.getrefcount(config))
del Service
print(sys.getrefcount(config))
