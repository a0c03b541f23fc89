"""val31 personal templates, part E: payments (cards, IBANs, account numbers), US social
security numbers, and the domains the other parts touch least (orchards, sport, choirs)."""

from __future__ import annotations

from appliance.testing.pii_corpus.val31_gen import P

TEMPLATES = [
    P(
        "pe-chat-card-wine-1",
        "chat",
        "wine",
        """
A customer put their full card number in an email to our wine shop: "Hi, it's {{p1}}, please \
charge {{card}} for the {{wine}} pre-order and send it to {{l1.addr}}." Write a reply saying \
we've deleted the email and asking them to call {{ph1:l1}} to pay securely.
""",
    ),
    P(
        "pe-email-card-funeral-1",
        "email",
        "funeral",
        """
Subject: Payment for the service of {{p1}}

Dear {{p2.first}},

Thank you for your call today. As requested, we have taken the balance of {{price}} from the \
American Express card ending {{n:1000-9999}}. The deposit was paid earlier by {{p3}} on card \
{{card:visa}}, and that receipt has been e-mailed to {{p3.email}}.

With kind regards,
{{p4}}
""",
    ),
    P(
        "pe-form-card-sport-1",
        "form",
        "sport",
        """
JUNIOR MEMBERSHIP - {{pick:Riverside FC|Village Cricket Club|Harbour Rovers}}
Player: {{p1}}        Age group: U{{n:9-16}}
Parent/guardian: {{p2:kin1}}
Address: {{l1.addr}}
Mobile: {{ph1:l1}}
Email: {{p2.email}}
Kit size: {{pick:YS|YM|YL}}
Annual fee: {{price}}
Card number: {{card}}   Expiry: {{n:1-12}}/{{n:26-30}}
Photo consent: {{pick:yes|no}}
""",
    ),
    P(
        "pe-json-card-wedding-1",
        "json",
        "wedding",
        """
{"room_block": "{{booking}}", "event": "wedding of {{p1.first}} and {{p2.first}}",
 "nights": {{n:1-3}}, "rooms": [
  {"guest": "{{p3}}", "arrival": "{{isodate}}", "guarantee_card": "{{card}}"},
  {"guest": "{{p4}}", "arrival": "{{isodate}}", "guarantee_card": "{{card}}"}
 ], "billing_contact": "{{p1.email}}"}
""",
    ),
    P(
        "pe-transcript-card-brewery-1",
        "transcript",
        "brewery",
        """
[Phone order - taproom, {{date}}]
STAFF: Hop and Barrel, {{p1.first}} speaking.
CUSTOMER: Hi, I'd like to order the {{beer}} gift box for my dad. Name's {{p2}}.
STAFF: Lovely. Delivery address?
CUSTOMER: {{l1.addr}}.
STAFF: And the card number when you're ready?
CUSTOMER: It's {{card:mc:space}}, expiry {{n:1-12}}/{{n:26-29}}.
STAFF: Thanks, you'll get a text on {{ph1:l1}} when it ships.
""",
    ),
    P(
        "pe-voice-card-funeral-1",
        "voice",
        "funeral",
        """
hello this is {{p1}} im paying for my {{p1.g:mothers|fathers}} flowers the card number is \
{{card::space}} and please put the card from {{p2}} on the wreath
""",
    ),
    P(
        "pe-csv-ssn-election-1",
        "csv",
        "election",
        """
Poll worker payroll - general election
precinct,poll_worker,role,ssn,phone,hours
{{n:100-400}},{{p1.lf}},judge,{{ssn}},{{ph1:US}},{{n:12-15}}
{{n:100-400}},{{p2.lf}},clerk,{{ssn}},{{ph2:US}},{{n:12-15}}
{{n:100-400}},{{p3.lf}},clerk,{{ssn}},{{ph3:US}},{{n:12-15}}
""",
    ),
    P(
        "pe-form-ssn-school-1",
        "form",
        "school",
        """
SUBSTITUTE TEACHER APPLICATION - School District {{n:2-40}}
Name: {{p1.UPLF}}
SSN: {{ssn}}
Address: {{l1.addr:US}}
Phone: {{ph1:US}}
Certification: {{pick:K-6 general|secondary math|special education}}
Reference: {{p2}}, {{job}}, {{p2.work}}
Available: {{pick:Mon-Wed|Thu-Fri|any weekday}}
""",
    ),
    P(
        "pe-letter-ssn-ngo-1",
        "letter",
        "ngo",
        """
{{date}}

{{p1}}
{{l1.addr:US}}

Dear {{p1.first}},

Welcome to your new home. Your Social Security number has been issued: {{ssn}}. Please keep \
the card safe and do not carry it with you. Your caseworker, {{p2}}, will help you open a \
checking account and apply for a work permit renewal.

If you need an interpreter, call our office at {{ph1:US}} and ask for {{p3.first}}.

Sincerely,
{{p4}}
Resettlement Program Manager
""",
    ),
    P(
        "pe-chat-ssn-hr-1",
        "chat",
        "hr",
        """
is it ok to send this to the background check vendor by plain email? "{{p1}}, SSN {{ssn}}, \
DOB {{date}}, current address {{l1.addr:US}}". {{p2.first}} in legal says no but I'm not sure why
""",
    ),
    P(
        "pe-email-iban-orchard-1",
        "email",
        "orchard",
        """
Subject: Invoice {{invoice}} - bare-root roses

Dear {{p1.hon}} {{p1.last}},

Thank you for your order of 40 x {{rose}} and 20 x {{rose}}. Please pay {{price}} to our \
account: IBAN {{iban:NL}}, BIC RABONL2U, reference {{invoice}}.

Our grower, {{p2}}, will lift the plants in the week of {{date}}; the courier will call you on \
{{ph1}} before delivery to {{l1.addr}}.

Kind regards,
{{p3}}
Rosefield Growers
""",
    ),
    P(
        "pe-yaml-iban-music-1",
        "yaml",
        "music",
        """
# concert fees: {{musicwork}}
payees:
  - name: {{p1}}
    role: soloist
    iban: {{iban}}
    fee: "{{price}}"
  - name: {{p2}}
    role: chorus master
    iban: {{iban}}
    fee: "{{price}}"
approved_by: {{p3.ilast}}
""",
    ),
    P(
        "pe-ticket-acct-election-1",
        "ticket",
        "election",
        """
Ticket {{ticket}} - Poll worker payment failed
Requester: {{p1}} (presiding officer, {{l1.city}} district)
Details: The payment for election day bounced. {{p1.first}} says the bank account number we \
have, {{acct}}, is an old one; the new account number is {{acct}} at the same bank. Please \
update and re-run the payment before {{date}}. Callback: {{ph1:l1}}.
""",
    ),
    P(
        "pe-notes-acct-farm-1",
        "notes",
        "farm",
        """
Call with the grant officer - {{date}}
- applicant: {{p1}}, {{l1.city}}
- hedgerow grant approved, {{price}} in two instalments
- paid into acct no. {{acct}} (sort code {{pick:30-94-57|20-71-64|83-06-08}})
- second instalment after inspection by {{p2.ilast}} in {{month}}
- {{p1.first}}'s {{tractor}} to be used for planting, fine
""",
    ),
    P(
        "pe-letter-acct-orchard-1",
        "letter",
        "orchard",
        """
{{l1.addr}}
{{date}}

Dear {{p1.first}},

Thank you for pressing our {{cultivar}} apples again this autumn. The juice was wonderful. \
Please pay our share of the bottling costs, {{price}}, into my checking account, account \
number {{acct:us}}, and let me know when it is done.

Warm regards,
{{p2}}
""",
    ),
    P(
        "pe-mdtable-iban-ngo-1",
        "markdown_table",
        "ngo",
        """
Check that every IBAN below is valid and list the ones that are not:

| Beneficiary | Country | IBAN | Amount |
|---|---|---|---|
| {{p1}} | {{l1.country}} | {{iban}} | {{price}} |
| {{p2}} | {{l2.country}} | {{iban}} | {{price}} |
| {{p3}} | {{l3.country}} | {{iban}} | {{price}} |
""",
    ),
    P(
        "pe-minutes-sport-1",
        "minutes",
        "sport",
        """
Supporters' club committee - {{date}}
Present: {{p1}} (chair), {{p2}}, {{p3}}, {{p4.first}}
1. Away travel: coach to {{stadium}} booked for {{n:40-70}} members; {{p2.first}} collects \
payments.
2. Youth section: {{p3.first}} reports {{n:20-90}} juniors; kit sponsor {{brand}}.
3. Memorial bench for {{p5}} - family contact {{p6:kin5}} ({{ph1}}) agreed the wording.
""",
    ),
    P(
        "pe-html-orchard-1",
        "html",
        "orchard",
        """
<section class="newsletter">
  <h2>News from the rose field</h2>
  <p>Our head grower <strong>{{p1}}</strong> has bred a new climber, provisionally called \
"{{pick:Harbour Dawn|Morning Tide|Lantern}}". Trial plants are with {{p2}} in {{l1.city}} and \
{{p3.ilast}} in {{l2.city}}.</p>
  <p>Order {{rose}} and {{rose}} before {{month}}: <a href="mailto:{{em1:orders}}">{{em1:orders}}</a></p>
</section>
""",
    ),
    P(
        "pe-chat-music-1",
        "chat",
        "music",
        """
Our community choir is singing {{musicwork}} in {{month}}. Can you write a 100-word welcome for \
the programme? Thank our accompanist {{p1}}, our conductor {{p2.first}}, and {{p3}} from \
{{l1.city}}, who lent us the risers.
""",
    ),
    P(
        "pe-email-acct-rescue-1",
        "email",
        "rescue",
        """
Subject: Donation - thank you

Dear {{p1.first}},

Thank you for the {{price}} raised at the fell race. To pay it in by bank transfer, please use \
account number {{acct}} (sort code {{pick:09-01-29|40-52-40|16-00-15}}); our treasurer, \
{{p2}}, will send you a receipt. The winner's trophy is with {{p3.first}} in {{l1.city}}.

Best wishes,
{{p4}}
Team Leader
""",
    ),
    P(
        "pe-sms-card-rail-1",
        "sms",
        "rail",
        """
Hi {{p1.first}}, payment of {{price}} for the {{loco}} dining special on card ending \
{{n:1000-9999}} failed. Pay at {{pick:valleysteamrailway.org.uk/pay|the booking office}} or \
call {{ph1}}.
""",
    ),
    P(
        "pe-code-ssn-1",
        "code",
        "hr",
        """
# test fixture leaked into prod config - please help me scrub it
EMPLOYEES = [
    ("{{p1}}", "{{ssn}}", "{{l1.city:US}}"),
    ("{{p2}}", "{{ssn}}", "{{l2.city:US}}"),
]
""",
    ),
]
