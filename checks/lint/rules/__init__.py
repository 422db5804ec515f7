"""The lint rules, one module each; importing this package registers every one.

A rule module holds one pure function over the text, registered with
`checks.lint.registry.rule`. The modules are found by listing this package, so
adding a rule is adding its file: there is no import list to keep.
"""

from importlib import import_module
from pkgutil import iter_modules

for _module in iter_modules(__path__):
    import_module(f"{__name__}.{_module.name}")
del _module
