"""A second validation part of the PII corpus: 600 prompts, 240 of them clean.

Written apart from the other parts, with its own sentences, names, domains and formats, to
choose between detector configurations on data unlike what they were tuned on. Personal
prompts lean on what users really send: names from two dozen cultures in every position
(first or last word, lower case, surname first, "Surname, Given", upper case in logs, with
titles, inside JSON, CSV, tables, signatures and log lines), phone numbers of 22 countries
in national, international, E.164, "00" and hand-made layouts, mostly without a context word.
Clean prompts carry no personal data and no places, but decoys: order, invoice, tracking and
ticket numbers, dates, versions and builds, prices, SKUs, ISBNs, UUIDs, hashes, cloud account
ids, template placeholders, and words shaped like people or places that are not, in context
("Ask Jeeves", "Ruby on Rails", "Jupyter", "Jenkins", "macOS Sonoma", "Hyundai Santa Fe",
"Brussels sprouts", "Grant read access", "the Willow Lane theme").

Made by `prompts()`: one `random.Random(SEED)` draws, for each of the 600 slots, whether it is
clean and a template of that kind (every template of the kind has its turn before any comes
round again), and the template draws its values from `val2_values.Values`, which also records
the region each printed phone number was made for (`phone_regions()`).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus.val2_values import (
    BRANDS,
    CODENAMES,
    COLOURS,
    COMPANIES,
    DAYS,
    FOOD_DECOYS,
    PEOPLE_SHAPED,
    PLACE_PRODUCTS,
    STREETISH,
    TITLES,
    Values,
)

SEED = 120_2026_12
PART = "val2"
COUNT = 600
CLEAN = 240

Template = Callable[[Values], list[Piece]]
PERSONAL: list[tuple[str, Template]] = []
CLEAN_TEMPLATES: list[tuple[str, Template]] = []


def personal(shape: str) -> Callable[[Template], Template]:
    def register(template: Template) -> Template:
        PERSONAL.append((shape, template))
        return template

    return register


def clean(shape: str) -> Callable[[Template], Template]:
    def register(template: Template) -> Template:
        CLEAN_TEMPLATES.append((shape, template))
        return template

    return register


# One letter per entity keeps the templates readable.
def P(value: str) -> Piece:  # noqa: N802
    return ("PERSON", value)


def L(value: str) -> Piece:  # noqa: N802
    return ("LOCATION", value)


def E(value: str) -> Piece:  # noqa: N802
    return ("EMAIL_ADDRESS", value)


def T(value: str) -> Piece:  # noqa: N802
    return ("PHONE_NUMBER", value)


def C(value: str) -> Piece:  # noqa: N802
    return ("CREDIT_CARD", value)


def I(value: str) -> Piece:  # noqa: E743, N802
    return ("IP_ADDRESS", value)


def B(value: str) -> Piece:  # noqa: N802
    return ("IBAN_CODE", value)


def S(value: str) -> Piece:  # noqa: N802
    return ("US_SSN", value)


def A(value: str) -> Piece:  # noqa: N802
    return ("ACCOUNT_NUMBER", value)


def joined(parts: list[list[Piece]], sep: str) -> list[Piece]:
    out: list[Piece] = []
    for i, part in enumerate(parts):
        if i:
            out.append(sep)
        out.extend(part)
    return out


def account_phrase(v: Values) -> str:
    return v.pick(("account number ", "acct # ", "a/c no. ", "checking account ",
                   "savings account no. ", "bank account ", "Account No: ", "acct: ",
                   "account no "))


# ---------------------------------------------------------------------------------------------
# Personal prompts: chat.


@personal("chat")
def chat_birthday(v: Values) -> list[Piece]:
    first = v.typed(v.first())
    hobby = v.pick(("gardening", "bouldering", "old Bollywood songs", "sourdough", "chess"))
    return [v.pick(("Can you help me write a birthday message for ", "write a short poem for ",
                    "Need a funny card text for ")), P(first),
            f"? They're turning {v.r.randint(21, 70)} and love {hobby}."]


@personal("chat")
def chat_coworker_start(v: Values) -> list[Piece]:
    name = v.typed(v.name(), 0.6)
    return [P(name), v.pick((" keeps missing our standups and I'm the team lead. how do I bring "
                             "it up without sounding passive-aggressive?",
                             " asked me to review their PR again at 11pm, how do I set "
                             "boundaries politely",
                             " got the promotion I applied for. help me write a congrats message "
                             "that doesn't sound bitter"))]


@personal("chat")
def chat_landlord(v: Values) -> list[Piece]:
    return ["My landlord, ", P(v.full()), ", still hasn't returned my deposit of ", v.price(),
            ". The flat was at ", L(v.address()), " and I moved out on ", v.date(),
            ". Draft a firm but polite text to send to ", T(v.phone()), "."]


@personal("chat")
def chat_translate_callback(v: Values) -> list[Piece]:
    lang = v.pick(("Spanish", "Portuguese", "German", "Japanese", "Hindi"))
    return [f"Translate into {lang}: \"Hi, this is ", P(v.first()),
            ". Please call me back on ", T(v.phone()), " before ", v.pick(DAYS), ".\""]


@personal("chat")
def chat_pick_between(v: Values) -> list[Piece]:
    a, b = v.typed(v.first(), 0.4), v.typed(v.first(), 0.4)
    return ["who should lead the Postgres migration, ", P(a), " or ", P(b), "? ", P(a),
            " has done two upgrades before, the other one knows the billing code better"]


@personal("chat")
def chat_trip(v: Values) -> list[Piece]:
    return ["I'm going from ", L(v.city()), " to ", L(v.pick((v.city, v.country))()),
            " in ", v.pick(("March", "the autumn", "two weeks", "June")), " with ", P(v.first()),
            " and ", P(v.first()), ". What should we pack for ", str(v.r.randint(5, 14)),
            " days?"]


@personal("chat")
def chat_voicemail(v: Values) -> list[Piece]:
    return ["Summarise this voicemail in one line: 'Hi, it's ", P(v.full()), " from ",
            v.pick(("the dental surgery", "the garage", "your kid's school", "the leasing office")),
            ", we need to move your appointment, ring us back on ", T(v.phone()), ", thanks.'"]


@personal("chat")
def chat_vcard(v: Values) -> list[Piece]:
    first, last, _ = v.who()
    return ["make a vCard: ", P(f"{first} {last}"), ", ", T(v.phone()), ", ",
            E(v.email(first, last))]


@personal("chat")
def chat_who_called(v: Values) -> list[Piece]:
    number = v.phone()
    return v.pick(([T(number), " keeps texting me about a parcel I never ordered. Scam or not?"],
                   ["Is ", T(number), " a mobile or a landline? It rang me three times today."],
                   ["Someone from ", T(number),
                    " called saying they're from my bank and asked for a code. what do I do"]))


@personal("chat")
def chat_recommendation(v: Values) -> list[Piece]:
    return ["Write a LinkedIn recommendation for ", P(v.full()),
            ", who was my team lead at a logistics startup in ", L(v.city()),
            ". Mention the warehouse scanner rollout and keep it under 120 words."]


@personal("chat")
def chat_fridge_card(v: Values) -> list[Piece]:
    return ["Our nanny is ", P(v.full()), " and her emergency contact is ", T(v.phone()),
            "; the paediatrician is ", v.pick(TITLES), P(v.last()), " on ", T(v.phone()),
            ". Make a fridge card with this for the grandparents."]


@personal("chat")
def chat_card_dispute(v: Values) -> list[Piece]:
    return ["I paid the plumber with my card ", C(v.card()), " and got charged twice (",
            v.price(), " each, on ", v.date(), "). Write a dispute letter to my bank."]


@personal("chat")
def chat_timezone_end(v: Values) -> list[Piece]:
    return ["what time is it in ", L(v.city()), " when it's 9am here? need to call ",
            P(v.typed(v.first(), 0.5))]


@personal("chat")
def chat_thanks_end(v: Values) -> list[Piece]:
    return ["Can you check my cover letter for typos? I pasted it below.\n\n",
            v.pick(("I am applying for the data analyst role", "I'd love to join the support team",
                    "I am writing about the junior developer opening")),
            " and have three years of experience with SQL and Excel.\n\nThanks, ",
            P(v.first())]


@personal("chat")
def chat_several_phones(v: Values) -> list[Piece]:
    a, b, c = v.first(), v.first(), v.first()
    return ["put these in a table sorted by name: ", P(a), " ", T(v.phone()), "; ", P(b), " ",
            T(v.phone()), "; ", P(c), " ", T(v.phone())]


@personal("chat")
def chat_possessive(v: Values) -> list[Piece]:
    name = v.first()
    return ["It's ", P(name), "'s leaving do on ", v.pick(DAYS),
            ". Suggest a toast that mentions ", v.pick(("their 12 years here", "the 2019 office flood",
                                                       "the karaoke incident")),
            " and ends with a joke about spreadsheets."]


@personal("chat")
def chat_surname_first(v: Values) -> list[Piece]:
    while True:
        first, last, surname_first = v.who()
        if surname_first:
            break
    return [v.pick(("How do I address a formal letter to ", "Is it rude to call ")),
            P(f"{last} {first}"), v.pick((" — which part is the family name?",
                                          " by the first name in an email?"))]


@personal("chat")
def chat_email_fix(v: Values) -> list[Piece]:
    return ["my email bounced. is there something wrong with ", E(v.email()),
            " or is it their server?"]


@personal("chat")
def chat_iban_check(v: Values) -> list[Piece]:
    iban = v.iban()
    return [v.pick(("Is this IBAN valid? ", "check digits ok? ", "Quick sanity check: ")),
            B(iban), v.pick(("", " — it's for my rent", "?"))]


@personal("chat")
def chat_ip_block(v: Values) -> list[Piece]:
    return ["how do I block ", I(v.ip()), " in ufw? it's been hammering my blog since ",
            v.time()]


# ---------------------------------------------------------------------------------------------
# Personal prompts: email.


@personal("email")
def email_signature(v: Values) -> list[Piece]:
    first, last, _ = v.who()
    to = v.first()
    role = v.pick(("Account Manager", "Head of Procurement", "Site Lead", "Founder & CEO"))
    return ["Please make this email shorter:\n\nHi ", P(to), ",\n\nFollowing up on our call about ",
            v.product(), " — the quote ", v.invoice(), " is valid until ", v.date(),
            ". Let me know if the pricing works for your team.\n\nBest,\n", P(f"{first} {last}"),
            f"\n{role} | {v.pick(COMPANIES)}\n", v.pick(("M: ", "Mob. ", "", "T ")), T(v.phone()),
            "\n", E(v.email(first, last))]


@personal("email")
def email_formal(v: Values) -> list[Piece]:
    title = v.pick(TITLES)
    return ["Dear ", title.strip(), " ", P(v.last()), ",\n\nThank you for your letter of ",
            v.date(), ". We have updated your policy ", v.ticket(),
            " as requested.\n\nKind regards,\n", P(v.full()), "\nClaims team"]


@personal("email")
def email_forwarded(v: Values) -> list[Piece]:
    f1, l1, _ = v.who()
    f2, l2, _ = v.who()
    return ["Summarise the thread below in three bullets.\n\n---------- Forwarded message "
            "---------\nFrom: ", P(f"{f1} {l1}"), " <", E(v.email(f1, l1)), ">\nDate: ",
            v.date(), "\nSubject: Re: ", v.pick(("delivery slot", "Q3 numbers", "the rota")),
            "\nTo: ", P(f"{f2} {l2}"), " <", E(v.email(f2, l2)), ">\n\n",
            "Works for me, but I can only do mornings. Call me if it changes.\n"]


@personal("email")
def email_payment(v: Values) -> list[Piece]:
    return ["Rewrite this more politely:\n\nDear ", P(v.first()), ",\nwe STILL have not received "
            "payment for invoice ", v.invoice(), " (", v.price(), "). Transfer it to IBAN ",
            B(v.iban()), " by Friday or we stop deliveries.\n", P(v.full())]


@personal("email")
def email_welcome(v: Values) -> list[Piece]:
    first, last, _ = v.who()
    return ["Hello all,\n\nPlease welcome ", P(f"{first} {last}"), ", who joins the ",
            v.pick(("platform", "finance", "design", "field sales")), " team from ", L(v.city()),
            " on ", v.date(), ". You can reach ", P(first), " at ", E(v.email(first, last)),
            " or on ", T(v.phone()), ".\n\nCheers,\n", P(v.first())]


@personal("email")
def email_address_change(v: Values) -> list[Piece]:
    first, last, _ = v.who()
    return ["Subject: change of address\n\nHello,\n\nfrom ", v.date(), " my address is ",
            L(v.address()), ". My ", account_phrase(v), A(v.account()),
            " stays the same.\n\nThanks,\n", P(f"{first} {last}")]


@personal("email")
def email_out_of_office(v: Values) -> list[Piece]:
    first, last, _ = v.who()
    return ["Improve this out-of-office: I'm away until ", v.date(),
            ". For anything urgent contact ", P(f"{first} {last}"), " (",
            E(v.email(first, last)), ", ", T(v.phone()), ")."]


@personal("email")
def email_lower_sig(v: Values) -> list[Piece]:
    first = v.first()
    return ["hey,\n\nran late at the client so i missed the 4pm. can we do ",
            v.pick(DAYS).lower(), "? my mobile is ", T(v.phone()),
            " if that's easier\n\n- ", P(first.lower())]


@personal("email")
def email_reference(v: Values) -> list[Piece]:
    return ["Draft a reply to this: \"To whom it may concern, I am writing to confirm that ",
            P(v.full()), " worked at ", v.pick(COMPANIES), " in ", L(v.city()),
            " from 2019 to 2024. Questions to ", v.pick(TITLES), P(v.full()), ", ",
            T(v.phone()), ".\""]


# ---------------------------------------------------------------------------------------------
# Personal prompts: forms.


@personal("form")
def form_registration(v: Values) -> list[Piece]:
    first, last, _ = v.who()
    return ["Name: ", P(f"{first} {last}"), "\nDate of birth: ", v.date(), "\nPhone: ",
            T(v.phone()), "\nEmail: ", E(v.email(first, last)), "\nAddress: ", L(v.address()),
            "\n\nCheck this form for mistakes before I submit it."]


@personal("form")
def form_tax(v: Values) -> list[Piece]:
    first, last, _ = v.who()
    return ["Full name — ", P(f"{last.upper()}, {first}"), "\nSSN — ", S(v.ssn()),
            "\nEmployer — ", v.pick(COMPANIES), "\nFiling status — single\n\nWhich W-4 box "
            "do I tick for a second job?"]


@personal("form")
def form_payee(v: Values) -> list[Piece]:
    return ["Payee: ", P(v.full()), "\nIBAN: ", B(v.iban()), "\nBIC: ",
            v.pick(("DEUTDEFF", "BNPAFRPP", "INGBNL2A", "AIBKIE2D")), "\nAmount: ", v.price(),
            "\nReference: ", v.invoice(), "\n\nTurn this into a SEPA XML entry."]


@personal("form")
def form_card(v: Values) -> list[Piece]:
    return ["Cardholder: ", P(v.full().upper()), "\nCard number: ", C(v.card()),
            "\nExpiry: ", f"{v.r.randint(1, 12):02d}/{v.r.randint(27, 31)}",
            "\nCVV: ***\n\nwhy does the checkout say the card is invalid?"]


@personal("form")
def form_emergency(v: Values) -> list[Piece]:
    return ["Emergency contact\n  name: ", P(v.full()), "\n  relationship: ",
            v.pick(("sister", "partner", "father", "flatmate")), "\n  mobile: ", T(v.phone()),
            "\n  city: ", L(v.city()), "\nIs this enough for the HR system?"]


@personal("form")
def form_direct_deposit(v: Values) -> list[Piece]:
    return ["Employee: ", P(v.full()), "\nBank: First Harbor Credit Union\nRouting number: 0",
            v.digits(8), "\nChecking account number: ", A(v.account()),
            "\nPlease explain what a voided cheque is for this form."]


@personal("form")
def form_patient(v: Values) -> list[Piece]:
    while True:
        first, last, _ = v.who()
        if " " not in last:
            break
    return ["Patient: ", P(f"{last.upper()} {first}"), "   DOB: ", v.date(), "   Tel: ",
            T(v.phone()), "\nGP: ", v.pick(("Dr ", "Dr. ")), P(v.last()),
            "\nWrite a referral letter from these details."]


@personal("form")
def form_residence(v: Values) -> list[Piece]:
    return ["Applicant: ", P(v.full()), " | Country of residence: ", L(v.country()),
            " | Passport renewal: yes | Contact: ", T(v.phone()),
            "\nwhat documents do I still need?"]


@personal("form")
def form_shipping(v: Values) -> list[Piece]:
    return ["SHIP TO\n", P(v.full()), "\n", L(v.address()), "\n", T(v.phone()),
            "\n\nOrder ", v.order_no(), ", ", str(v.r.randint(1, 6)), " x ", v.product(),
            ". Write the customs description."]


@personal("form")
def form_ssn_bare(v: Values) -> list[Piece]:
    return ["Borrower: ", P(v.full()), "\nSSN ", S(v.ssn_bare()), "\nLoan amount: ", v.price(),
            "\nTerm: 36 months\nSummarise the risk flags in this application."]


# ---------------------------------------------------------------------------------------------
# Personal prompts: JSON payloads and tool calls.


@personal("json")
def json_customer(v: Values) -> list[Piece]:
    first, last, _ = v.who()
    return ['{"customer": {"name": "', P(f"{first} {last}"), '", "phone": "', T(v.phone()),
            '", "email": "', E(v.email(first, last)), '"}, "order_id": "', v.order_no(),
            '", "total": ', str(v.r.randint(10, 900)), ".", str(v.r.randint(10, 99)), "}"]


@personal("json")
def json_send_sms(v: Values) -> list[Piece]:
    return ['{"tool": "send_sms", "arguments": {"to": "', T(v.phone(style="e164")),
            '", "body": "Hi ', P(v.first()), ', your table for ', str(v.r.randint(2, 8)),
            ' is ready."}}']


@personal("json")
def json_login_event(v: Values) -> list[Piece]:
    return ['{"event": "login_failed", "user": "', E(v.email()), '", "ip": "', I(v.ip()),
            '", "ts": "2026-', f"{v.r.randint(1, 12):02d}-{v.r.randint(1, 28):02d}",
            'T08:12:55Z", "attempt": ', str(v.r.randint(2, 9)), "}\nIs this a brute-force pattern?"]


@personal("json")
def json_payout(v: Values) -> list[Piece]:
    return ['{"payee": {"name": "', P(v.full()), '", "iban": "', B(v.iban()),
            '"}, "amount": ', str(v.r.randint(50, 5000)), '.00, "currency": "EUR", "reference": "',
            v.invoice(), '"}']


@personal("json")
def json_contacts(v: Values) -> list[Piece]:
    entries = [['{"n": "', P(v.name()), '", "tel": "', T(v.phone()), '"}']
               for _ in range(v.r.randint(2, 4))]
    return ['{"contacts": ['] + joined(entries, ", ") + ["]}\nDedupe these contacts."]


@personal("json")
def json_shipping(v: Values) -> list[Piece]:
    return ['{"recipient": "', P(v.full()), '", "shipping_address": "', L(v.address()),
            '", "sku": "', v.sku(), '", "qty": ', str(v.r.randint(1, 5)), "}"]


@personal("json")
def json_employee(v: Values) -> list[Piece]:
    first, last, _ = v.who()
    return ['{"employee": {"first_name": "', P(first), '", "last_name": "', P(last),
            '", "ssn": "', S(v.ssn()), '", "start_date": "', v.date(), '"}}']


@personal("json")
def json_escaped_args(v: Values) -> list[Piece]:
    return ['{"type": "function", "function": {"name": "create_lead", "arguments": "{\\"name\\": '
            '\\"', P(v.full()), '\\", \\"company\\": \\"', v.pick(COMPANIES),
            '\\", \\"mobile\\": \\"', T(v.phone()), '\\"}"}}']


@personal("json")
def json_messages(v: Values) -> list[Piece]:
    first = v.first()
    return ['[{"role": "system", "content": "You are a booking assistant."}, {"role": "user", '
            '"content": "this is ', P(first.lower() if v.chance(0.5) else first),
            ', can you move my booking to ', v.pick(DAYS), '? card ending ', v.digits(4),
            ', my number is ', T(v.phone()), '"}]']


# ---------------------------------------------------------------------------------------------
# Personal prompts: code.


@personal("code")
def code_fixture(v: Values) -> list[Piece]:
    first, last, _ = v.who()
    return ["This test fails with ValidationError, why?\n\ndef test_create_user():\n"
            '    user = User(name="', P(f"{first} {last}"), '", email="',
            E(v.email(first, last)), '", phone="', T(v.phone()), '")\n'
            "    assert user.is_valid()\n"]


@personal("code")
def code_sql_insert(v: Values) -> list[Piece]:
    return ["Why does this insert fail on Postgres 16?\n\nINSERT INTO customers (name, city, phone)"
            " VALUES ('", P(v.full(quote_safe=True)), "', '", L(v.city().replace("'", "")),
            "', '", T(v.phone()), "');"]


@personal("code")
def code_js_admins(v: Values) -> list[Piece]:
    emails = [[E(v.email())] for _ in range(v.r.randint(2, 3))]
    return ["const ADMINS = ["] + joined([['"'] + e + ['"'] for e in emails], ", ") + [
        "];\n// only the first admin gets the alert, why?"]


@personal("code")
def code_yaml_oncall(v: Values) -> list[Piece]:
    return ["notify:\n  oncall: ", P(v.full()), "\n  pager: \"", T(v.phone()),
            "\"\n  escalate_after: 15m\nvalidate this alertmanager snippet"]


@personal("code")
def code_nginx_allow(v: Values) -> list[Piece]:
    ip = v.ipv4()
    network = v.ipv4().rsplit(".", 1)[0] + ".0"
    return ["location /admin {\n    allow ", I(ip), ";\n    allow ", I(network),
            "/24;\n    deny all;\n}\nwhy is ", I(ip), " still getting 403?"]


@personal("code")
def code_bank_literal(v: Values) -> list[Piece]:
    return ["Refactor this so the secrets come from env vars:\n\nBANK_ACCOUNT_NUMBER = \"",
            A(v.account()), "\"\nOWNER = \"", P(v.full()), "\"\nAPI_TIMEOUT = 30\n"]


@personal("code")
def code_git_log(v: Values) -> list[Piece]:
    first, last, _ = v.who()
    return ["commit ", v.sha(40), "\nAuthor: ", P(f"{first} {last}"), " <",
            E(v.email(first, last)), ">\nDate:   ", v.date(),
            "\n\n    fix flaky retry test\n\nWrite a changelog line from this commit."]


@personal("code")
def code_phone_assert(v: Values) -> list[Piece]:
    region = v.pick(("GB", "DE", "IN", "FR", "US", "BR", "AU"))
    shown, e164 = v.phones(region, ("national", "e164"))
    return ["normalise_phone() returns the wrong thing:\n\n>       assert normalise_phone('",
            T(shown), "') == '", T(e164), "'\nE       AssertionError"]


@personal("code")
def code_csv_parse(v: Values) -> list[Piece]:
    return ["rows = [line.split(';') for line in open('export.csv')]\n# first row: ",
            P(v.full()), ";", L(v.city()), ";", E(v.email()),
            "\nhow do I skip the header and handle quoted fields?"]


# ---------------------------------------------------------------------------------------------
# Personal prompts: tables.


@personal("table")
def table_markdown_team(v: Values) -> list[Piece]:
    rows = [["| ", P(v.full()), f" | {v.pick(('Lead', 'QA', 'Backend', 'Design', 'Ops'))} | ",
             T(v.phone()), " |"] for _ in range(v.r.randint(2, 4))]
    return ["| Name | Role | Phone |\n|---|---|---|\n"] + joined(rows, "\n") + [
        "\n\nAdd a column for time zones."]


@personal("table")
def table_csv_customers(v: Values) -> list[Piece]:
    rows = []
    for i in range(v.r.randint(2, 3)):
        first, last, _ = v.who()
        rows.append([f"{i + 1},", P(f"{first} {last}"), ",", E(v.email(first, last)), ",",
                     L(v.city())])
    return ["id,name,email,city\n"] + joined(rows, "\n") + ["\nconvert this csv to json"]


@personal("table")
def table_csv_surname_first(v: Values) -> list[Piece]:
    rows = []
    for _ in range(v.r.randint(2, 3)):
        first, last, _ = v.who()
        rows.append([P(last), ",", P(first), ",", T(v.phone())])
    return ["last_name,first_name,mobile\n"] + joined(rows, "\n") + [
        "\nsort by last name please"]


@personal("table")
def table_allowlist(v: Values) -> list[Piece]:
    rows = [[I(v.ip()), f"\t{v.pick(('vpn', 'office', 'home', 'build box'))}\t",
             P(v.typed(v.first(), 0.5))] for _ in range(v.r.randint(2, 4))]
    return ["ip\tnote\towner\n"] + joined(rows, "\n") + [
        "\nwhich of these should we drop from the allowlist?"]


@personal("table")
def table_payments(v: Values) -> list[Piece]:
    rows = [["| ", P(v.full()), " | ", B(v.iban()), f" | {v.price()} |"]
            for _ in range(v.r.randint(2, 3))]
    return ["| Supplier contact | IBAN | Amount |\n|---|---|---|\n"] + joined(rows, "\n") + [
        "\nTotal the amounts."]


@personal("table")
def table_cards(v: Values) -> list[Piece]:
    rows = [[P(v.full().upper()), " | ", C(v.card()), f" | {v.r.randint(1, 12):02d}/{v.r.randint(27, 30)}"]
            for _ in range(2)]
    return ["Convert to JSON:\nName | Card | Exp\n"] + joined(rows, "\n")


@personal("table")
def table_roster(v: Values) -> list[Piece]:
    rows = [[f"{v.pick(DAYS)}: ", P(v.first()), " (", L(v.city()), ")"] for _ in range(3)]
    return ["On-call rota next week:\n"] + joined(rows, "\n") + [
        "\nWho covers the weekend if nobody swaps?"]


# ---------------------------------------------------------------------------------------------
# Personal prompts: logs.


@personal("log")
def log_auth(v: Values) -> list[Piece]:
    return [f"2026-{v.r.randint(1, 12):02d}-{v.r.randint(1, 28):02d}T14:03:11Z INFO auth login ok "
            "user=", E(v.email()), " ip=", I(v.ip()), f" session={v.sha(16)}\n",
            "is the session id safe to log?"]


@personal("log")
def log_sms(v: Values) -> list[Piece]:
    return [f"[WARN] {v.time()} sms-gateway: delivery failed to ", T(v.phone()),
            f" (code {v.r.randint(30001, 30008)}), retry {v.r.randint(1, 3)}/3"]


@personal("log")
def log_access(v: Values) -> list[Piece]:
    return [I(v.ip()), ' - - [02/Nov/2026:14:03:11 +0000] "GET /api/v2/orders/',
            v.digits(8), ' HTTP/1.1" 200 512 "-" "Mozilla/5.0"\nwhat does the second dash mean?']


@personal("log")
def log_payroll(v: Values) -> list[Piece]:
    first, last, _ = v.who()
    return [f"payroll[{v.r.randint(100, 9999)}]: created payslip for ", P(f"{last.upper()}, {first.upper()}"),
            f" (emp {v.digits(5)}) net={v.price()}\nwhy is this log line a GDPR problem?"]


@personal("log")
def log_sshd(v: Values) -> list[Piece]:
    ip = v.ip()
    return [f"sshd[{v.r.randint(1000, 65000)}]: Failed password for invalid user admin from ",
            I(ip), f" port {v.r.randint(30000, 65000)} ssh2\nshould fail2ban have caught ",
            I(ip), "?"]


@personal("log")
def log_payment(v: Values) -> list[Piece]:
    return [f"{v.time()} billing WARN payment declined card=", C(v.card()), ' name="',
            P(v.full()), f'" amount={v.price()} reason=do_not_honor']


@personal("log")
def log_kyc(v: Values) -> list[Piece]:
    return [f"kyc-worker {v.uuid()} ssn check passed for ", S(v.ssn()), " (", P(v.full()),
            ")\nrewrite this log statement so it doesn't leak anything"]


@personal("log")
def log_chat_export(v: Values) -> list[Piece]:
    a, b = v.first(), v.first()
    return [f"[{v.time()}] ", P(a), ": are you still at the office?\n", f"[{v.time()}] ", P(b),
            ": yes, come to ", L(v.address()), ", ring ", T(v.phone()),
            "\nSummarise this chat export."]


# ---------------------------------------------------------------------------------------------
# Personal prompts: tickets and CRM notes.


@personal("ticket")
def ticket_crash(v: Values) -> list[Piece]:
    first, last, _ = v.who()
    return [f"Ticket {v.ticket()} — customer ", P(f"{first} {last}"), " (",
            E(v.email(first, last)), f") says the app crashes on login since {v.version()}. "
            "Called back on ", T(v.phone()), ", no answer."]


@personal("ticket")
def ticket_crm(v: Values) -> list[Piece]:
    return ["CRM note: spoke with ", P(v.first()), " at ", v.pick(COMPANIES),
            "; they're moving to ", L(v.city()), " in ", v.pick(("March", "spring", "Q2")),
            ". New mobile ", T(v.phone())]


@personal("ticket")
def ticket_refund(v: Values) -> list[Piece]:
    return [f"Refund {v.ticket()}: customer paid {v.price()} with ", C(v.card()),
            " but wants the refund to IBAN ", B(v.iban()), " instead. Allowed?"]


@personal("ticket")
def ticket_escalation(v: Values) -> list[Piece]:
    return ["ESCALATION: caller gave SSN ", S(v.ssn()), " and ", account_phrase(v),
            A(v.account()), " but the name on file is ", P(v.full()),
            ". Verify identity before the password reset."]


@personal("ticket")
def ticket_visit(v: Values) -> list[Piece]:
    return ["Visited ", L(v.address()), f" for the install at {v.time()}; ",
            P(v.typed(v.first(), 0.3)), " wasn't home, left a card. Rebook via ",
            T(v.phone()), "."]


@personal("ticket")
def ticket_assigned(v: Values) -> list[Piece]:
    return ["assigned to ", P(v.first().lower()), " — customer ", P(v.full()),
            " wants a call between 2 and 4pm on ", T(v.phone())]


@personal("ticket")
def ticket_handover(v: Values) -> list[Piece]:
    return ["Shift handover\n- ", P(v.first()), ": VPN drops from ", I(v.ip()), "\n- ",
            P(v.first()), ": password reset, callback ", T(v.phone()), "\n- ",
            v.ticket(), ": waiting on vendor\nWrite this up for the morning team."]


@personal("ticket")
def ticket_account_mixup(v: Values) -> list[Piece]:
    return [v.pick(("Customer ", "Member ")), P(v.full()), " from ", L(v.city()),
            " says the direct debit hit the wrong ", account_phrase(v), A(v.account()),
            f". Case {v.ticket()}, priority P{v.r.randint(1, 3)}."]


@personal("ticket")
def ticket_name_end(v: Values) -> list[Piece]:
    return [f"{v.ticket()} reopened: login loop on {v.product()} {v.version()}. Reported by ",
            P(v.full())]


@personal("ticket")
def ticket_phone_start(v: Values) -> list[Piece]:
    return [T(v.phone()), " called at ", v.time(), " about order ", v.order_no(),
            "; wants a callback from ", v.pick(TITLES), P(v.last()), "."]


# ---------------------------------------------------------------------------------------------
# Personal prompts: longer texts and money.


@personal("chat")
def chat_long_fraud(v: Values) -> list[Piece]:
    return ["Long story, sorry. On ", v.date(), " someone used my card ", C(v.card()),
            " at an online electronics shop for ", v.price(), ". I called the bank on ",
            T(v.phone()), " at ", v.time(), " and they froze it, but my ", account_phrase(v),
            A(v.account()), " also shows a transfer of ", v.price(), " to ", B(v.iban()),
            " that I never made. I live at ", L(v.address()),
            " and the parcel was sent somewhere else. The fraud officer, ", P(v.full()),
            ", wants a written statement with the timeline by ", v.pick(DAYS),
            ". Can you write it for me? Keep it factual, numbered, and under 250 words."]


@personal("email")
def email_payroll_setup(v: Values) -> list[Piece]:
    first, last, _ = v.who()
    return ["Hi ", P(first), ",\n\nwelcome aboard! To finish your payroll setup before the ",
            v.date(), " run, please reply to confirm the details we have:\n\n- Legal name: ",
            P(f"{first} {last}"), "\n- Social security number: ", S(v.ssn()),
            "\n- Direct deposit to ", account_phrase(v), A(v.account()),
            "\n- Home address: ", L(v.address()),
            "\n\nIf anything is wrong, call me on ", T(v.phone()),
            " rather than emailing it.\n\nThanks,\n", P(v.full()), "\nPeople Operations, ",
            v.pick(COMPANIES), "\n\nIs it safe to ask for all this by email?"]


@personal("ticket")
def ticket_long_chargeback(v: Values) -> list[Piece]:
    first, last, _ = v.who()
    return [f"Case {v.ticket()} (chargeback)\n", v.date(), " ", v.time(), " — ",
            P(f"{first} {last}"), " (", E(v.email(first, last)), ") disputes order ",
            v.order_no(), " paid with ", C(v.card()), ". Order placed from ", I(v.ip()),
            ", which geolocates to ", L(v.city()), "; the customer says they were in ",
            L(v.country()), " that week. Shipping went to ", L(v.address()),
            ". Customer reachable on ", T(v.phone()), ". Previous disputes: none. Evidence "
            f"uploaded: invoice {v.invoice()}, carrier scan {v.tracking()}.\n\nDraft the "
            "representment letter to the card network, max 200 words."]


@personal("form")
def form_w9(v: Values) -> list[Piece]:
    return ["Name (as shown on your income tax return): ", P(v.full()),
            "\nBusiness name: ", v.pick(("", "Sole prop", "Studio " + v.pick(("North", "Blue")))),
            "\nAddress: ", L(v.address()), "\nSocial security number: ", S(v.ssn()),
            "\n\nWhich line should the LLC name go on?"]


@personal("chat")
def chat_joint_tax(v: Values) -> list[Piece]:
    a, b = v.first(), v.first()
    return ["we filed jointly last year — my SSN is ", S(v.ssn()), " and ", P(a), "'s is ",
            S(v.ssn()), ". The IRS letter says one of them doesn't match. ", P(b),
            " at the tax office said to call them, what do I say?"]


@personal("table")
def table_refund_csv(v: Values) -> list[Piece]:
    rows = [[f"{v.order_no()},", P(v.full()), ",", C(v.card()), f",{v.price()}"]
            for _ in range(v.r.randint(2, 3))]
    return ["order,name,card,refund\n"] + joined(rows, "\n") + [
        "\nWhy is it a problem that this export has full card numbers?"]


@personal("json")
def json_bank_transfer(v: Values) -> list[Piece]:
    return ['{"from": {"holder": "', P(v.full()), '", "account_number": "', A(v.account()),
            '", "sort_code": "', f"{v.r.randint(10, 99)}-{v.r.randint(10, 99)}-{v.r.randint(10, 99)}",
            '"}, "to": {"iban": "', B(v.iban()), '"}, "amount": "', v.price(), '"}']


@personal("log")
def log_wire(v: Values) -> list[Piece]:
    return [f"{v.date()} {v.time()} wire-out id={v.uuid()} debtor_acct_no=", A(v.account()),
            " creditor_iban=", B(v.iban()), ' creditor_name="', P(v.full()),
            '" status=REJECTED reason=AC04\nwhat does AC04 mean?']


@personal("code")
def code_ssn_regex(v: Values) -> list[Piece]:
    return ["SSN_RE = re.compile(r'^\\d{3}-\\d{2}-\\d{4}$')\n# matches '", S(v.ssn("-")),
            "' but not '", S(v.ssn(" ")), "' from the spreadsheet, why?"]


@personal("chat")
def chat_visa_letter(v: Values) -> list[Piece]:
    first, last, _ = v.who()
    return ["Write an invitation letter for my cousin ", P(f"{first} {last}"), " from ",
            L(v.country()), " to visit me at ", L(v.address()), " from ", v.date(), " to ",
            v.date(), ". I'll cover costs; my bank is paying from ", account_phrase(v),
            A(v.account()), ". Sign it as ", P(v.full()), "."]


@personal("email")
def email_invoice_card(v: Values) -> list[Piece]:
    return ["Hi,\n\nplease charge the annual renewal (", v.price(), ") to ", C(v.card()),
            " instead of the card on file, and send the receipt to ", E(v.email()),
            ".\n\n", P(v.full()), "\n", v.pick(COMPANIES)]


# ---------------------------------------------------------------------------------------------
# Clean prompts: no personal data and no places, but decoys.


@clean("chat")
def clean_people_shaped_tech(v: Values) -> list[Piece]:
    a, b = v.r.sample(PEOPLE_SHAPED, 2)
    return [v.pick(("How do I set up ", "What's the easiest way to run ", "Is it worth learning ")),
            a, " with ", b, " on ", v.pick(PLACE_PRODUCTS[6:9]), f" {v.r.randint(12, 15)}.",
            f"{v.r.randint(0, 7)}? I have {v.r.randint(8, 64)} GB of RAM."]


@clean("chat")
def clean_compare_products(v: Values) -> list[Piece]:
    if v.chance(0.5):
        pool = PLACE_PRODUCTS[:6] + PLACE_PRODUCTS[10:]
        uses = ("a family of five", "winter driving", "towing a small caravan")
    else:
        pool = ("Galaxy Tab S9", "iPad Air (M2)", "Pixel 9a", "Kindle Oasis", "Surface Laptop 7")
        uses = ("note taking", "travel", "reading PDFs")
    a, b = v.r.sample(pool, 2)
    return ["Compare the ", a, " and the ", b, " for ", v.pick(uses), "; my budget is ",
            v.price(), "."]


@clean("chat")
def clean_maths(v: Values) -> list[Piece]:
    big = v.pick((f"{v.r.randint(1, 9)},{v.r.randint(100, 999)},{v.r.randint(100, 999)},{v.r.randint(100, 999)}",
                  str(v.r.randint(10**9, 10**10)), "2147483647", "4294967291",
                  str(v.r.randint(10**10, 10**11))))
    return [v.pick(("Is ", "is ", "Can you check whether ")), big,
            v.pick((" a prime number?", " divisible by 7?", " a perfect square? show the steps")),
            f" Also, what is {v.r.randint(1000, 99999)} × {v.r.randint(12, 999)}?"]


@clean("chat")
def clean_capital_verbs(v: Values) -> list[Piece]:
    return [v.pick((f"Grant read access to the analytics bucket for the service account, then "
                    f"Mark ticket {v.ticket()} as done. What's the IAM policy JSON?",
                    f"Will the {v.product()} work with a USB-C hub? The spec sheet is vague.",
                    f"Bill the client for {v.r.randint(2, 40)}.5 hours at {v.price()}/h and "
                    "Mark the invoice as sent — write the invoice line.",
                    "Sue or settle? Explain how small-claims court works for a contractor "
                    f"dispute under {v.price()}, in general terms.",
                    f"Frank feedback wanted: is {v.pick(CODENAMES)} a good name for an "
                    "internal billing tool?",
                    f"Chase the vendor about late PO {v.digits(10)}: write a two-line nudge.",
                    f"Hope this makes sense: should the retry budget of {v.pick(CODENAMES)} be "
                    f"per host or global? We see {v.r.randint(20, 900)} retries a minute."))]


@clean("chat")
def clean_ask_jeeves(v: Values) -> list[Piece]:
    return [v.pick(("Ask Jeeves was a search engine in the late 90s. ",
                    "Remember Ask Jeeves? ", "Before Google there was Ask Jeeves. ")),
            v.pick(("How did its question answering work?", "Why did it lose to PageRank?",
                    "What did it get right about natural-language search?")),
            f" Answer in {v.r.randint(3, 9)} bullet points, under {v.r.randint(8, 30)}0 words."]


@clean("chat")
def clean_product_copy(v: Values) -> list[Piece]:
    return ["Write a product description for our ", v.product(), " (SKU ", v.sku(),
            "), priced at ", v.price(), ", available in ", v.pick(COLOURS), " and ",
            v.pick(COLOURS), ". Launch date ", v.date(), "."]


@clean("chat")
def clean_food(v: Values) -> list[Piece]:
    a, b = v.r.sample(FOOD_DECOYS, 2)
    return [v.pick(("Recipe idea with ", "what goes well with ", "Can I freeze ")), a,
            v.pick((" and ", " plus ", " or ")), b, f" for {v.r.randint(2, 10)} people?"]


@clean("chat")
def clean_http(v: Values) -> list[Piece]:
    code = v.pick(("429", "503", "502", "401", "409", "418"))
    return [f"What does HTTP {code} mean and how should my client back off? The response had "
            f"Retry-After: {v.r.randint(5, 600)} and x-request-id {v.uuid()}."]


@clean("chat")
def clean_ci(v: Values) -> list[Piece]:
    return ["Explain the difference between Jenkins, GitHub Actions and ",
            v.pick(("Travis CI", "CircleCI", "Buildkite")), " for a monorepo with ",
            str(v.r.randint(20, 400)), " services. We're on ", v.pick(("Jenkins", "Bamboo")), " ",
            v.version(), " today."]


@clean("chat")
def clean_order_tracking(v: Values) -> list[Piece]:
    return ["My order ", v.order_no(), " shipped on ", v.date(), " but tracking ",
            v.tracking(), " hasn't updated since ", v.pick(DAYS), ". What should I do?"]


@clean("chat")
def clean_timestamp(v: Values) -> list[Piece]:
    return [v.pick(("Convert ", "convert ", "What date is ")), v.stamp(),
            v.pick((" to a human date in UTC", " in ISO 8601?", " (unix seconds) to local time")),
            v.pick(("", f", and {v.stamp()} too", "."))]


@clean("chat")
def clean_brands(v: Values) -> list[Piece]:
    a, b = v.r.sample(BRANDS, 2)
    return v.pick((["Which has the better loyalty app, ", a, " or ", b, "?"],
                   ["Write a tweet comparing ", a, " and ", b, " — keep it neutral."],
                   ["Brand case study for a marketing class: how did ", a, " and ", b,
                    " handle their ", str(v.r.randint(2015, 2025)), " rebrands?"]))


@clean("chat")
def clean_streetish_theme(v: Values) -> list[Piece]:
    theme = v.pick(STREETISH)
    return ["The ", theme, " theme (", v.version(), ") breaks our checkout page on mobile. ",
            v.pick(("Should I switch to the Cedar Grove theme or patch the CSS?",
                    "Is there a child-theme trick to fix the cart drawer?"))]


@clean("chat")
def clean_codenames(v: Values) -> list[Piece]:
    names = v.r.sample(CODENAMES, 4)
    return ["Rank these release codenames for a logistics platform: ", ", ".join(names),
            ". Also suggest a tagline for ", names[0], " ", v.version(), "."]


@clean("chat")
def clean_calendar(v: Values) -> list[Piece]:
    return ["Plan a sprint from ", v.date(), " to ", v.date(), " with the review on ",
            v.pick(DAYS), " at ", v.time(), "; we ship ", v.version(), " on ",
            v.pick(("May", "June", "April", "August")), " ", str(v.r.randint(1, 28)), "."]


@clean("chat")
def clean_isbn(v: Values) -> list[Piece]:
    return ["Is ISBN ", v.isbn(), " the ", v.pick(("second", "third", "paperback")),
            " edition? The listing says ", v.price(), " and ", str(v.r.randint(200, 900)),
            " pages."]


@clean("chat")
def clean_assistants(v: Values) -> list[Piece]:
    return [v.pick(("Alexa", "Siri", "Cortana")), v.pick((" keeps mishearing my timer. ",
                                                          " won't connect to the speaker. ")),
            "How do I reset the ", v.product(), " without losing the ",
            v.pick(("routines", "pairings", "playlists")), "?"]


# ---------------------------------------------------------------------------------------------
# Clean prompts: email.


@clean("email")
def clean_release_email(v: Values) -> list[Piece]:
    version = v.version()
    return ["Proofread:\n\nHi team,\n\nRelease ", version, " (build ",
            f"{v.r.randint(1, 9)}.{v.r.randint(0, 20)}.{v.r.randint(0, 9)}.{v.r.randint(300, 9999)}",
            ") ships on ", v.date(), ". It fixes ", v.ticket(), " and ", v.ticket(),
            ". Rollback plan is in the runbook.\n\nThanks,\nThe Platform Team"]


@clean("email")
def clean_invoice_email(v: Values) -> list[Piece]:
    return ["Dear customer,\n\nyour invoice ", v.invoice(), " for ", v.price(),
            " is due on ", v.date(), ". Order ", v.order_no(), " will ship once it is paid.\n\n"
            "Kind regards,\nAccounts Receivable\n\nMake this sound friendlier."]


@clean("email")
def clean_report_email(v: Values) -> list[Piece]:
    return ["Hello,\n\nPlease find attached the Q", str(v.r.randint(1, 4)),
            " report. Revenue was ", v.price(), f"M, up {v.r.randint(2, 30)}% on the quarter; "
            "churn fell to ", f"{v.r.randint(1, 9)}.{v.r.randint(0, 9)}%.\n\nBest regards,\n"
            "Finance\n\nTurn this into three bullet points."]


@clean("email")
def clean_po_email(v: Values) -> list[Piece]:
    return ["Subject: PO ", v.digits(10), " — delivery of ", str(v.r.randint(10, 900)),
            " units of ", v.product(), "\n\nHi,\n\nconfirming delivery window ", v.date(),
            " ", v.time(), "–", v.time(), ". Pallet labels use SKU ", v.sku(),
            ".\n\nWarehouse Desk"]


@clean("email")
def clean_newsletter(v: Values) -> list[Piece]:
    return ["Shorten this newsletter blurb: \"", v.pick(PEOPLE_SHAPED), " ", v.version(),
            " is out! Highlights: faster cold starts, ", v.pick(PEOPLE_SHAPED),
            " integration and a new ", v.pick(COLOURS), " dark theme. Upgrade before ",
            v.date(), ".\""]


@clean("email")
def clean_meeting_email(v: Values) -> list[Piece]:
    return ["Hi all,\n\nMoving the ", v.pick(CODENAMES), " sync to ", v.pick(DAYS), " ",
            v.time(), ". Agenda: budget (", v.price(), "), vendor shortlist, open items ",
            v.ticket(), ".\n\nThanks!\n\n— can you make this an agenda?"]


# ---------------------------------------------------------------------------------------------
# Clean prompts: forms.


@clean("form")
def clean_product_sheet(v: Values) -> list[Piece]:
    return ["Product: ", v.product(), "\nSKU: ", v.sku(), "\nPrice: ", v.price(),
            "\nRelease: ", v.date(), f"\nWarranty: {v.r.randint(12, 60)} months\nColour: ",
            v.pick(COLOURS), "\n\nWrite three selling points."]


@clean("form")
def clean_placeholders(v: Values) -> list[Piece]:
    style = v.pick((("{{", "}}"), ("${", "}"), ("<", ">"), ("%(", ")s"), ("[", "]")))
    fields = ("customer_name", "FIRST_NAME", "phone", "email", "street_address", "iban")
    lines = [f"{f.replace('_', ' ').title()}: {style[0]}{f}{style[1]}"
             for f in v.r.sample(fields, 4)]
    return ["\n".join(lines), "\n\nHow do I fill this template from a dict without the "
            "placeholders leaking when a key is missing?"]


@clean("form")
def clean_shipment_form(v: Values) -> list[Piece]:
    return ["Order ID: ", v.order_no(), "\nStatus: Shipped\nCarrier: ",
            v.pick(("DHL Express", "UPS Ground", "FedEx 2Day", "Royal Mail Tracked 24")),
            "\nTracking: ", v.tracking(), "\nETA: ", v.date(),
            "\n\nWhy would ETA move back two days?"]


@clean("form")
def clean_bug_form(v: Values) -> list[Piece]:
    return ["Version: ", v.version(), "\nOS: Windows 11 23H2 (build 22631.",
            str(v.r.randint(2000, 4999)), ")\nSteps: open ", v.product(),
            " settings, click Sync\nExpected: sync completes\nActual: HTTP ",
            v.pick(("500", "502", "504")), " after ", str(v.r.randint(10, 90)), " s\n\n",
            "Write this up as a GitHub issue."]


@clean("form")
def clean_expense_form(v: Values) -> list[Piece]:
    return ["Expense type: ", v.pick(("Travel", "Software", "Meals")), "\nAmount: ",
            v.price(), "\nDate: ", v.date(), "\nCost centre: CC-", v.digits(4),
            "\nProject: ", v.pick(CODENAMES), "\nApprover: line manager\n\nIs anything missing?"]


@clean("form")
def clean_car_form(v: Values) -> list[Piece]:
    return ["Vehicle: ", v.pick(PLACE_PRODUCTS[:6] + PLACE_PRODUCTS[10:]), " ",
            str(v.r.randint(2015, 2026)), "\nVIN: ", v.pick(("1HGCM", "WVWZZ", "KMHJ3")),
            v.digits(5), "A", v.digits(6), "\nMileage: ", f"{v.r.randint(10, 190)},{v.r.randint(100, 999)}",
            " km\nAsking: ", v.price(), "\n\nIs this a fair price?"]


# ---------------------------------------------------------------------------------------------
# Clean prompts: JSON.


@clean("json")
def clean_order_json(v: Values) -> list[Piece]:
    return ['{"order_id": ', v.digits(10), ', "items": [{"sku": "', v.sku(), '", "qty": ',
            str(v.r.randint(1, 9)), ', "price": ', f"{v.r.randint(1, 300)}.{v.r.randint(0, 99):02d}",
            '}], "currency": "', v.pick(("USD", "EUR", "GBP", "INR", "JPY")), '", "placed_at": "',
            v.date(), '"}\nValidate against our schema.']


@clean("json")
def clean_tool_call(v: Values) -> list[Piece]:
    return v.pick((
        ['{"name": "get_stock_price", "arguments": {"ticker": "',
         v.pick(("NVDA", "TSLA", "F", "DELL")), '", "days": ', str(v.r.randint(1, 30)), "}}"],
        ['{"tool": "convert_currency", "arguments": {"amount": ', str(v.r.randint(1, 9999)),
         ', "from": "EUR", "to": "JPY"}}'],
        ['{"tool": "create_ticket", "arguments": {"title": "Sync fails on ', v.product(),
         '", "priority": "P', str(v.r.randint(1, 4)), '", "labels": ["', v.pick(PEOPLE_SHAPED).lower(),
         '"]}}'],
    ))


@clean("json")
def clean_build_json(v: Values) -> list[Piece]:
    return ['{"version": "', v.version(), '", "build": ', str(v.r.randint(10**7, 10**8)), ', "commit": "', v.sha(16), '", "uuid": "', v.uuid(),
            '", "channel": "', v.pick(("stable", "beta", "nightly")), '"}']


@clean("json")
def clean_error_json(v: Values) -> list[Piece]:
    return ['{"error": {"code": ', v.pick(("503", "429", "500")),
            ', "message": "upstream timeout after ', str(v.r.randint(1, 60) * 1000),
            ' ms", "request_id": "req_', v.sha(20), '"}}\nwhat does the client do with this?']


@clean("json")
def clean_cloud_account_json(v: Values) -> list[Piece]:
    return ['{"aws_account_id": "', v.digits(12), '", "region": "', v.pick((
        "us-east-1", "eu-west-2", "ap-south-1")), '", "user_id": ', v.digits(7),
            ', "plan": "pro", "stripe_account": "acct_', v.sha(16), '"}\n'
            "Is it fine to commit this config?"]


@clean("json")
def clean_metrics_json(v: Values) -> list[Piece]:
    return ['{"p50_ms": ', str(v.r.randint(5, 90)), ', "p99_ms": ', str(v.r.randint(100, 900)),
            ', "rps": ', str(v.r.randint(100, 9000)), ', "errors": ', str(v.r.randint(0, 40)),
            ', "window": "', v.date(), ' ', v.time(), '"}\nis the p99 worrying?']


# ---------------------------------------------------------------------------------------------
# Clean prompts: code.


@clean("code")
def clean_python_bug(v: Values) -> list[Piece]:
    return ["def get_user_name(user_id: int) -> str:\n    row = db.fetch(user_id)\n"
            "    return row['first_name'] + ' ' + row['last_name']\n\n",
            f"# KeyError: 'first_name' for user_id={v.digits(7)} — fix?"]


@clean("code")
def clean_sql_query(v: Values) -> list[Piece]:
    return ["SELECT order_id, total FROM orders WHERE created_at >= '", v.date(),
            "' AND total > ", str(v.r.randint(100, 5000)), ".00 ORDER BY total DESC LIMIT ",
            str(v.r.randint(5, 100)), ";\n-- why is this slow on ",
            f"{v.r.randint(2, 90)}M rows?"]


@clean("code")
def clean_dockerfile(v: Values) -> list[Piece]:
    return ["FROM python:3.", str(v.r.randint(9, 13)), ".", str(v.r.randint(0, 9)),
            "-slim\nRUN pip install django==", v.pick(("4.2.16", "5.1.3", "5.0.9")),
            " celery==5.4.0\nEXPOSE ", str(v.r.randint(3000, 9000)),
            "\nCMD [\"gunicorn\", \"app.wsgi\"]\n\nShrink this image."]


@clean("code")
def clean_rails(v: Values) -> list[Piece]:
    name = v.pick(("Jeeves", "Alfred", "JenkinsWebhooks", "Sidekiq", "Cassandra"))
    model = v.pick(("Answer", "Job", "Build", "Row"))
    return [f"class {name}Controller < ApplicationController\n  def show\n    @item = "
            f"{model}.find(params[:id])\n  end\nend\n\nRails ", v.pick(("7.1.3", "7.2.0", "8.0.1")),
            f" says uninitialized constant {model}. ",
            v.pick(("Ruby on Rails newbie here, help", "What am I missing?", "Zeitwerk issue?"))]


@clean("code")
def clean_config(v: Values) -> list[Piece]:
    return ['[server]\nhost = "localhost"\nport = ', str(v.r.randint(1024, 65000)),
            "\nmax_connections = ", str(v.r.randint(10, 500)), '\nlog_level = "info"\n',
            "[cache]\nttl_s = ", str(v.r.randint(30, 3600)), "\n\nConvert this TOML to YAML."]


@clean("code")
def clean_failing_test(v: Values) -> list[Piece]:
    cents = v.r.randint(100, 999999)
    return [f"assert format_price({cents}) == \"€{cents // 100:,}.{cents % 100:02d}\"\n"
            f"E  AssertionError: got '€{cents}'\nwhat's wrong with my formatter?"]


@clean("code")
def clean_js_regex(v: Values) -> list[Piece]:
    return ["const ORDER_RE = /^[A-Z]{2}-\\d{4}-\\d{6}$/;\nORDER_RE.test('", v.pick(("SO", "PO", "RM")),
            "-", v.digits(4), "-", v.digits(6), "'); // false?!\n", "Using ",
            v.pick(("Jest", "Mocha", "Jasmine")), " ", v.version(), "."]


@clean("code")
def clean_requirements(v: Values) -> list[Piece]:
    pkgs = v.r.sample(("pandas==2.2.3", "numpy==2.1.0", "jupyter==1.1.1", "celery==5.4.0",
                       "sphinx==8.1.3", "marshmallow==3.23.1", "hugo-bin==0.3", "ansible==10.5.0"), 4)
    return ["requirements.txt:\n", "\n".join(pkgs), "\n\npip says ResolutionImpossible, which "
            "pin should I relax?"]


# ---------------------------------------------------------------------------------------------
# Clean prompts: tables.


@clean("table")
def clean_sku_table(v: Values) -> list[Piece]:
    rows = [f"| {v.sku()} | {v.product()} | {v.price()} | {v.r.randint(0, 500)} |" for _ in range(3)]
    return ["| SKU | Product | Price | Stock |\n|---|---|---|---|\n", "\n".join(rows),
            "\n\nWhich item should we reorder first?"]


@clean("table")
def clean_orders_csv(v: Values) -> list[Piece]:
    rows = [f"{v.order_no()},{v.date()},{v.price()},{v.pick(('shipped', 'pending', 'refunded'))}"
            for _ in range(v.r.randint(3, 5))]
    return ["order_id,date,total,status\n", "\n".join(rows), "\nsum the shipped ones"]


@clean("table")
def clean_bench_table(v: Values) -> list[Piece]:
    rows = [f"| {m} | {v.r.randint(20, 400)} | {v.r.randint(5, 200)} |"
            for m in v.r.sample(("Llama 3.1 8B", "Mistral 7B", "Qwen2.5 14B", "Gemma 2 9B",
                                 "Phi-3 mini"), 3)]
    return ["| Model | Tokens/s | p50 ms |\n|---|---|---|\n", "\n".join(rows),
            "\n\nWhich would you pick for a chat widget?"]


@clean("table")
def clean_compat_table(v: Values) -> list[Piece]:
    rows = [f"{p}\t{v.version()}\t3.{v.r.randint(9, 13)}"
            for p in v.r.sample(PEOPLE_SHAPED, 3)]
    return ["package\tversion\tpython\n", "\n".join(rows), "\nare these compatible?"]


@clean("table")
def clean_schedule_table(v: Values) -> list[Piece]:
    rows = [f"{d} | {v.time()} | {v.pick(CODENAMES)} deploy" for d in v.r.sample(DAYS, 3)]
    return ["Day | Time | Task\n", "\n".join(rows), "\nFind the clashes."]


# ---------------------------------------------------------------------------------------------
# Clean prompts: logs.


@clean("log")
def clean_worker_log(v: Values) -> list[Piece]:
    return [f"{v.iso_date()}T{v.time()[:5]}:11.512Z ERROR worker-{v.r.randint(1, 9)} "
            f"job=invoice-sync id={v.uuid()} retry={v.r.randint(1, 4)}/5 "
            f"took {v.r.randint(100, 9000)}ms\nwhy would a retry take this long?"]


@clean("log")
def clean_disk_log(v: Values) -> list[Piece]:
    return [f"[{v.date()} {v.time()}] WARN disk /dev/nvme0n1p{v.r.randint(1, 4)} at "
            f"{v.r.randint(80, 99)}% ({v.r.randint(100, 900)}.{v.r.randint(0, 9)} GiB used)\n"
            "what's filling it?"]


@clean("log")
def clean_k8s_log(v: Values) -> list[Piece]:
    pod = f"api-{v.sha(9)}-{v.sha(5)}"
    return [f"Warning  BackOff  {v.r.randint(1, 59)}m  kubelet  Back-off restarting failed "
            f"container api in pod {pod}\nExit code 137, image tag {v.version()}. OOM?"]


@clean("log")
def clean_request_log(v: Values) -> list[Piece]:
    lines = [f"GET /api/v2/orders/{v.digits(10)} {v.pick(('200', '404', '500'))} "
             f"{v.r.randint(2, 900)}ms" for _ in range(v.r.randint(2, 4))]
    return ["\n".join(lines), "\nwhich request is the outlier?"]


@clean("log")
def clean_jenkins_log(v: Values) -> list[Piece]:
    return [f"Started by timer\nRunning on Jenkins in /var/lib/jenkins/workspace/"
            f"{v.pick(CODENAMES).lower()}-build\n[Pipeline] sh\n+ make test\n"
            f"FAILED tests/test_cart.py::test_total - assert {v.price()!r} == '0.00'\n"
            f"Finished: FAILURE (build #{v.r.randint(100, 9999)})"]


@clean("log")
def clean_app_log_people_words(v: Values) -> list[Piece]:
    return [f"{v.time()} INFO celery.worker: Task sphinx.build[{v.uuid()}] succeeded in "
            f"{v.r.randint(1, 90)}.{v.r.randint(0, 999)}s\n{v.time()} WARN kafka.consumer: "
            f"lag={v.r.randint(1000, 99999)} partition={v.r.randint(0, 11)}\nexplain these lines"]


# ---------------------------------------------------------------------------------------------
# Clean prompts: tickets.


@clean("ticket")
def clean_upgrade_ticket(v: Values) -> list[Piece]:
    return [f"{v.ticket()}: Upgrade Django 4.2.16 → 5.1.3; blocks release {v.version()}. "
            f"Priority P{v.r.randint(1, 4)}, estimate {v.r.randint(1, 13)} points."]


@clean("ticket")
def clean_refund_ticket(v: Values) -> list[Piece]:
    return [f"Ticket {v.ticket()}: order {v.order_no()} charged twice ({v.price()}). Refund "
            f"approved, ref RF-{v.digits(8)}-{v.digits(4)}. Customer notified by template "
            "T-12."]


@clean("ticket")
def clean_jupyter_ticket(v: Values) -> list[Piece]:
    return ["Bug: Jupyter kernel dies on `import pandas` (pandas 2.2.3, numpy 2.1.0) on ",
            v.pick(PLACE_PRODUCTS[6:9]), " ", f"{v.r.randint(12, 15)}.{v.r.randint(0, 6)}",
            f". Repro rate {v.r.randint(10, 100)}%. Linked: {v.ticket()}."]


@clean("ticket")
def clean_feature_ticket(v: Values) -> list[Piece]:
    return ["Feature request: ", v.pick(COLOURS), " accent colour for the ", v.product(),
            f" app v{v.version().lstrip('v')}; {v.r.randint(3, 300)} votes; target Q"
            f"{v.r.randint(1, 4)} 2027."]


@clean("ticket")
def clean_ops_ticket(v: Values) -> list[Piece]:
    return [f"{v.ticket()} — Cassandra node 3 compaction stuck since {v.date()} {v.time()}; "
            f"Grafana alert {v.sha(8)}. Grant the on-call group ssh to the bastion."]


@clean("ticket")
def clean_warranty_ticket(v: Values) -> list[Piece]:
    return [f"Warranty claim {v.invoice()}: {v.product()} serial SN{v.sha(10).upper()}, bought "
            f"{v.date()} for {v.price()}. Fan noise after {v.r.randint(2, 20)} months. Approve?"]


@clean("email")
def clean_long_release_notes(v: Values) -> list[Piece]:
    return ["Turn these notes into a customer-facing changelog:\n\n", v.pick(CODENAMES), " ",
            v.version(), " (", v.date(), ")\n- Upgraded Django to 5.1.3 and Celery to 5.4.0; "
            "drops Python 3.9.\n- Jupyter export now keeps cell outputs over ",
            str(v.r.randint(2, 50)), " MB.\n- Fixed ", v.ticket(), ": prices like ", v.price(),
            " were rounded twice in the cart.\n- Fixed ", v.ticket(), ": the ", v.pick(STREETISH),
            " theme lost its ", v.pick(COLOURS), " accent on Safari 18.\n- Jenkins pipeline "
            "time down from ", str(v.r.randint(20, 60)), " to ", str(v.r.randint(5, 19)),
            " minutes.\n- Known issue: orders created between ", v.time(), " and ", v.time(),
            " on ", v.date(), " show status 'pending' (", v.order_no(), " and ", v.order_no(),
            " affected). Refunds are tracked in ", v.ticket(), ".\n\nKeep it upbeat but honest."]


@clean("ticket")
def clean_long_postmortem(v: Values) -> list[Piece]:
    return ["Postmortem draft, please tighten:\n\nSummary: on ", v.date(), " the checkout API "
            "returned HTTP 503 for ", str(v.r.randint(7, 95)), " minutes. Impact: ",
            f"{v.r.randint(1, 40)},{v.r.randint(100, 999)}", " failed orders, about ", v.price(),
            " in delayed revenue.\nTimeline: ", v.time(), " deploy of ", v.version(),
            " (commit ", v.sha(12), "); ", v.time(), " Grafana alert fires; ", v.time(),
            " rollback to ", v.version(), "; ", v.time(), " recovery.\nRoot cause: a Kafka "
            "consumer group rebalanced every ", str(v.r.randint(10, 90)), " s because "
            "max.poll.interval.ms was ", str(v.r.randint(1, 9) * 10000),
            ".\nAction items: ", v.ticket(), " (alert on lag), ", v.ticket(),
            " (canary at 5%), ", v.ticket(), " (load test before ", v.pick(DAYS), " releases)."]


@clean("chat")
def clean_long_laptop(v: Values) -> list[Piece]:
    return ["I need a laptop for data science, budget around ", v.price(), ". Shortlist: ",
            "ThinkPad X1 Carbon Gen 12, Surface Laptop 7 and a MacBook Air M3 with ",
            str(v.pick((16, 24, 32))), " GB. I mostly run Jupyter, pandas and some Julia, and "
            "sometimes train small models with ", v.pick(("PyTorch", "JAX")), " ",
            v.version(), ". Battery life matters more than weight; I'm on the road ",
            v.pick(DAYS), " to ", v.pick(DAYS), ". Would ", v.pick(PLACE_PRODUCTS[6:9]),
            " or Windows 11 24H2 give me fewer driver headaches? Also, is the ",
            v.pick(("Falcon Dock", "Atlas Desk dock", "Hermes Hub")),
            " (", v.sku(), ") compatible with all three? Please answer as a table, then a "
            "one-paragraph recommendation."]


@clean("chat")
def clean_ads_account(v: Values) -> list[Piece]:
    return [v.pick(("My Google Ads account ", "Ads customer ID ", "Our ads account ")),
            f"{v.digits(3)}-{v.digits(3)}-{v.digits(4)}",
            v.pick((" got suspended for 'circumventing systems'. ",
                    " shows a billing error OR_BACR2. ")),
            "The last invoice was ", v.invoice(), " for ", v.price(), ". How do I appeal?"]


@clean("json")
def clean_people_named_config(v: Values) -> list[Piece]:
    return ['{"scheduler": "celery", "broker": "kafka", "docs": "sphinx", "ci": "jenkins", '
            '"notebook": "jupyter", "assistant": "', v.pick(("alexa", "siri", "cortana")),
            '", "theme": "', v.pick(STREETISH).lower().replace(" ", "-"), '", "version": "',
            v.version(), '"}\nwhich of these would you swap for something lighter?']


@clean("form")
def clean_warehouse_label(v: Values) -> list[Piece]:
    return ["FROM: Fulfilment Centre 7, Dock ", str(v.r.randint(1, 40)), "\nTO: Returns Bay ",
            v.pick("ABCDEFG"), "\nPO: ", v.digits(10), "\nLPN: ", v.digits(18), "\nWeight: ",
            f"{v.r.randint(1, 40)}.{v.r.randint(0, 9)} kg\nItems: ", str(v.r.randint(1, 60)),
            " x ", v.sku(), "\n\nWhat is an LPN?"]

def build(seed: int = SEED) -> tuple[list[Prompt], dict[str, str]]:
    """The part's prompts and, for each printed phone number, the region it was drawn for."""
    rng = random.Random(seed)
    values = Values(rng)
    clean_slots = set(rng.sample(range(COUNT), CLEAN))
    queues: dict[bool, list[tuple[str, Template]]] = {True: [], False: []}
    made: list[Prompt] = []
    for slot in range(COUNT):
        is_clean = slot in clean_slots
        queue = queues[is_clean]
        if not queue:
            queue.extend(CLEAN_TEMPLATES if is_clean else PERSONAL)
            rng.shuffle(queue)
        shape, template = queue.pop()
        made.append(compose(f"{PART}-{slot + 1:04d}", shape, template(values)))
    return made, values.regions


def prompts() -> list[Prompt]:
    """The part's 600 prompts, the same on every call."""
    return build()[0]


def filled(seed: int) -> list[Prompt]:
    """The part's templates filled with another seed: its own names and values in other
    combinations (what scripts/train_pii_ner.py learns from a part whose errors were read)."""
    return build(seed)[0]


def phone_regions() -> dict[str, str]:
    """Each phone number as printed in the part → the region it was drawn for."""
    return build()[1]
