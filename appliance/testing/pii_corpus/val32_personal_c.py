"""val32 personal templates, part C: energy and water utilities, telecoms support, local
councils, immigration and notary offices, pension and payroll bureaus."""

from __future__ import annotations

from appliance.testing.pii_corpus.val32_gen import t

TEMPLATES = [
    t(
        "energy-email-1",
        "email",
        "utilities",
        r"""
        Subject: Estimated bill is far too high - meter [[meter1]]

        Hello,

        My latest bill ([[invoice1]]) is based on an estimate of 14,820 kWh, but the meter \
        actually reads [[build1]] kWh. I took a photo on [[date1]] and can send it.

        Please recalculate and take the corrected amount by direct debit from \
        [[iban1]] as usual. The property is [[addr1]].

        [[p1]]
        [[phone1]]
    """,
    ),
    t(
        "energy-chat-1",
        "chat",
        "utilities",
        r"""
        Summarise these outage complaints for the shift handover, grouped by street:

        1) [[p1]], [[addr1/GB]] - no power since 06:10, has a fridge of insulin, call \
        [[phone1/GB]]
        2) [[p2]], [[addr2/GB]] - lights flickering, smell of burning near the substation
        3) [[p3.first]] at [[addr3/GB]] - elderly neighbour [[p4]] needs a check-in, \
        landline [[phone2/GB]]
    """,
    ),
    t(
        "energy-csv-1",
        "csv",
        "utilities",
        r"""
        job_id,customer,address,phone,meter_type,slot
        [[ref1]],[[p1]],"[[addr1]]",[[phone1]],smart electricity,[[date1.1]] AM
        [[ref2]],[[p2]],"[[addr2]]",[[phone2]],smart gas,[[date1.1]] PM
        [[ref3]],"[[p3.lf]]","[[addr3]]",[[phone3]],dual fuel,[[date2.1]] AM
    """,
    ),
    t(
        "water-letter-1",
        "letter",
        "utilities",
        r"""
        [[p1]]
        [[addr1.lines]]

        [[date1]]

        Dear [[p1.title]] [[p1.last]],

        Our leak detection team found a probable leak on the supply pipe serving your \
        property. Under our free repair scheme we can fix it if the pipe is within your \
        boundary. Please call [[p2]] on [[phone1]] to arrange a visit.

        Yours faithfully,
        Network Services
    """,
    ),
    t(
        "energy-toolcall-1",
        "toolcall",
        "utilities",
        r"""
        <tool_call>
        {"name": "schedule_callback", "arguments": {"customer": "[[p1]]", \
        "phone": "[[phone1]]", "address": "[[addr1]]", "reason": "meter exchange", \
        "preferred": "[[date1.1]]", "account_ref": "[[ref1]]"}}
        </tool_call>
    """,
    ),
    t(
        "energy-sms-1",
        "sms",
        "utilities",
        r"""
        Planned power cut at [[addr1]] on [[date1]] from 09:00 to 13:00 for cable work. \
        Medical equipment at home? Call [[phone1]]. Ref [[ref1]]
    """,
    ),
    t(
        "telecom-chat-1",
        "chat",
        "telecoms",
        r"""
        my router keeps dropping. ISP support asked for my WAN addresses, they are \
        [[ip1]] and [[ip2.v6]]. the line is in the name of [[p1.lower]], account phone \
        [[phone1]]. can you help me write a short, firm complaint? it's the third \
        time this month
    """,
    ),
    t(
        "telecom-chat-2",
        "chat",
        "telecoms",
        r"""
        Help me reply to this customer. They want to pay an overdue bill of [[price1.m]] \
        with a different card: "Hi, this is [[p1]], account mobile [[phone1]]. Please \
        take it from my [[card1.mc]] card instead of the old one, and send the receipt \
        to [[p1.email]]." Our policy: we can't take card numbers over chat.
    """,
    ),
    t(
        "telecom-transcript-1",
        "transcript",
        "telecoms",
        r"""
        Agent: You're through to Helio Mobile, my name's [[p1.first]]. Who am I speaking to?
        Customer: [[p2]].
        Agent: Thanks. Which number is the call about?
        Customer: [[phone1]]. I want to move it to a new SIM, the old one was stolen.
        Agent: I'm sorry to hear that. For security, what's the email on the account?
        Customer: [[p2.email]].
        Agent: And a second contact number?
        Customer: My flatmate's, [[p3]], [[phone2]].
        Agent: Perfect. The new SIM will go to [[addr1]].
    """,
    ),
    t(
        "telecom-log-1",
        "log",
        "telecoms",
        r"""
        [[date1.1]] 03:12:55 radiusd[2231]: Access-Accept user=[[p1.email]] nas=bras-07 \
        framed-ip=[[ip1]]
        [[date1.1]] 03:13:02 radiusd[2231]: Access-Reject user=[[p2.email]] nas=bras-07 \
        reason="bad password" calling-station=[[phone1]]
        [[date1.1]] 03:13:40 dhcp6[880]: lease [[ip2.v6]] bound to cpe-[[hash1.short]]
        [[date1.1]] 03:14:19 radiusd[2231]: Accounting-Stop user=[[p1.email]] framed-ip=[[ip1]]
    """,
    ),
    t(
        "telecom-ticket-1",
        "ticket",
        "telecoms",
        r"""
        PORTING REQUEST [[ticket1]]
        Number to port: [[phone1]]
        Account holder: [[p1.caps]]
        Losing provider: Kestrel Telecom
        Installation address: [[addr1]]
        Authorised by: [[p2]] (bill payer)
        Requested date: [[date1]]
        Status: rejected - holder name does not match; asked customer to confirm spelling
    """,
    ),
    t(
        "telecom-json-1",
        "json",
        "telecoms",
        r"""
        {"customer": {"id": "C-[[build1]]", "name": "[[p1]]", "msisdn": "[[phone1]]",
          "email": "[[p1.email]]", "billing": {"method": "direct_debit", "iban": "[[iban1]]"},
          "plan": "Unlimited 5G", "device": "Pixel 8 Pro"},
         "notes": "[[p2.first]] at the store in [[city1]] set up the contract"}
    """,
    ),
    t(
        "council-email-1",
        "email",
        "council",
        r"""
        To: [[role1.parking@brackenmoor.gov.uk]]
        Subject: Residents' parking permit - zone K

        Hello,

        I've moved to [[addr1/GB]] and would like a residents' permit for zone K. My car is \
        a Ford Fiesta; I've attached the V5C and a council tax bill as proof of address. \
        My old permit was [[permit1]].

        Please call me on [[phone1/GB]] if anything is missing.

        Thanks,
        [[p1]]
    """,
    ),
    t(
        "council-form-1",
        "form",
        "council",
        r"""
        COUNCIL TAX - SINGLE PERSON DISCOUNT
        Council tax reference: [[ref1]]
        Property: [[addr1/GB]]
        Full name: [[p1]]
        Date you became the only adult: [[date1]]
        Previous occupant: [[p2]] (moved to [[city1]])
        Refund of any overpayment to - Bank: Nationwide   Sort code: 07-04-36
        Account number: [[acct1.uk]]
        Daytime phone: [[phone1/GB]]
    """,
    ),
    t(
        "council-chat-1",
        "chat",
        "council",
        r"""
        Here are today's missed bin reports. Turn them into a list for the crews, \
        oldest first:
        - [[time1]] [[p1]], [[addr1/GB]]: green bin missed twice
        - [[time2]] [[p2.first]] (no surname given), [[addr2/GB]]: recycling lid broken
        - [[time3]] [[p3]], [[addr3/GB]]: assisted collection, lives alone, phone [[phone1/GB]]
    """,
    ),
    t(
        "council-minutes-1",
        "minutes",
        "council",
        r"""
        Planning Committee - [[date1]]
        Application [[case1]]: two-storey rear extension at [[addr1]]
        Objectors: [[p1]] (no. 14) and [[p2]] (no. 18), loss of light.
        Applicant's agent: [[p3]].
        Cllr [[p4.last]] proposed approval with a condition on obscure glazing; seconded \
        by Cllr [[p5.last]]. Carried 6-2.
    """,
    ),
    t(
        "council-letter-1",
        "letter",
        "council",
        r"""
        Parking Services
        PO Box 4471

        [[date1]]

        Penalty Charge Notice [[permit1]]

        Dear [[p1]],

        Your representation against this notice has been accepted. The CCTV shows that \
        your vehicle was loading at [[addr1/GB]] for less than the permitted 20 minutes. \
        The charge of [[price1.s]] is cancelled and no further action is needed.

        [[p2.init]]
        Notice Processing Officer
    """,
    ),
    t(
        "council-markdown-1",
        "markdown_table",
        "council",
        r"""
        Allotment waiting list - Priory Fields site

        | Pos | Applicant | Address | Phone | Since |
        |---|---|---|---|---|
        | 1 | [[p1]] | [[addr1/GB]] | [[phone1/GB]] | [[date1]] |
        | 2 | [[p2.lf]] | [[addr2/GB]] | [[phone2/GB]] | [[date2]] |
        | 3 | [[p3]] | [[addr3/GB]] | - | [[date3]] |
    """,
    ),
    t(
        "immig-email-1",
        "email",
        "immigration",
        r"""
        Subject: Your application [[case1]] - biometrics appointment

        Dear [[p1]],

        Your visa application has been received. Please attend a biometrics appointment \
        on [[date1]] at [[time1]] at the service point in [[city1]].

        Your sponsor, [[p2]], will receive a copy of this letter at [[p2.email]].

        If you need an interpreter, call us on [[phone1]] quoting [[case1]].
    """,
    ),
    t(
        "immig-form-1",
        "form",
        "immigration",
        r"""
        PETITION FOR ALIEN RELATIVE - worksheet (do not file)
        Part 2. Petitioner
          Family name: [[p1.LAST]]        Given name: [[p1.first]]
          U.S. Social Security number: [[ssn1]]
          Mailing address: [[addr1/US]]
          Daytime phone: [[phone1/US]]
        Part 4. Beneficiary
          Name: [[p2.lf]]
          Country of birth: [[country1]]
          Address abroad: [[addr2]]
        Preparer: [[p3]], [[p3.email]]
    """,
    ),
    t(
        "notary-letter-1",
        "letter",
        "notary",
        r"""
        Notariat am Schlossplatz

        [[p1.title_de]] [[p1]]
        [[addr1/DE]]

        [[date1]]

        Kaufvertrag über die Eigentumswohnung [[addr2/DE]]

        Guten Tag [[p1.title_de]] [[p1.last]],

        anbei der Entwurf des Kaufvertrags zwischen Ihnen und [[p2]]. Der Kaufpreis ist \
        auf das Notaranderkonto [[iban1/DE]] zu zahlen. Beurkundungstermin: [[date2]], \
        [[time1]] Uhr.

        Mit freundlichen Grüßen
        [[p3]], Notar
    """,
        lang="de",
    ),
    t(
        "notary-notes-1",
        "notes",
        "notary",
        r"""
        signing [[date1]] - deed of gift
        donor: [[p1]], [[addr1]]
        donee: [[p2]] (grandchild)
        witnesses: [[p3]], [[p4]]
        ID checked by [[p5.first]]. copies by courier, tracking [[track1]]
        fee [[price1.m]] paid by card [[card1]]
    """,
    ),
    t(
        "immig-transcript-1",
        "transcript",
        "immigration",
        r"""
        OFFICER: For the record, please state your full name.
        APPLICANT: [[p1]].
        OFFICER: And you entered on [[date1]]?
        APPLICANT: Yes, through [[city1]].
        OFFICER: Who is your employer?
        APPLICANT: [[p2]], a bakery in [[city2]]. The number is [[phone1]].
        INTERPRETER ([[p3.first]]): The applicant asks if a cousin, [[p4]], may wait outside.
        OFFICER: That's fine.
    """,
    ),
    t(
        "pension-email-1",
        "email",
        "pension",
        r"""
        Subject: 401(k) rollover - [[p1]]

        Hi [[p2.first]],

        Following our call, here are the details for the rollover from the old plan:

        Participant: [[p1]]
        SSN: [[ssn1]]
        Receiving IRA, checking account number [[acct1.us]] at First Harbor Bank (routing \
        021000089)
        Mailing address: [[addr1/US]]

        Please confirm once the check has been cut.
        [[p1.first]]
    """,
    ),
    t(
        "payroll-csv-1",
        "csv",
        "payroll",
        r"""
        emp_id,name,ssn,routing,account,net_pay
        E[[build1]],[[p1]],[[ssn1]],021000021,[[acct1.us]],"[[price1.l]]"
        E[[build2]],[[p2]],[[ssn2]],121000358,[[acct2.us]],"[[price2.l]]"
        E[[build3]],"[[p3.lf]]",[[ssn3]],026009593,[[acct3.us]],"[[price3.l]]"
    """,
    ),
    t(
        "payroll-tsv-1",
        "tsv",
        "payroll",
        r"""
        employee	ssn	change	new_account	effective
        [[p1]]	[[ssn1]]	direct deposit	[[acct1]]	[[date1.1]]
        [[p2]]	[[ssn2]]	address	[[addr1/US]]	[[date1.1]]
        [[p3]]	[[ssn3]]	direct deposit	[[acct2]]	[[date2.1]]
    """,
    ),
    t(
        "payroll-toolcall-1",
        "toolcall",
        "payroll",
        r"""
        call: payroll.update_direct_deposit
        args:
          employee_name: "[[p1]]"
          employee_ssn: "[[ssn1]]"
          bank_routing: "031176110"
          checking_account_number: "[[acct1.us]]"
          requested_by: "[[p2.email]]"
    """,
    ),
    t(
        "pension-letter-1",
        "letter",
        "pension",
        r"""
        [[p1]]
        [[addr1.lines]]

        Annual pension statement, [[year1]]

        Dear [[p1.first]],

        Your pension of [[price1.l]] a month continues to be paid into the account ending in \
        the number we hold: IBAN [[iban1]]. If you move abroad, tell us your new address \
        and bank details at least six weeks before.

        Your named beneficiary is [[p2]]. To change this, call [[phone1]].

        Pensions Administration Team
    """,
    ),
    t(
        "payroll-form-1",
        "form",
        "payroll",
        r"""
        NEW HIRE - DIRECT DEPOSIT AUTHORIZATION
        Employee name: [[p1.lf]]
        Social Security No.: [[ssn1]]
        Home address: [[addr1/US]]
        Bank: Cascade Federal Credit Union     Routing no.: 325081403
        Account type: [x] checking  [ ] savings
        Account no.: [[acct1.us]]
        Amount: 100% of net pay
        Received by: [[p2.init]], HR, on [[date1]]
    """,
    ),
    t(
        "pension-transcript-1",
        "transcript",
        "pension",
        r"""
        REP: Retirement services, this is [[p1.first]]. Who am I speaking with?
        CALLER: [[p2]]. I'm calling about the annuity of [[p3]], who died last month.
        REP: I'm sorry for your loss. May I have the Social Security number on the plan?
        CALLER: [[ssn1]].
        REP: Thank you. And your own number, as the beneficiary?
        CALLER: [[ssn2]].
        REP: The remaining payment can go to your checking account. Account number?
        CALLER: [[acct1.us]], at the same bank.
    """,
    ),
    t(
        "tax-chat-1",
        "chat",
        "payroll",
        r"""
        Can you check this is filled in right before I send it to our accountant?

        Taxpayer: [[p1]], SSN [[ssn1]]
        Spouse: [[p2]], SSN [[ssn2]]
        Dependent: [[p3.first]] (2016)
        Refund by direct deposit - checking acct no. [[acct1.us]], routing 111000025
        Address: [[addr1/US]]
    """,
    ),
    t(
        "car-form-1",
        "form",
        "cars",
        r"""
        CREDIT APPLICATION - Kia of the Valley (Kia Carens LX, stock [[ref1]])
        Applicant: [[p1]]
        SSN: [[ssn1]]          Residence: [[addr1/US]]
        Mobile: [[phone1/US]]  Email: [[p1.email]]
        Employer: Brightwater Hospitality LLC, since [[year1]]
        Co-applicant: [[p2]]   SSN: [[ssn2]]
        Down payment from checking account [[acct1]]
        Salesperson: [[p3.first]]
    """,
    ),
    t(
        "immig-letter-1",
        "letter",
        "immigration",
        r"""
        [[date1]]

        [[p1]]
        [[addr1/US.lines]]

        RE: Receipt notice, case [[case1]]

        Dear [[p1.first]],

        We received your application to adjust status on [[date2]]. Please keep this \
        notice. The Social Security number you gave, [[ssn1]], will be used for your \
        employment authorization card. If it is wrong, call [[phone1/US]].

        Your attorney of record is [[p2]].
    """,
    ),
    t(
        "payroll-json-1",
        "json",
        "payroll",
        r"""
        {
          "form": "W-2",
          "tax_year": [[year1]],
          "employee": {
            "name": "[[p1]]",
            "ssn": "[[ssn1]]",
            "address": "[[addr1/US]]"
          },
          "employer": {"name": "Brightwater Hospitality LLC", "ein": "84-[[build1]]"},
          "box1_wages": "[[price1.l]]",
          "prepared_by": "[[p2]]"
        }
    """,
    ),
    t(
        "payroll-chat-1",
        "chat",
        "payroll",
        r"""
        Explain this payslip line by line in plain English:

        Employee: [[p1]]    Payroll no. P-[[build1]]
        Basic salary      4,250.00
        Overtime (12h)      386.40
        Pension (5%)       -231.82
        Net pay to IBAN [[iban1]]    3,172.55
        Questions: payroll team, [[role1.payroll@lindqvistgroup.se]]
    """,
    ),
    t(
        "pension-sms-1",
        "sms",
        "pension",
        r"""
        Hi [[p1.first]], it's [[p2.first]] from the pension desk. Your transfer is \
        complete; the lump sum reaches account [[acct1]] on [[date1]]. Call [[phone1]] \
        with questions.
    """,
    ),
    t(
        "telecom-voice-1",
        "voice",
        "telecoms",
        r"""
        hi this is [[p1]] my broadband has been down since monday the number on the \
        account is [[phone1]] please call me back or text my partner [[p2.lnick]] on \
        [[phone2]]
    """,
    ),
    t(
        "council-voice-1",
        "voice",
        "council",
        r"""
        message for environmental services my name is [[p1]] i live at [[addr1/GB]] and \
        the bins have not been collected for three weeks call me on [[phone1/GB]]
    """,
    ),
    t(
        "immig-xml-1",
        "xml",
        "immigration",
        r"""
        <application ref="[[case1]]">
          <applicant>
            <surname>[[p1.LAST]]</surname>
            <forenames>[[p1.first]]</forenames>
            <residence>[[city1]], [[city1.country]]</residence>
            <contact email="[[p1.email]]" phone="[[phone1]]"/>
          </applicant>
          <sponsor name="[[p2]]" relation="spouse"/>
          <fee paid="true" card="[[card1]]"/>
        </application>
    """,
    ),
    t(
        "payroll-stacktrace-1",
        "stacktrace",
        "payroll",
        r"""
        Exception in thread "main" com.paybureau.ValidationException: invalid routing for \
        employee [[p1]] (SSN [[ssn1]])
            at com.paybureau.ach.BatchBuilder.addEntry(BatchBuilder.java:144)
            at com.paybureau.ach.BatchBuilder.build(BatchBuilder.java:97)
            at com.paybureau.jobs.NightlyRun.main(NightlyRun.java:31)
        Caused by: java.lang.IllegalArgumentException: account [[acct1.us]] failed check digit
    """,
    ),
    t(
        "energy-jira-1",
        "jira",
        "utilities",
        r"""
        OPS-[[build1]] Smart meter offline after firmware [[ver1]]
        Reporter: [[p1]]
        Customer affected: [[p2]], [[addr1]] (meter [[meter1]])
        The comms hub at the property last reported from [[ip1]] on [[date1]].
        Comment ([[p3]]): field visit booked; customer prefers a text to [[phone1]].
    """,
    ),
    t(
        "council-vcard-1",
        "vcard",
        "council",
        r"""
        BEGIN:VCARD
        VERSION:4.0
        FN:[[p1]]
        TITLE:Ward Councillor
        ORG:Brackenmoor District Council
        TEL;TYPE=cell:[[phone1/GB]]
        EMAIL:[[p1.email@brackenmoor.gov.uk]]
        NOTE:Surgery every second Saturday at the library
        END:VCARD
    """,
    ),
    t(
        "immig-slack-1",
        "slack",
        "immigration",
        r"""
        [[p1]]  [[time1]]
        heads-up: [[p2]]'s file ([[case1]]) is missing the sponsor's payslips
        [[p3]]  [[time2]]
        I'll chase the sponsor, [[p4]] - number on file is [[phone1]]
        [[p1]]  [[time2]]
        thanks. deadline is [[date1]]
    """,
    ),
]
