"""The render cache: a cached label is the label rendered afresh, another label is another
render, and the cache stays within its size."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cellchain.labels import render as render_module
from cellchain.labels.cache import ENTRY_OVERHEAD, RenderCache
from cellchain.labels.data import BagLabel
from cellchain.labels.render import FORMATS, render, render_uncached
from tests.unit.test_label_data import _fixed_labels, bag


@pytest.fixture(autouse=True)
def empty_cache() -> None:
    render_module._CACHE.clear()  # noqa: SLF001 - each test starts cold


@pytest.mark.parametrize("name", sorted(_fixed_labels()))
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_cached_render_is_byte_identical_to_an_uncached_one(name: str, fmt: str) -> None:
    label = _fixed_labels()[name]
    first = render(label, fmt)
    again = render(_fixed_labels()[name], fmt)  # an equal label built anew: a cache hit
    assert again is first
    assert first == render_uncached(label, fmt)


def test_a_label_with_other_content_renders_anew() -> None:
    label = bag()
    other = replace(label, storage="Store below -150 °C.")
    hits = render_module._CACHE.hits  # noqa: SLF001
    assert render(label, "svg") != render(other, "svg")
    assert render_module._CACHE.hits == hits  # noqa: SLF001
    assert b"Store below -150" in render(other, "svg")


def test_another_template_content_renders_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    label = bag()
    render(label, "zpl")
    real = render_module.template_info
    monkeypatch.setattr(render_module, "template_info",
                        lambda kind: replace(real(kind), sha256="f" * 64))
    misses = render_module._CACHE.misses  # noqa: SLF001
    render(label, "zpl")
    assert render_module._CACHE.misses == misses + 1  # noqa: SLF001


def _labels(n: int) -> list[BagLabel]:
    return [bag(subject_number=f"RAK{i:03d}") for i in range(n)]


def test_the_cache_is_bounded_and_forgets_the_least_recently_used() -> None:
    cache = RenderCache(max_bytes=3 * (100 + len("0") + ENTRY_OVERHEAD))
    for i in range(10):
        cache.get_or_render(i, lambda: b"x" * 100)
        cache.get_or_render(0, lambda: b"never rendered again while kept")
        assert cache.size_bytes <= cache.max_bytes
    assert len(cache) == 3
    assert cache.get_or_render(0, lambda: b"new") == b"x" * 100  # kept: used most recently
    assert cache.get_or_render(1, lambda: b"new") == b"new"  # evicted long ago


def test_a_render_larger_than_the_cache_is_returned_but_not_kept() -> None:
    cache = RenderCache(max_bytes=ENTRY_OVERHEAD + 1000)
    cache.get_or_render("small", lambda: b"s")
    assert cache.get_or_render("big", lambda: b"b" * 5000) == b"b" * 5000
    assert cache.get_or_render("k" * 5000, lambda: b"a long key counts too") == (
        b"a long key counts too")
    assert len(cache) == 1 and cache.get_or_render("small", lambda: b"other") == b"s"


def test_the_label_cache_holds_no_more_than_its_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    small = RenderCache(max_bytes=4 * (20_000 + ENTRY_OVERHEAD))
    monkeypatch.setattr(render_module, "_CACHE", small)
    for label in _labels(12):
        render(label, "svg")
        render(label, "zpl")
    assert 0 < len(small) < 24 and small.size_bytes <= small.max_bytes
