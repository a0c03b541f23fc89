"""Clean templates of the train_g generator: structured records with no personal data at all,
full of decoys a news-trained NER takes for people or places (products, brands named after
people, place-like brand names, teams, codenames, rooms, ships, horses, colours, foods,
roles, weekdays, holidays, SKUs, versions, hashes, tracking codes). Hand-written by its
author without reading any other corpus file (blind).
"""

from __future__ import annotations

CLEAN: tuple[tuple[str, str], ...] = (
    # ------------------------------------------------------------ markdown tables
    (
        "table",
        "| SKU | Product | Colour | Price |\n|---|---|---|---|\n| «sku» | «product» | «colour» | «price» |\n| «sku» | «product» | «colour» | «price» |",
    ),
    (
        "table",
        "| Team | Codename | Release | Status |\n|---|---|---|---|\n| «team» | «code» | «ver» | «status» |\n| «team» | «code» | «ver» | «status» |",
    ),
    (
        "table",
        "| Role | Headcount | Budget |\n|--|--|--|\n| «role» | «n» | «price» |\n| «role» | «n» | «price» |\n| Dean | 1 | «price» |",
    ),
    (
        "table",
        "Summarise:\n| Vendor | Category | Orders |\n|---|---|---|\n| «brand» | tools | «qty» |\n| «brand» | appliances | «qty» |",
    ),
    (
        "table",
        "| Horse | Odds | Going |\n|---|---|---|\n| «horse» | «n»/1 | soft |\n| «horse» | «n»/1 | good |",
    ),
    (
        "table",
        "| Holiday | Date | Office open? |\n|---|---|---|\n| «holiday» | «date» | no |\n| «holiday» | «date» | half day |",
    ),
    # ------------------------------------------------------------ CSV
    (
        "csv",
        "sku,name,qty,price\n«sku»,«product»,«qty»,«price»\n«sku»,«product»,«qty»,«price»\n«sku»,«product»,«qty»,«price»",
    ),
    (
        "csv",
        "order_id,status,carrier,tracking\n«order»,«status»,DHL,«track»\n«order»,«status»,UPS,«track»",
    ),
    ("csv", "«sku»,«colour»,«qty»\n«sku»,«colour»,«qty»\n«sku»,«colour»,«qty»"),
    ("csv", "team,sprint,velocity,codename\n«team»,«n»,«qty»,«code»\n«team»,«n»,«qty»,«code»"),
    ("csv", "brand,model,warranty_months\n«brand»,«product»,«n»\n«brand»,«product»,«n»"),
    (
        "csv",
        "Why does Excel turn this into a date?\npart_no,desc\n«month»-«n»,«food» tray\n«sku»,«product»",
    ),
    ("csv", "«date»,«ticket»,«status»,«ms»\n«date»,«ticket»,«status»,«ms»"),
    (
        "csv",
        "menu_item,price,allergens\n«food»,«price»,gluten\n«food»,«price»,none\n«food»,«price»,nuts",
    ),
    ("csv", '"Product, variant",stock\n"«product», «colour»",«qty»\n"«product», «colour»",«qty»'),
    ("csv", "position,level,band,openings\n«role»,senior,«n»,«n»\n«role»,junior,«n»,«n»"),
    # ------------------------------------------------------------ TSV
    ("tsv", "Room\tCapacity\tFloor\n«room»\t«n»\t«n»\n«room»\t«n»\t«n»"),
    ("tsv", "build\tcommit\tresult\n«ver»\t«hash»\tpassed\n«ver»\t«hash»\tfailed"),
    ("tsv", "«sku»\t«product»\t«price»\n«sku»\t«product»\t«price»"),
    ("tsv", "Ship\tBerth\tETA\n«ship»\t«n»\t«ts»\n«ship»\t«n»\t«ts»"),
    # ------------------------------------------------------------ HTML
    (
        "html",
        "<table><tr><th>SKU</th><th>Finish</th></tr><tr><td>«sku»</td><td>«colour»</td></tr><tr><td>«sku»</td><td>«colour»</td></tr></table>",
    ),
    (
        "html",
        '<div class="product"><h2>«product»</h2><span class="brand">«brand»</span><span class="price">«price»</span></div>',
    ),
    (
        "html",
        "<h1>Quarterly Roadmap</h1>\n<h2>«code»</h2>\n<p>Owner: «team». Target: «ver» by «month».</p>",
    ),
    (
        "html",
        '<select name="finish"><option>«colour»</option><option>«colour»</option><option>Rose Gold</option></select>',
    ),
    ("html", "<tr><td>«role»</td><td>«dept»</td><td>«status»</td></tr>"),
    # ------------------------------------------------------------ JSON
    ("json", '{"sku": "«sku»", "name": "«product»", "finish": "«colour»", "price": «qty».99}'),
    ("json", '{"release": "«ver»", "codename": "«code»", "commit": "«hash»", "team": "«team»"}'),
    ("json", '[{"id": "«order»", "status": "«status»"}, {"id": "«order»", "status": "«status»"}]'),
    (
        "json",
        '{"room": "«room»", "booked_by_team": "«team»", "from": "«time»", "to": "«time»", "day": "«weekday»"}',
    ),
    ("json", '{"vendor": "«brand»", "items": [{"sku": "«sku»", "qty": «qty»}], "po": "«order»"}'),
    ("json", '{"alert": "Amber", "service": "«code»", "p95_ms": «ms», "version": "«ver»"}'),
    ("json", '{"menu": {"special": "«food»", "drink": "«food»", "day": "«weekday»"}}'),
    ("json", '{"role": "«role»", "grade": "«n»", "remote": true, "department": "«dept»"}'),
    (
        "json",
        '{"event":"deploy","service":"«code»","build":"«ver»","sha":"«hash»","ts":"«ts»","status":"«http»"}',
    ),
    # ------------------------------------------------------------ XML
    (
        "xml",
        '<product sku="«sku»"><name>«product»</name><brand>«brand»</brand><finish>«colour»</finish></product>',
    ),
    (
        "xml",
        "<shipment><tracking>«track»</tracking><carrier>FedEx</carrier><eta>«date»</eta></shipment>",
    ),
    ("xml", '<release version="«ver»" codename="«code»"><team>«team»</team></release>'),
    ("xml", "<vessel><name>«ship»</name><berth>«n»</berth><cargo>«product»</cargo></vessel>"),
    ("xml", '<!-- generated by «brand» exporter «ver» -->\n<lot id="«lot»" qty="«qty»"/>'),
    # ------------------------------------------------------------ SQL
    ("sql", "SELECT sku, name FROM products WHERE brand = '«brand»' AND finish = '«colour»';"),
    ("sql", "INSERT INTO releases (codename, version, sha) VALUES ('«code»', '«ver»', '«hash»');"),
    ("sql", "UPDATE orders SET status = 'shipped', tracking = '«track»' WHERE id = '«order»';"),
    (
        "sql",
        " sku | product | qty\n-----+---------+-----\n «sku» | «product» | «qty»\n «sku» | «product» | «qty»\n(2 rows)",
    ),
    (
        "sql",
        "CREATE TABLE staff_roles (role TEXT, band INT); INSERT INTO staff_roles VALUES ('«role»', «n»);",
    ),
    (
        "sql",
        "-- TODO(«team»): index on order_ref\nSELECT count(*) FROM tickets WHERE key = '«ticket»';",
    ),
    # ------------------------------------------------------------ YAML
    ("yaml", "service: «code»\nowner: «team»\nversion: «ver»\nreplicas: «n»"),
    (
        "yaml",
        "products:\n  - sku: «sku»\n    name: «product»\n    finish: «colour»\n  - sku: «sku»\n    name: «product»",
    ),
    ("yaml", "holidays:\n  - «holiday»\n  - «holiday»\n  - «holiday»\nfreeze_starts: «date»"),
    ("yaml", "alerting:\n  level: Amber\n  escalate_to: «role»\n  after_minutes: «n»"),
    # ------------------------------------------------------------ spreadsheets
    ("sheet", "A\tB\tC\n1\tSKU\tStock\n2\t«sku»\t«qty»\n3\t«sku»\t«qty»"),
    ("sheet", '=SUMIF(B:B, "«product»", D:D) gives 0 but the sheet has «qty» rows of «product»'),
    ("sheet", "Week   Team          Points\n«n»     «team»    «score»\n«n»     «team»    «score»"),
    ("sheet", "paste from the Q«n» tab:\n«brand»   «price»\n«brand»   «price»\n«brand»   «price»"),
    ("sheet", "Colour       Units   Returns\n«colour»    «qty»     «n»\n«colour»    «qty»     «n»"),
    # ------------------------------------------------------------ fixed-width
    (
        "fixed",
        "SKU          DESCRIPTION           QTY\n«sku|13»«product|22»«qty»\n«sku|13»«product|22»«qty»",
    ),
    ("fixed", "JOB      STATUS   DURATION\n«ticket|9»«status|9»«ms»ms\n«ticket|9»«status|9»«ms»ms"),
    ("fixed", "VESSEL              BERTH  ETA\n«ship|20»«n|7»«time»\n«ship|20»«n|7»«time»"),
    ("fixed", "Page 2 of 3        Run «date»\nITEM: «product|24» LOT: «lot»\nORDER: «order»"),
    # ------------------------------------------------------------ forms
    ("form", "Product: «product»\nSKU: «sku»\nFinish: «colour»\nWarranty: «n» months"),
    ("form", "Position: «role»\nDepartment: «dept»\nReports to: «role»\nLocation: remote"),
    ("form", "Order number: «order»\nTracking: «track»\nDelivered: «weekday» «time»"),
    ("form", "Incident: «ticket»\nService: «code»\nSeverity: Amber\nVersion: «ver»"),
    ("form", "Room booking\nRoom: «room»\nTeam: «team»\nDate: «date»\nCatering: «food»"),
    (
        "form",
        "Requester ....... «team»\nCost centre ..... «dept»\nApprover ........ «role»\nItem ............ «product»",
    ),
    ("form", "order no «order» color «colour» qty «qty» deliver «weekday» pls"),
    # ------------------------------------------------------------ manifests
    ("manifest", "FLT «flight» «date» LOAD SHEET\nBAGS «qty»\nCARGO «qty»KG\nFUEL «qty»00KG"),
    ("manifest", "Cargo manifest «ship»\n«lot» «product» x«qty»\n«lot» «product» x«qty»"),
    (
        "manifest",
        "Housekeeping list «weekday»\nRoom «roomno» - checkout - «status»\nRoom «roomno» - stayover - «status»",
    ),
    ("manifest", "Seat map «flight»: «seat» blocked, «seat» crew rest, «seat» inop"),
    # ------------------------------------------------------------ payroll / HR (no people)
    ("payroll", "Payroll calendar «month»: cutoff «date», pay day «date», bank holiday «holiday»"),
    (
        "payroll",
        "role,band,min_salary,max_salary\n«role»,«n»,«salary»,«salary»\n«role»,«n»,«salary»,«salary»",
    ),
    (
        "payroll",
        "HR export | «date»\n«empid» | «role» | «dept» | «status»\n«empid» | «role» | «dept» | «status»",
    ),
    ("payroll", "Headcount by department: «dept» «n», «dept» «n», «dept» «n»"),
    # ------------------------------------------------------------ rosters
    ("roster", "Class «grade» timetable\n«weekday»: Chemistry, Art\n«weekday»: Maths, Drama"),
    ("roster", "Group «code»: «n» students, room «room», tutor: the Dean"),
    ("roster", "Sports day teams: Red House «score», Blue House «score», Green House «score»"),
    # ------------------------------------------------------------ patients (no people)
    ("patients", "Ward occupancy «date»\n«ward»: «n»/«n» beds\n«ward»: «n»/«n» beds"),
    ("patients", "MRN,Bed,Status\n«mrn»,«n»,«status»\n«mrn»,«n»,«status»"),
    (
        "patients",
        "Pharmacy stock: «lot» saline x«qty», «lot» gauze x«qty» - reorder before «weekday»",
    ),
    # ------------------------------------------------------------ CRM (companies only)
    (
        "crm",
        "Account: «brand»\nTier: Gold\nIndustry: retail\nOpen opportunities: «n»\nNext review: «month»",
    ),
    ("crm", "Company,Segment,ARR\n«brand»,enterprise,«salary»\n«brand»,mid-market,«salary»"),
    ("crm", "Opportunity «ticket» - «brand» - stage «n» - close «date»"),
    # ------------------------------------------------------------ logs
    ("log", "«ts» «level» service=«code» version=«ver» latency_ms=«ms» status=«http»"),
    ("log", "[«time»] order=«order» sku=«sku» qty=«qty» result=ok"),
    ("log", "«ts» WARN build «ver» commit «hash» flaky test in «team» suite"),
    ("log", 'level=error msg="tracking lookup failed" tracking=«track» carrier=ups'),
    ("log", "«ts» | GET /api/v«n»/products/«sku» | «http» | «ms»ms"),
    # ------------------------------------------------------------ e-mails (no names)
    (
        "email",
        "Hi team,\n\nthe «month» inventory export is attached: «qty» SKUs, «n» backordered.\n\nThanks,\nOperations\n«brand»",
    ),
    (
        "email",
        "Subject: «code» «ver» release notes\n\nFixed «ticket», bumped the «product» firmware.\n-- «team»",
    ),
    (
        "email",
        "Dear customer,\nyour order «order» in «colour» ships «weekday». Tracking: «track».\nKind regards,\nCustomer Care",
    ),
    ("email", "To the «role»:\nplease approve PO «order» for «product» x«qty».\nProcurement"),
    # ------------------------------------------------------------ chat (everyday words as things)
    ("chat", "Will the «product» in Rose Gold be back before «holiday»?"),
    ("chat", "we hope the «brand» drill ships «weekday», the «team» will need it"),
    ("chat", "the Hope Foundation invoice («order») is in the sheet, grace period ends «date»"),
    ("chat", "Jasper build «ver» is green, Amber alerts cleared on «code»"),
    ("chat", "order «n» Flat Whites and a Ginger Beer for the «room» meeting at «time»"),
    ("chat", "is Ruby on Rails «ver» compatible with the «product» api?"),
    ("chat", "ask the Dean's office and the «role» about the «holiday» rota"),
    ("chat", "the Ford transit and the Tesla charger are booked «weekday», key in «room»"),
    ("chat", "mark the «sku» rows as sold, the summer stock is in olive and sage"),
)
