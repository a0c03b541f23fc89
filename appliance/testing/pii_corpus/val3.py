"""The val3 part of the labelled PII set: 700 prompts (280 clean), written apart from the
other parts, to judge a retrained NER model and the recognizers on data neither has seen.

Sixteen shapes: chat, email, form, json, code, table, log, ticket, sms, meeting (notes),
transcript (a chat with speaker labels), yaml, html, stacktrace, commit and calendar (an
invite). Prompts with personal data plant names from 47 cultures as people write them: a
first name alone in chit-chat, lower case, upper case, family name first, "Family, Given",
with a title or a post-nominal ("PhD") left out of the span, with a suffix ("Jr.") kept in
it, names that are also English words ("Will", "Grace") where the text makes them a person,
names as JSON values, CSV fields and speaker labels; phone numbers of 45 regions in national
and international forms, many without a context word; street addresses of 23 countries.
Clean prompts are everyday API traffic (code, SQL, maths, writing, product copy, recipes,
summaries) whose decoys are the usual ones: products, libraries, companies, model names,
weekdays and months, order, invoice and tracking numbers, versions, prices, SKUs, hashes,
timestamps, and names that are English words used as words ("Bill of materials", "I hope").

Labelling decisions beyond the shared conventions: an @mention of a person by name ("@priya")
is a PERSON span without the "@"; a login or handle that is not written as a name
("user=deploy", "dependabot[bot]") is not; a speaker label that is a name is a PERSON; a
"Family, Given" name is one span; a postcode alone is never planted.

How it is made: each template is a text with slots, `{{kind:arg#tag|mod}}`: person slots
(`name`, `first`, `last`, `lower`, `upper`, `rev`, `fam1`, `initial`, `word`, `wordname`,
`titled`, `suffixed`, `pm`, `at`; one `#tag` is one person throughout the prompt, whose
country the `phone`, `city` and `address` slots of that tag follow), the other entities
(`email`, `phone`, `city`, `country`, `region`, `address`, `card`, `iban`, `ip`, `ip6`,
`ssn`, `ssn_bare`, `acct`; an untagged `email` is the last named person's), decoys
(val3_values.DECOYS) and `{{one:a|b|c}}`. The templates are cycled in a shuffled order with
a fixed seed until the part has its 420 prompts with personal data and 280 clean ones (each
template used at least twice, a prompt that repeats another drawn again), then the two are
shuffled together.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from functools import cache

from appliance.testing.pii_corpus import Piece, Prompt, check, compose
from appliance.testing.pii_corpus import val3_values as v

SEED = 31_337_2026
PERSONAL = 420
CLEAN = 280

SLOT = re.compile(r"\{\{one:(?P<alts>.*?)\}\}|\{\{(?P<kind>\w+)(?::(?P<arg>[\w+-]+))?(?:#(?P<tag>\d))?(?:\|(?P<mod>\w+))?\}\}")

# --- templates with personal data --------------------------------------------------------------

PII: tuple[tuple[str, str], ...] = (
    # chat
    ("chat", "ask {{first|lower}} if she can cover the {{weekday}} shift, her number is {{phone}}"),
    ("chat", "Can you write a short thank-you note to {{name}}? They helped me move from {{city}} to {{city}} last {{month}}."),
    ("chat", "my landlord {{name#1}} keeps ignoring my emails ({{email#1}}). draft a firm but polite message asking him to fix the heating at {{address}}"),
    ("chat", "{{phone}} called me three times today and left no message. Is there a way to find out who it is?"),
    ("chat", "Summarise this for {{first}}: the vendor wants invoice {{invoice}} for the {{product}} paid to IBAN {{iban}} by {{date}}."),
    ("chat", "hey can u remind me what {{word}} said about the budget? it came up on the call with {{name}} yesterday"),
    ("chat", "Translate into Spanish: 'Dear {{titled}}, your appointment on {{date}} at {{time}} is confirmed. Call {{phone}} to reschedule.'"),
    ("chat", "I'm {{name}} and I'm applying for a data analyst role in {{city}}. Can you tighten the opening of my cover letter?"),
    ("chat", "Who should I cc? {{suffixed}} handles payroll, {{name}} handles benefits, and {{first}} is new but keen."),
    ("chat", "Before I send it to {{first}}, does this card number look complete? {{card}}"),
    ("chat", "My mum {{first#1}} lives in {{city#1}} and I want to send her flowers for {{month}}. Her landline is {{phone#1}}. Which delivery services work there?"),
    ("chat", "convert to a vCard please: {{upper}} / {{phone}} / {{email}}"),
    ("chat", "what time is it in {{city#1}} right now? I promised to call {{first#1}} at {{phone#1}} before {{time}} her time"),
    ("chat", "Rewrite more politely: '{{first}}, stop texting my work phone {{phone}}. Use {{email:role}} for anything about the rota.'"),
    ("chat", "I got a text from {{phone}} claiming to be my bank and asking me to confirm my SSN {{ssn}}. Did I just get scammed?"),
    ("chat", "{{name}}, {{name}} and {{name}} are presenting on {{weekday}}. Give me a fun one-line intro for each."),
    ("chat", "Write a birthday message for {{wordname}}, who turns 40 on {{weekday}}; she loves hiking in {{region}}."),
    ("chat", "Is {{ip}} a private address? It keeps showing up in the login alerts for {{name}}'s account."),
    ("chat", "Please format these as E.164: {{phone:nat}}, {{phone:nat}}, {{phone:nat_dash}}"),
    ("chat", "help me fill in a bank transfer: recipient {{name}}, IBAN {{iban}}, reference {{invoice}}, amount {{price}}"),
    ("chat", "My colleague {{word}} is retiring after 31 years. Suggest a card message from the whole team."),
    ("chat", "pls explain this to {{first|lower}} simply: her router at {{ip}} keeps dropping and the ISP says to call {{phone}}"),
    ("chat", "Could you check my grammar? 'Me and {{first}} visited {{city}} and {{city}} in {{month}}, it was the best trip of are lives.'"),
    ("chat", "{{first}} wants to know if her old account number {{acct}} at the credit union still receives transfers after the merger. How would she check?"),
    ("chat", "Draft a reference letter for {{name}}, who worked for me as a nanny in {{city}} from {{one:2017|2018|2019}} to {{one:2021|2022|2023}}."),
    ("chat", "Which of these is the customer's mobile? 'home {{phone}}, cell {{phone}}, fax {{phone}}'"),
    ("chat", "@{{first}} can you look at the numbers before {{weekday}}? {{name}} said the {{product}} forecast is off by {{pct}}"),
    ("chat", "Write a toast for my sister {{first#1}} and her fiancé {{first}}. They met in {{city}} and are marrying in {{country}}."),
    ("chat", "quick one: {{ip6}} keeps hitting our API. Is it IPv6 from a mobile carrier? the account belongs to {{name}}"),
    ("chat", "Can you tell {{name}} that {{word}} will pick the kids up at {{time}}? I'm writing the message in a hurry, make it clear."),
    # email
    ("email", "From: {{name#1}} <{{email#1}}>\nTo: {{name#2}} <{{email#2}}>\nSubject: Re: {{product}} rollout\n\nHi {{first#2}},\n\nThanks for the notes. I'll be in {{city}} until {{weekday}}; reach me on {{phone#1}} if anything breaks.\n\nBest,\n{{first#1}}\n\nPlease draft a reply that pushes the deadline to {{date}}."),
    ("email", "Hi team,\n\nPlease welcome {{name#1}}, who joins us as support lead in our {{city}} office on {{date}}. Desk phone: {{phone}}, email: {{email#1}}.\n\nCheers,\n{{name}}\n\n-- proofread this announcement please"),
    ("email", "Dear {{titled}},\n\nI am writing about the refund for order {{order}}. I paid with the card {{card}}, but please refund to IBAN {{iban}} instead.\n\nKind regards,\n{{name#1}}\n{{address#1}}\n{{phone#1}}\n\nMake it sound firmer."),
    ("email", "can you make this email sound less angry:\n\n{{first}} - I have called {{phone}} four times about the broken {{product}}. Nobody picks up. Refund it to my checking account {{acct}} this week.\n{{name}}"),
    ("email", "Summarise the thread below in two lines.\n\n> On {{date}}, {{name}} wrote:\n> The shipment to {{address}} is delayed again.\n\n{{name#2}}\nOperations Manager | {{company}}\nM: {{phone#2}} | T: {{phone}}\n{{email#2}}"),
    ("email", "Subject: new bank details\n\nHello {{first}},\n\nplease update my payroll details: account holder {{name}}, IBAN {{iban}}, BIC {{one:DEUTDEFF|NWBKGB2L|INGBNL2A|BSCHESMM}}. My SSN is {{ssn}} if HR needs it.\n\nThanks\n\n(Is this email safe to send?)"),
    ("email", "Reply to this in French:\n\nDear {{rev}},\nYour visa interview in {{city}} is on {{date}} at {{time}}. Bring your passport and this letter. Questions: {{phone}}."),
    ("email", "From: {{upper#1}} <{{email#1}}>\nSubject: URGENT wire\n\n{{first}}, pay the attached invoice today to IBAN {{iban}}. I'm in meetings, don't call.\n\nIs this a phishing email? Explain the red flags."),
    ("email", "Hello {{word}},\n\nthanks for hosting us in {{city}}! The photos are up. Say hi to {{name}} for me.\n\nLove,\n{{first}}\n\n-> turn into a shorter thank-you text"),
    ("email", "Hi,\n\nI'm {{name#1}}, {{one:a first-year student|a new tenant|a freelance designer}}. My student loan statement says the payment came from account number {{acct}}, which is not mine. My phone is {{phone#1}}.\n\nRegards\n\nWho should I forward this to?"),
    ("email", "Draft a reply to {{titled}} ({{email}}) confirming the lease of the flat at {{address}} from {{date}}."),
    ("email", "To: {{email}}, {{email}}\nCc: {{email:role}}\nSubject: Offsite logistics\n\nHi {{first}} and {{first}},\nthe venue in {{city}} needs the final headcount by {{weekday}}.\n{{pm}}\n\nrewrite it as a checklist"),
    # form
    ("form", "Name: {{name}}\nPhone: {{phone}}\nEmail: {{email}}\nAddress: {{address}}\n\nTurn this into a JSON object."),
    ("form", "Full name: {{upper}}\nDate of birth: {{date}}\nSSN: {{ssn}}\nEmployer: {{company}}\nMobile: {{phone:US}}\n\nIs anything missing for a W-4?"),
    ("form", "Patient: {{rev}}\nDOB: {{date}}\nEmergency contact: {{name}} ({{phone}})\nInsurer ref: {{sku}}\n\nWrite a referral letter from this."),
    ("form", "Beneficiary: {{name}}\nBank: {{one:Sparkasse|Barclays|ING|BBVA|Intesa Sanpaolo}}\nIBAN: {{iban}}\nAmount: {{price}}\nReference: {{invoice}}\n\nCheck the IBAN format for me."),
    ("form", "first_name: {{first#1|lower}}\nlast_name: {{last#1|lower}}\ncity: {{city#1|lower}}\nphone: {{phone#1}}\n\nwhy does our form validator reject this?"),
    ("form", "Applicant: {{suffixed}}\nPrevious address: {{address}}\nCurrent address: {{address}}\nCountry: {{country:bare}}\nBank account number: {{acct}}\nRouting number: {{routing}}\n\nDoes this rental application look complete?"),
    ("form", "Shipping label\nTo: {{name#1}}\n{{address#1}}\nTel. {{phone#1}}\nFrom: {{name#2}}, {{address#2}}\n\nRewrite as a single line for the courier API."),
    ("form", "Card holder: {{upper}}\nCard number: {{card}}\nExpiry: {{one:04/28|11/27|09/29|02/30}}\nBilling address: {{address:US}}\n\nWhy would the payment be declined?"),
    ("form", "Contact person: {{fam1}}\nTelephone: {{phone}}\nE-mail: {{email}}\nCity: {{city}}\n\nTranslate the field names to Japanese."),
    ("form", "Guest 1: {{name}}, {{phone}}\nGuest 2: {{name}}, {{phone}}\nGuest 3: {{first}}, {{phone}}\nRoom: {{qty}}\n\nmake a check-in list"),
    ("form", "Employee: {{initial}}\nSSN: {{ssn:space}}\nDirect deposit: acct # {{acct}}\nStart date: {{date}}\n\nwhat's wrong with the SSN formatting?"),
    ("form", "Reporter: {{suffixed}}\nEmail: {{email}}\nLocation of incident: {{address}}\nWitness: {{titled}}, {{phone}}\n\nwrite the incident summary"),
    # json
    ("json", '{"tool": "create_contact", "arguments": {"name": "{{name#1}}", "phone": "{{phone#1}}", "email": "{{email#1}}"}}\nWhy does the API return 422 for this?'),
    ("json", 'Call send_sms with {"to": "{{phone:e164}}", "body": "Hi {{first}}, your table for {{qty}} is ready."}'),
    ("json", '{"customer": {"id": {{qty}}, "full_name": "{{name}}", "contact": "{{phone}}", "shipping_address": "{{address}}"}, "order": "{{order}}"}\nextract the customer fields into a CSV row'),
    ("json", '[{"attendee": "{{name}}", "mobile": "{{phone}}"}, {"attendee": "{{name}}", "mobile": "{{phone}}"}, {"attendee": "{{lower}}", "mobile": "{{phone}}"}]\nSort these by surname.'),
    ("json", '{"event": "login_failed", "user": {"display_name": "{{name#1}}", "email": "{{email#1}}"}, "ip": "{{ip}}", "ts": {{ts}}}\nIs this a brute-force pattern?'),
    ("json", '{"payee": "{{name}}", "iban": "{{iban}}", "amount": {{qty}}.00, "currency": "EUR", "memo": "{{invoice}}"}\nvalidate this payment payload in Go'),
    ("json", '{"applicant": {"name": "{{rev}}", "ssn": "{{ssn}}", "dob": "{{date}}"}, "employer": "{{company}}"}\nwrite pydantic models for this payload'),
    ("json", '{"owner": "{{first|lower}}", "reviewers": ["{{name}}", "{{name}}"], "repo": "billing-service", "sla_hours": {{qty}}}\nwho should approve this change?'),
    ("json", '{"name": "{{upper}}", "card": {"number": "{{card}}", "exp": "{{one:08/27|12/28|03/29}}"}, "billing": {"city": "{{city}}", "country": "{{country:bare}}"}}\nwhy does Stripe reject this?'),
    ("json", '{"function": "lookup_caller", "arguments": {"number": "{{phone}}"}}'),
    ("json", '{"contacts": [{"n": "{{name}}", "t": "{{phone}}"}, {"n": "{{name}}", "t": "{{phone}}"}], "source": "{{one:import.csv|crm-export|phonebook.vcf}}"}\ndedupe these'),
    ("json", 'The extractor gave me {"person": "{{name}}", "location": "{{city}}", "phone": null} for the sentence "{{name}} from {{city}} called from {{phone}}". Why is phone null?'),
    # code
    ("code", 'def test_is_valid():\n    assert is_valid_phone("{{phone}}")\n    assert is_valid_phone("{{phone}}")\n\nthe second assert fails, why?'),
    ("code", "INSERT INTO customers (name, email, phone, city) VALUES ('{{name#1}}', '{{email#1}}', '{{phone#1}}', '{{city#1}}');\nWhy does this fail with a duplicate key error on email?"),
    ("code", "const user = { name: '{{name}}', tel: '{{phone}}' };\nconsole.log(user.tel.replace(/\\D/g, ''));\n// prints the wrong thing for this number, help"),
    ("code", "[smtp]\nhost = mail.internal.example\nuser = {{email}}\nalert_to = {{email}}\nbind = {{ip}}\n\nWhat's wrong with this config?"),
    ("code", 'def test_normalise_name():\n    assert normalise_name("{{lower#1}}") == "{{name#1}}"\n\nE   AssertionError\nwhat does normalise_name need to handle?'),
    ("code", 'FIXTURE = [\n    ("{{name}}", "{{ssn}}"),\n    ("{{name}}", "{{ssn}}"),\n    ("{{name}}", "{{ssn}}"),\n]\n# mask the SSNs in this fixture with a regex'),
    ("code", "curl -X POST https://api.example.com/v2/contacts -H 'X-Forwarded-For: {{ip}}' -d '{\"name\":\"{{name}}\",\"phone\":\"{{phone:e164}}\"}'\nexplain each flag"),
    ("code", 'Why doesn\'t r"^\\+\\d{10,14}$" match "{{phone}}" when it matches "{{phone:e164}}"?'),
    ("code", "UPDATE accounts SET iban = '{{iban}}' WHERE holder = '{{name}}';\n-- is this safe to run in prod? there might be two rows"),
    ("code", 'users = {\n    "{{first|lower}}": {"ip": "{{ip}}", "role": "admin"},\n    "{{first|lower}}": {"ip": "{{ip6}}", "role": "viewer"},\n}\nrewrite as a dataclass'),
    ("code", "# seed data\ncontacts.add(Contact('{{name}}', '{{phone}}', '{{email}}'))\ncontacts.add(Contact('{{name}}', '{{phone}}', '{{email}}'))\nhow do I move this into a fixture file?"),
    # table
    ("table", "| Name | Phone | City |\n|---|---|---|\n| {{name#1}} | {{phone#1}} | {{city#1}} |\n| {{name#2}} | {{phone#2}} | {{city#2}} |\n| {{name#3}} | {{phone#3}} | {{city#3}} |\n\nAdd a column with each person's country code."),
    ("table", 'id,name,email,phone\n{{qty}},{{name#1}},{{email#1}},{{phone#1}}\n{{qty}},"{{rev#2}}",{{email#2}},{{phone#2}}\n{{qty}},{{upper#3}},{{email#3}},{{phone#3}}\n\nwhy does my parser split the second row into five columns?'),
    ("table", "name\tiban\tamount\n{{name}}\t{{iban}}\t{{price}}\n{{name}}\t{{iban}}\t{{price}}\n\nwhich payout is the largest?"),
    ("table", "| Employee | SSN | Start |\n|---|---|---|\n| {{name}} | {{ssn}} | {{date}} |\n| {{name}} | {{ssn}} | {{date}} |\n\nmask the middle digits"),
    ("table", "| Speaker | Talk | Slot |\n|---|---|---|\n| {{titled}} | Scaling {{lib}} | {{time}} |\n| {{name}} | Caching at the edge | {{time}} |\n| {{pm}} | Lessons from {{product}} | {{time}} |\n\nwrite the programme blurb"),
    ("table", "host,owner,ip\nweb-01,{{first|lower}},{{ip}}\nweb-02,{{first|lower}},{{ip}}\ndb-01,{{first|lower}},{{ip}}\n\nwhich hosts are in the same /24?"),
    ("table", "Customer;Card;Amount\n{{name}};{{card}};{{price}}\n{{name}};{{card}};{{price}}\n\nthe semicolons break Excel, what do I do?"),
    ("table", "| Store | Address | Manager | Phone |\n|---|---|---|---|\n| #{{qty}} | {{address}} | {{name}} | {{phone}} |\n| #{{qty}} | {{address}} | {{name}} | {{phone}} |\n\nsort by manager surname"),
    ("table", "Surname, Given | Mobile\n{{rev}} | {{phone}}\n{{rev}} | {{phone}}\n{{rev}} | {{phone}}\n\nflip the names to Given Surname"),
    # log
    ("log", "{{date}} {{time}} INFO auth: login ok user={{email}} ip={{ip}}\n{{date}} {{time}} WARN auth: 3 failed attempts user={{email}} ip={{ip}}\nwhat does this log say?"),
    ("log", "[{{date}}] sms-gateway ERROR delivery failed to={{phone:e164}} code={{http}} msg_id={{uuid}}\n[{{date}}] sms-gateway ERROR delivery failed to={{phone:e164}} code={{http}} msg_id={{uuid}}\nwhy would two numbers fail the same way?"),
    ("log", "Nov 14 03:12:55 edge-02 sshd[2231]: Failed password for invalid user admin from {{ip}} port 51234 ssh2\nNov 14 03:12:58 edge-02 sshd[2231]: Accepted publickey for deploy from {{ip}} port 40022 ssh2\nshould I block these?"),
    ("log", 'level=info msg="payment captured" customer="{{name}}" card="{{card}}" amount="{{price}}"\nthis log leaks card numbers, write a redaction filter'),
    ("log", '{{ip6}} - - [{{date}}] "GET /api/v1/orders/{{qty}} HTTP/1.1" {{http}} 512\n{{ip}} - - [{{date}}] "POST /login HTTP/1.1" {{http}} 88\nparse these into JSON'),
    ("log", 'WARN kyc-service: SSN mismatch for applicant "{{name}}" submitted={{ssn}} on_file={{ssn}}\nhow should we handle this case?'),
    ("log", "{{time}} callcenter: inbound call from {{phone}} routed to agent {{first}} (queue=billing)\n{{time}} callcenter: inbound call from {{phone}} routed to agent {{first}} (queue=billing)\nsummarise the call volume"),
    ("log", "payout job: transferred {{price}} to {{name}} (acct no. {{acct}}) status=ok\npayout job: transferred {{price}} to {{name}} (acct no. {{acct}}) status=retry\nwhy retry?"),
    ("log", "crm-sync: updated contact {{uuid}} name='{{name}}' phone='{{phone}}' city='{{city}}'"),
    # ticket
    ("ticket", "Ticket {{ticket}}\nAssignee: {{at|lower}}\nCustomer: {{suffixed}}\nPhone: {{phone}}\nIssue: {{product}} won't pair after firmware {{ver}}.\nNotes: called back twice, prefers {{weekday}} mornings.\n\nWrite the next reply."),
    ("ticket", "CRM note: spoke to {{first#1}} ({{phone#1}}), moving to {{city}} next month, wants the contract moved to the new address {{address}}. Summarise for the account manager."),
    ("ticket", "Escalation: card {{card}} charged twice for order {{order}}. Cardholder {{name}}, callback {{phone}}. Priority?"),
    ("ticket", "Refund request from {{name}}: wants the money wired to account number {{acct}} (routing {{routing}}) instead of the original card. Allowed per policy?"),
    ("ticket", "Case {{ticket}}: {{name}} says an ex-partner, {{name}}, still has access to the account; the new number is {{phone}} and email {{email}}. Draft a security checklist."),
    ("ticket", "{{suffixed}} | VIP | prefers WhatsApp {{phone}} | lives in {{city}} | last order {{order}}\nturn this CRM row into a friendly follow-up message"),
    ("ticket", "#{{qty}} reopened by {{first}}: the technician never came to {{address}}. She took the day off. Phone {{phone}}. Write an apology with a credit offer."),
    ("ticket", "Fraud review: login from {{ip}} ({{country:bare}}) then password reset to {{email}} and new payee IBAN {{iban}} within 4 minutes. Customer {{name}}. Block?"),
    ("ticket", "Note from {{word}} (night shift): caller {{name}} at {{phone}} reports the gate code at {{address}} no longer works."),
    # sms
    ("sms", "Hi it's {{first}}! new number, save this one: {{phone}} x"),
    ("sms", "{{first}} here - running late, meet at {{address}} instead? call {{phone}} if lost"),
    ("sms", "Rewrite this text for my boss: 'hey {{first|lower}} cant make it tmrw, kid sick. {{word}} can cover, his number is {{phone}}'"),
    ("sms", "is this sms a scam? 'Your parcel is held at the depot. Pay {{price}} at the link or call {{phone}}. Ref {{track}}'"),
    ("sms", "msg from {{phone}}: Hi, this is {{name}} from the {{city}} clinic, please confirm your appointment on {{date}}. Reply Y/N"),
    ("sms", "Translate to English: 'Oi {{first}}, chego amanhã em {{city}}. Meu número novo é {{phone:BR}}.'"),
    ("sms", "{{upper}}: UR BANK ACCT {{acct}} IS LOCKED. CALL {{phone}} NOW\nwhat should I do with this text?"),
    # meeting notes
    ("meeting", "Meeting notes {{date}}\nAttendees: {{name}}, {{name}}, {{name}}, {{first}}\n- {{first}} to send revised pricing for {{product}}\n- {{name}} owns the {{city}} launch\n- Next sync {{weekday}}\nTurn into action items with owners."),
    ("meeting", "notes from standup: {{first|lower}} blocked on staging creds, {{first|lower}} out {{weekday}}, {{wordname}} demoing {{product}}. cc {{at}}. make this a slack update"),
    ("meeting", "Board minutes. Present: {{titled}} (chair), {{suffixed}}, {{initial}}. Apologies: {{name}}. The treasurer, {{name}}, reported {{price}} held in the society's bank account {{acct}}.\nDraft the formal minutes."),
    ("meeting", "1:1 with {{first}}: wants to relocate to {{city}} ({{country:bare}}) by Q3; follow up with HR at {{email:role}}. Tidy these notes."),
    ("meeting", "Parent-teacher meeting, {{date}}\nStudent: {{name}}\nParents: {{titled}}, {{name}} (call {{phone}})\nNotes: strong in maths, needs help with reading.\nWrite a follow-up note to the parents."),
    ("meeting", "Interview debrief for {{initial}}\n- {{first}}: strong hire\n- {{first}}: lean no, weak on SQL\n- {{first}}: hire\nSummarise the panel's view."),
    # transcript
    ("transcript", "Agent: Thanks for calling {{company}}, can I take your name?\nCustomer: It's {{name#1}}.\nAgent: And a callback number?\nCustomer: {{phone#1}}.\nAgent: Thanks {{first#1}}, and the email on file?\nCustomer: {{email#1}}\n\nSummarise this call."),
    ("transcript", "[{{time}}] {{first#1}}: did you get the invoice?\n[{{time}}] {{first#2}}: yes, paying it to {{iban}} today\n[{{time}}] {{first#1}}: thx!\nWhat did they agree?"),
    ("transcript", "User: my SSN is {{ssn}} and my card is {{card}}, can you tell me if my identity was stolen?\nAssistant: I can't check that, but here is what you can do.\nUser: ok\nContinue the assistant's answer."),
    ("transcript", "Interviewer: Please state your name and where you live.\n{{upper#1}}: I'm {{first#1}}, I live in {{city}}.\nInterviewer: Thank you.\nClean up this transcript."),
    ("transcript", "{{name#1}}: can everyone see my screen?\n{{name#2}}: yes\n{{name#1}}: ok so the {{product}} numbers for {{month}} are up {{pct}}\n{{name#2}}: send me the deck at {{email#2}}\n\nWrite minutes."),
    ("transcript", "Caller: Hi, I'm ringing for my neighbour, {{name}}. They're at {{address}} and fell.\nDispatcher: Are they breathing?\nCaller: Yes. My number is {{phone}}.\nWrite this as an incident record."),
    ("transcript", "<{{first#1}}> anyone know why staging is down?\n<{{first#2}}> {{ip}} is refusing connections\n<{{first#1}}> @{{first#2|lower}} can you restart it\nsummarise"),
    # yaml
    ("yaml", 'contacts:\n  - name: {{name}}\n    phone: "{{phone}}"\n    email: {{email}}\n  - name: {{name}}\n    phone: "{{phone}}"\n    email: {{email}}\n\nconvert to TOML'),
    ("yaml", "oncall:\n  primary: {{first|lower}}\n  secondary: {{name}}\n  escalation_phone: \"{{phone}}\"\nalerting:\n  webhook: https://hooks.example.com/{{sha}}\n\nwhy does the linter say escalation_phone must be a string?"),
    ("yaml", 'apiVersion: v1\nkind: ConfigMap\ndata:\n  ADMIN_EMAIL: {{email}}\n  ALLOWLIST: "{{ip}},{{ip}}"\n  SUPPORT_PHONE: "{{phone}}"\n\nshould these be in a Secret instead?'),
    ("yaml", "payee:\n  holder: {{name}}\n  iban: {{iban}}\n  address: {{address}}\nschedule: monthly\n\nwrite a JSON schema for this"),
    ("yaml", "speakers:\n  - {{name}}\n  - {{name}}\n  - {{fam1}}\nvenue: {{address}}\ndate: {{date}}\n\nturn into an event page"),
    # html
    ("html", '<div class="vcard"><span class="fn">{{name}}</span> <a href="tel:{{phone:e164}}">call</a> <a href="mailto:{{email}}">{{email}}</a></div>\nWhy is the phone link not clickable on iOS?'),
    ("html", "<tr><td>{{name#1}}</td><td>{{city#1}}</td><td>{{phone#1}}</td></tr>\n<tr><td>{{name#2}}</td><td>{{city#2}}</td><td>{{phone#2}}</td></tr>\nconvert this table to markdown"),
    ("html", '<p>Contact our volunteer coordinator, {{name}}, at <a href="mailto:{{email}}">{{email}}</a> or {{phone}}.</p>\nMake this paragraph accessible.'),
    ("html", '<input name="holder" value="{{name}}"> <input name="iban" value="{{iban}}">\nwhy doesn\'t the browser autofill these?'),
    ("html", "<footer>{{company}} Ltd · {{address}} · Tel {{phone}} · Director: {{name}}</footer>\nwhat must a company website footer contain by law?"),
    ("html", "<li><b>{{upper}}</b> &mdash; {{city}}, {{country:bare}}</li>\n<li><b>{{upper}}</b> &mdash; {{city}}, {{country:bare}}</li>\nstyle this list"),
    # stack trace
    ("stacktrace", 'Traceback (most recent call last):\n  File "/srv/app/billing/charge.py", line 88, in charge\n    gateway.charge(card="{{card}}", amount=amount)\n  File "/srv/app/billing/gateway.py", line 41, in charge\n    raise CardDeclined(f"declined for {holder}")\nbilling.errors.CardDeclined: declined for {{name}}\n\nhow do I keep card numbers out of our traceback emails?'),
    ("stacktrace", 'phonenumbers.phonenumberutil.NumberParseException: (1) Missing or invalid default region.\n  while parsing "{{phone:nat}}" for user {{email}}\nwhat region should I pass?'),
    ("stacktrace", "java.lang.IllegalArgumentException: Invalid IBAN: {{iban}}\n\tat com.acme.payments.IbanValidator.validate(IbanValidator.java:57)\n\tat com.acme.payments.PayoutService.create(PayoutService.java:112)\nThe IBAN is right, why does the validator reject it?"),
    ("stacktrace", "Traceback (most recent call last):\n  File \"report.py\", line 12, in <module>\n    row = salaries[\"{{name#1}}\"]\nKeyError: '{{name#1}}'\nthe name is in the sheet, why the KeyError?"),
    ("stacktrace", 'psycopg.errors.UniqueViolation: duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=({{email}}) already exists.\nhow do I upsert instead?'),
    ("stacktrace", "ValueError: invalid literal for int() with base 10: '{{phone}}'\n  File \"import_contacts.py\", line 33, in parse_row\nhow should I store phone numbers?"),
    # commit
    ("commit", "commit {{sha}}\nAuthor: {{name#1}} <{{email#1}}>\nDate:   {{date}}\n\n    Fix phone parsing for numbers like {{phone}}\n\n    Reported-by: {{name}}\n    Co-authored-by: {{name#2}} <{{email#2}}>\n\nWrite release notes from this commit."),
    ("commit", "fix(contacts): accept '{{phone}}' (was rejected as too long)\n\nThe import from {{first}}'s spreadsheet failed on row {{qty}}.\n\nSigned-off-by: {{name#1}} <{{email#1}}>\n\nis this a good commit message?"),
    ("commit", 'Revert "seed: add test SSN {{ssn}}"\n\nThis reverts commit {{sha}}. {{first}} pointed out the SSN belongs to a real customer.\n\nrewrite the message without the SSN'),
    ("commit", "feat: allow-list office IPs {{ip}} and {{ip}}\n\nRequested by {{name}} for the {{city}} office move.\nsuggest a better title"),
    # calendar
    ("calendar", "BEGIN:VEVENT\nSUMMARY:Contract review with {{name}}\nDTSTART:{{year}}1204T093000Z\nLOCATION:{{address}}\nORGANIZER;CN={{name#1}}:mailto:{{email#1}}\nATTENDEE;CN={{name#2}}:mailto:{{email#2}}\nEND:VEVENT\nParse this invite: when and where?"),
    ("calendar", "Invite: Dinner with {{first}} and {{first}}\nWhen: {{weekday}}, {{date}} {{time}}\nWhere: {{address}}\nTable booked under {{name}}, {{phone}}\nwrite a reminder message"),
    ("calendar", "Calendar: {{weekday}} {{time}} – call {{name#1}} about the {{city}} lease ({{phone#1}})\nwhat should I prepare?"),
    ("calendar", "You're invited: {{wordname}}'s retirement party\n{{weekday}} {{date}}, {{time}}\n{{address}}\nRSVP to {{first}} at {{phone}}\nmake it more festive"),
    # more cards, IBANs, SSNs and bank accounts, across shapes
    ("chat", "I typed {{card}} into the checkout and it says invalid. Is that a Visa or a Mastercard number?"),
    ("chat", "Which of these cards is the business one? {{card}} (exp 03/26) or {{card}} (exp 11/27). The statement only shows the last four."),
    ("chat", "Is {{iban}} a German or an Austrian IBAN? The bank name is missing from the invoice."),
    ("chat", "my tax software rejects SSN {{ssn_bare}} - does it need dashes?"),
    ("chat", "Can you check this direct deposit form? account number {{acct}}, routing {{routing}}, name {{name}}"),
    ("json", '{"payment_method": {"type": "card", "number": "{{card}}", "cvc": "{{one:123|481|907}}"}, "customer": "{{name}}"}\nwhy is sending raw card numbers to our API a PCI problem?'),
    ("json", '[{"iban": "{{iban}}", "amount": {{qty}}, "name": "{{name}}"}, {"iban": "{{iban}}", "amount": {{qty}}, "name": "{{name}}"}]\nturn into a SEPA batch'),
    ("json", '{"payout": {"bank": "{{one:Chase|Capital One|PNC|Citi}}", "account_number": "{{acct}}", "routing_number": "{{routing}}", "holder": "{{name}}"}}\nis routing_number the right field name?'),
    ("log", "DEBUG checkout: tokenising pan={{card}} for {{email}}\nDEBUG checkout: tokenising pan={{card}} for {{email}}\nhow do we stop debug logs from leaking card numbers?"),
    ("ticket", "Chargeback on card {{card}} for {{price}}, merchant ref {{order}}. Cardholder {{name}} says the goods never arrived. Next steps?"),
    ("ticket", "Caller verified with last name {{last}} and SSN {{ssn}}; asked to update address to {{address}}."),
    ("ticket", "{{name}} asks to close checking account {{acct}} and move the balance to savings account {{acct}}. Write the confirmation."),
    ("sms", "{{company}} Alert: card {{card}} was used for {{price}}. Not you? Call {{phone}}"),
    ("sms", "Rent for {{month}}: {{price}} to {{iban}} pls :) - {{first}}"),
    ("sms", "Transfer done to a/c no. {{acct}}, {{price}}. {{first}}"),
    ("table", "card_number,exp,holder\n{{card}},{{one:04/27|10/28}},{{upper}}\n{{card}},{{one:01/29|07/26}},{{upper}}\n\nwhich rows fail the Luhn check?"),
    ("table", "| Vendor contact | Bank account | Amount |\n|---|---|---|\n| {{name}} | {{acct}} | {{price}} |\n| {{name}} | {{acct}} | {{price}} |\n\nwrite the payment run summary"),
    ("form", "Kontoinhaber: {{name}}\nIBAN: {{iban:DE}}\nVerwendungszweck: {{invoice}}\n\ntranslate the labels and check the IBAN length"),
    ("form", "Account holder: {{name}}\nAccount no.: {{acct}}\nSort code: {{one:20-00-00|40-11-62|30-94-57}}\nBank: {{one:Barclays|Lloyds|Monzo}}\n\nformat this for a payment letter"),
    ("form", "W-9 draft\nName: {{name}}\nSocial security number: {{ssn}}\nAddress: {{address:US}}\n\nwhat else does the form need?"),
    ("email", "Hi {{first}},\n\nplease pay the deposit of {{price}} to {{iban}} (holder: {{name}}) and send proof to {{email}}.\n\nThanks!\n\n-- is the wording clear?"),
    ("email", "Please send the refund to my savings account {{acct}} at {{one:Chase|Barclays|HDFC Bank|Commonwealth Bank}}, not to the card {{card}}.\n{{name}}\n\nmake this polite"),
    ("code", 'TEST_CARDS = ["{{card}}", "{{card}}", "{{card}}"]\n# a reviewer says these look like real numbers - how do I generate safe test cards?'),
    ("transcript", "Agent: Which account should the refund go to?\nCustomer: My checking account, {{acct}}.\nAgent: And the name on it?\nCustomer: {{name}}.\nSummarise."),
    # more phone numbers (mostly without a context word) and IP addresses
    ("chat", "which countries are these from? {{phone:intl}}, {{phone:e164}}, {{phone:idd}}"),
    ("chat", "Reach {{first#1}} on {{phone#1}} or {{name#2}} on {{phone#2}}, whoever answers first. Write that as a polite note for the night staff."),
    ("table", "country,contact,number\n{{country:bare#1}},{{name#1}},{{phone#1}}\n{{country:bare#2}},{{name#2}},{{phone#2}}\n{{country:bare#3}},{{name#3}},{{phone#3}}\n\nnormalise the numbers to E.164"),
    ("log", "fail2ban.actions: NOTICE [sshd] Ban {{ip}}\nfail2ban.actions: NOTICE [sshd] Ban {{ip}}\nfail2ban.actions: NOTICE [sshd] Unban {{ip6}}\nis someone scanning us?"),
    ("code", "ALLOWED_HOSTS = ['{{ip}}', '{{ip}}', 'api.internal']\n# Django still says DisallowedHost, why?"),
    ("yaml", 'emergency_contacts:\n  - "{{phone}}"\n  - "{{phone}}"\nowner: {{name}}\n\nvalidate these with a JSON schema pattern'),
    ("ticket", "Customer called from {{phone}} but the number on file is {{phone}}. Policy says verify before any change: what do I ask?"),
    ("email", "Could you shorten my signature?\n\n{{name}}\n{{one:Head of Sales|Office Manager|Site Lead}}\n{{phone}} (office)\n{{phone}} (mobile)\n{{address}}"),
    ("chat", "my nan wrote these numbers on a post-it: {{phone:nat}} and {{phone:nat}}. which one is a mobile?"),
    ("chat", "Is this IBAN valid? {{iban}} - my client in {{city}} says her bank rejected it"),
    ("form", "SEPA mandate\nDebtor: {{name}}\nDebtor IBAN: {{iban}}\nCreditor IBAN: {{iban}}\nDebtor address: {{address}}\n\nexplain what I'm signing"),
    ("table", "| Supplier | Country | IBAN |\n|---|---|---|\n| {{company}} {{one:GmbH|Ltd|BV}} | {{country:bare}} | {{iban}} |\n| {{product}} {{one:SARL|S.p.A.|AB}} | {{country:bare}} | {{iban}} |\n\nwhich supplier needs a SWIFT transfer instead of SEPA?"),
    ("chat", "Are SSNs {{ssn}} and {{ssn}} from the same state? Someone told me the first three digits mean something."),
    ("email", "Hi HR,\n\nMy W-2 shows SSN {{ssn}} but mine is {{ssn}}. Please correct it before filing.\n\n{{name}}\n{{phone}}\n\n(make this more formal)"),
    ("json", '{"cards": ["{{card}}", "{{card}}"], "owner": "{{email}}", "default": 0}\nhow should I store these instead?'),
    ("sms", "Call me back on {{phone}} or {{phone}} - {{first}}"),
    ("meeting", "Site visit notes\nVisited {{address}} with {{name}}. Next visit: {{city}} on {{weekday}}. Landlord contact {{phone}}.\nTurn into a report."),
    ("html", "<address>{{name}}<br>{{address}}<br>Tel: {{phone}}<br>Fax: {{phone}}</address>\nis the address element right here?"),
    ("calendar", "Reminder: {{weekday}} {{time}} flight to {{city}}; driver {{first}} {{phone}}; hotel at {{address}}, front desk {{phone}}"),
    ("log", "twilio webhook: from={{phone:e164}} to={{phone:e164}} status=delivered sid={{sha}}\nwhat does this event mean?"),
    ("ticket", "Direct debit failed on account number {{acct}}; the customer, {{name}}, wants to switch to IBAN {{iban}}. What do we need from them?"),
    ("email", "Please summarise this thread for my manager in three bullets.\n\nFrom: {{name#1}} <{{email#1}}>\nSent: {{weekday}}, {{date}}\nTo: {{name#2}}\n\nHi {{first#2}},\n\nFollowing up on our call. The landlord, {{titled}}, agreed to the repairs at {{address}} but wants the deposit of {{price}} paid to IBAN {{iban}} before the work starts. I told him we would confirm by {{weekday}}. The contractor is {{name#3}} ({{phone#3}}); the crew can start on {{date}} if we confirm in time. I'm travelling to {{city}} tomorrow, so please call my mobile {{phone#1}} rather than the office.\n\nThanks,\n{{first#1}}"),
    ("meeting", "Community association minutes, {{date}}\n\nPresent: {{name}}, {{name}}, {{lower}}, {{titled}}. Chair: {{name#1}}.\n\n1. Treasurer's report: {{name#2}} reported a balance of {{price}} in the association's savings account {{acct}}. Two members have not paid dues.\n2. Street party: planned for {{month}} on {{address}}. {{first}} will ask the council about closing the road; contact {{phone}}.\n3. Safety: a resident reported repeated parcel theft; {{name#1}} will contact the police liaison officer.\n\nNext meeting: {{weekday}} at {{time}}.\n\nRewrite as a newsletter item."),
)

# --- clean templates ---------------------------------------------------------------------------

CLEAN_TEMPLATES: tuple[tuple[str, str], ...] = (
    # chat
    ("chat", "Write a Python function that validates an order number like {{order}} and returns only its digits."),
    ("chat", "What's 17% of {{price}}? Round to two decimals."),
    ("chat", "Explain the difference between a LEFT JOIN and an INNER JOIN with an example using tables {{one:orders and customers|invoices and accounts|events and sessions|products and reviews}}."),
    ("chat", "Give me three taglines for the {{product}}, our new {{one:noise-cancelling headphones|standing desk|smart thermostat|budget laptop}}."),
    ("chat", "Is {{num}} a prime number? Show the steps."),
    ("chat", "How do I convert the Unix timestamp {{ts}} to a date in JavaScript?"),
    ("chat", "I have chickpeas, spinach, a lemon and feta. Any recipe for {{qty}} people in under 30 minutes?"),
    ("chat", "Summarise in two bullet points: 'Release {{ver}} fixes a memory leak in the cache layer, adds retries to the upload client and drops support for Node 16.'"),
    ("chat", "My {{lib}} app returns HTTP {{http}} after upgrading to {{ver}}. What are the usual causes?"),
    ("chat", "Compare {{model}} and {{model}} for summarising support tickets. Which is cheaper to self-host?"),
    ("chat", "Write a product description for the {{product}}: aluminium body, {{qty}} hours of battery, ships in {{month}}, priced at {{price}}."),
    ("chat", "The customer says invoice {{invoice}} shows the wrong VAT rate. Draft a polite reply asking for the order number."),
    ("chat", "What day of the week was {{date}}?"),
    ("chat", "Turn 'Mark as done when the {{one:build passes|tests are green|lint job succeeds|deploy finishes}}' into a GitHub Actions step."),
    ("chat", "I hope you can help: how do I grant {{one:read|write|read-only}} access on every table in a schema to a {{one:Postgres|MySQL|Snowflake}} role?"),
    ("chat", "Will {{lib}} {{ver}} work with Python 3.12?"),
    ("chat", "What is a reasonable grace period for late {{one:invoice|subscription|rent|loan}} payments, and how should our terms word it?"),
    ("chat", "Give me a regex that matches SKUs like {{sku}} but not {{sku}}."),
    ("chat", "Tracking number {{track}} has said 'label created' since {{weekday}}. What does that usually mean?"),
    ("chat", "Rewrite this heading in Title Case: '{{one:quarterly revenue by product line and sales channel|how we cut onboarding time in half|a guide to the new billing dashboard|what changed in the spring release}}'"),
    ("chat", "Solve for x: 3x + {{qty}} = {{num}}."),
    ("chat", "Bill of materials for a simple {{one:birdhouse|bookshelf|garden bench|raised bed}}: which wood and screws do I need?"),
    ("chat", "Which is bigger, {{one:2^40 or 10^12|3^20 or 2^32|10! or 2^22|7^10 or 10^8}}? Explain without a calculator."),
    ("chat", "Is the check digit of ISBN {{isbn}} correct?"),
    ("chat", "Draft an out-of-office message: back on {{weekday}} {{date}}, urgent issues go to the support team through the help centre."),
    ("chat", "Create a {{one:weekly|monthly}} meal plan for a vegetarian on a {{price}} budget."),
    ("chat", "How do I write a SQL query for the top 5 products by revenue in {{month}} {{year}}?"),
    ("chat", "Write a haiku about Kubernetes pods restarting at {{time}}."),
    ("chat", "Please proofread: 'The Customer Success team will reach out to the user within 2 business days of ticket {{ticket}} being opened.'"),
    ("chat", "How many seconds are there between {{date}} and {{date}}?"),
    ("chat", "Suggest ten names for a {{one:coffee subscription box|plant shop|budgeting app|dog-walking service}}. Playful, not cheesy."),
    ("chat", "Explain big-O of binary search to a junior developer, with an example on a sorted list of {{num}} items."),
    ("chat", "What's the monthly payment on a loan of {{price}} at 4.9% APR over 60 months?"),
    ("chat", "Can you explain what a UUID v4 like {{uuid}} encodes, if anything?"),
    ("chat", "Joy of cooking aside, what's the fastest way to {{one:caramelise onions|cook dried beans|proof bread dough|reduce a sauce}} without ruining them?"),
    ("chat", "give me 5 interview questions for a {{lib}} developer, senior level"),
    ("chat", "Why does 0.1 + 0.2 print 0.30000000000000004 in {{one:JavaScript|Python|Java|Go}}?"),
    ("chat", "Our {{product}} landing page converts at {{pct}}. List ten A/B tests worth running first."),
    ("chat", "What does 'net 30' mean on an invoice dated {{date}}? When is it due?"),
    ("chat", "Summarise the plot of a heist story in which a crew of robots steals the world's last {{one:cup of coffee|working printer|jar of honey|vinyl record}}. Keep it under 100 words."),
    ("chat", "Convert {{qty}} miles per hour to metres per second and explain the steps."),
    ("chat", "How do I {{one:rename a Git branch|delete a Git branch|squash the last three commits|undo a pushed commit}} both locally and on the remote?"),
    # email
    ("email", "Hi team,\n\nA reminder that the {{product}} maintenance window is {{weekday}} from {{time}} to {{time}}. Orders placed during the window (e.g. {{order}}) will be queued.\n\nThanks,\nThe Platform Team\n\nMake this email shorter."),
    ("email", "Subject: Your invoice {{invoice}}\n\nHello,\n\nThank you for your purchase. Your invoice for {{price}} is attached. Payment is due within 30 days.\n\nBest regards,\nAccounts Receivable\n\n-- translate into German"),
    ("email", "Dear customer,\n\nYour order {{order}} has shipped. Tracking number: {{track}}. Expected delivery: {{date}}.\n\n{{company}} Support\n\nIs this email too formal?"),
    ("email", "Write a cold email to a hiring manager about our {{product}} analytics tool. Keep it under 120 words and mention the free trial."),
    ("email", "Hi all,\n\nQ{{one:1|2|3|4}} numbers are in: revenue {{price}}, churn {{pct}}, NPS {{qty}}. Details in the dashboard.\n\nCheers,\nFinance\n\nTurn this into three slides of bullets."),
    ("email", "Hi {{ first_name }},\n\nYour {{product}} trial ends on {{date}}. Upgrade before then to keep your projects.\n\nThe {{product}} team\n\nWhy does Mailchimp show the placeholder literally?"),
    ("email", "Subject: Price change from {{month}}\n\nDear subscriber,\nfrom {{date}} the Pro plan costs {{price}} per month. Existing annual plans are unaffected.\n\nmake it friendlier"),
    ("email", "Write a follow-up email to a customer whose refund for order {{order}} was approved today; funds arrive in 5-7 business days."),
    # form
    ("form", "Product: {{product}}\nSKU: {{sku}}\nPrice: {{price}}\nStock: {{qty}}\nRelease: {{month}} {{year}}\n\nWrite a one-line ad from this."),
    ("form", "Order ID: {{order}}\nStatus: Shipped\nCarrier ref: {{track}}\nWeight: {{qty}} kg\nShip date: {{date}}\n\nWhat's the expected delivery?"),
    ("form", "Title: Senior Backend Engineer\nTeam: Payments\nLevel: L5\nSalary band: {{price}} - {{price}}\nStack: {{lib}}, {{lib}}, {{lib}}\n\nWrite a job ad."),
    ("form", "Bug report\nVersion: {{ver}}\nBuild: {{build}}\nOS: {{one:Windows 11|macOS 14.5|Ubuntu 24.04}}\nSteps: open Settings, click Export\nExpected: CSV\nActual: HTTP {{http}}\n\nrewrite this clearly"),
    ("form", "Event: Spring Product Summit\nDate: {{date}}\nCapacity: {{qty}}\nTicket price: {{price}}\nPromo code: {{sku}}\n\nwrite a post announcing it"),
    ("form", "Plan: Team\nSeats: {{qty}}\nBilling: annual\nCoupon: {{sku}}\nTotal: {{price}}\n\nis the discount applied correctly if list price is {{price}} per seat?"),
    # json
    ("json", '{"order_id": "{{order}}", "items": [{"sku": "{{sku}}", "qty": {{qty}}, "price": "{{price}}"}], "status": "paid", "created_at": "{{date}}"}\nWrite a TypeScript type for this.'),
    ("json", '{"model": "{{model}}", "temperature": 0.2, "max_tokens": {{qty}}, "messages": [{"role": "user", "content": "Summarise the Q3 report"}]}\nwhy does this request return {{http}}?'),
    ("json", '{"id": "{{uuid}}", "version": "{{ver}}", "checksum": "{{sha}}", "size": {{num}}}\nhow do I verify the checksum in Python?'),
    ("json", '{"tool": "convert_currency", "arguments": {"amount": {{qty}}, "from": "EUR", "to": "JPY"}}\nwhat should the tool return?'),
    ("json", '{"user": {"id": {{qty}}, "role": "admin", "plan": "{{one:pro|team|enterprise}}"}, "flags": {"beta": true, "new_checkout": false}}\nwrite a JSON schema'),
    ("json", '{"invoice": "{{invoice}}", "lines": [{"desc": "{{product}} licence", "amount": {{qty}}}, {"desc": "Support", "amount": {{qty}}}], "due": "{{date}}"}\nadd up the lines'),
    ("json", '{"build": "{{build}}", "commit": "{{sha}}", "tests": {"passed": {{num}}, "failed": {{qty}}}, "duration_s": {{qty}}}\nwrite a Slack message from this'),
    # code
    ("code", "df.groupby('region_code')['revenue'].sum().sort_values(ascending=False).head({{qty}})\nhow do I also get the share of total?"),
    ("code", "SELECT product_id, SUM(amount) FROM orders WHERE created_at >= '{{date}}' GROUP BY 1 HAVING SUM(amount) > {{qty}};\nThis is slow on {{num}} rows, which index helps?"),
    ("code", "function debounce(fn, ms) {\n  let t;\n  return (...args) => { clearTimeout(t); t = setTimeout(fn, ms, ...args); };\n}\n{{one:why does `this` break inside fn?|how do I add a cancel method?|write a throttle version too|convert to TypeScript}}"),
    ("code", "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nEXPOSE {{port}}\nCMD [\"uvicorn\", \"main:app\"]\nthe container starts but nothing answers on port {{port}}"),
    ("code", 'func ParseVersion(s string) (int, int, int, error)\n// returns an error for "{{ver}}", should it?'),
    ("code", "server {\n    listen {{port}};\n    server_name api.example.com;\n    location / { proxy_pass http://upstream_api; }\n}\nadd rate limiting"),
    ("code", "def test_total():\n    assert compute_total([19.99, 5.01, {{qty}}]) == {{num}}\n\nE   AssertionError\nfloating point again?"),
    ("code", "const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;\nre.test('{{uuid}}') // false?"),
    ("code", "SELECT COUNT(*) FILTER (WHERE status = 'refunded') * 100.0 / COUNT(*) FROM orders WHERE created_at BETWEEN '{{date}}' AND '{{date}}';\nexplain this query"),
    ("code", "for i in range({{qty}}):\n    results.append(fetch(page=i))\nhow do I make this concurrent with asyncio?"),
    ("code", "class Order(BaseModel):\n    id: str  # e.g. {{order}}\n    total: Decimal\n    placed_at: datetime\nhow do I serialise Decimal as a string?"),
    # table
    ("table", "| Product | Units | Revenue |\n|---|---|---|\n| {{product}} | {{qty}} | {{price}} |\n| {{product}} | {{qty}} | {{price}} |\n| {{product}} | {{qty}} | {{price}} |\n\nWhich product has the best revenue per unit?"),
    ("table", "date,sku,qty,price\n{{date}},{{sku}},{{qty}},{{price}}\n{{date}},{{sku}},{{qty}},{{price}}\n{{date}},{{sku}},{{qty}},{{price}}\n\nload this into pandas and compute weekly totals"),
    ("table", "| Month | Signups | Churn |\n|---|---|---|\n| {{month}} | {{qty}} | {{pct}} |\n| {{month}} | {{qty}} | {{pct}} |\n\nwrite a one-paragraph summary"),
    ("table", "version,release_date,status\n{{ver}},{{date}},lts\n{{ver}},{{date}},eol\n{{ver}},{{date}},current\n\nwhich should we upgrade to?"),
    ("table", "| Model | Tokens/s | p95 latency |\n|---|---|---|\n| {{model}} | {{qty}} | {{qty}} ms |\n| {{model}} | {{qty}} | {{qty}} ms |\n\nwhich is better for a chatbot?"),
    ("table", "Plan | Monthly | Annual\nStarter | {{price}} | {{price}}\nPro | {{price}} | {{price}}\nEnterprise | Contact sales | -\n\nhow big is the annual discount?"),
    # log
    ("log", "{{date}} ERROR worker-3 job={{uuid}} failed after {{qty}} retries: TimeoutError (upstream {{http}})\n{{date}} ERROR worker-1 job={{uuid}} failed after {{qty}} retries: TimeoutError (upstream {{http}})\nwhat is going on?"),
    ("log", "GET /api/v2/orders/{{order}} {{http}} {{qty}}ms\nPOST /api/v2/checkout {{http}} {{qty}}ms\nGET /healthz 200 1ms\nwhich request is the problem?"),
    ("log", "kubelet: Back-off restarting failed container api in pod api-{{sha}}-x7k2p\nkubelet: Liveness probe failed: HTTP probe failed with statuscode: {{http}}\nhow do I debug this?"),
    ("log", "[{{time}}] build {{build}} finished: {{num}} tests, {{qty}} failed, coverage {{pct}}\nwrite a short status line for the team channel"),
    ("log", "cron: backup completed size={{num}} bytes checksum={{sha}} duration={{qty}}s\nis this backup healthy?"),
    ("log", "WARN  [main] o.h.engine.jdbc.spi.SqlExceptionHelper: SQL Error: 0, SQLState: 40001 at {{ts}}\nwhat does 40001 mean?"),
    # ticket
    ("ticket", "Ticket {{ticket}}\nPriority: P2\nSummary: Export to CSV times out for workspaces with more than {{num}} rows.\nAffected version: {{ver}}\nWorkaround: filter by month.\n\nWrite a status update for the customer."),
    ("ticket", "Customer reports that promo code {{sku}} gives {{pct}} instead of 20% on order {{order}}. Draft the internal bug note."),
    ("ticket", "Support macro needed: the user can't {{one:log in after resetting 2FA|find the export button|change the billing currency|download past invoices}}. Write the steps they should follow."),
    ("ticket", "Incident {{ticket}}: {{lib}} cluster degraded from {{time}} to {{time}} UTC, {{qty}} requests failed with {{http}}. Write the postmortem summary."),
    ("ticket", "Feature request {{ticket}}: dark mode for the {{product}} dashboard. {{qty}} upvotes. Write the product brief."),
    # sms
    ("sms", "Your {{company}} verification code is {{qty}}{{qty}}. It expires in 10 minutes. Is this message legit or phishing?"),
    ("sms", "Write a short SMS reminding customers their appointment is tomorrow at {{time}}; reply C to cancel."),
    ("sms", "Order {{order}} is out for delivery today between {{time}} and {{time}}. Translate to Portuguese."),
    ("sms", "sms template: 'Hi {{ first_name }}, your table is ready!' How do I send this through {{one:Twilio|Vonage|AWS SNS|MessageBird}}?"),
    # meeting notes
    ("meeting", "Sprint {{qty}} retro notes:\n- Went well: deploys of {{ver}} were smooth\n- To improve: flaky tests in checkout\n- Action: backend team to add retries by {{weekday}}\nWrite this as a summary email."),
    ("meeting", "Meeting notes, pricing review ({{date}})\nAgenda: 1. {{product}} tiers 2. discounts over {{pct}} 3. {{month}} launch\nDecision: Pro tier at {{price}}\nturn this into a decision log"),
    ("meeting", "Q{{one:1|2|3|4}} planning: design owns the onboarding revamp, the data team owns the churn dashboard, marketing owns the {{product}} webinar on {{weekday}}. Who looks overloaded?"),
    # transcript
    ("transcript", "User: what's the difference between RAM and VRAM?\nAssistant: RAM is system memory; VRAM sits on the graphics card.\nUser: and how much VRAM do I need for {{model}}?\nContinue the conversation."),
    ("transcript", "Agent: Thank you for contacting support, how can I help?\nCustomer: My order {{order}} arrived damaged.\nAgent: I'm sorry! Could you share a photo?\nCustomer: Sure, sending it now.\nRate the agent's tone."),
    ("transcript", "Q: Is the {{product}} waterproof?\nA: It is rated IP67.\nQ: What about the charging case?\nA: The case is not water resistant.\nturn this into an FAQ"),
    # yaml
    ("yaml", "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:{{ver}}\n          ports:\n            - containerPort: {{port}}\nwhy CrashLoopBackOff?"),
    ("yaml", "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: '{{one:3.11|3.12|3.13}}'\n{{one:add pip caching|run on a matrix of versions|only run on main|upload coverage}}"),
    ("yaml", "services:\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n  cache:\n    image: redis:7\n    ports: [\"6379:6379\"]\n{{one:how do I persist the database?|how do I add a healthcheck?|why can't the app reach db?|add a worker service}}"),
    ("yaml", "paths:\n  /orders/{id}:\n    get:\n      responses:\n        '200':\n          description: OK\n        '{{http}}':\n          description: Error\nadd a schema for the order"),
    # html
    ("html", '<div class="product"><h2>{{product}}</h2><p class="price">{{price}}</p><button>Add to cart</button></div>\nMake the button accessible.'),
    ("html", '<nav><a href="/pricing">Pricing</a><a href="/docs">Docs</a><a href="/blog">Blog</a></nav>\n{{one:center these links with flexbox|make the nav sticky|add an active state|make it a hamburger menu on mobile}}'),
    ("html", "<table><tr><th>Plan</th><th>Price</th></tr><tr><td>Starter</td><td>{{price}}</td></tr><tr><td>Pro</td><td>{{price}}</td></tr></table>\nmake it responsive"),
    # stack trace
    ("stacktrace", "Traceback (most recent call last):\n  File \"/srv/app/orders/views.py\", line {{qty}}, in detail\n    return render(order['order_id'])\nKeyError: 'order_id'\nthe field is called orderId in the API"),
    ("stacktrace", "TypeError: Cannot read properties of undefined (reading 'map')\n    at ProductList (ProductList.jsx:{{qty}}:17)\n    at renderWithHooks (react-dom.development.js:16305:18)\nhow do I fix this?"),
    ("stacktrace", "java.lang.NullPointerException\n\tat com.shop.cart.CartService.total(CartService.java:{{qty}})\n\tat com.shop.cart.CartController.checkout(CartController.java:58)\nwhat is null here?"),
    ("stacktrace", "thread 'main' panicked at 'index out of bounds: the len is 3 but the index is {{qty}}', src/main.rs:14:5\nexplain"),
    # commit
    ("commit", "feat(api): add pagination to /orders\n\nAdds cursor-based pagination with a default page size of {{qty}}.\nCloses {{ticket}}.\n\nimprove this commit message"),
    ("commit", "Write a commit message for this diff:\n- timeout = 30\n+ timeout = {{qty}}\n- retries = 3\n+ retries = 5"),
    ("commit", "chore(deps): bump {{lib}} from {{ver}} to {{ver}}\n\nRelease notes: fixes a regression in connection pooling.\n\nis this safe to merge on a {{weekday}}?"),
    # calendar
    ("calendar", "BEGIN:VEVENT\nSUMMARY:Sprint Planning\nDTSTART:{{year}}0302T090000Z\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;BYDAY=MO\nEND:VEVENT\nwhat does the RRULE mean?"),
    ("calendar", "Invite: Q3 Business Review\nWhen: {{weekday}} {{date}}, {{time}}-{{time}}\nWhere: Room 4B / video link in the description\nAgenda: pipeline, hiring, {{product}} launch\nwrite a short reminder"),
    ("calendar", "{{weekday}}: {{time}} team lunch, {{time}} deploy freeze begins, {{time}} release {{ver}}. Plan my afternoon around these."),
    ("chat", "Summarise this for a release announcement:\n\n## What's new in {{product}} {{ver}}\n\n### Faster sync\nLarge workspaces now sync up to 3x faster thanks to incremental diffs. Sync jobs that used to take {{qty}} minutes finish in under a minute.\n\n### Better exports\nCSV and Parquet exports now include custom fields. Exports over {{num}} rows are streamed instead of buffered.\n\n### Known Issues\n- The {{weekday}} digest email may arrive twice for some teams.\n- Dark mode contrast on the Billing page is too low.\n\nKeep it under 80 words."),
    ("chat", "Here is a paragraph from our onboarding guide. Make it friendlier and shorter:\n\n'Once the Administrator has created the Workspace, each Member receives an invitation. Members must accept the invitation within 7 days. Invitations that expire can be re-sent from Settings > Members. The Owner role cannot be transferred while an invoice (for example {{invoice}}) is outstanding. On Enterprise plans, SSO through Okta or Microsoft Entra ID is available from the Security tab.'"),
    ("chat", "Scale this recipe from 4 to {{qty}} servings and give cups for an American reader:\n- 250 g spaghetti\n- 3 cloves garlic\n- 60 ml olive oil\n- 1 tsp chilli flakes\n- 30 g parmesan"),
    ("chat", "Write product copy for our {{one:Spring|Autumn|Holiday}} Collection: the {{product}}, the {{product}} and the {{product}}. Tone: warm, confident, no exclamation marks."),
    ("code", "WITH monthly AS (\n  SELECT date_trunc('month', created_at) AS m, SUM(total) AS revenue\n  FROM orders GROUP BY 1\n)\nSELECT m, revenue, revenue - LAG(revenue) OVER (ORDER BY m) AS delta FROM monthly;\n{{one:how do I show the delta as a percentage?|why is the first delta NULL?|how do I fill missing months?}}"),
    ("chat", "A train leaves at {{time}} travelling at {{qty}} km/h; a second one leaves 45 minutes later at 120 km/h on a parallel track. When does the second catch up?"),
    ("chat", "Group this customer feedback into three themes:\n1. 'The Export button is hidden on mobile.'\n2. 'Love the new dashboard, but loading takes {{qty}} seconds.'\n3. 'Please add SAML SSO to the Business plan.'\n4. 'Invoices show the wrong currency after switching plans.'\n5. 'The Workflows guide is out of date since {{ver}}.'"),
)

LEFTOVER = re.compile(r"\{\{\w")  # a slot the pattern did not take ("{{ first_name }}" is text)

PERSON_KINDS = ("name", "first", "last", "lower", "upper", "rev", "fam1", "initial", "word",
                "wordname", "titled", "suffixed", "pm", "at")


class _Filler:
    """Resolves the slots of one template into pieces; a tag is one person in one prompt."""

    def __init__(self, rng: random.Random, phones: dict[str, str]) -> None:
        self.rng = rng
        self.phones = phones  # every planted phone number and the region it was made for
        self.people: dict[str, v.Person] = {}
        self.last: v.Person | None = None  # whose e-mail an untagged `email` slot is

    def _person(self, tag: str | None, word: bool = False) -> v.Person:
        if tag and tag in self.people:
            self.last = self.people[tag]
            return self.last
        p = v.person(self.rng)
        if word:
            p = v.Person(self.rng.choice(v.WORD_NAMES), p.family, "", p.culture, p.country)
        if tag:
            self.people[tag] = p
        self.last = p
        return p

    def _country(self, tag: str | None, known: tuple[str, ...] | dict) -> str:
        if tag and tag in self.people and self.people[tag].country in known:
            return self.people[tag].country
        if tag and tag not in self.people:
            country = self._person(tag).country
            if country in known:
                return country
        return self.rng.choice(sorted(known))

    def pieces(self, kind: str, arg: str | None, tag: str | None) -> list[Piece]:
        rng = self.rng
        if kind in PERSON_KINDS:
            p = self._person(tag, word=kind in ("word", "wordname"))
            value = {
                "name": lambda: v.usual_name(rng, p), "first": lambda: p.given, "last": lambda: p.family,
                "lower": lambda: v.usual_name(rng, p).lower(), "upper": lambda: v.usual_name(rng, p).upper(),
                "rev": lambda: f"{p.family}, {p.given}", "fam1": lambda: p.full() if p.middle else p.family_first(),
                "initial": lambda: f"{p.given} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {p.family}",
                "word": lambda: p.given, "wordname": lambda: f"{p.given} {p.family}",
                "titled": lambda: rng.choice((p.family, v.usual_name(rng, p))),
                "suffixed": lambda: f"{p.given} {p.family} {rng.choice(v.SUFFIXES)}",
                "pm": lambda: v.usual_name(rng, p), "at": lambda: p.given,
            }[kind]()
            if kind == "titled":
                return [rng.choice(v.TITLES) + " ", ("PERSON", value)]
            if kind == "pm":
                return [("PERSON", value), ", " + rng.choice(v.POSTNOMINALS)]
            if kind == "at":
                return ["@", ("PERSON", value)]
            return [("PERSON", value)]
        if kind == "email":
            if arg == "role":
                return [("EMAIL_ADDRESS", v.role_email(rng))]
            owner = self.last if tag is None and self.last else self._person(tag)
            return [("EMAIL_ADDRESS", v.email(rng, owner))]
        if kind == "phone":
            region = arg if arg and arg.isupper() else None
            if region is None and tag:
                region = self._country(tag, v.PHONE_REGIONS)
            style = arg if arg and arg.islower() else None
            text, region = v.phone(rng, region, style)
            self.phones[text] = region
            return [("PHONE_NUMBER", text)]
        if kind == "city":
            return [("LOCATION", rng.choice(v.CITIES[self._country(tag, v.CITIES)]))]
        if kind == "country":
            name = v.COUNTRIES[self._country(tag, v.COUNTRIES)]
            if name.startswith("the "):
                return [("LOCATION", name[4:])] if arg == "bare" else ["the ", ("LOCATION", name[4:])]
            return [("LOCATION", name)]
        if kind == "region":
            return [("LOCATION", rng.choice(v.REGIONS))]
        if kind == "address":
            country = arg if arg else self._country(tag, v.ADDRESS_COUNTRIES)
            return [("LOCATION", v.address(rng, country))]
        simple = {
            "card": ("CREDIT_CARD", lambda: v.card(rng)),
            "iban": ("IBAN_CODE", lambda: v.iban(rng, arg)),
            "ip": ("IP_ADDRESS", lambda: v.ipv4(rng)),
            "ip6": ("IP_ADDRESS", lambda: v.ipv6(rng)),
            "ssn": ("US_SSN", lambda: v.ssn(rng, " " if arg == "space" else "-")),
            "ssn_bare": ("US_SSN", lambda: v.ssn(rng, "")),
            "acct": ("ACCOUNT_NUMBER", lambda: v.account(rng)),
        }
        if kind in simple:
            entity, make = simple[kind]
            return [(entity, make())]
        if kind in v.DECOYS:
            return [v.decoy(rng, kind)]
        raise ValueError(f"unknown slot {kind!r}")


def _case(piece: Piece, mod: str | None) -> Piece:
    change = {"lower": str.lower, "upper": str.upper, None: lambda s: s}[mod]
    if isinstance(piece, tuple):
        return (piece[0], change(piece[1]))
    return piece


def _fill(template: str, filler: _Filler) -> list[Piece]:
    pieces: list[Piece] = []
    at = 0
    for m in SLOT.finditer(template):
        pieces.append(template[at : m.start()])
        at = m.end()
        if m.group("alts") is not None:
            pieces.append(filler.rng.choice(m.group("alts").split("|")))
            continue
        made = filler.pieces(m.group("kind"), m.group("arg"), m.group("tag"))
        pieces.extend(_case(piece, m.group("mod")) for piece in made)
    pieces.append(template[at:])
    for piece in pieces:
        if isinstance(piece, str) and LEFTOVER.search(piece):
            raise ValueError(f"unfilled slot in template {template[:60]!r}")
    return [p for p in pieces if p != ""]


def _cycle(rng: random.Random, templates: tuple[tuple[str, str], ...], count: int) -> Iterator[tuple[str, str]]:
    made = 0
    while True:
        order = list(templates)
        rng.shuffle(order)
        for item in order:
            if made == count:
                return
            made += 1
            yield item


@cache
def _build(seed: int = SEED) -> tuple[tuple[Prompt, ...], tuple[tuple[str, str], ...]]:
    rng = random.Random(seed)
    phones: dict[str, str] = {}
    drafts: list[tuple[str, list[Piece]]] = []
    seen: set[str] = set()
    for templates, count in ((PII, PERSONAL), (CLEAN_TEMPLATES, CLEAN)):
        for shape, template in _cycle(rng, templates, count):
            for _ in range(20):  # a prompt that repeats another is drawn again
                pieces = _fill(template, _Filler(rng, phones))
                text = "".join(p if isinstance(p, str) else p[1] for p in pieces)
                if text not in seen:
                    break
            else:
                raise ValueError(f"template gives only repeats: {template[:60]!r}")
            seen.add(text)
            drafts.append((shape, pieces))
    rng.shuffle(drafts)
    made = [compose(f"val3-{i:04d}", shape, pieces) for i, (shape, pieces) in enumerate(drafts, 1)]
    check(made)
    return tuple(made), tuple(sorted(phones.items()))


def prompts() -> list[Prompt]:
    return list(_build()[0])


def filled(seed: int) -> list[Prompt]:
    """The part's templates filled with another seed: its own names and values in other
    combinations (what scripts/train_pii_ner.py learns from a part whose errors were read)."""
    return list(_build(seed)[0])


def phone_regions() -> dict[str, str]:
    """Every planted phone number as written, and the region it was generated for."""
    return dict(_build()[1])
