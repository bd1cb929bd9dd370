class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ConfigError(f"port must be a number, got {text!r}") from e
    if not 0 < port < 65536:
        raise ConfigError(f"port {port} out of range")
    return port


settings = {"host": "localhost", "port": "8080", "backup_port": "80x"}
print("host:", settings["host"])
print("port:", parse_port(settings["port"]))
print("backup:", parse_port(settings["backup_port"]))
print("never printed")
