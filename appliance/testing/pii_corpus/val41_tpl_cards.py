"""val41 templates, card shapes: ics (calendar events) and vcard (contact cards; the N
field's family and given names are one span each). Slots as in `val41_render`."""

from __future__ import annotations

from appliance.testing.pii_corpus.val41_render import Template as T

_CAL = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//val41//Planner 4.2//EN\nBEGIN:VEVENT\n"
_END = "END:VEVENT\nEND:VCALENDAR"

TEMPLATES: list[T] = [
    # ---- ics -----------------------------------------------------------------------
    T("ics", "weddings",
      _CAL + "UID:⟦hash⟧-⟦num⟧\nDTSTART:20250614T130000Z\nSUMMARY:Wedding of ⟦p1⟧ and ⟦p2⟧\n"
      "LOCATION:⟦addr⟧\nORGANIZER;CN=⟦p3⟧:mailto:⟦p3.email⟧\nATTENDEE;CN=⟦p4⟧:mailto:"
      "⟦p4.email⟧\nDESCRIPTION:Menu: Beef Wellington\\, Pavlova.\n" + _END),
    T("ics", "dental",
      _CAL + "UID:⟦hash⟧\nDTSTART:20250303T091500\nSUMMARY:Check-up\\, ⟦p1⟧\nDESCRIPTION:"
      "With ⟦p2.t⟧ ⟦p2.f⟧. Call ⟦phone⟧ to rebook.\nLOCATION:⟦addr⟧\n" + _END),
    T("ics", "choir",
      _CAL + "UID:⟦hash⟧\nDTSTART:20251121T190000\nRRULE:FREQ=WEEKLY;COUNT=10\nSUMMARY:"
      "Rehearsal: Mendelssohn Scholarship audition pieces\nORGANIZER;CN=⟦p1⟧:mailto:⟦email⟧\n"
      "DESCRIPTION:Parts from ⟦p2.g⟧. Cover: ⟦p3⟧.\n" + _END),
    T("ics", "yacht",
      _CAL + "UID:⟦hash⟧\nDTSTART;VALUE=DATE:20250719\nSUMMARY:⟦city⟧ regatta\nORGANIZER;"
      "CN=⟦p1⟧:mailto:⟦p1.email⟧\nATTENDEE;CN=⟦p2⟧;ROLE=REQ-PARTICIPANT:mailto:⟦p2.email⟧\n"
      "DESCRIPTION:Visiting crews from ⟦country⟧ and ⟦region⟧\n"
      + _END),
    T("ics", "tattoo",
      _CAL + "UID:⟦hash⟧\nDTSTART:20250402T140000\nSUMMARY:⟦p1.g⟧ - Monroe piercing\n"
      "DESCRIPTION:Deposit paid with card ⟦card⟧. Artist ⟦p2⟧.\n" + _END),
    T("ics", "genealogy",
      _CAL + "UID:⟦hash⟧\nDTSTART:20250910T193000\nSUMMARY:Talk by ⟦p1⟧: the d'Aboville "
      "system\nLOCATION:⟦city⟧ library\\, room 2\nDESCRIPTION:Dial-in ⟦phone⟧\\, host ⟦p2.i⟧\n"
      + _END),
    T("ics", "bells",
      _CAL + "UID:⟦hash⟧\nDTSTART:20250715T183000\nSUMMARY:St Swithun's Day ringing\n"
      "LOCATION:Bell tower\nDESCRIPTION:Grandsire Doubles then Plain Bob Minor\n" + _END),
    T("ics", "beekeeping",
      _CAL + "UID:⟦hash⟧\nDTSTART:20250505T100000\nRRULE:FREQ=WEEKLY;BYDAY=SA\nSUMMARY:"
      "Inspection - Langstroth colonies\nLOCATION:Apiary 2\nDESCRIPTION:Bring Snelgrove board\n"
      + _END),
    T("ics", "kennel",
      _CAL + "UID:⟦hash⟧\nDTSTART:20260305T080000\nSUMMARY:Crufts qualifiers: Gordon setter "
      "judging\nLOCATION:Ring 3\nDESCRIPTION:Benching from ⟦time⟧\n" + _END),
    T("ics", "library",
      _CAL + "UID:⟦hash⟧\nDTSTART:20251104T180000\nSUMMARY:Reith Lectures listening group\n"
      "LOCATION:Carnegie Room\nDESCRIPTION:Booking ⟦order⟧\n" + _END),
    # ---- vcard ---------------------------------------------------------------------
    T("vcard", "yacht",
      "BEGIN:VCARD\nVERSION:3.0\nN:⟦p1.f⟧;⟦p1.g⟧;;⟦p1.t⟧;\nFN:⟦p1⟧\nORG:Harbour Yacht Club\n"
      "TEL;TYPE=CELL:⟦phone⟧\nEMAIL:⟦p1.email⟧\nADR;TYPE=HOME:;;⟦addr.street⟧;⟦addr.city⟧;;;\n"
      "END:VCARD"),
    T("vcard", "optician",
      "BEGIN:VCARD\nVERSION:4.0\nFN:⟦p1⟧\nN:⟦p1.f⟧;⟦p1.g⟧;;;\nTEL;VALUE=uri;TYPE=work:tel:"
      "⟦phone.e164⟧\nEMAIL;TYPE=work:⟦email⟧\nNOTE:Goldmann tonometer trainer\nEND:VCARD"),
    T("vcard", "kennel",
      "BEGIN:VCARD\nVERSION:3.0\nFN:⟦p1⟧\nN:⟦p1.f⟧;⟦p1.g⟧;;;\nNOTE:Met at Crufts. Breeds "
      "Dobermanns with ⟦p2⟧. Stud dog ⟦pet⟧.\nTEL:⟦phone⟧\nEND:VCARD"),
    T("vcard", "bells",
      "BEGIN:VCARD\nVERSION:3.0\nFN:⟦p1⟧\nN:⟦p1.f⟧;⟦p1.g⟧;;;\nTITLE:Tower captain\nURL:"
      "⟦p1.url⟧\nEMAIL:⟦p1.email⟧\nEND:VCARD"),
    T("vcard", "fishing",
      "BEGIN:VCARD\nVERSION:3.0\nFN:⟦p1⟧\nN:⟦p1.f⟧;⟦p1.g⟧;;;\nORG:Fish market buyers\n"
      "NOTE:Pays to IBAN ⟦iban⟧. Boat: ⟦ship⟧\nTEL;TYPE=WORK:⟦phone⟧\nEND:VCARD"),
    T("vcard", "circus",
      "BEGIN:VCARD\nVERSION:3.0\nFN:⟦p1⟧\nN:⟦p1.f⟧;⟦p1.g⟧;;;\nEMAIL;TYPE=HOME:⟦p1.email⟧\n"
      "EMAIL;TYPE=WORK:⟦email⟧\nTEL;TYPE=CELL:⟦phone⟧\nTEL;TYPE=HOME:⟦phone2⟧\nADR:;;⟦addr⟧;;;;\n"
      "END:VCARD"),
    T("vcard", "kennel",
      "BEGIN:VCARD\nVERSION:3.0\nFN:Ask Archie\nORG:Kennel registry (bot)\nURL:⟦url⟧\n"
      "NOTE:Automated replies only. Gordon setter and Dobermann queries.\nEND:VCARD"),
    T("vcard", "beekeeping",
      "BEGIN:VCARD\nVERSION:3.0\nFN:Buzz the Bee\nORG:Beekeeping association mascot\n"
      "NOTE:Appears at county shows. Costume ref ⟦sku⟧.\nEND:VCARD"),
    T("vcard", "choir",
      "BEGIN:VCARD\nVERSION:3.0\nFN:Box Office\nORG:Choral society\nURL:⟦url⟧\nNOTE:Tickets "
      "⟦price⟧\\, concessions ⟦price2⟧. Programme: Mendelssohn Scholarship winners\nEND:VCARD"),
    T("vcard", "bicycle",
      "BEGIN:VCARD\nVERSION:3.0\nFN:Workshop Reception\nORG:Spoke and Chain\nURL:⟦url⟧\n"
      "NOTE:Campagnolo and Shimano service centre\nEND:VCARD"),
]
