"""val24 personal templates, part G: payments across the domains (cards, IBANs, bank account
numbers), support tickets, and more network addresses."""

from __future__ import annotations

from .val24_gen import Ctx, personal


@personal("tour-hotel-incidentals", "email", "music")
def t_tour_hotel(r: Ctx):
    tm = r.person()
    return [
        "Dear Front Desk,\n\nWe arrive on ",
        r.date("long"),
        f" (booking {r.code('HB######')}, "
        f"{r.num(4, 14)} rooms). Please put incidentals for the band on the tour card ",
        r.card(),
        " and not on individual cards. Late check-out for rooms 2 and 5 if "
        "possible.\n\nThe tour manager is ",
        r.full(tm),
        " – ",
        r.phone(p=tm),
        ".\n\nThanks,\n",
        r.given(tm),
    ]


@personal("visa-fee-payment-form", "form", "immigration")
def t_visa_fee(r: Ctx):
    a = r.person()
    return [
        f"PAYMENT AUTHORISATION – application {r.code('GWF0########')}\n\nCardholder name: ",
        r.caps(a),
        "\nCard number: ",
        r.card(),
        f"\nExpiry: {r.num(1, 12):0>2}/{r.num(26, 31)}"
        f"\nAmount: {r.money('£', 100, 1600)}\nBilling address: ",
        r.address(p=a),
        "\nContact email: ",
        r.email(a),
        "\n\nI authorise this one-off payment.",
    ]


@personal("auction-invoice-letter", "letter", "art")
def t_auction_invoice(r: Ctx):
    a, acc = r.people_n(2)
    return [
        f"INVOICE {r.code('SI-######')}\n\n",
        r.full(a),
        "\n",
        r.address(p=a),
        f"\n\nLot "
        f"{r.num(1, 300)}, hammer {r.money('£', 500, 40000)}, buyer's premium 25%.\n\n"
        "Dear ",
        r.titled(a),
        ",\n\nThank you for your successful bid. We have charged the card registered at the sale, ",
        r.card(),
        ", for the deposit; the balance may be paid by bank transfer to our client account ",
        r.iban("GB"),
        ".\n\nYours sincerely,\n\n",
        r.full(acc),
        "\nAccounts, Halcyon Fine Art",
    ]


@personal("trip-payment-toolcall", "toolcall", "school")
def t_trip_tool(r: Ctx):
    parent = r.person()
    child = r.person(parent.culture)
    return [
        '{"name": "take_payment", "arguments": {"pupil": "',
        r.full(child),
        '", "cardholder": "',
        r.full(parent),
        '", "card_number": "',
        r.card(sep=""),
        f'", "expiry": "{r.num(1, 12):0>2}/{r.num(26, 31)}", "amount_gbp": {r.num(20, 400)}, '
        '"receipt_email": "',
        r.email(parent),
        '"}}',
    ]


@personal("gateway-payment-log", "log", "restaurant")
def t_gateway_log(r: Ctx):
    a = r.person(plain=True)
    return [
        f"{r.date('iso')}T{r.clock()}Z pay-gw DEBUG auth request pan=",
        r.card(sep=""),
        f" amount={r.num(20, 400)}.00 currency=GBP merchant={r.code('MID#######')}\n"
        f'{r.date("iso")}T{r.clock()}Z pay-gw INFO  3ds challenge cardholder="',
        r.full(a),
        '" client_ip=',
        r.ip(),
        "\n",
        f"{r.date('iso')}T{r.clock()}Z pay-gw WARN  declined code=05 booking={r.code('@@####')}\n",
    ]


@personal("store-payment-trace", "stacktrace", "gaming")
def t_store_trace(r: Ctx):
    a = r.person(plain=True)
    return [
        'Traceback (most recent call last):\n  File "store/checkout.py", line ',
        r.num(50, 400),
        ', in charge\n    resp = psp.authorize(card, amount)\n  File "store/psp.py", line ',
        r.num(20, 200),
        ", in authorize\n    raise PaymentError(payload)\nstore.psp.PaymentError: {'card': '",
        r.card(),
        "', 'holder': '",
        r.full(a),
        "', 'ip': '",
        r.ip(),
        "', 'reason': 'insufficient_funds'}",
    ]


@personal("subscription-cancel-chat", "chat", "personal_admin")
def t_sub_chat(r: Ctx):
    a = r.person()
    return [
        "I need to cancel a gym membership that keeps charging my card ",
        r.card(),
        f" even though I cancelled in {r.month()}. Write a complaint to their billing team. "
        "My name is ",
        r.full(a),
        ", member number ",
        r.code("GM######"),
        ", and they can reach me at ",
        r.email(a),
        ".",
    ]


@personal("wine-club-form", "form", "wine")
def t_wine_club(r: Ctx):
    a = r.person()
    return [
        "WINE CLUB SIGN-UP\n\nName: ",
        r.full(a),
        "\nDelivery address: ",
        r.address(p=a),
        "\nPhone: ",
        r.phone(p=a),
        "\nDate of birth: ",
        r.dob(),
        f"\nCase: {r.pick(['reds', 'whites', 'mixed'])}, every {r.pick(['month', 'quarter'])}\n"
        "Card: ",
        r.card(),
        f"  Exp {r.num(1, 12):0>2}/{r.num(26, 31)}\n",
    ]


@personal("carpark-voice", "voice", "personal_admin")
def t_carpark_voice(r: Ctx):
    a = r.person()
    return [
        "pay for parking at the station for ",
        r.lower(a, full=False),
        " use the card ",
        r.card(sep=" "),
        " and send the receipt to ",
        r.email(a),
    ]


@personal("garage-card-transcript", "transcript", "garage")
def t_garage_card(r: Ctx):
    a, adv = r.people_n(2)
    return [
        "Agent: Gearhouse accounts, ",
        r.given(adv),
        " speaking.\nCustomer: Hi, I'm paying "
        f"invoice {r.code('INV-######')} for the {r.d('vehicle')}.\nAgent: Great. Name on the "
        "card?\nCustomer: ",
        r.full(a),
        ".\nAgent: And the long number?\nCustomer: ",
        r.card(sep=" "),
        ".\nAgent: Lovely, that's gone through. Receipt to ",
        r.email(a),
        "?\nCustomer: Yes please.",
    ]


@personal("crew-invoice-email", "email", "film")
def t_crew_invoice(r: Ctx):
    a, lp = r.people_n(2)
    return [
        "To: ",
        r.email(lp),
        f"\nSubject: Invoice {r.code('INV-###')} – week {r.num(1, 12)}\n\nHi ",
        r.given(lp),
        f",\n\nPlease find my invoice attached: {r.num(5, 6)} days at "
        f"{r.money('£', 250, 700)} plus kit hire. Bank details:\n\nAccount name: ",
        r.full(a),
        "\nIBAN: ",
        r.iban(r.pick(["GB", "IE", "DE", "FR", "NL", "BE", "ES"])),
        "\n\nThanks,\n",
        r.given(a),
    ]


@personal("reagent-supplier-json", "json", "lab")
def t_reagent_json(r: Ctx):
    a = r.person()
    return [
        '{\n  "supplier_id": "',
        r.code("V-#####"),
        '",\n  "contact": "',
        r.full(a),
        '",\n  "email": "',
        r.email(a),
        '",\n  "bank": {\n    "iban": "',
        r.iban(r.pick(["DE", "CH", "NL", "SE", "DK", "FI", "AT"]), spaced=False),
        '",\n    "bic": "',
        r.code("@@@@@@##"),
        '"\n  },\n  "payment_terms_days": ',
        r.pick(["30", "45", "60"]),
        "\n}",
    ]


@personal("prize-money-csv", "csv", "racing")
def t_prize_csv(r: Ctx):
    rows = []
    for _ in range(r.rng.randint(3, 4)):
        p = r.person(plain=True)
        rows += [
            r.full(p),
            f",{r.d('horse')},{r.money('£', 200, 9000).replace(',', '')},",
            r.iban(r.pick(["GB", "IE", "FR"]), spaced=False),
            "\n",
        ]
    return ["owner,horse,prize,iban\n", rows]


@personal("freight-invoice-xml", "xml", "shipping")
def t_freight_xml(r: Ctx):
    a = r.person(plain=True)
    return [
        f'<FreightInvoice no="{r.code("FI-######")}" vessel="{r.d("ship")}">\n  <BillTo>',
        r.full(a),
        '</BillTo>\n  <Amount currency="EUR">',
        r.num(800, 30000),
        '</Amount>\n  <PayTo iban="',
        r.iban(r.pick(["NL", "BE", "DE", "PT"]), spaced=False),
        '"/>\n  <Contact>',
        r.email(a),
        "</Contact>\n</FreightInvoice>",
    ]


@personal("rent-sms", "sms", "personal_admin")
def t_rent_sms(r: Ctx):
    ll = r.person()
    return [
        "Hi it's ",
        r.given(ll),
        f" (landlord). Rent for {r.month()} is now due – sort code "
        f"{r.sort_code()}, account number ",
        r.acct("uk"),
        ". Ta!",
    ]


@personal("dinner-money-letter", "letter", "school")
def t_dinner_letter(r: Ctx):
    parent = r.person()
    child = r.person(parent.culture)
    return [
        f"{r.date('long')}\n\nDear ",
        r.titled(parent),
        ",\n\nSchool meals account for ",
        r.full(child),
        f"\n\nThe balance is -{r.money('£', 10, 80)}. Please pay by bank "
        f"transfer to the school fund: sort code {r.sort_code()}, a/c ",
        r.acct("uk"),
        ", quoting reference ",
        r.code("SM####"),
        ".\n\nYours sincerely,\n\nSchool Business Manager",
    ]


@personal("direct-deposit-form", "form", "tax")
def t_direct_deposit(r: Ctx):
    a = r.person()
    return [
        "DIRECT DEPOSIT AUTHORIZATION\n\nEmployee: ",
        r.full(a),
        "\nEmployee ID: ",
        r.code("E#####"),
        "\nSSN: ",
        r.ssn(),
        "\nBank: ",
        r.pick(["First Community CU", "Harbor Savings", "Lakeside Bank"]),
        "\nChecking account number: ",
        r.acct("us"),
        "\nDeposit: 100% of net pay\nSigned: ",
        r.initial(a),
        f"   Date: {r.date('us')}",
    ]


@personal("payout-json", "json", "gaming")
def t_payout_json(r: Ctx):
    a = r.person()
    return [
        '{"payout_id": "',
        r.code("PO-########"),
        '", "player": "',
        r.full(a),
        '", "prize_usd": ',
        r.num(100, 20000),
        ', "method": "ach", "account_number": "',
        r.acct("us"),
        '", "tax_id_ssn": "',
        r.ssn(),
        '", "ip": "',
        r.ip(),
        '"}',
    ]


@personal("refund-ticket", "ticket", "restaurant")
def t_refund_ticket(r: Ctx):
    a, agent = r.people_n(2)
    return [
        f"Ticket {r.code('#######')}  Status: Open  Channel: web form\n\nFrom: ",
        r.full(a),
        " (",
        r.email(a),
        f")\n\nWe cancelled our booking {r.code('@@####')} 3 days ahead but "
        f"the {r.money('£', 20, 200)} deposit was still taken from my card ",
        r.card(),
        ". Please refund it.\n\nAgent ",
        r.full(agent),
        ": refund approved, 5–7 days.",
    ]


@personal("wifi-abuse-ticket", "ticket", "council")
def t_wifi_ticket(r: Ctx):
    a = r.person()
    return [
        f"INC{r.num(100000, 999999)}  Library public Wi-Fi abuse report\nPriority: 3\n\nDevice ",
        r.code("%%:%%:%%:%%:%%:%%"),
        " on ",
        r.ipv4(),
        " and ",
        r.ipv6(),
        f" generated {r.num(200, 9000)} blocked requests. The session was registered to "
        "library card holder ",
        r.full(a),
        " (",
        r.phone(p=a),
        "). Suspend for 7 days per policy.",
    ]


@personal("lab-vpn-ticket", "ticket", "lab")
def t_vpn_ticket(r: Ctx):
    a = r.person()
    return [
        f"RITM{r.num(1000000, 9999999)}  VPN access for visiting researcher\n\nRequested for: ",
        r.full(a),
        " <",
        r.email(a),
        ">\nStatic address: ",
        r.ipv4(),
        f"\nDuration: until {r.date('long')}\nSponsor: ",
        r.titled(r.person()),
        "\nNote: instrument subnet only; no access to HR systems.",
    ]


@personal("esports-venue-yaml", "yaml", "gaming")
def t_venue_yaml(r: Ctx):
    a = r.person()
    return [
        'venue:\n  name: "Hall B"\n  address: "',
        r.address(),
        '"\nnetwork:\n  stage_pcs:\n    - ',
        r.ipv4(),
        "\n    - ",
        r.ipv4(),
        "\n  observer: ",
        r.ipv4(),
        '\n  ipv6_uplink: "',
        r.ipv6(),
        '"\nproduction_contact:\n  name: "',
        r.full(a),
        '"\n  phone: "',
        r.phone(p=a),
        '"\n',
    ]


@personal("council-payment-json", "json", "council")
def t_council_pay_json(r: Ctx):
    a = r.person()
    return [
        '{"service": "parking_penalty", "pcn": "',
        r.code("@@########"),
        '", "amount": ',
        r.num(35, 110),
        ', "payer": {"name": "',
        r.full(a),
        '", "email": "',
        r.email(a),
        '"}, "card": {"pan": "',
        r.card(sep=""),
        f'", "exp": "{r.num(1, 12):0>2}{r.num(26, 31)}"}}}}',
    ]


@personal("gallery-membership-email", "email", "art")
def t_gallery_member(r: Ctx):
    a, b = r.people_n(2)
    return [
        "Subject: Joint membership renewal\n\nHello,\n\nPlease renew our joint Friends "
        "membership (",
        r.full(a),
        " and ",
        r.full(b),
        f", no. {r.code('FR-#####')}) for another year at {r.money('£', 80, 200)}. Charge it to ",
        r.card(),
        ".\n\nBest wishes,\n",
        r.given(a),
    ]


@personal("conference-registration-form", "form", "lab")
def t_conf_form(r: Ctx):
    a = r.person()
    return [
        "REGISTRATION – Annual Assay Methods Meeting\n\nDelegate: ",
        r.titled(a, "Dr"),
        "\nInstitution: Meridian Labs\nEmail: ",
        r.email(a),
        "\nPoster: yes\nDietary: ",
        r.pick(["vegetarian", "none", "halal", "gluten free"]),
        f"\nFee: {r.money('€', 250, 700)}\nPayment card: ",
        r.card(),
        "\n",
    ]


@personal("catering-order-chat", "chat", "restaurant")
def t_catering_chat(r: Ctx):
    a = r.person()
    return [
        f"Draft a confirmation for a catering order: {r.num(40, 200)} covers, canapés and "
        f"{r.d('dish')}, delivery to ",
        r.address(),
        f" on {r.date('long')}. Client is ",
        r.full(a),
        "; the deposit was taken from card ",
        r.card(),
        ". Mention the allergen sheet is attached.",
    ]


@personal("merch-orders-csv", "csv", "gaming")
def t_merch_csv(r: Ctx):
    rows = []
    for _ in range(r.rng.randint(2, 3)):
        p = r.person(plain=True)
        rows += [
            r.code("ORD-#####"),
            ",",
            r.full(p),
            ",",
            r.card(sep=""),
            f",{r.pick(['jersey', 'hoodie', 'mousepad'])},{r.money('$', 20, 90)}\n",
        ]
    return [
        "# export from the old store (pre-tokenisation) – delete after migration\n"
        "order,name,card,item,total\n",
        rows,
    ]
