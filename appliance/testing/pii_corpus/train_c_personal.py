"""Personal-data templates for train_c: developer, DevOps, data, security and helpdesk traffic.

Written blind, from the author's own head (only `__init__.py` and `validity.py` of the corpus
were read). Each template is (shape, text); `{{slot}}` marks a value. Person slots are `p`
(any person) and `w` (a person whose given name is an everyday word), numbered to plant
several people, with a form: `.any` (default), `.full`, `.first`, `.last`, `.sfirst`
(surname first), `.init`, `.lower`, `.upper`, `.handle` (an @-mention, the "@" outside),
`.email`. Places: `city`, `region`, `country`, `loc`, `addr`. Structured values: `phone`,
`email`, `card`, `iban`, `ssn`, `acct`, `ip`, `ip4`, `ip6`. Anything else is a decoy (see
`train_c_values.decoy`) and carries no gold span. A slot used twice is the same value twice.
"""

from __future__ import annotations

TEMPLATES: tuple[tuple[str, str], ...] = (
    # --- application and access logs ---
    (
        "log",
        '{{ts}} {{lvl}} [{{svc}}] login succeeded user="{{p1.full}}" src={{ip}} session={{uuid}}',
    ),
    (
        "log",
        '{{ip}} - - [{{ts}}] "{{method}} {{path}} HTTP/1.1" {{status}} {{int}} "-" "Mozilla/5.0" user={{p1.email}}',
    ),
    (
        "log",
        'level=warn msg="password reset requested" actor="{{p1.any}}" email={{p1.email}} ip={{ip4}} trace_id={{sha}}',
    ),
    (
        "log",
        '[{{ts}}] AUDIT {{svc}}: {{p1.full}} changed billing address to "{{addr}}" (request {{uuid}})',
    ),
    (
        "log",
        "{{ts}} sshd[{{int}}]: Accepted publickey for deploy from {{ip4}} port {{int}} ssh2 # key owner: {{p1.full}}",
    ),
    ("log", "{{time}} WARN  failed login for {{p1.lower}} from {{ip}} ({{city}}), attempt 3 of 5"),
    (
        "log",
        '{"level":"info","ts":"{{ts}}","svc":"{{svc}}","msg":"profile updated","name":"{{p1.full}}","phone":"{{phone}}"}',
    ),
    ("log", '{{ts}} ERROR {{camel}} - could not geocode "{{addr}}" for customer {{p1.sfirst}}'),
    (
        "log",
        "[{{lvl}}] {{ts}} geoip: {{ip4}} resolved to {{city}}, {{country}} for user {{p1.handle}}",
    ),
    (
        "log",
        "{{ts}} kernel audit: uid=1004({{p1.handle}}) exe=/usr/bin/sudo res=failed host={{host}}",
    ),
    ("log", "{{ts}} INFO payout queued: beneficiary={{p1.upper}} iban={{iban}} amount={{price}}"),
    (
        "log",
        "{{ts}} DEBUG sms-gateway: sending OTP to {{phone}} for {{p1.full}} (template otp_v{{int}})",
    ),
    # --- stack traces ---
    (
        "trace",
        'Traceback (most recent call last):\n  File "/srv/app/{{svc}}/handlers.py", line {{line}}, in send_invoice\n    mailer.send(to="{{p1.email}}", name="{{p1.full}}")\nSMTPRecipientsRefused: {\'{{p1.email}}\': (550, b\'mailbox unavailable\')}',
    ),
    (
        "trace",
        "java.lang.IllegalStateException: duplicate customer record for {{p1.full}} ({{p1.email}})\n\tat com.acme.crm.{{camel}}.merge({{camel}}.java:{{line}})\n\tat com.acme.crm.SyncJob.run(SyncJob.java:{{line}})",
    ),
    (
        "trace",
        'panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV]\ngoroutine 1 [running]:\nmain.shipTo(0x0, {"{{p1.full}}", "{{addr}}"})\n\t/app/cmd/{{svc}}/main.go:{{line}} +0x1d',
    ),
    (
        "trace",
        "TypeError: Cannot read properties of undefined (reading 'zip')\n    at formatAddress (src/checkout/address.js:{{line}}:17)\n  // payload: {name: '{{p1.full}}', city: '{{city}}', country: '{{country}}'}",
    ),
    (
        "trace",
        "ValidationError: 1 validation error for Customer\nphone\n  value is not a valid phone number [type=value_error, input_value='{{phone}}'] (customer: {{p1.any}})",
    ),
    (
        "trace",
        'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=({{p1.email}}) already exists.\nhelp pls, {{p2.first}} says this started after {{ver}}',
    ),
    # --- git commits, blame, PRs ---
    (
        "commit",
        "commit {{sha}}\nAuthor: {{p1.full}} <{{p1.email}}>\nDate:   {{weekday}} {{date}}\n\n    fix: handle empty {{camel}} in retry loop\n\n    Co-authored-by: {{p2.full}} <{{p2.email}}>",
    ),
    (
        "commit",
        "{{sha}} Merge pull request #{{pr}} from {{p1.handle}}/{{branch}}\n\nreviewed by {{p2.any}} and {{p3.any}}",
    ),
    (
        "commit",
        'Revert "{{camel}}: cache tokens"\n\nThis reverts commit {{sha}}. {{p1.first}} found it leaks sessions between tenants.\n\nReported-by: {{p2.full}} <{{p2.email}}>',
    ),
    (
        "commit",
        "chore(deps): bump {{product}} to {{ver}}\n\nSigned-off-by: {{p1.full}} <{{p1.email}}>",
    ),
    ("commit", "wip - dont merge. {{p1.lower}} asked for the {{city}} timezone fix first"),
    (
        "blame",
        "{{sha}} ({{p1.full}} {{date}} {{line}})     # TODO({{p1.handle}}): remove after {{month}} migration\n{{sha}} ({{p2.full}} {{date}} {{line}})     retries = 3",
    ),
    (
        "blame",
        "$ git blame -L {{line}},+3 src/billing.py\n^{{sha}} ({{p1.sfirst}} {{date}}) def charge(card):\n{{sha}} ({{p2.init}} {{date}})     # {{p2.first}}: never log the PAN\n{{sha}} ({{p1.sfirst}} {{date}})     return gateway.charge(card)",
    ),
    (
        "blame",
        "git shortlog -sn\n   {{int}}  {{p1.full}}\n   {{int}}  {{p2.full}}\n   {{int}}  {{p3.upper}}\n    {{int}}  dependabot[bot]",
    ),
    (
        "pr",
        "## Summary\nMoves the {{svc}} cron to UTC. Thanks @{{p1.handle}} for the repro!\n\n## Testing\nRan against staging; {{p2.first}} confirmed invoices for the {{city}} office look right.\n\ncc @{{p3.handle}}",
    ),
    (
        "pr",
        "PR #{{pr}}: {{camel}} refactor\nReviewers: {{p1.any}}, {{p2.any}}\nAssignee: {{p3.full}}\nLabels: backend, needs-qa",
    ),
    (
        "pr",
        "LGTM but please ask {{w1.first}} if she can cover the rollout on {{weekday}}; {{p1.first}} is out.",
    ),
    (
        "pr",
        "> {{p1.first}} wrote:\n> can we not hardcode the fixture email?\n\nDone, switched {{p2.email}} to a faker value. @{{p1.handle}} PTAL",
    ),
    (
        "pr",
        "Closes #{{pr}}. Customer {{p1.full}} ({{country}}) hit this when the postcode had a space. {{p2.first}}, {{p3.first}} and {{p4.first}} please review.",
    ),
    # --- Python ---
    (
        "python",
        'def test_invoice_address():\n    customer = Customer(name="{{p1.full}}", email="{{p1.email}}")\n    customer.address = "{{addr}}"\n    assert render(customer).startswith("Dear {{p1.first}}")',
    ),
    (
        "python",
        '# {{p1.init}} {{date}}: the {{region}} VAT rules differ, see {{ticket}}\nVAT_OVERRIDES = {"{{region}}": 0.19}',
    ),
    (
        "python",
        'class Fixtures:\n    """Seed data. Ask {{p1.first}} before changing."""\n\n    USERS = [\n        ("{{p2.full}}", "{{p2.email}}", "{{phone}}"),\n        ("{{p3.full}}", "{{p3.email}}", None),\n    ]',
    ),
    (
        "python",
        'payload = {"holder": "{{p1.upper}}", "card": "{{card}}", "exp": "0{{int}}/29"}  # FIXME remove real card, {{p2.first}}!',
    ),
    (
        "python",
        ">>> df[df.city == '{{city}}'].head(2)\n   id            name                  email\n0  {{int}}  {{p1.full}}  {{p1.email}}\n1  {{int}}  {{p2.full}}  {{p2.email}}",
    ),
    ("python", 'logger.info("sending welcome pack to %s at %s", "{{p1.full}}", "{{addr}}")'),
    (
        "python",
        'def greet(name: str) -> str:\n    """>>> greet("{{p1.first}}")\n    \'Hello, {{p1.first}}!\'\n    """\n    return f"Hello, {name}!"',
    ),
    (
        "python",
        'OWNER = "{{p1.full}}"  # on-call escalation, phone {{phone}}\nREGION = "{{region}}"',
    ),
    (
        "python",
        'resp = client.post("/v1/kyc", json={"name": "{{p1.full}}", "ssn": "{{ssn}}", "country": "{{country}}"})\nassert resp.status_code == {{status}}',
    ),
    # --- JavaScript ---
    (
        "javascript",
        "const user = { name: '{{p1.full}}', email: '{{p1.email}}', city: '{{city}}' };\nawait api.users.create(user); // {{p1.first}} asked for this in {{ticket}}",
    ),
    (
        "javascript",
        "// TODO({{p1.handle}}): drop this once {{p2.any}} ships the new {{camel}}\nexport const FALLBACK_LOCALE = 'en';",
    ),
    (
        "javascript",
        'it(\'formats the shipping label\', () => {\n  expect(label({ to: "{{p1.full}}", address: "{{addr}}" })).toMatchSnapshot();\n});',
    ),
    (
        "javascript",
        "console.log(`charging ${amount} to {{card}} for {{p1.full}}`); // remove before merge",
    ),
    (
        "javascript",
        '<UserCard name="{{p1.full}}" location="{{city}}, {{country}}" avatar={avatarUrl} />',
    ),
    # --- SQL and dumps ---
    (
        "sql",
        "SELECT id, email FROM customers WHERE last_name = '{{p1.last}}' AND first_name = '{{p1.first}}';",
    ),
    (
        "sql",
        "UPDATE accounts SET iban = '{{iban}}' WHERE holder = '{{p1.full}}'; -- requested by {{p2.any}} in {{ticket}}",
    ),
    (
        "sql",
        "-- why does this return two rows for {{p1.full}}?\nSELECT * FROM orders o JOIN users u ON u.id = o.user_id WHERE u.email = '{{p1.email}}';",
    ),
    (
        "sql",
        "SELECT name, city FROM employees WHERE city IN ('{{city1}}', '{{city2}}') ORDER BY name;\n-- expected {{p1.full}} and {{p2.full}}",
    ),
    (
        "dump",
        "INSERT INTO `users` (`id`, `name`, `email`, `phone`) VALUES\n({{int}}, '{{p1.full}}', '{{p1.email}}', '{{phone}}'),\n({{int}}, '{{p2.full}}', '{{p2.email}}', NULL);",
    ),
    (
        "dump",
        "INSERT INTO payroll (employee, ssn, bank_account) VALUES ('{{p1.full}}', '{{ssn}}', '{{acct}}');  -- acct = direct deposit account number",
    ),
    (
        "dump",
        "COPY public.addresses (id, person, street, country) FROM stdin;\n{{int}}\t{{p1.full}}\t{{addr}}\t{{country}}\n\\.",
    ),
    (
        "dump",
        "INSERT INTO contacts VALUES (DEFAULT, '{{p1.sfirst}}', '{{city}}', '{{p1.email}}', now());",
    ),
    # --- Go ---
    (
        "go",
        'func TestNotify(t *testing.T) {\n\tu := User{Name: "{{p1.full}}", Email: "{{p1.email}}"}\n\tif err := notify(u); err != nil {\n\t\tt.Fatalf("notify %s: %v", u.Name, err)\n\t}\n}',
    ),
    (
        "go",
        '// Owner: {{p1.full}}. Ping {{p2.first}} if the {{region}} feed breaks.\nvar defaultRegion = "{{region}}"',
    ),
    ("go", 'log.Printf("geo: %s -> %s", "{{ip4}}", "{{city}}") // seen for {{p1.any}} in prod'),
    # --- shell ---
    (
        "shell",
        '$ curl -X POST https://api.example.com/v2/customers -d \'{"name":"{{p1.full}}","phone":"{{phone}}"}\'\n{"id":"{{uuid}}","status":"created"}',
    ),
    (
        "shell",
        '# added by {{p1.full}} on {{date}}\nexport GIT_AUTHOR_NAME="{{p1.full}}"\nexport GIT_AUTHOR_EMAIL="{{p1.email}}"',
    ),
    (
        "shell",
        "ssh {{ip4}} 'sudo usermod -aG docker {{p1.handle}}'  # for {{p1.first}}, approved by {{p2.any}}",
    ),
    (
        "shell",
        "$ grep -i '{{p1.last}}' /var/log/{{svc}}/access.log | tail -2\n{{ip}} GET /account 200 user={{p1.email}}\n{{ip}} POST /account/card 402 user={{p1.email}}",
    ),
    (
        "shell",
        'git config --global user.name "{{p1.full}}" && git config --global user.email {{p1.email}}',
    ),
    # --- config files ---
    (
        "yaml",
        "maintainers:\n  - name: {{p1.full}}\n    email: {{p1.email}}\n  - name: {{p2.full}}\n    email: {{p2.email}}\nregion: {{region}}",
    ),
    (
        "yaml",
        'alerting:\n  escalation:\n    primary: {{p1.full}}  # {{phone}}\n    secondary: {{p2.any}}\n  quiet_hours: "22:00-07:00"',
    ),
    (
        "yaml",
        'site:\n  office: {{city}}\n  address: "{{addr}}"\n  contact: {{p1.full}}\n  tel: "{{phone}}"',
    ),
    (
        "toml",
        '[package]\nname = "{{svc}}"\nversion = "{{ver}}"\nauthors = ["{{p1.full}} <{{p1.email}}>", "{{p2.full}}"]',
    ),
    (
        "toml",
        '[owner]\nname = "{{p1.full}}"\nlocation = "{{city}}, {{country}}"\n\n[database]\nhost = "{{ip4}}"\nport = {{port}}',
    ),
    (
        "ini",
        "[smtp]\nhost = {{ip4}}\nfrom_name = {{p1.full}}\nfrom_addr = {{p1.email}}\n; changed by {{p2.init}} for {{ticket}}",
    ),
    (
        "ini",
        "[billing]\npayout_iban = {{iban}}\naccount_holder = {{p1.full}}\n; acct number below is the settlement checking account\nsettlement_account = {{acct}}",
    ),
    (
        "env",
        "ADMIN_NAME={{p1.full}}\nADMIN_EMAIL={{p1.email}}\nSUPPORT_PHONE={{phone}}\nLOG_LEVEL=debug",
    ),
    (
        "env",
        '# {{p1.first}}\'s local overrides, do not commit\nDB_HOST={{ip4}}\nTEST_CARD={{card}}\nTEST_USER_NAME="{{p2.full}}"',
    ),
    # --- JSON, NDJSON, tool calls, API bodies ---
    (
        "json",
        '{"customer": {"name": "{{p1.full}}", "email": "{{p1.email}}", "address": {"line1": "{{addr}}", "country": "{{country}}"}}, "order": "{{order}}"}',
    ),
    (
        "json",
        '{\n  "assignee": "{{p1.full}}",\n  "reporter": "{{p2.any}}",\n  "watchers": ["{{p3.handle}}", "{{p4.full}}"],\n  "key": "{{ticket}}"\n}',
    ),
    (
        "json",
        '{"event": "user.signup", "user": {"first_name": "{{p1.first}}", "last_name": "{{p1.last}}", "phone": "{{phone}}", "ip": "{{ip}}"}}',
    ),
    (
        "json",
        '{"employee": "{{p1.sfirst}}", "manager": "{{p2.full}}", "office": "{{city}}", "role": "{{role}}"}',
    ),
    (
        "ndjson",
        '{"name":"{{p1.full}}","city":"{{city1}}"}\n{"name":"{{p2.full}}","city":"{{city2}}"}\n{"name":"{{p3.lower}}","city":"{{city3}}"}',
    ),
    (
        "ndjson",
        '{"ts":"{{ts}}","actor":"{{p1.email}}","action":"export","rows":{{int}}}\n{"ts":"{{ts}}","actor":"{{p2.email}}","action":"delete","target":"{{p3.full}}"}',
    ),
    (
        "toolcall",
        '{"tool": "send_email", "arguments": {"to": "{{p1.email}}", "subject": "Your {{product}} invoice", "body": "Hi {{p1.first}}, please find attached..."}}',
    ),
    (
        "toolcall",
        'tool_call: create_calendar_event(title="1:1 {{p1.first}} / {{p2.first}}", attendees=["{{p1.email}}", "{{p2.email}}"], location="{{city}}")',
    ),
    (
        "toolcall",
        '{"name": "lookup_customer", "arguments": "{\\"full_name\\": \\"{{p1.full}}\\", \\"phone\\": \\"{{phone}}\\"}"}',
    ),
    (
        "toolcall",
        '{"function": "refund", "args": {"card_number": "{{card}}", "cardholder": "{{p1.upper}}", "amount": "{{price}}"}}',
    ),
    (
        "toolcall",
        'Call get_weather with {"location": "{{city}}, {{country}}"} and then draft a message to {{p1.first}} about the offsite.',
    ),
    (
        "api",
        'POST /v1/payouts HTTP/1.1\nContent-Type: application/json\n\n{"recipient": "{{p1.full}}", "iban": "{{iban}}", "reference": "{{order}}"}',
    ),
    (
        "api",
        'PATCH /api/users/{{int}}\n{"displayName": "{{p1.first}}", "mobile": "{{phone}}", "timezone": "UTC+01:00"}',
    ),
    (
        "api",
        "curl -s -H 'Authorization: Bearer $TOKEN' 'https://crm.internal/api/search?q={{p1.last}}&city={{city}}'\n-> returned 3 matches, the right one is {{p1.full}}",
    ),
    (
        "api",
        '{"applicant": {"name": "{{p1.full}}", "ssn": "{{ssn}}", "dob": "19{{int}}", "address": "{{addr}}"}}\nwhy does the API reject this with 422?',
    ),
    # --- CSV and markdown ---
    (
        "csv",
        "name,email,city\n{{p1.full}},{{p1.email}},{{city1}}\n{{p2.full}},{{p2.email}},{{city2}}\n{{p3.full}},,{{city3}}",
    ),
    (
        "csv",
        'id;employee;phone;country\n{{int}};"{{p1.sfirst}}";{{phone}};{{country}}\n{{int}};"{{p2.full}}";;{{country}}',
    ),
    ("csv", 'order_id,customer,ship_to,tracking\n{{order}},{{p1.full}},"{{addr}}",{{track}}'),
    (
        "csv",
        "timestamp,user,ip,result\n{{ts}},{{p1.handle}},{{ip1}},OK\n{{ts}},{{p2.handle}},{{ip2}},DENIED",
    ),
    (
        "markdown",
        "| Name | Team | Location |\n|---|---|---|\n| {{p1.full}} | {{team}} | {{city1}} |\n| {{p2.full}} | {{team}} | {{city2}} |",
    ),
    (
        "markdown",
        "### {{heading}}\n- [ ] {{p1.first}}: rotate the {{product}} keys\n- [x] {{p2.first}}: update runbook\n- [ ] @{{p3.handle}} to confirm with {{company}}",
    ),
    (
        "markdown",
        "| Account holder | IBAN | Status |\n| --- | --- | --- |\n| {{p1.full}} | {{iban}} | pending |",
    ),
    # --- tickets, CI, k8s, crons, rotas, CODEOWNERS ---
    (
        "ticket",
        "{{ticket}} [P2] VPN drops every 10 min\nReporter: {{p1.full}} ({{city}} office)\nDevice: {{brand}} laptop, {{product}}\nContact: {{phone}}",
    ),
    (
        "ticket",
        "Summary: cannot reset MFA\nRequester: {{p1.any}} <{{p1.email}}>\nApprover: {{role}} {{p2.full}}\nNotes: user is travelling in {{country}} until {{weekday}}.",
    ),
    (
        "ticket",
        "HD-{{int}} new starter: {{p1.full}}, starts {{weekday}} as {{role}}. Laptop ship-to: {{addr}}. Manager: {{p2.full}}.",
    ),
    (
        "ticket",
        "Bug: export shows {{p1.upper}} twice\nSteps: filter by {{region}}, click Export CSV\nAssigned to: {{p2.handle}}",
    ),
    (
        "ticket",
        "offboarding - {{p1.lower}} leaves on {{date}}, revoke okta + github + aws. manager {{p2.lower}}",
    ),
    (
        "ci",
        "Run #{{int}} failed on {{branch}}\nTriggered by: {{p1.full}}\nStep 'integration-tests' exited 1 after {{ms}}s\nNotified: {{p1.email}}, {{p2.email}}",
    ),
    (
        "ci",
        "FAILED tests/test_export.py::test_row[{{p1.full}}] - AssertionError: '{{city}}' != '{{country}}'",
    ),
    (
        "ci",
        "Deploy {{ver}} to {{env}} approved by {{p1.any}} at {{time}}; rollback owner {{p2.any}}",
    ),
    (
        "k8s",
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{svc}}\n  annotations:\n    owner: "{{p1.full}}"\n    contact: "{{p1.email}}"\n    oncall-phone: "{{phone}}"\nspec:\n  replicas: 3',
    ),
    (
        "k8s",
        "metadata:\n  labels:\n    app: {{svc}}\n    team: platform\n  annotations:\n    maintainer: {{p1.sfirst}}\n    topology.kubernetes.io/zone: eu-west-1a",
    ),
    (
        "crontab",
        "# m h dom mon dow command   (owner: {{p1.full}})\n0 2 * * * /opt/jobs/backup.sh  # ping {{p2.first}} if this fails\n*/15 * * * * /opt/jobs/sync-{{svc}}.sh",
    ),
    (
        "crontab",
        "30 6 * * 1-5 /usr/local/bin/report --to {{p1.email}} --region {{region}}  # asked by {{p1.any}}",
    ),
    (
        "rota",
        "On-call rota, week {{int}}\n{{weekday}}: {{p1.full}} ({{phone}})\nTuesday: {{p2.full}}\nWednesday: {{p3.first}}\nBackup: {{p4.any}}",
    ),
    ("rota", "primary={{p1.handle}} secondary={{p2.handle}} escalation={{p3.full}} tz={{city}}"),
    (
        "rota",
        "Holiday cover over {{holiday}}: {{p1.first}} takes Mon-Wed, {{w1.first}} Thu-Fri. Will {{p2.first}} do the weekend?",
    ),
    (
        "codeowners",
        "# CODEOWNERS\n/infra/            @{{p1.handle}} @{{p2.handle}}\n/billing/**        @{{p3.handle}}\n*.sql              @dba-team\n# questions: {{p1.full}}",
    ),
    (
        "codeowners",
        "docs/*  {{p1.email}}\nsrc/auth/  @{{p2.handle}}  # {{p2.full}}, security champion",
    ),
    # --- HTML/XML ---
    (
        "html",
        '<div class="profile"><h2>{{p1.full}}</h2><p>{{city}}, {{country}}</p><a href="mailto:{{p1.email}}">Email</a></div>',
    ),
    (
        "xml",
        '<employee id="{{int}}">\n  <name>{{p1.full}}</name>\n  <phone>{{phone}}</phone>\n  <office>{{city}}</office>\n</employee>',
    ),
    (
        "xml",
        "<Signer><GivenName>{{p1.first}}</GivenName><Surname>{{p1.last}}</Surname><Country>{{country}}</Country></Signer>",
    ),
    # --- helpdesk chats ---
    (
        "chat",
        "hi, it's {{p1.first}} from accounts, my laptop won't boot after the {{product}} update",
    ),
    (
        "chat",
        "User: my name is {{p1.full}}, I can't log in since {{weekday}}\nAgent: Thanks {{p1.first}}, can you confirm the phone on file? \nUser: {{phone}}",
    ),
    (
        "chat",
        "Agent: Hi, this is {{p1.first}} from the service desk. Who am I speaking with?\nCaller: {{p2.full}}, {{role}} in {{city}}.",
    ),
    ("chat", "can you reset the password for {{p1.lower}} she's locked out again"),
    ("chat", "ask {{w1.first}} if she can cover the {{product}} migration tonight"),
    ("chat", "{{w1.first}} and {{w2.first}} are late for standup, start without them"),
    ("chat", "tell {{w1.lower}} the staging box is free now"),
    ("chat", "Hey {{p1.first}}! quick one - is the VPN broken for everyone or just me?"),
    ("chat", "thx {{p1.first}} that fixed it 🙏"),
    ("chat", "please add {{p1.full}}, {{p2.full}} and {{p3.first}} to the {{team}} channel"),
    ("chat", "The new admin after {{p2.first}}'s move is {{p1.any}}"),
    (
        "chat",
        "i need the invoice resent to {{p1.email}} the card ending was wrong it should be {{card}}",
    ),
    ("chat", "hello my name is {{p1.lower}} i live at {{addr}} and my router keeps rebooting"),
    (
        "chat",
        "[{{time}}] {{p1.first}}: anyone seen {{p2.first}}?\n[{{time}}] {{p3.first}}: at the dentist, back at {{time}}",
    ),
    (
        "chat",
        "CUSTOMER: HI I AM {{p1.upper}} AND I WAS CHARGED TWICE ON {{card}}\nAGENT: Sorry about that, {{p1.first}}.",
    ),
    (
        "chat",
        "Working from {{city}} this week, so ping me or {{p1.first}} on Slack rather than the desk phone.",
    ),
    ("chat", "Per {{p1.sfirst}}: the {{country}} entity needs a separate Stripe account."),
    ("chat", "Dr. {{p1.last}} from the lab needs VPN access. Her mobile is {{phone}}."),
    ("chat", "Prof. {{p1.full}}'s account is locked; the {{role}} approved an unlock."),
    ("chat", "my ssn is {{ssn}} and the form still says invalid, what do i do"),
    (
        "chat",
        "Please update my direct deposit: account number {{acct}}, routing is on the form. Thanks, {{p1.first}}",
    ),
    (
        "chat",
        "Hi team, {{p1.full}} here ({{p1.email}}). I moved from {{city1}} to {{city2}}, please update my payroll region.",
    ),
    (
        "chat",
        "Speaker 1 ({{p1.first}}): can we move the retro?\nSpeaker 2 ({{p2.first}}): sure, {{weekday}} works",
    ),
    (
        "chat",
        "ok so {{p1.lower}} and {{p2.lower}} both get 403 on the dashboard but {{p3.lower}} doesnt",
    ),
    (
        "chat",
        "voice note transcript hey its {{p1.lower}} calling about ticket {{ticket}} call me back on {{phone}} thanks",
    ),
    (
        "chat",
        "{{p1.first}}, {{p2.first}} and {{p3.full}} were added to the {{product}} admins list by mistake",
    ),
    (
        "chat",
        "Could you ask {{p1.first}} (not {{p2.first}}) to approve the change for the {{region}} cluster?",
    ),
    ("chat", "Best,\n{{p1.full}}\n{{role}}, {{company}}\nM: {{phone}}"),
    ("chat", "-- \n{{p1.init}}\nService Desk | {{city}}\n{{p1.email}}"),
    ("chat", "@{{p1.handle}} can you approve? @{{p2.handle}} is on leave till {{weekday}}"),
    (
        "chat",
        "Will {{w1.first}} be at the {{city}} office tomorrow? {{w1.first}} has the spare YubiKey.",
    ),
    ("chat", "remote wipe for the lost phone of {{p1.full}}, last seen IP {{ip}} near {{city}}"),
    ("chat", "Grace period ended but {{w1.first}} still has admin on prod, please remove it"),
    ("chat", "wire failed: IBAN {{iban}} name on account {{p1.full}} - bank says mismatch"),
    ("chat", "guest wifi request for visitor {{p1.full}} from {{country}} ({{weekday}} only)"),
    ("chat", 'surname-first names break our sorter: e.g. "{{p1.sfirst}}" shows as two people'),
    (
        "chat",
        "{{p1.first}} - {{p2.first}} - {{p3.first}} - {{p4.first}} are the four reviewers for the {{codename}} launch",
    ),
    ("chat", "i think {{p1.typo}} typed the wrong email: {{p1.email}}"),
    ("chat", "who owns {{svc}}? git log says {{p1.any}} but {{p1.last}} left in {{month}}"),
)
