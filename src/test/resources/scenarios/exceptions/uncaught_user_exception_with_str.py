# An uncaught user exception is reported with its class name and its own __str__.
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return f"missing setting {self.key!r}"
print("loading")
raise ConfigError("timeout")
