"""The wheel carries every file the package reads besides its modules: each tracked file
under appliance/ that is not Python is named by pyproject.toml's package-data."""

from __future__ import annotations

import fnmatch
import subprocess
import tomllib

from tests.conftest import ROOT


def test_every_data_file_of_the_package_is_in_its_package_data():
    tracked = subprocess.run(["git", "ls-files", "appliance"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split()
    data = [f for f in tracked if not f.endswith(".py")]
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"]
    listed = [f"{package.replace('.', '/')}/{pattern}"
              for package, patterns in package_data.items() for pattern in patterns]
    assert data, "no data files found: is this a git checkout?"
    missing = [f for f in data if not any(fnmatch.fnmatch(f, p) for p in listed)]
    assert missing == [], f"add to [tool.setuptools.package-data] in pyproject.toml: {missing}"
