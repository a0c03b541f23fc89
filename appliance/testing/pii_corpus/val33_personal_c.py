"""val33 personal templates, part C: csv, tsv, markdown_table, html, xml, yaml, code."""

from __future__ import annotations

from appliance.testing.pii_corpus.val33_gen import T

TEMPLATES = [
    # ------------------------------------------------------------------------------ csv
    T(
        "p-csv-01",
        "csv",
        "airline",
        """
    Clean up this export and flag duplicates:
    member_id,surname,first_name,email,phone,tier
    <<#ref>>,<<P1.caps>>,<<P1.first>>,<<P1.email>>,<<PH1.e164>>,GOLD
    <<#ref2>>,<<P2.caps>>,<<P2.first>>,<<P2.email>>,<<PH2.e164>>,SILVER
    <<#ref3>>,<<P3.caps>>,<<P3.first>>,<<P3.email>>,,BLUE
    """,
    ),
    T(
        "p-csv-02",
        "csv",
        "charity",
        """
    donor,city,amount,method,account
    "<<P1.lf>>",<<L1.city>>,25.00,direct debit,<<AC1>>
    "<<P2.lf>>",<<L2.city>>,100.00,card,
    "<<P3.lf>>",<<L3.city>>,12.50,direct debit,<<AC2>>
    """,
    ),
    T(
        "p-csv-03",
        "csv",
        "tattoo",
        """
    date,time,client,artist,phone,deposit
    <<#date>>,10:00,<<P1>>,<<P4.first>>,<<PH1>>,50
    <<#date>>,13:30,<<P2>>,<<P4.first>>,<<PH2>>,50
    <<#date>>,16:00,<<W3>>,<<P5.first>>,<<PH3>>,80
    """,
    ),
    T(
        "p-csv-04",
        "csv",
        "labequip",
        """
    Why does this import fail on row 3?
    serial,model,owner,owner_email,lab_ip
    <<#part>>,Erlenmeyer flask rack,<<P1>>,<<P1.email>>,<<IP1>>
    <<#part2>>,Bunsen burner (LPG),<<P2>>,<<P2.email>>,<<IP2>>
    <<#part3>>,Petri dish incubator,<<P3>>,<<P3.email>>,<<IX1>>
    """,
    ),
    T(
        "p-csv-05",
        "csv",
        "bakery",
        """
    order,product,customer,pickup,phone
    <<#order>>,Charlotte russe,<<P1.fcaps>>,Sat 10:00,<<PH1>>
    <<#order2>>,Victoria sponge x2,<<P2.fcaps>>,Sat 11:30,<<PH2>>
    <<#order3>>,Madeleines (24),<<P3.fcaps>>,Sun 09:00,<<PH3>>
    """,
    ),
    # ------------------------------------------------------------------------------ tsv
    T(
        "p-tsv-01",
        "tsv",
        "housing",
        """
    room\ttenant\temail\tmove_in\tguarantor
    <<#room>>\t<<P1>>\t<<P1.email>>\t<<#date>>\t<<P4>>
    <<#room2>>\t<<P2>>\t<<P2.email>>\t<<#date2>>\t<<P5>>
    <<#room3>>\t<<P3>>\t<<P3.email>>\t<<#date3>>\t-
    """,
    ),
    T(
        "p-tsv-02",
        "tsv",
        "sports",
        """
    Please total the fees per team:
    player\tteam\tfee\tiban
    <<P1>>\tHarriers\t45\t<<IB1>>
    <<P2>>\tHarriers\t45\t<<IB2>>
    <<P3>>\tKestrels\t30\t<<IB3>>
    """,
    ),
    T(
        "p-tsv-03",
        "tsv",
        "modelclub",
        """
    member\tmodel\tfrequency\tphone
    <<P1.init>>\tSopwith Camel 1/6\t2.4GHz\t<<PH1>>
    <<P2.init>>\tPiper Cub\t2.4GHz\t<<PH2>>
    <<P3.init>>\tFokker Dr.I\t35MHz\t<<PH3>>
    """,
    ),
    T(
        "p-tsv-04",
        "tsv",
        "pharmacy",
        """
    patient\tdrug\tstrength\tcollected_by\tssn
    <<P1>>\tXanax\t0.5 mg\t<<P2.first>>\t<<SSN1>>
    <<P3>>\tWegovy\t1.7 mg\tself\t<<SSN2>>
    """,
    ),
    # ------------------------------------------------------------------------------ markdown
    T(
        "p-md-01",
        "markdown_table",
        "langschool",
        """
    Can you turn this into a seating plan?

    | Student | Country | Level | Email |
    |---|---|---|---|
    | <<P1>> | <<L1.ctry>> | B1 | <<P1.email>> |
    | <<P2>> | <<L2.ctry>> | B2 | <<P2.email>> |
    | <<P3>> | <<L3.ctry>> | A2 | <<P3.email>> |
    | <<P4>> | <<L4.ctry>> | B1 | <<P4.email>> |
    """,
    ),
    T(
        "p-md-02",
        "markdown_table",
        "sports",
        """
    ## Trophy custodians

    | Trophy | Holder | Contact |
    |--------|--------|---------|
    | Stanley Cup replica | <<P1>> | <<PH1>> |
    | Davis Cup plate | <<P2.init>> | <<P2.email>> |
    | Ryder Cup pennant | <<P3>> | <<PH3>> |
    """,
    ),
    T(
        "p-md-03",
        "markdown_table",
        "architecture",
        """
    | Project | Site | Client | Lead |
    | --- | --- | --- | --- |
    | Library extension | <<L1.addr>> | <<P1>> | <<P4.first>> |
    | Rooftop garden | <<L2.addr>> | <<P2>> | <<P4.first>> |
    | Clinic refit | <<L3.city>> | <<P3.lf>> | <<P5.first>> |
    """,
    ),
    T(
        "p-md-04",
        "markdown_table",
        "aquarium",
        """
    Summarise the adoption renewals below.

    | Animal | Species | Adopter | Renewal email |
    |---|---|---|---|
    | Myrtle | green sea turtle | <<P1>> | <<P1.email>> |
    | Old Tom | orca (model) | <<P2>> | <<P2.email>> |
    | Nemo | clownfish | <<P3>> | <<P3.email>> |
    """,
    ),
    T(
        "p-md-05",
        "markdown_table",
        "courier",
        """
    | Driver | Route | Phone |
    |:--|:--|:--|
    | <<P1.first>> | <<L1.city>> north | <<PH1>> |
    | <<P2.first>> | <<L1.city>> south | <<PH2>> |
    | <<W3.first>> | depot shuttle | <<PH3>> |
    """,
    ),
    # ------------------------------------------------------------------------------ html
    T(
        "p-html-01",
        "html",
        "themepark",
        """
    <div class="guest-card">
      <h2>Season pass holder</h2>
      <p class="name"><<P1>></p>
      <p>Member since <<#year>> &middot; <<L1.city>>, <<L1.ctry>></p>
      <a href="mailto:<<P1.email>>">Email guest</a>
      <p>Favourite ride: Grandpa Otto's Log Flume</p>
    </div>
    """,
    ),
    T(
        "p-html-02",
        "html",
        "architecture",
        """
    <table class="team">
      <tr><th>Name</th><th>Role</th><th>Phone</th></tr>
      <tr><td><<P1>></td><td>Partner</td><td><<PH1>></td></tr>
      <tr><td><<P2>></td><td>Project architect</td><td><<PH2>></td></tr>
      <tr><td><<P3>></td><td>Model maker</td><td><<PH3>></td></tr>
    </table>
    <p>Studio: <<L1.addr>></p>
    """,
    ),
    T(
        "p-html-03",
        "html",
        "charity",
        """
    Fix the broken markup:
    <ul class="trustees">
      <li><strong><<P1>></strong> - Chair, <<L1.city>>
      <li><strong><<P2>></strong> - Treasurer
      <li><strong><<P3>></strong> - Rhodes Scholar, trustee since <<#year>>
    </ul>
    <footer>Registered office: <<L2.addr>></footer>
    """,
    ),
    T(
        "p-html-04",
        "html",
        "cosmetics",
        """
    <form id="checkout">
      <input name="full_name" value="<<P1>>">
      <input name="email" value="<<P1.email>>">
      <input name="card" value="<<CC1>>">
      <input name="shade" value="Ruby Woo">
      <input name="address" value="<<L1.addr>>">
    </form>
    """,
    ),
    # ------------------------------------------------------------------------------ xml
    T(
        "p-xml-01",
        "xml",
        "airline",
        """
    <PassengerList flight="<<#flight>>">
      <Passenger seq="1"><Name><<P1.upper>></Name><Phone><<PH1>></Phone></Passenger>
      <Passenger seq="2"><Name><<P2.upper>></Name><Phone><<PH2>></Phone></Passenger>
      <Passenger seq="3"><Name><<P3.upper>></Name></Passenger>
    </PassengerList>
    """,
    ),
    T(
        "p-xml-02",
        "xml",
        "marine_ins",
        """
    <claim id="<<#claim>>">
      <vessel imo="<<#imo>>">Northern Tern</vessel>
      <master><<P1>></master>
      <portOfLoss><<L1.city>></portOfLoss>
      <payee iban="<<IB1>>"><<P2>></payee>
    </claim>
    """,
    ),
    T(
        "p-xml-03",
        "xml",
        "seedbank",
        """
    <accession code="<<#acc>>">
      <taxon>Begonia grandis</taxon>
      <collector><<P1.lf>></collector>
      <locality><<L1.region>>, <<L1.ctry>></locality>
      <donor email="<<P2.email>>"><<P2>></donor>
    </accession>
    """,
    ),
    T(
        "p-xml-04",
        "xml",
        "labequip",
        """
    <ServiceVisit>
      <Instrument>Soxhlet extractor bank</Instrument>
      <Engineer><<P1>></Engineer>
      <SiteAddress><<L1.addr>></SiteAddress>
      <SiteContact phone="<<PH2>>"><<P2>></SiteContact>
    </ServiceVisit>
    """,
    ),
    # ------------------------------------------------------------------------------ yaml
    T(
        "p-yaml-01",
        "yaml",
        "assistant",
        """
    assistant:
      name: Cortana
      owner: <<P1>>
      contacts:
        - name: <<P2>>
          phone: "<<PH2>>"
        - name: <<P3>>
          email: <<P3.email>>
      home: "<<L1.addr>>"
    """,
    ),
    T(
        "p-yaml-02",
        "yaml",
        "modelclub",
        """
    event: spring fly-in
    field: <<L1.city>>
    marshal: <<P1>>
    contacts:
      safety_officer: {name: <<P2>>, phone: "<<PH2>>"}
      treasurer: {name: <<P3>>, email: <<P3.email>>}
    models: [Tiger Moth, Piper Cub, Spitfire Mk IX]
    """,
    ),
    T(
        "p-yaml-03",
        "yaml",
        "probate",
        """
    matter: EST-<<#qty>>
    deceased: <<P1>>
    executors:
      - <<P2>>
      - <<P3>>
    assets:
      property: <<L1.addr>>
      bank_account: "<<AC1>>"
      iban: "<<IB1>>"
    """,
    ),
    T(
        "p-yaml-04",
        "yaml",
        "courier",
        """
    # depot config - why does the route planner ignore the second driver?
    depot: <<L1.city>>
    drivers:
      - id: drv-<<#n>>
        name: <<P1>>
        mobile: "<<PH1>>"
      - id: drv-<<#n2>>
        name: <<P2>>
        mobile: "<<PH2>>"
    gateway_ip: <<IP1>>
    """,
    ),
    # ------------------------------------------------------------------------------ code
    T(
        "p-code-01",
        "code",
        "airline",
        """
    Why does this test fail?

    def test_lookup_member():
        member = lookup("<<P1.email>>")
        assert member.surname == "<<P1.caps>>"
        assert member.phone == "<<PH1.e164>>"
        # fixture copied from prod, ask <<P2.first>> before sharing
    """,
    ),
    T(
        "p-code-02",
        "code",
        "cosmetics",
        """
    const testOrder = {
      customer: "<<P1>>",
      email: "<<P1.email>>",
      card: "<<CC1>>",
      shade: "Marilyn",
      shipTo: "<<L1.addr>>",
    };
    // TODO(<<P2.first>>): stop using real orders in tests
    """,
    ),
    T(
        "p-code-03",
        "code",
        "charity",
        """
    INSERT INTO donors (name, email, iban, city) VALUES
      ('<<P1>>', '<<P1.email>>', '<<IB1>>', '<<L1.city>>'),
      ('<<P2>>', '<<P2.email>>', '<<IB2>>', '<<L2.city>>');
    -- gives "duplicate key" on the second row, why?
    """,
    ),
    T(
        "p-code-04",
        "code",
        "labequip",
        """
    func TestCalibrationOwner(t *testing.T) {
        rec := Record{Owner: "<<P1>>", Email: "<<P1.email>>", Host: "<<IP1>>"}
        if rec.Owner != "<<P1>>" {
            t.Fatalf("owner mismatch")
        }
    }
    """,
    ),
    T(
        "p-code-05",
        "code",
        "housing",
        """
    # seed data for the staging DB
    tenants = [
        {"name": "<<P1>>", "room": "<<#room>>", "ssn": "<<SSN1>>"},
        {"name": "<<P2>>", "room": "<<#room2>>", "ssn": "<<SSN2>>"},
    ]
    """,
    ),
    T(
        "p-code-06",
        "code",
        "astronomy",
        """
    SELECT observer, email, COUNT(*) AS sightings
    FROM meteor_reports
    WHERE observer IN ('<<P1>>', '<<P2>>', '<<P3>>')
    GROUP BY observer, email;
    -- <<P1.first>> logged 40 Perseids but this returns 12
    """,
    ),
]
