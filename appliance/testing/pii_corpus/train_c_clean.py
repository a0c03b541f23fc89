"""Clean templates for train_c: developer and helpdesk traffic with no personal data at all.

Written blind, from the author's own head (only `__init__.py` and `validity.py` of the corpus
were read). Every `{{slot}}` is a decoy from `train_c_values.decoy`: products, brands and
companies (some named after people, which are not PERSON), codenames, teams, rooms, ships,
horses and pet products, colours and finishes, foods and drinks, holidays, weekdays and
months, job titles, Title Case headings, CamelCase identifiers, and numbers that look like
contacts but are order numbers, versions, hashes and tracking codes. Literal text uses
given-name words as words ("Will", "Grace period", "Rose Gold") and holds no person or place.
"""

from __future__ import annotations

TEMPLATES: tuple[tuple[str, str], ...] = (
    # --- logs ---
    ("log", "{{ts}} {{lvl}} [{{svc}}] request {{uuid}} completed in {{ms}}ms status={{status}}"),
    ("log", "{{ts}} WARN {{camel}}: retry 3/5 for order {{order}} (tracking {{track}})"),
    (
        "log",
        'level=error msg="upstream timeout" svc={{svc}} host={{host}} version={{ver}} commit={{sha}}',
    ),
    (
        "log",
        "{{ts}} INFO scheduler: job nightly-rollup finished, {{int}} rows, next run {{weekday}} {{time}}",
    ),
    (
        "log",
        '{"level":"info","ts":"{{ts}}","msg":"cache warmed","keys":{{int}},"build":"{{ver}}","pod":"{{pod}}"}',
    ),
    ("log", '{{time}} {{lvl}} FeatureFlag "{{thing}}" toggled on for {{pct}} of tenants'),
    ("log", '{{method}} {{path}} {{status}} {{ms}}ms ua="{{product}}/{{ver}}" req_id={{sha}}'),
    ("log", "{{ts}} ALERT level={{colour}} {{svc}} p99 latency {{ms}}ms above SLO ({{heading}})"),
    # --- stack traces ---
    (
        "trace",
        'Traceback (most recent call last):\n  File "/srv/app/{{svc}}/jobs.py", line {{line}}, in run\n    {{camel}}().build(order_id="{{order}}")\nKeyError: \'{{sha}}\'',
    ),
    (
        "trace",
        'Exception in thread "main" java.lang.NullPointerException\n\tat com.acme.{{camel}}.apply({{camel}}.java:{{line}})\n\tat com.acme.{{camel}}.run(Main.java:{{line}})',
    ),
    (
        "trace",
        "Error: Cannot find module '{{svc}}/dist/index.js'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:{{line}}:15)\nNode.js v{{ver}}",
    ),
    (
        "trace",
        "thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/{{svc}}.rs:{{line}}:9",
    ),
    # --- commits, PRs ---
    (
        "commit",
        "commit {{sha}}\nDate: {{weekday}} {{date}}\n\n    feat({{svc}}): add {{camel}} with exponential backoff\n\n    Refs: {{ticket}}",
    ),
    ("commit", "fix: Rose Gold swatch rendered as {{colour}} on the product page ({{ticket}})"),
    ("commit", "{{sha}} bump {{product}} from {{ver}} to {{ver}}"),
    (
        "commit",
        "Merge branch '{{branch}}' into main\n\n{{int}} files changed, {{int}} insertions(+), {{int}} deletions(-)",
    ),
    ("commit", "docs: rename {{heading}} section, will revisit after {{holiday}}"),
    (
        "pr",
        "## {{heading}}\nThis PR migrates {{svc}} to {{product}} {{ver}}.\n\n- [x] tests\n- [ ] changelog\n\nRelated: {{ticket}}, {{ticket}}",
    ),
    (
        "pr",
        "PR #{{pr}} {{camel}}: drop the Grace period flag, it was never read. Reviewed by the {{team}}.",
    ),
    (
        "pr",
        "Codename {{codename}} is go for {{month}}. {{brand}} integration stays behind a flag until {{holiday}}.",
    ),
    ("pr", "Adds the Hope Foundation donation SKU ({{order}}) and the Summer sale banner."),
    # --- code ---
    (
        "python",
        'def test_total():\n    cart = Cart(sku="{{order}}", qty={{int}})\n    assert cart.total() == Decimal("{{price}}".lstrip("$€£"))',
    ),
    (
        "python",
        "# NOTE: will break if {{product}} < {{ver}}\nfrom {{svc}}.core import {{camel}}\n\nclient = {{camel}}(timeout={{int}})",
    ),
    (
        "python",
        'THEMES = {"rose-gold": "Rose Gold", "jade": "Jade Green", "ivory": "Ivory", "holly": "Holly Green"}',
    ),
    (
        "python",
        ">>> import pandas as pd\n>>> df = pd.read_csv('iris.csv')  # the Iris dataset\n>>> df.shape\n({{int}}, 5)",
    ),
    (
        "python",
        'class {{camel}}:\n    """Builds the {{heading}} report every {{weekday}}."""\n\n    max_retries: int = {{int}}',
    ),
    (
        "python",
        '# Ruby gems and npm packages are mirrored nightly; pip is next ({{ticket}})\nMIRRORS = ["{{host}}"]',
    ),
    (
        "javascript",
        "const palette = ['{{colour}}', '{{colour}}', 'Rose Gold'];\nexport default function Swatch() { return palette.map(render); }",
    ),
    (
        "javascript",
        "// will remove after {{month}} release\nif (flags.maxPlan && version >= '{{ver}}') { enableSummerSale(); }",
    ),
    (
        "javascript",
        "fetch('{{path}}', { method: '{{method}}' }).then(r => r.json()).catch(() => retry({{int}}));",
    ),
    (
        "javascript",
        "export const ORDER_PREFIX = 'ORD-';\nexport const TRACKING_RE = /^1Z[0-9A-Z]{16}$/; // e.g. {{track}}",
    ),
    ("sql", "SELECT sku, SUM(qty) FROM order_lines WHERE order_id = '{{order}}' GROUP BY sku;"),
    (
        "sql",
        "CREATE INDEX CONCURRENTLY idx_orders_created ON orders (created_at) WHERE status <> 'cancelled'; -- {{ticket}}",
    ),
    (
        "sql",
        "SELECT finish, COUNT(*) FROM phone_cases WHERE finish IN ('Rose Gold', 'Space Grey', '{{colour}}') GROUP BY 1;",
    ),
    (
        "dump",
        "INSERT INTO products (sku, name, price) VALUES ('{{order}}', '{{product}} licence', {{int}}.00), ('{{order}}', '{{food}} voucher', 12.50);",
    ),
    (
        "dump",
        "INSERT INTO feature_flags (key, enabled, rollout) VALUES ('{{svc}}.{{camel}}', true, {{int}});",
    ),
    (
        "go",
        "func (s *{{camel}}) Retry(ctx context.Context) error {\n\t// will give up after {{int}} attempts\n\treturn backoff.Retry(s.call, backoff.WithMaxRetries(b, {{int}}))\n}",
    ),
    ("go", 'const Version = "{{ver}}" // build {{sha}}'),
    (
        "shell",
        '$ kubectl rollout status deploy/{{svc}} -n {{env}}\ndeployment "{{svc}}" successfully rolled out',
    ),
    (
        "shell",
        "docker build -t registry.local/{{svc}}:{{ver}} . && docker push registry.local/{{svc}}:{{ver}}",
    ),
    (
        "shell",
        "$ git bisect good {{sha}}\nBisecting: {{int}} revisions left to test after this (roughly 6 steps)",
    ),
    (
        "shell",
        'for f in *.parquet; do aws s3 cp "$f" s3://lake-{{env}}/raw/{{date}}/; done  # will take a while',
    ),
    # --- configs ---
    (
        "yaml",
        "service: {{svc}}\nimage: registry.local/{{svc}}:{{ver}}\nreplicas: {{int}}\nalerts:\n  level: Amber\n  channel: '#ops-{{env}}'",
    ),
    (
        "yaml",
        "theme:\n  primary: {{colour}}\n  accent: Rose Gold\n  font: Inter\nrelease: {{codename}}",
    ),
    (
        "toml",
        '[tool.poetry]\nname = "{{svc}}"\nversion = "{{ver}}"\n\n[tool.poetry.dependencies]\npython = "^3.11"',
    ),
    (
        "ini",
        "[cache]\nbackend = redis\nttl = {{int}}\n; will move to {{product}} after {{holiday}}",
    ),
    ("env", "APP_ENV={{env}}\nRELEASE={{ver}}\nCOMMIT_SHA={{sha}}\nMAX_PLAN_SEATS={{int}}"),
    # --- JSON, tool calls, API ---
    (
        "json",
        '{"order": "{{order}}", "items": [{"sku": "{{order}}", "finish": "{{colour}}"}], "tracking": "{{track}}", "total": "{{price}}"}',
    ),
    (
        "json",
        '{"ship": "{{vessel}}", "eta": "{{date}}", "container": "MSKU{{int}}", "status": "in transit"}',
    ),
    (
        "json",
        '{"team": "{{team}}", "codename": "{{codename}}", "room": "{{room}}", "day": "{{weekday}}"}',
    ),
    (
        "ndjson",
        '{"sku":"{{order}}","qty":{{int}}}\n{"sku":"{{order}}","qty":{{int}}}\n{"sku":"{{order}}","qty":0,"note":"Summer sale"}',
    ),
    (
        "toolcall",
        '{"tool": "create_ticket", "arguments": {"title": "{{heading}}", "priority": "P3", "component": "{{svc}}"}}',
    ),
    ("toolcall", 'tool_call: search_orders(order_id="{{order}}", include_tracking=true)'),
    (
        "toolcall",
        '{"name": "get_release_notes", "arguments": {"product": "{{product}}", "version": "{{ver}}"}}',
    ),
    (
        "api",
        'POST /v2/orders HTTP/1.1\nIdempotency-Key: {{uuid}}\n\n{"sku": "{{order}}", "qty": {{int}}, "colour": "{{colour}}"}',
    ),
    ("api", "GET /v1/tracking/{{track}} -> {{status}} in {{ms}}ms"),
    # --- CSV, markdown ---
    (
        "csv",
        "sku,product,finish,price\n{{order}},{{product}} case,Rose Gold,{{price}}\n{{order}},{{product}} case,{{colour}},{{price}}",
    ),
    (
        "csv",
        "date,build,duration_ms,result\n{{date}},{{ver}},{{ms}},pass\n{{date}},{{ver}},{{ms}},fail",
    ),
    ("csv", "horse,race,odds\n{{vessel}},{{holiday}} Stakes,7/2\nThunderbolt,Maiden Plate,11/4"),
    (
        "markdown",
        "## {{heading}}\n\n| Service | Version | Owner |\n|---|---|---|\n| {{svc}} | {{ver}} | {{team}} |\n| {{svc}} | {{ver}} | {{team}} |",
    ),
    (
        "markdown",
        "# {{heading}}\n\n1. Bump {{product}} to {{ver}}\n2. Run the **{{camel}}** migration\n3. Announce in #releases on {{weekday}}",
    ),
    ("markdown", "> **Note** The {{role}} must sign off before the {{month}} freeze."),
    # --- tickets, CI, k8s, cron, rota, codeowners ---
    (
        "ticket",
        "{{ticket}} [P3] {{product}} sync fails for order {{order}}\nComponent: {{svc}}\nAffects version: {{ver}}",
    ),
    (
        "ticket",
        "Summary: Amber alert on {{svc}} every {{weekday}} night\nPriority: Medium\nLabels: flaky, {{env}}",
    ),
    ("ticket", "Request: order 3 {{brand}} docks for {{room}}, PO {{order}}, budget {{price}}"),
    (
        "ticket",
        "Access request: {{role}} needs read-only on {{product}} ({{env}}), approver: {{role}}",
    ),
    (
        "ticket",
        "The Hope Foundation charity portal returns {{status}} on checkout; donation SKU {{order}}",
    ),
    (
        "ci",
        "Run #{{int}} on {{branch}}: 412 passed, 3 skipped in {{ms}}s\nArtifacts: {{svc}}-{{ver}}.tar.gz (sha256 {{sha}})",
    ),
    ("ci", "FAILED tests/test_{{svc}}.py::test_retry_budget - assert {{int}} == {{int}}"),
    ("ci", "Step 4/9 : RUN pip install -r requirements.txt\n ---> Using cache\n ---> {{sha}}"),
    (
        "k8s",
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{svc}}-config\n  annotations:\n    team: "{{team}}"\ndata:\n  RELEASE: "{{ver}}"',
    ),
    (
        "k8s",
        "NAME                       READY   STATUS             RESTARTS\n{{pod}}   0/1     CrashLoopBackOff   {{int}}\n{{pod}}   1/1     Running            0",
    ),
    (
        "crontab",
        "0 3 * * 0 /opt/jobs/vacuum.sh >> /var/log/vacuum.log 2>&1\n# will move to {{product}} schedules in {{month}}",
    ),
    ("crontab", "*/5 * * * * curl -fsS https://status.internal/ping/{{uuid}} > /dev/null"),
    (
        "rota",
        "On-call rota {{month}}: {{team}} (weeks 1-2), {{team}} (weeks 3-4). Escalation: {{role}}.",
    ),
    ("rota", "{{holiday}} cover: {{team}} owns {{svc}}; the {{role}} is the backup."),
    (
        "codeowners",
        "# CODEOWNERS\n/infra/        @acme/platform\n/billing/**    @acme/payments-squad\n*.tf           @acme/sre-guild",
    ),
    (
        "html",
        '<ul class="finishes"><span>{{colour}}</span><span>Rose Gold</span></ul><button>Add to cart ({{price}})</button>',
    ),
    (
        "xml",
        "<dependency><groupId>org.{{svc}}</groupId><artifactId>{{svc}}-core</artifactId><version>{{ver}}</version></dependency>",
    ),
    # --- helpdesk chats ---
    (
        "chat",
        "hi, my {{brand}} laptop won't wake from sleep since the {{product}} update, ticket {{ticket}}",
    ),
    (
        "chat",
        "is the {{product}} outage related to the {{codename}} rollout? our {{team}} can't deploy",
    ),
    (
        "chat",
        "Will the {{month}} release include the {{colour}} theme? Grace period for the old one ends {{date}}.",
    ),
    ("chat", "hope this helps, just clear the cache and restart {{product}}"),
    ("chat", "can you book {{room}} for the {{heading}} on {{weekday}} at {{time}}?"),
    ("chat", "order {{order}} shipped, tracking {{track}}, arriving {{weekday}}"),
    ("chat", "our {{role}} wants a quote for {{int}} seats of the Max plan"),
    ("chat", "lunch order: {{food}}, {{food}} and a {{food}} for the war room pls"),
    ("chat", "the {{vessel}} build agent is down again, who restarts it?"),
    ("chat", "THE {{product}} LICENSE EXPIRED AGAIN, ORDER {{order}} NEVER ACTIVATED"),
    ("chat", "what does error {{sha}} mean in {{product}} {{ver}}"),
    (
        "chat",
        "voice transcript the printer on floor three says paper jam again can someone come up",
    ),
    ("chat", "Frank feedback from the retro: the {{codename}} docs are out of date."),
    ("chat", "Ford and Tesla fleet APIs both return {{status}}, anyone else seeing this?"),
    ("chat", "we had Ben & Jerry's in the {{room}} for the {{holiday}} party, the fridge is full"),
    ("chat", "the Dean's office wants the {{heading}} slides by {{weekday}}"),
    ("chat", "May I ask whether the {{product}} seats renew in {{month}} or June?"),
    (
        "chat",
        "River City release is frozen until after {{holiday}}; Ruby and Python builds are unaffected",
    ),
    (
        "chat",
        "Can the Account Manager resend invoice {{order}}? It shows {{price}} instead of {{price}}.",
    ),
    ("chat", "Bosch dishwasher in the kitchen is leaking again, facilities ticket {{ticket}}"),
    (
        "chat",
        "is the Iris scanner at the lab door part of {{product}} or the {{brand}} badge system?",
    ),
    (
        "chat",
        "Daisy chain the two {{brand}} monitors or use the dock? Summer interns start {{weekday}}.",
    ),
    (
        "chat",
        "my Joy-Con controller is not a helpdesk issue I know, but the {{room}} TV needs HDMI",
    ),
    (
        "chat",
        "Support version {{ver}} ends in {{month}}; hash {{sha}}, order {{order}}, call ref {{int}}-{{int}}",
    ),
    ("chat", "Robin Hood mode in the load balancer is just weighted round robin, right?"),
    ("chat", "the Penny stock tracker widget is using {{pct}} CPU on the {{colour}} dashboards"),
    ("chat", "thanks, will do! the {{codename}} dashboard looks great now"),
    (
        "chat",
        "Agent: Hi, you're through to the service desk. How can I help?\nCaller: the {{product}} client keeps asking for a licence key, order {{order}}.",
    ),
    ("chat", "Speaker 1: is {{svc}} down?\nSpeaker 2: only in {{env}}, rolling back to {{ver}}"),
    ("chat", "Best regards,\nService Desk\n{{company}} | {{team}}\nRef: {{ticket}}"),
)
