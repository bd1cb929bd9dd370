# Config layering: command line over environment over defaults. Lookups search the maps in
# order; iteration follows a dict built from the maps taken last to first.
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest', 'verbose': False}
env = {'user': 'admin', 'home': '/root'}
cli = {'verbose': True}
config = ChainMap(cli, env, defaults)

print(config['color'], config['user'], config['verbose'])
print(len(config), 'home' in config, 'shell' in config)
print(config.get('shell'), config.get('shell', '/bin/sh'), config.get('user', 'x'))
print(list(config))
print(config.keys())
print(list(config.values()))
for key, value in config.items():
    print(key, '=', value)
print(dict(config))
print({**config})
print('{user} uses {color}'.format_map(config))
try:
    config['shell']
except KeyError as e:
    print('KeyError', repr(e))
print(config)
print(ChainMap(), ChainMap().maps, len(ChainMap()), bool(ChainMap()), bool(config))
