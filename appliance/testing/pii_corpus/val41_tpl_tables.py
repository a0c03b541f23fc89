"""val41 templates, table shapes: csv, tsv, markdown_table, and bibliography (APA, MLA,
Chicago and BibTeX entries; "Surname, A. B." is one PERSON span). Slots as in
`val41_render`."""

from __future__ import annotations

from appliance.testing.pii_corpus.val41_render import Template as T

TEMPLATES: list[T] = [
    # ---- csv -----------------------------------------------------------------------
    T("csv", "choir",
      "first_name,last_name,email,phone,part\n⟦p1.g⟧,⟦p1.f⟧,⟦p1.email⟧,⟦phone⟧,alto\n"
      "⟦p2.g⟧,⟦p2.f⟧,⟦p2.email⟧,⟦phone2⟧,tenor\n⟦p3.g⟧,⟦p3.f⟧,,,bass"),
    T("csv", "fishing",
      "⟦p1.f⟧,⟦p1.g⟧,⟦phone⟧,⟦city⟧,12\n⟦p2.f⟧,⟦p2.g⟧,⟦phone2⟧,⟦city2⟧,7\n⟦p3.f⟧,⟦p3.g⟧,"
      "⟦phone3⟧,⟦city3⟧"),
    T("csv", "collecting",
      "date,payee,iban,amount,ref\n\"⟦date⟧\",\"⟦p1.lf⟧\",⟦iban⟧,\"⟦price⟧\",⟦inv⟧\n"
      "\"⟦date2⟧\",⟦p2⟧,"
      "⟦iban2⟧,\"⟦price2⟧\",⟦inv2⟧"),
    T("csv", "kennel",
      "dog,breed,owner,owner_phone,city\n⟦pet⟧,Dobermann,⟦p1⟧,⟦phone⟧,⟦city⟧\n⟦pet2⟧,Jack "
      "Russell,⟦p2⟧,⟦phone2⟧,⟦city2⟧"),
    T("csv", "tattoo",
      "txn_id,card,holder,amount,service\n⟦order⟧,⟦card⟧,⟦p1.uc⟧,120.00,Madonna piercing\n"
      "⟦order2⟧,⟦card2⟧,⟦p2.uc⟧,60.00,Medusa piercing"),
    T("csv", "pharmacy",
      "employee,ssn,checking_account,branch\n\"⟦p1.lf⟧\",⟦ssn⟧,⟦acct⟧,⟦city⟧\n\"⟦p2.lf⟧\","
      "⟦ssn2⟧,⟦acct2⟧,⟦city2⟧"),
    T("csv", "beekeeping",
      "sku,product,price,stock\n⟦sku⟧,Langstroth brood box,\"⟦price⟧\",14\n⟦sku2⟧,Porter bee "
      "escape,\"⟦price2⟧\",120\n⟦sku3⟧,Hoffman frames x10,\"⟦price3⟧\",38"),
    T("csv", "bells",
      "method,changes,bells,date\nPlain Bob Minor,720,6,\"⟦date⟧\"\nStedman Triples,5040,8,"
      "\"⟦date2⟧\"\nCambridge Surprise Minor,1440,6,\"⟦date3⟧\""),
    T("csv", "collecting",
      "lot,desc,estimate,hammer\n⟦num⟧,Penny Black plate "
      "9,\"⟦price⟧\",\"⟦price2⟧\"\n⟦num2⟧,Morgan "
      "dollar 1889-CC,\"⟦price3⟧\",unsold"),
    T("csv", "nursery",
      "order,tracking,status,updated\n⟦order⟧,⟦track⟧,dispatched,\"⟦date⟧\"\n⟦order2⟧,⟦track2⟧,"
      "held (Wisteria out of stock),\"⟦date2⟧\""),
    # ---- tsv -----------------------------------------------------------------------
    T("tsv", "bells",
      "bell\tringer\n1\t⟦p1⟧\n2\t⟦p2⟧\n3\t⟦p3.g⟧\n4\t⟦p4.i⟧\nconductor\t⟦p1.g⟧"),
    T("tsv", "fishing",
      "buyer\tphone\tboxes\tspecies\n⟦p1⟧\t⟦phone⟧\t12\thake\n⟦p2⟧\t⟦phone2⟧\t4\tJohn Dory"),
    T("tsv", "library",
      "card\tname\temail\tbranch\n⟦sku⟧\t⟦p1⟧\t⟦p1.email⟧\t⟦city⟧\n⟦sku2⟧\t⟦p2⟧\t⟦p2.email⟧"
      "\t⟦city2⟧"),
    T("tsv", "dental",
      "patient\tdob\tssn\tplan\n⟦p1⟧\t⟦date⟧\t⟦ssn⟧\tPPO\n⟦p2⟧\t⟦date2⟧\t⟦ssn2⟧\tHMO"),
    T("tsv", "coastguard",
      "crew\tpager\trole\n⟦p1.i⟧\t⟦phone⟧\tcoxswain\n⟦p2.i⟧\t⟦phone2⟧\tmechanic\n⟦p3.i⟧\t"
      "⟦phone3⟧\tcrew"),
    T("tsv", "boardgame",
      "ts\tip\tuser\taction\n⟦date⟧T⟦time⟧\t⟦ip⟧\t⟦p1.handle⟧\tlogin\n⟦date⟧T⟦time2⟧\t⟦ip2⟧\t"
      "⟦p2⟧\treset password"),
    T("tsv", "farming",
      "holding ⟦fphone⟧\nclass\tbreed\tentries\tjudge_fee\n14\tnative "
      "heifer\t22\t⟦price⟧\n22\tyoung handler\t9\t"
      "⟦price2⟧\n31\tGranny Smith apples, plate of 5\t40\t⟦price3⟧"),
    T("tsv", "optician",
      "test\tright\tleft\tnote\nSnellen\t6/6\t6/9\t\nIshihara\t17/17\t17/17\t\nAmsler grid\t"
      "normal\tnormal\t\nGoldmann IOP\t14\t15\tmmHg"),
    T("tsv", "watchmaker",
      "job\tcalibre\trate\tamplitude\n⟦order⟧\tPatek Philippe 215\t+2\t285\n⟦order2⟧\tJaeger-"
      "LeCoultre 818\t-4\t250"),
    T("tsv", "circus",
      "act\tslot\tlength_min\nZarrow shuffle\t⟦time⟧\t6\nPepper's ghost\t⟦time2⟧\t9\nLeotard "
      "trapeze\t⟦time3⟧\t12"),
    # ---- markdown_table ------------------------------------------------------------
    T("markdown_table", "choir",
      "| Name | Part | Phone |\n|---|---|---|\n| ⟦p1⟧ | soprano | ⟦phone⟧ |\n| ⟦p2⟧ | alto | "
      "⟦phone2⟧ |\n| ⟦p3.lf⟧ | tenor | |"),
    T("markdown_table", "kennel",
      "| Breeder | Breed | Email |\n|---|---|---|\n| ⟦p1⟧ | Dobermann | ⟦p1.email⟧ |\n| "
      "⟦p2.t⟧ ⟦p2.f⟧ | Gordon setter | ⟦p2.email⟧ |"),
    T("markdown_table", "farming",
      "| Date | Payee | Account number | Amount |\n|---|---|---|---|\n| ⟦date⟧ | ⟦p1⟧ | "
      "⟦acct⟧ | ⟦price⟧ |\n| ⟦date2⟧ | ⟦p2⟧ | ⟦acct2⟧ | ⟦price2⟧ |"),
    T("markdown_table", "yacht",
      "| Boat | Helm | Club |\n|---|---|---|\n| ⟦ship⟧ | ⟦p1⟧ | ⟦city⟧ |\n| Wayfarer "
      "⟦num⟧ | ⟦p2.i⟧ | ⟦city2⟧ |"),
    T("markdown_table", "fishing",
      "| Host | IP | Owner |\n|---|---|---|\n| auction-db | ⟦ip⟧ | ⟦p1⟧ |\n| scale-gw | "
      "⟦ip6⟧ | ⟦p2.g⟧ |"),
    T("markdown_table", "weddings",
      "| Client | Card | Amount |\n|---|---|---|\n| ⟦p1⟧ | ⟦card⟧ | ⟦price⟧ |\n| ⟦p2⟧ | "
      "⟦card2⟧ | ⟦price2⟧ |"),
    T("markdown_table", "dental",
      "| Classification | Used for |\n|---|---|\n| Angle's | molar relationship |\n| "
      "Kennedy | partial dentures |\n| Miller's | recession |\n| Frankl scale | behaviour |"),
    T("markdown_table", "bicycle",
      "| Part | Brand | Price |\n|---|---|---|\n| Saddle | Brooks B17 | ⟦price⟧ |\n| Hub | "
      "Sturmey-Archer | ⟦price2⟧ |\n| Groupset | Campagnolo | ⟦price3⟧ |"),
    T("markdown_table", "watchmaker",
      "| Stone | Cut | Mohs |\n|---|---|---|\n| Diamond | Asscher cut | 10 |\n| Sapphire | "
      "Tolkowsky's ideal cut | 9 |\n| Quartz | cabochon | 7 |"),
    T("markdown_table", "boardgame",
      "| Table | Game | Start |\n|---|---|---|\n| 1 | Cluedo | ⟦time⟧ |\n| 2 | Monopoly | "
      "⟦time2⟧ |\n| 3 | Rubik's Cube race | ⟦time3⟧ |"),
    # ---- bibliography --------------------------------------------------------------
    T("bibliography", "bells",
      "⟦p1.bib⟧ (⟦year⟧). Stedman's legacy: Triples on higher numbers. The Ringing World, "
      "44(2), 12-19."),
    T("bibliography", "beekeeping",
      "⟦p1.bib⟧, & ⟦p2.bib⟧ (⟦year⟧). Varroa loads in Langstroth and Warré hives. Journal of "
      "Apicultural Research, 61(3), 401-412. https://doi.org/10.1080/00218839.2022.⟦num⟧"),
    T("bibliography", "genealogy",
      "⟦p1.lf⟧. Parish Clerks and Their Registers. ⟦city⟧: Society Press, ⟦year⟧.\n"
      "⟦p2.lf⟧, and ⟦p3⟧. The Henry Numbering System Explained. 2nd ed., ⟦year2⟧."),
    T("bibliography", "masons",
      "⟦p1⟧, ed. Lettering in Stone: From Trajan Capitals to Gill Sans. With an essay by "
      "⟦p2.i⟧. ⟦year⟧."),
    T("bibliography", "optician",
      "@article{snellen⟦num⟧,\n  author = {⟦p1.lf⟧ and ⟦p2.lf⟧},\n  title = {Revisiting the "
      "Snellen chart},\n  journal = {Optometry Today},\n  year = {⟦year⟧}\n}"),
    T("bibliography", "nursery",
      "1. ⟦p1.bib⟧, ⟦p2.bib⟧, & ⟦p3.bib⟧ (⟦year⟧). Seed longevity in the Vavilov collection. "
      "Seed Science, 12, 88-97.\n2. ⟦p4.bib⟧ (⟦year2⟧). Wardian cases revisited."),
    T("bibliography", "beekeeping",
      "Beekeepers Association (⟦year⟧). The Langstroth hive manual (3rd ed.). ISBN ⟦isbn⟧."),
    T("bibliography", "bells",
      "Central Council of Church Bell Ringers (⟦year⟧). Collection of Surprise Methods: "
      "Bristol Surprise Major and others. ISBN ⟦isbn⟧."),
    T("bibliography", "genealogy",
      "Domesday Book (1086; facsimile ⟦year⟧). Alecto Historical Editions.\nThe National "
      "Archives (⟦year2⟧). Guide to census returns. ⟦url⟧"),
    T("bibliography", "collecting",
      "Stanley Gibbons (⟦year⟧). Commonwealth and British Empire Stamps 1840-1970. ISBN ⟦isbn⟧.\n"
      "Scott Publishing (⟦year2⟧). Scott catalogue, vol. 2."),
]
