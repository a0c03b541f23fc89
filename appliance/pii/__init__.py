"""Masking personal data in OpenAI requests and restoring it in answers.

Pure cores, no analyzer and no I/O: `vault` issues placeholders for one request, `walk` says
which fields of a request or response hold text and maps a function over them, `restore`
puts values back into streamed answers chunk by chunk, `answers` masks new values in the
model's answers (holding back in streams only what could still be part of one), `normalize`
undoes encodings before analysis. The analyzer that finds the spans is passed in by the
caller.
"""
