"""val44: 700 labelled prompts (420 with personal data, 280 clean), written blind from the
other parts. Domains: sailing regattas and harbours, mortgage brokers, hospices, wildfire
and forestry services, glass and ceramics studios, dairy farms, opera surtitles, IT asset
management, embassies and visas, cold-chain logistics, sports betting, blood banks,
property management, student housing, fashion rental, bookbinding, pilgrimage and heritage
tours, cycling races, animal shelters, payroll bureaus, swimming pools, tech conferences,
recording studios, local newspapers.

`prompts()` is built once with fixed seeds and cached; `build()` builds afresh; `meta()`
gives, per prompt, its template, shape, domain, the planted values and the culture and
script of each planted name."""

from __future__ import annotations

import random

from . import (
    Prompt,
    check,
    compose,
    val44_tpl_ca,
    val44_tpl_cb,
    val44_tpl_cc,
    val44_tpl_pa,
    val44_tpl_pb,
    val44_tpl_pc,
    val44_tpl_pd,
)
from .val44_gen import Renderer

SEED = 44_2025
N_PERSONAL, N_CLEAN = 420, 280

PERSONAL_TEMPLATES = val44_tpl_pa.T + val44_tpl_pb.T + val44_tpl_pc.T + val44_tpl_pd.T
CLEAN_TEMPLATES = val44_tpl_ca.T + val44_tpl_cb.T + val44_tpl_cc.T

_CACHE: dict[str, tuple[list[Prompt], list[dict]]] = {}


def _build() -> tuple[list[Prompt], list[dict]]:
    order = random.Random(SEED)
    slots = [("p", i % len(PERSONAL_TEMPLATES)) for i in range(N_PERSONAL)]
    slots += [("c", i % len(CLEAN_TEMPLATES)) for i in range(N_CLEAN)]
    order.shuffle(slots)
    renderer = Renderer(SEED + 7)
    prompts, metas = [], []
    for n, (kind, t) in enumerate(slots, 1):
        spec = (PERSONAL_TEMPLATES if kind == "p" else CLEAN_TEMPLATES)[t]
        name, shape, domain, template = spec[:4]
        pins = spec[4] if len(spec) > 4 else None
        pieces, info = renderer.render(template, pins)
        pid = f"val44-{n:04d}"
        prompt = compose(pid, shape, pieces)
        if kind == "c" and prompt.gold:
            raise ValueError(f"{pid}: clean template {name} planted values")
        if kind == "p" and not prompt.gold:
            raise ValueError(f"{pid}: personal template {name} planted nothing")
        prompts.append(prompt)
        metas.append({"id": pid, "template": name, "shape": shape, "domain": domain,
                      "clean": kind == "c", "names": info["names"], "planted": info["planted"],
                      "phone_countries": info["phones"], "decoys": info["decoys"]})
    check(prompts)
    return prompts, metas


def build() -> list[Prompt]:
    """A fresh build (equal to prompts())."""
    return _build()[0]


def _cached() -> tuple[list[Prompt], list[dict]]:
    if "v" not in _CACHE:
        _CACHE["v"] = _build()
    return _CACHE["v"]


def prompts() -> list[Prompt]:
    return _cached()[0]


def meta() -> list[dict]:
    return _cached()[1]
