"""The training set's scenario templates: the same categories as the golden set, other
phrasings and ecosystems, and not one template in common with ``golden.scenarios``."""

from golden.gen.registry import Registry

TRAIN = Registry("train")

from . import platform, services  # noqa: E402,F401
