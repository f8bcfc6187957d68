"""Greedy, grammar-constrained generation made cheaper: the same tokens, fewer grammar checks,
and the answer's forced head evaluated with the prompt.

llama-cpp-python 0.3.36 samples with a llama.cpp chain, repeat penalties -> grammar -> greedy
(``Llama._init_sampler``), whose grammar step checks every token of the vocabulary (49,152 for
SmolLM2) at every step: about a third of the time it takes to generate a short JSON answer on
a 2-core CPU. At temperature 0 the answer is the highest-scoring token the grammar accepts, so
``GrammarFirstSampler`` asks the grammar about the best token, then about the best
``SHORTLIST``, and only when all of them are rejected about the whole vocabulary (llama.cpp's
own ``common_sampler`` checks the chosen token first for the same reason). The tokens are the
chain's, ties included (tested against it with the shipped model); only fewer are checked.

Generating a token costs several times what evaluating one with the prompt does, and an
answer's head is often forced by its grammar (``{"severity": "ERROR", "root_cause_category":
...`` when each enum has one value). ``GrammarFirstLlama.answer_prefix`` puts such a head after
the prompt, feeds it to the grammar as if sampled, and streams it in front of the first
generated text: the same answer text, in the tokenizer's own split of the head.

``GrammarFirstLlama`` does both whenever a call is greedy with a grammar and no logits
processor, and is a plain ``Llama`` otherwise. It relies on facts of 0.3.36 (read in its
source): chat handlers call ``create_completion(prompt=<tokens>, ..., stream=...)`` with
keywords; ``generate`` builds its sampler with ``self._init_sampler(**kw)`` when it starts and
only ever calls ``sample(ctx, idx)`` on it; llama.cpp's ``sample`` accepts the chosen token into
the chain (here: into the penalties and the grammar). This module imports llama_cpp: import it
only where the model is loaded.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator, Sequence
from typing import Any

import llama_cpp
import numpy as np
from llama_cpp import Llama, LlamaGrammar
from llama_cpp._internals import LlamaSampler

SHORTLIST = 32  # best tokens asked about when the best one is rejected
_TOKEN_DATA = np.dtype([("id", np.int32), ("logit", np.float32), ("p", np.float32)])


class GrammarFirstSampler:
    """The chain's greedy choice under penalties and a grammar, with fewer grammar checks."""

    def __init__(self, llama: Llama, grammar: LlamaGrammar, *, repeat_penalty: float,
                 frequency_penalty: float, presence_penalty: float) -> None:
        self._n_vocab = llama.n_vocab()
        self._penalties = LlamaSampler()
        self._penalties.add_penalties(  # as Llama._init_sampler adds them
            n_vocab=self._n_vocab, penalty_last_n=llama.last_n_tokens_size,
            penalty_repeat=repeat_penalty, penalty_freq=frequency_penalty,
            penalty_present=presence_penalty)
        self._grammar = LlamaSampler()
        self._grammar.add_grammar(llama._model, grammar)
        self._all = (llama_cpp.llama_token_data * self._n_vocab)()
        self._view = np.ctypeslib.as_array(self._all).view(_TOKEN_DATA)
        self._ids = np.arange(self._n_vocab, dtype=np.int32)
        self._few = (llama_cpp.llama_token_data * SHORTLIST)()
        self._few_view = np.ctypeslib.as_array(self._few).view(_TOKEN_DATA)
        self._few_view["p"] = 0.0
        #: how each token was found: the best one, the shortlist, the whole vocabulary
        self.checks = {"best": 0, "shortlist": 0, "vocabulary": 0}

    def advance(self, tokens: Sequence[int]) -> None:
        """Feed ``tokens`` (the answer's forced head, evaluated with the prompt) to the grammar
        and the penalties as if they had been sampled. ``ValueError`` when the grammar rejects
        one (before it is fed: a rejected token would abort llama.cpp)."""
        few = self._few_view
        for token in tokens:
            few["id"][0], few["logit"][0] = token, 0.0
            _apply(self._grammar.sampler, self._few, 1)
            if not np.isfinite(few["logit"][0]):
                raise ValueError(f"the grammar rejects the answer's head at token {token}")
            self._penalties.accept(token)
            self._grammar.accept(token)

    def sample(self, ctx: Any, idx: int = -1) -> int:
        logits = llama_cpp.llama_get_logits_ith(ctx.ctx, idx)
        view = self._view
        view["id"] = self._ids
        view["logit"] = np.ctypeslib.as_array(logits, shape=(self._n_vocab,))
        view["p"] = 0.0
        _apply(self._penalties.sampler, self._all, self._n_vocab)  # in place, order kept
        token = self._choose(view["logit"])
        self._penalties.accept(token)
        self._grammar.accept(token)
        return token

    def _choose(self, scores: np.ndarray) -> int:
        best = int(np.argmax(scores))  # the first of equal maxima, as llama.cpp's greedy
        if self._first_allowed(np.array([best]), scores) is not None:
            self.checks["best"] += 1
            return best
        top = np.argpartition(scores, -SHORTLIST)[-SHORTLIST:]
        top = top[np.lexsort((top, -scores[top]))]  # best first; ties by token id
        found = self._first_allowed(top, scores)
        if found is not None:
            self.checks["shortlist"] += 1
            return found
        self.checks["vocabulary"] += 1
        _apply(self._grammar.sampler, self._all, self._n_vocab)
        return int(np.argmax(self._view["logit"]))

    def _first_allowed(self, tokens: np.ndarray, scores: np.ndarray) -> int | None:
        """The first of ``tokens`` the grammar accepts next, or None."""
        n, few = len(tokens), self._few_view
        few["id"][:n] = tokens
        few["logit"][:n] = scores[tokens]
        _apply(self._grammar.sampler, self._few, n)  # rejected tokens get -inf
        allowed = np.flatnonzero(np.isfinite(few["logit"][:n]))
        return int(few["id"][allowed[0]]) if len(allowed) else None


def _apply(sampler: Any, data: Any, size: int) -> None:
    array = llama_cpp.llama_token_data_array(
        data=ctypes.cast(data, llama_cpp.llama_token_data_p), size=size, selected=-1,
        sorted=False)
    llama_cpp.llama_sampler_apply(sampler, ctypes.byref(array))


class GrammarFirstLlama(Llama):
    """A ``Llama`` whose greedy, grammar-constrained calls use ``GrammarFirstSampler``, and
    whose next such completion can start with a given head (``answer_prefix``)."""

    #: text the next greedy, grammar-constrained completion starts with (set under the
    #: generation lock, used once): evaluated with the prompt, fed to the grammar, and put in
    #: front of the first chunk of the answer
    answer_prefix: str | None = None
    _head: list[int] | None = None

    def create_completion(self, prompt: Any, *args: Any, **kwargs: Any) -> Any:
        prefix, self.answer_prefix = self.answer_prefix, None
        if (not prefix or args or not isinstance(prompt, list) or not kwargs.get("stream")
                or not _greedy(kwargs.get("grammar"), kwargs.get("temperature"), kwargs)):
            return super().create_completion(prompt, *args, **kwargs)
        head = self.tokenize(prefix.encode("utf-8"), add_bos=False, special=False)
        return self._prefixed(prefix, head, super().create_completion(prompt + head, **kwargs))

    def _prefixed(self, prefix: str, head: list[int], chunks: Any) -> Iterator[Any]:
        """The completion's stream with ``prefix`` in front of its first text; ``head`` (its
        tokens) goes to the sampler, which the completion creates when it starts."""
        self._head = head
        try:
            for chunk in chunks:
                choice = chunk["choices"][0]
                if prefix and choice["finish_reason"] is None:
                    choice["text"], prefix = prefix + choice["text"], ""
                yield chunk
        finally:
            self._head = None
            chunks.close()

    def _init_sampler(self, **kwargs: Any) -> Any:  # type: ignore[override]
        head, self._head = self._head, None
        grammar = kwargs.get("grammar")
        if grammar is None or not _greedy(grammar, kwargs.get("temp"), kwargs):
            return super()._init_sampler(**kwargs)
        sampler = GrammarFirstSampler(
            self, grammar, repeat_penalty=kwargs.get("repeat_penalty", 1.0),
            frequency_penalty=kwargs.get("frequency_penalty", 0.0),
            presence_penalty=kwargs.get("presence_penalty", 0.0))
        sampler.advance(head or [])
        return sampler


def _greedy(grammar: Any, temperature: Any, kwargs: dict[str, Any]) -> bool:
    """Whether a call samples greedily under a grammar (the case sampled here)."""
    return (grammar is not None and temperature == 0.0 and not kwargs.get("logits_processor")
            and not kwargs.get("mirostat_mode"))
