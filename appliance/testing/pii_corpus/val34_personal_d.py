"""val34 personal templates, part D: prompts where US social security numbers and bank account
numbers come up (financial aid, US care and hospital billing, genealogy's death index,
payroll and invoices), across several shapes."""

from __future__ import annotations

from appliance.testing.pii_corpus.val34_gen import T

TEMPLATES = [
    T(
        "gen-notes-ssdi",
        "notes",
        """
SSDI hits for the {{p1.last}} line (checked {{date}})
- {{p1}} – SSN {{ssn1}}, last residence {{city1}}, died 1987
- {{p2}} – SSN {{ssn2}}, issued before 1951, died 1994
- {{p3.lf}} – SSN {{ssn3}}; probably the cousin in the 1940 census
Next: order the SS-5 application for {{p2.first}} (lists parents' names).
""",
        kin={"p2": "p1", "p3": "p1"},
        where=("US",),
    ),
    T(
        "school-form-fafsa",
        "form",
        """
FINANCIAL AID VERIFICATION – Quayside College
Student: {{p1.LAST}}, {{p1.first}}   SSN: {{ssn1}}
Parent 1: {{p2}}   SSN: {{ssn2}}   Phone: {{phone1}}
Mailing address: {{addr1}}
Refund by direct deposit – checking account number: {{acct1.us}}   routing no. {{routing}}
Scholarships already awarded: Fulbright (summer), college Pankhurst bursary
""",
        kin={"p2": "p1"},
        where=("US",),
    ),
    T(
        "care-form-admission-us",
        "form",
        """
Willowbank Assisted Living – Admission
Resident: {{p1}}
Social Security No.: {{ssn1}}
Medicare plan: Part A & B
Power of attorney: {{p2}}, {{phone1}}, {{p2.email}}
Autopay from checking account {{acct1.us}} (held at a credit union)
Room preference: Seacole wing, ground floor
""",
        where=("US",),
    ),
    T(
        "hosp-email-billing-us",
        "email",
        """
Subject: Question about my bill – account {{ref}}

Hello,

I received a bill for my mother {{p1}}'s stay on Nightingale Ward ({{?3 to 9 March|12 to 20 June|1 to 4 October|22 to 29 November}}). Her Social Security number is {{ssn1}} and her Medicare claim should have covered the Legionella test. Please refund the duplicate payment to my checking account, acct no. {{acct1.us}}.

You can reach me at {{phone1}}.

Thank you,
{{p2}}
""",
        where=("US",),
        kin={"p2": "p1"},
        sex={"p1": "f"},
    ),
    T(
        "stats-csv-roster",
        "csv",
        """
Before I upload this to the analysis server, which columns must go?
participant,ssn,site,arm,baseline_score
{{p1}},{{ssn1}},{{city1}},A,{{n}}
{{p2}},{{ssn2}},{{city1}},B,{{n}}
{{p3}},{{ssn3}},{{city2}},A,{{n}}
We only need arm and score for the Student's t-test and the Kaplan-Meier follow-up.
""",
        where=("US",),
    ),
    T(
        "fellow-transcript-aid",
        "transcript",
        """
AGENT: Financial aid office, this is {{p1.first}}.
STUDENT: Hi, it's {{p2}}. My Fulbright stipend hasn't arrived.
AGENT: I can check. Can you confirm your Social Security number?
STUDENT: {{ssn1}}.
AGENT: Thanks. We have the deposit going to account number {{acct1.us}} – is that still right?
STUDENT: No, I closed that. The new one is {{acct2.us}}.
AGENT: Updated. You'll see it within five business days.
""",
        where=("US",),
    ),
    T(
        "wedding-email-invoice-in",
        "email",
        """
Subject: Invoice {{invoice}} – mehendi and sangeet décor

Dear {{p1.first}} ji,

Please find the balance for the mehendi and sangeet décor below. Kindly transfer ₹{{big}} to:
Account name: Confetti Events
A/c no. {{acct1.in}}
IFSC: {{ifsc}}
Bank: HDFC Bank

For any queries call {{p2}} on {{phone1}}.

Regards,
Confetti Events
""",
        names=("south_asia",),
        where=("IN",),
    ),
    T(
        "tailor-letter-bacs",
        "letter",
        """
{{date}}

Dear {{p1.hon}} {{p1.ref}},

Thank you for your order of a Chesterfield overcoat and a pair of Oxford shoes. To pay the balance of {{price}} by bank transfer, please use:

Sort code {{sortcode}}
Account number {{acct1.uk}}
Reference: {{order}}

Your second fitting is on {{date}}. If you need to change it, ring {{p2.first}} on {{phone1}}.

Yours sincerely,
{{p2}}
""",
        where=("GB",),
    ),
    T(
        "row-chat-subs",
        "chat",
        """
can you write a polite reminder for unpaid subs? the club's acct no. is {{acct1}} and people who pay by card can use the link. {{p1}} and {{p2}} still owe for last season. treasurer is {{p3.first}} ({{phone1}})
""",
    ),
    T(
        "care-chat-pet-visit",
        "chat",
        """
{{p1}} asked whether her dog Biscuit can visit her father, {{p2}}, in the Jenner Suite on {{day}}. The dog is small and vaccinated. Can you draft a yes-with-conditions reply? She's on {{phone1}}.
""",
        kin={"p2": "p1"},
        sex={"p1": "f", "p2": "m"},
    ),
]
