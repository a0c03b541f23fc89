"""val24 clean templates, part E (no personal data, many decoys): tickets, letters, minutes and
tool calls across the domains."""

from __future__ import annotations

from .val24_gen import Ctx, clean


@clean("fleet-breakdown-ticket", "ticket", "fleet")
def c_fleet_ticket(r: Ctx):
    return [
        f"Ticket {r.code('FLT-######')}  Priority: P2  Category: Breakdown\n\nVehicle "
        f"{r.plate()} ({r.d('vehicle')}) reported DPF warning at {r.time()}; odometer "
        f"{r.num(20000, 180000)} km. Recovery booked with job ref {r.code('RV-#####')}. "
        f"Replacement van from pool, key safe code changed. ETA {r.num(30, 120)} min.",
    ]


@clean("lab-freezer-ticket", "ticket", "lab")
def c_lab_ticket(r: Ctx):
    return [
        f"INC{r.num(100000, 999999)}  Freezer F{r.num(1, 8)} alarm\nPriority: 1\n\n"
        f"Temperature reached -{r.num(50, 65)} °C at {r.time()}. Samples {r.code('S-####')} to "
        f"{r.code('S-####')} moved to backup freezer {r.code('BK-#')}. Compressor part "
        f"{r.code('####-####-##')} ordered (PO {r.code('45########')}). Will do a root-cause "
        "review once the engineer reports.",
    ]


@clean("council-pothole-ticket", "ticket", "council")
def c_pothole_ticket(r: Ctx):
    return [
        f"Case {r.code('HW-#######')}  Type: Pothole  Depth: {r.num(40, 120)} mm\n"
        f"Asset {r.code('RD####/##')}, carriageway, lane {r.num(1, 2)}. Category "
        f"{r.pick(['1', '2'])} defect; make safe within {r.pick(['24 hours', '5 days'])}. "
        f"Gang {r.code('G-##')} assigned, materials {r.money('£', 40, 300)}.",
    ]


@clean("supplier-letter", "letter", "manufacturing")
def c_supplier_letter(r: Ctx):
    return [
        f"{r.date('long')}\n\nTo all approved suppliers\n\nRevision of packaging "
        f"specification PS-{r.num(10, 99)}\n\nFrom {r.date('long')} all deliveries to Goods "
        "Inward must use returnable crates (RAL 5015 blue) with the label format in annex "
        f"{r.code('@')}. Pallets over {r.num(600, 1000)} kg will be refused. A grace period of "
        "four weeks applies.\n\nYours faithfully,\n\nPurchasing Department",
    ]


@clean("pension-statement-letter", "letter", "pensions")
def c_pension_letter(r: Ctx):
    return [
        "Dear Member,\n\nYour annual benefit statement\n\n"
        f"Plan value at {r.date('long')}: {r.money('£', 5000, 300000)}\n"
        f"Contributions this year: {r.money('£', 1000, 20000)}\n"
        f"Projected income at 67: {r.money('£', 2000, 30000)} a year (in today's money)\n\n"
        "Projections assume 5% growth and are not guaranteed. To change your investment "
        "choices, log in to the member portal.\n\nMember Services",
    ]


@clean("safety-minutes", "minutes", "construction")
def c_safety_minutes(r: Ctx):
    return [
        f"Site safety meeting – week {r.num(1, 52)}\nAttendees: Site Manager, Health & Safety "
        f"Advisor, trade supervisors ({r.num(4, 9)})\n\n1. Near miss: unsecured Acrow props on "
        f"level {r.num(1, 6)}. Toolbox talk {r.weekday()}.\n2. Hoist inspection certificate "
        f"{r.code('HI-#####')} expires {r.date('long')}.\n3. Dust monitoring: "
        f"{r.num(1, 4)}.{r.num(0, 9)} mg/m³, below limit.\nActions closed: {r.num(3, 12)}.",
    ]


@clean("lab-order-toolcall", "toolcall", "lab")
def c_lab_tool(r: Ctx):
    return [
        f'{{"name": "order_reagent", "arguments": {{"catalogue_no": "{r.code("@@-####-###")}", '
        f'"qty": {r.num(1, 20)}, "cost_centre": "{r.code("CC####")}", "cold_chain": true, '
        f'"deliver_to": "Sample Reception"}}}}',
    ]


@clean("dispatch-shift-sms", "sms", "dispatch")
def c_dispatch_sms(r: Ctx):
    return [
        f"CONTROL ROOM: shift swap approved for {r.weekday()} nights. Briefing {r.time()}, "
        f"console {r.num(1, 20)}. Radio firmware {r.version()} installs at 03:00.",
    ]


@clean("airline-handling-transcript", "transcript", "aviation")
def c_handling_transcript(r: Ctx):
    return [
        f"Ramp: {r.flight()}, chocks on stand {r.num(1, 60)}, GPU connected.\n"
        f"Flight deck: Thanks ramp. Tech log entry for the {r.d('aircraft')}, pack 2 light.\n"
        f"Ramp: Copied, engineer on the way. Fuel request {r.num(4000, 18000)} kg.\n"
        "Flight deck: Confirm, will do the walkaround after the engineer signs.",
    ]
