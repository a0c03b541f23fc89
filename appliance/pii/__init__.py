"""Masking personal data in OpenAI requests and restoring it in answers.

Pure cores, no analyzer and no I/O: `vault` issues placeholders and keeps them per session,
`walk` says which fields of a request or response hold text and maps a function over them,
`restore` puts values back into streamed answers chunk by chunk. The analyzer that finds the
spans is passed in by the caller.
"""
