"""Log-template mining: generic masking and a streaming miner with JSON state.

``TemplateMiner.add(message)`` learns and returns the message's template id and text;
``match(message)`` only looks. ``state.dumps`` / ``state.loads`` persist a miner as JSON.
See ``miner.py`` for the algorithm and ``bench/loghub_ga.py`` for its accuracy on Loghub
(Zhu et al., ISSRE 2023; Jiang et al., ISSTA 2024).
"""

from .masking import WILDCARD, Masker
from .miner import Cluster, MatchResult, MinerConfig, TemplateMiner
from .state import dumps, loads

__all__ = ["WILDCARD", "Cluster", "Masker", "MatchResult", "MinerConfig", "TemplateMiner",
           "dumps", "loads"]
