"""Software, languages, services and assistants whose names the NER model takes for people or
places ("migrate cron jobs to Polars", "Cortana keeps mishearing my timer", "run Pascal
with Hadoop").

`SOFTWARE` is a hand-written list of well-known names. A person or place the NER model
finds is dropped when it is one of them, except where the name is a person's given name
too ("Julia", "Jasmine", "Bruno", "Pascal"): that one only when another name of the list,
no given name, stands in the same text ("run Pascal with Hadoop", "Bruno with Mocha").
"""

from __future__ import annotations

import functools
import re

SOFTWARE = frozenset({
    # languages
    "python", "java", "javascript", "typescript", "kotlin", "scala", "rust", "golang", "ruby",
    "perl", "php", "swift", "haskell", "erlang", "elixir", "clojure", "julia", "pascal",
    "delphi", "fortran", "cobol", "lua", "dart", "matlab", "ocaml", "prolog", "racket",
    "groovy", "crystal", "zig", "nim", "solidity", "webassembly", "bash", "powershell",
    # web and app frameworks, test tools
    "django", "flask", "fastapi", "rails", "laravel", "symfony", "spring", "express",
    "react", "angular", "vue", "svelte", "nextjs", "nuxt", "ember", "backbone", "jquery",
    "bootstrap", "tailwind", "flutter", "xamarin", "electron", "jest", "mocha", "jasmine",
    "karma", "cypress", "playwright", "selenium", "pytest", "junit", "rspec", "cucumber",
    "storybook", "webpack", "vite", "babel", "rollup", "gulp", "grunt", "bruno", "postman",
    "insomnia", "swagger", "gradle", "maven", "sbt", "bazel", "cargo", "poetry", "pipenv",
    "conda", "anaconda", "jupyter", "pandas", "polars", "numpy", "scipy", "sklearn",
    "pytorch", "tensorflow", "keras", "xgboost", "lightgbm", "spacy", "nltk", "hugging face",
    "langchain", "streamlit", "gradio", "dash", "plotly", "matplotlib", "seaborn", "bokeh",
    # data and infrastructure
    "postgres", "postgresql", "mysql", "mariadb", "sqlite", "oracle", "mongodb", "redis",
    "cassandra", "couchdb", "dynamodb", "neo4j", "elasticsearch", "opensearch", "kibana",
    "logstash", "grafana", "prometheus", "loki", "jaeger", "zipkin", "datadog", "splunk",
    "kafka", "rabbitmq", "zeromq", "pulsar", "flink", "spark", "hadoop", "hive", "presto",
    "trino", "airflow", "dagster", "prefect", "dbt", "snowflake", "databricks", "bigquery",
    "redshift", "clickhouse", "duckdb", "parquet", "avro", "iceberg", "delta lake",
    "tableau", "looker", "metabase", "superset", "excel", "power bi", "docker", "podman",
    "kubernetes", "helm", "terraform", "ansible", "puppet", "chef", "vagrant", "packer",
    "consul", "vault", "nomad", "nginx", "apache", "tomcat", "jetty", "caddy", "traefik",
    "envoy", "istio", "linkerd", "jenkins", "travis", "circleci", "gitlab", "github",
    "bitbucket", "jira", "confluence", "trello", "asana", "notion", "slack", "zoom", "teams",
    "figma", "sketch", "linux", "ubuntu", "debian", "fedora", "centos", "alpine", "arch",
    "windows", "macos", "android", "ios", "ipados", "chromeos", "freebsd", "openbsd",
    "vim", "neovim", "emacs", "vscode", "intellij", "pycharm", "eclipse", "xcode",
    "sentry", "celery", "gunicorn", "uvicorn", "nodejs", "deno", "bun", "graphql", "grpc",
    "protobuf", "openapi", "okta", "auth0", "keycloak", "stripe", "twilio", "sendgrid",
    "mailchimp", "hubspot", "salesforce", "zendesk", "intercom", "shopify", "wordpress",
    "drupal", "magento", "woocommerce", "heroku", "netlify", "vercel", "cloudflare",
    "fastly", "akamai", "openshift", "rancher", "argo", "argocd", "flux", "tekton",
    "vec", "hashmap", "arraylist", "lodash", "sinatra", "phoenix", "gin", "fiber", "koa",
    "hapi", "nestjs", "remix", "gatsby", "hugo", "jekyll", "astro", "qwik", "solid",
    "chrome", "chromium", "firefox", "safari", "opera", "brave", "vivaldi", "node",
    "chai", "sinon", "enzyme", "vitest", "testng", "nunit", "xunit", "axios", "redux", "mobx",
    # assistants and models
    "alexa", "siri", "cortana", "bixby", "jarvis", "chatgpt", "copilot", "gemini", "claude",
    "llama", "mistral", "mixtral", "gemma", "phi", "qwen", "falcon", "bard", "whisper",
    "dall-e", "midjourney", "jeeves",
    # blockchains, coins and wallets
    "bitcoin", "ethereum", "solana", "cardano", "polkadot", "litecoin", "dogecoin", "monero",
    "ripple", "tether", "chainlink", "tezos", "algorand", "avalanche", "polygon", "stellar",
    "cosmos", "tron", "hedera", "aptos", "arbitrum", "uniswap", "metamask", "coinbase",
    "binance", "kraken", "trezor", "ouroboros",
})  # fmt: skip

_WORD = re.compile(r"[^\W\d_][\w.+#-]*")


@functools.cache
def _unambiguous() -> frozenset[str]:
    """The names of `SOFTWARE` that are no known given name."""
    from appliance.pii.known_names import folded, known_names

    given, _ = known_names()
    return frozenset(n for n in SOFTWARE if folded(n) not in given)


def is_software(text: str, value: str) -> bool:
    """Whether `value`, a person or place the NER model found in `text`, is a name of
    `SOFTWARE` (one that is a given name too only beside another that is none)."""
    name = value.lower()
    if name not in SOFTWARE:
        return False
    if name in _unambiguous():
        return True
    return any(w.lower() in _unambiguous() and w.lower() != name for w in _WORD.findall(text))
