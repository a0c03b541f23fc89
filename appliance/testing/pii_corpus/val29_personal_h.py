"""val29 personal templates about money across the part's domains: payment runs, mandates,
payroll, direct deposit, credit applications and card details read out or pasted (see
val29.py and val29_gen.py for the slots)."""

from __future__ import annotations

from .val29_gen import T

TEMPLATES = [
    T(
        "pay-p01",
        "csv",
        "translation",
        """Check this freelancer payment run before I upload it:

payee,email,iban,amount_eur,reference
{{a}},{{a.mail}},{{iban:DE}},"{{n:200-2400}}.00",{{inv}}
{{b}},{{b.mail}},{{iban:FR,c}},"{{n:200-2400}}.00",{{inv}}
{{c}},{{c.mail}},{{iban:NL}},"{{n:200-2400}}.00",{{inv}}
{{d}},,{{iban:PL}},"{{n:200-2400}}.00",{{inv}}""",
    ),
    T(
        "pay-p02",
        "form",
        "clubs",
        """SEPA DIRECT DEBIT MANDATE
Creditor: Ruderverein Seeblick e.V., creditor ID DE98ZZZ0000{{n:1000000-9999999}}
Mandate reference: MBR-{{n:1000-9999}}
Account holder: {{a}}
Address: {{addr:DE}}
IBAN: {{iban:DE}}
BIC: {{|COBADEFFXXX|GENODEF1S01|HYVEDEMMXXX}}
Member(s) covered: {{a.g}}, {{b.g}}
Signed: {{a.gi}}, {{date:eu}}""",
        "b=^a",
    ),
    T(
        "pay-p03",
        "form",
        "archaeology",
        """VOLUNTEER EXPENSES CLAIM
Name: {{a}}
Project: summer excavation, weeks 2-3
Travel: return rail fare, {{price:€}}
Subsistence: 6 days x €15
Pay to IBAN: {{iban}}
Approved by: {{b.i}} (site director)
Queries: {{a.mail}}""",
    ),
    T(
        "pay-p04",
        "letter",
        "devoffice",
        """Dear {{a.mr}} {{a.f}},

Estate of the late {{b}}

Thank you for confirming, as executor, the legacy of EUR {{n:10000-250000}} to the \
University's Hardship Bursary. To avoid any delay, please make the transfer to our euro \
account, IBAN {{iban:IE}}, quoting LEG-{{n:1000-9999}}.

We note that the residue will be paid from the estate account {{iban}} in two instalments; \
our legacy officer, {{c}}, will write to you about the second one.

Yours sincerely,
{{d}}
Head of Legacies""",
    ),
    T(
        "pay-p05",
        "paste",
        "hospital",
        """Bitte übersetze diese Rechnung ins Englische:

"Privatärztliche Rechnung Nr. {{inv}}
Patient: {{a}}, geb. {{dob:eu}}
Behandelnder Arzt: Dr. {{b}}
Leistung: Sonographie Abdomen, Beratung (GOÄ 410, 3)
Betrag: {{price:€}}
Bitte überweisen Sie den Betrag innerhalb von 30 Tagen auf das Konto IBAN {{iban:DE}}.\"""",
        "all=german,turkish,polish,greek,serbian",
    ),
    T(
        "pay-p06",
        "tsv",
        "typefoundry",
        """designer\temail\tfamily\troyalty_q2\tiban
{{a}}\t{{a.mail}}\tBodoni Moda\t{{price:€}}\t{{iban}}
{{b}}\t{{b.mail}}\tCaslon Ionic\t{{price:€}}\t{{iban}}
{{c}}\t{{c.mail}}\tGill Sans Nova (hinting)\t{{price:€}}\t{{iban:GB}}

Draft the remittance email for each designer.""",
    ),
    T(
        "pay-p07",
        "paste",
        "wedding",
        """Traduci in inglese e rispondi in modo cortese:

"Cara {{a.g}}, ti confermo la location per il {{date:eu}}. Per bloccare la data serve un \
acconto del 30% ({{price:€}}) da versare sull'IBAN {{iban:IT}} intestato a {{b}}. Per il \
menù ti chiamerà lo chef, {{c}}, al {{ph:IT}}. Un abbraccio, {{b.g}}\"""",
        "all=italian sex_a=f",
    ),
    T(
        "pay-p08",
        "code",
        "softwareops",
        """These IBAN tests fail after the refactor, why?

@pytest.mark.parametrize("iban,holder", [
    ("{{iban:GB}}", "{{a}}"),
    ("{{iban:ES,c}}", "{{b}}"),
    ("{{iban:SE}}", "{{c}}"),
])
def test_valid_iban(iban, holder):
    assert validate_iban(iban).ok, holder""",
    ),
    T(
        "pay-p09",
        "csv",
        "bakery",
        """Payroll export, can you check the totals add up?

employee,sort_code,account_number,gross,net
{{a}},{{|20-45-77|40-11-62|30-94-57}},{{acct:uk}},"£{{n:1900-4200}}.{{|00|50|25}}","£{{n:1500-3100}}.{{|00|40|75}}"
{{b}},{{|20-45-77|40-11-62|30-94-57}},{{acct:uk}},"£{{n:1900-4200}}.{{|00|50|25}}","£{{n:1500-3100}}.{{|00|40|75}}"
{{c}},{{|20-45-77|40-11-62|30-94-57}},{{acct:uk}},"£{{n:1900-4200}}.{{|00|50|25}}","£{{n:1500-3100}}.{{|00|40|75}}"
{{d}},{{|20-45-77|40-11-62|30-94-57}},{{acct:uk}},"£{{n:1900-4200}}.{{|00|50|25}}","£{{n:1500-3100}}.{{|00|40|75}}\"""",
    ),
    T(
        "pay-p10",
        "form",
        "hospital",
        """DIRECT DEPOSIT AUTHORIZATION - Payroll
Employee: {{a}}    Employee ID: {{n:100000-999999}}
SSN: {{ssn}}
Department: Radiology
Bank: {{|Chase|Wells Fargo|US Bank|PNC}}
Routing number: {{n:100000000-999999999}}
Checking account number: {{acct:us}}
Deposit: 100% of net pay
Signature: {{a.gi}}    Date: {{date:us}}""",
    ),
    T(
        "pay-p11",
        "sms",
        "locksmith",
        """Good day {{a.g}}, job completed at {{a.addr}}. Pls pay \
N{{n:15-90}},000 to GTBank a/c {{acct:ng}} ({{b}}) and send proof to {{ph:NG}}. Thank you""",
        "all=yoruba,igbo,hausa",
    ),
    T(
        "pay-p12",
        "email",
        "wedding",
        """Subject: Advance for the mehndi and sangeet

Hi {{a.g}},

Lovely speaking to you and {{b.g}} today. As discussed, please transfer the advance of \
Rs {{n:50-300}},000 by NEFT to:

Account name: {{c}}
A/c No. {{acct:in}}
IFSC: HDFC000{{n:1000-9999}}

Once it's in, I'll block {{date:long}} with the decorators. My number is {{c.ph}}.

Warmly,
{{c.g}}""",
        "all=hindi,punjabi,gujarati,tamil,telugu,bengali",
    ),
    T(
        "pay-p13",
        "csv",
        "theatre",
        """Payroll onboarding for the summer company, which rows \
are incomplete?

performer,ssn,union_no,direct_deposit_acct,email
{{a}},{{ssn}},AEA-{{n:10000-99999}},{{acct:us}},{{a.mail}}
{{b}},{{ssn}},AEA-{{n:10000-99999}},{{acct:us}},
{{c}},{{ssn}},,{{acct:us}},{{c.mail}}""",
        "reg=US",
    ),
    T(
        "pay-p14",
        "json",
        "motor",
        """{"application_id": "{{uuid}}", "vehicle": "2023 Ford \
Bronco", "applicant": {"name": "{{a}}", "ssn": "{{ssn}}", "dob": "{{dob:iso}}", "phone": \
"{{ph:US}}"}, "co_applicant": {"name": "{{b}}", "ssn": "{{ssn}}"}, "requested_amount": \
{{n:20000-60000}}, "term_months": 60}

Which fields does the lender still need?""",
    ),
    T(
        "pay-p15",
        "voice",
        "hospital",
        """hi it's {{a.low}} calling about the bill from my \
visit on the {{n:2-28}}th the account number on the letter is wrong my social security \
number is {{ssn:space}} and my date of birth is {{dob:long}} please call me back on \
{{ph:US,natc}}""",
    ),
    T(
        "pay-p16",
        "form",
        "climbing",
        """Form W-4 (summary) - seasonal guide
Name: {{a}}
SSN: {{ssn}}
Address: {{addr:US}}
Filing status: single
Multiple jobs: yes (winter ski patrol)
Employer: Alpine Guiding Co., EIN {{n:10-99}}-{{n:1000000-9999999}}""",
    ),
    T(
        "pay-p17",
        "chat",
        "hospital",
        """A patient, {{a}}, phoned billing and read out {{a.his}} \
social security number ({{ssn}}) so we could find the account. Our policy says we shouldn't \
store it in notes. Draft a short note for the file that leaves it out, and a reply to \
{{a.mail}}.""",
    ),
    T(
        "pay-p18",
        "transcript",
        "theatre",
        """Box office call {{ref}}
Agent: Rivergate Theatre box office, {{a.g}} speaking.
Caller: Hi, I'd like two tickets for Tosca on Saturday, stalls if possible. It's {{b}}.
Agent: Row F is free. Card number when you're ready?
Caller: {{cc:visa,s}}, expiry {{n:1-12}}/{{n:26-30}}.
Agent: Thank you. Confirmation goes to {{b.mail}}.""",
    ),
    T(
        "pay-p19",
        "chat",
        "locksmith",
        """A customer, {{a}}, emailed us {{a.his}} full card \
number ({{cc}}) to pay the call-out. How do I reply asking {{a.him}} to pay through the \
secure link instead, and what should I do with the email?""",
    ),
    T(
        "pay-p20",
        "slack",
        "bakery",
        """#orders-urgent
{{a}}  11:02  customer on the phone wants the Sachertorte today, paying now
{{a}}  11:03  card {{cc}} exp {{n:1-12}}/{{n:27-30}}
{{b}}  11:04  {{a.g}} please don't paste cards here, use the terminal! deleting in 5
{{a}}  11:04  sorry!! done on the terminal""",
    ),
    T(
        "pay-p21",
        "csv",
        "cocktail",
        """Which event deposits still need charging?

event,date,host,card,deposit
Gin masterclass,{{date:iso}},{{a}},{{cc}},"{{price:£}}"
Private hire (mezzanine),{{date:iso}},{{b}},{{cc}},"{{price:£}}"
Negroni week launch,{{date:iso}},{{c}},{{cc:amex}},"{{price:£}}"
Staff party,{{date:iso}},{{d}},,"{{price:£}}\"""",
    ),
]
