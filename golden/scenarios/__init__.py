"""The golden set's scenario templates. The training set's live in ``golden.train_scenarios``
and share none of these (a test checks it)."""

from golden.gen.registry import Registry

GOLDEN = Registry("golden")

from . import healthy, loghub_real, network, platform, workloads  # noqa: E402,F401
