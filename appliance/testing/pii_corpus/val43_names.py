"""Hand-written name lists for the val43 part, one entry per culture/locale.

Each culture has given and family names in Latin script ("|"-separated). Cultures whose
names are usually written in another script also carry native given/family lists, aligned
index by index with the Latin ones. ``paired`` cultures have gendered family names: the
i-th given name goes with the i-th family name. ``ff`` marks cultures whose full name is
written family name first (also in Latin script); ``nsep`` is the separator between the
native family and given name ("" for Chinese, Japanese and Korean).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    code: str
    given: tuple[str, ...]
    family: tuple[str, ...]
    paired: bool = False
    ff: bool = False
    ngiven: tuple[str, ...] = ()
    nfamily: tuple[str, ...] = ()
    nff: bool = False  # native full name written family first
    nsep: str = " "

    @property
    def native(self) -> bool:
        return bool(self.ngiven)


def _c(code, given, family, paired=False, ff=False, ng="", nf="", nff=False, nsep=" "):
    g = tuple(given.split("|"))
    f = tuple(family.split("|"))
    ngv = tuple(ng.split("|")) if ng else ()
    nfm = tuple(nf.split("|")) if nf else ()
    if paired and len(g) != len(f):
        raise ValueError(code)
    if ngv and (len(ngv) != len(g) or len(nfm) != len(f)):
        raise ValueError(code)
    return Culture(code, g, f, paired, ff, ngv, nfm, nff, nsep)


CULTURES: tuple[Culture, ...] = (
    _c("en_US", "Tyler|Brianna|Dwayne|Kayla|Marcus|Shannon", "Whitfield|Dawson|Holloway|Pruitt|Caldwell|Bergstrom"),
    _c("en_GB", "Harriet|Oliver|Imogen|Callum|Gemma|Toby", "Ashworth|Pennington|Blackwood|Fairbairn|Thistlewood|Hargreaves"),
    _c("en_IE", "Siobhán|Ciarán|Aoife|Donal|Niamh|Pádraig", "O'Sullivan|Gallagher|Ní Bhriain|Quinlan|McGrath|Donoghue"),
    _c("gd_GB", "Mhairi|Alasdair|Eilidh|Hamish|Morag|Ewan", "MacLeod|Buchanan|Drummond|MacKinnon|Urquhart|Munro"),
    _c("cy_GB", "Rhys|Cerys|Dafydd|Bethan|Gethin|Angharad", "Llewellyn|Pritchard|Bowen|Prys|Vaughan|Griffiths"),
    _c("en_AU", "Lachlan|Bronwyn|Jarrah|Shane|Kirra|Darcy", "Treloar|Cattermole|Bellamy|Hinchcliffe|Doolan|McAllister"),
    _c("mi_NZ", "Aroha|Wiremu|Hinemoa|Tamati|Mere|Rawiri", "Ngata|Parata|Tipene|Karaka|Te Rangi|Horomona"),
    _c("af_ZA", "Pieter|Annelie|Johan|Marlize|Riaan|Elmarie", "van der Merwe|Botha|Pretorius|du Plessis|Steyn|Joubert"),
    _c("de_DE", "Jörg|Annika|Lukas|Svenja|Matthias|Friederike", "Schröder|Hoffmann|Krüger|Neumann|Brandt|Weißenborn"),
    _c("de_AT", "Florian|Theresa|Lorenz|Magdalena|Valentin|Ursula", "Gruber|Huber|Pichler|Moser|Hofer|Leitner"),
    _c("de_CH", "Reto|Corinne|Rolf|Seraina|Urs|Nadja", "Brunner|Ammann|Kälin|Baumgartner|Wyss|Schär"),
    _c("fr_FR", "Amélie|Baptiste|Clémence|Thibault|Yannick|Solène", "Lefèvre|Moreau|Girard|Fontaine|Chevalier|Delacroix"),
    _c("fr_CA", "Gaétan|Josée|Réjean|Ginette|Mathieu|Chantal", "Tremblay|Gagnon|Bouchard|Lévesque|Côté|Pelletier"),
    _c("nl_NL", "Daan|Femke|Joost|Sanne|Bram|Anouk", "van Dijk|de Vries|Bakker|Visser|Jansen|van der Linden"),
    _c("nl_BE", "Wout|Lotte|Jens|Elke|Pieterjan|Griet", "Peeters|Janssens|Maes|Claes|Goossens|Wouters"),
    _c("es_ES", "Álvaro|Nerea|Sergio|Lucía|Rubén|Pilar", "García López|Fernández|Martínez Ruiz|Sánchez|Navarro|Ortega"),
    _c("es_MX", "Itzel|Alejandro|Ximena|Rodrigo|Citlali|Emiliano", "Hernández|Villanueva|Castañeda|Ibarra|Zúñiga|Ramírez"),
    _c("es_AR", "Facundo|Florencia|Agustín|Milagros|Santino|Camila", "Gutiérrez|Sosa|Acosta|Benítez|Quiroga|Ledesma"),
    _c("es_CO", "Juliana|Andrés|Valentina|Sebastián|Yesenia|Camilo", "Restrepo|Ospina|Cárdenas|Londoño|Betancur|Arango"),
    _c("es_CL", "Catalina|Matías|Javiera|Benjamín|Constanza|Ignacio", "Muñoz|Rojas|Contreras|Soto|Fuentealba|Valenzuela"),
    _c("es_PE", "Maribel|Wilmer|Yesica|Percy|Rosmery|Edwin", "Quispe|Mamani|Huamán|Condori|Ccahuana|Apaza"),
    _c("pt_PT", "João|Inês|Tiago|Beatriz|Rui|Leonor", "Ferreira|Rodrigues|Carvalho|Gonçalves|Sousa|Magalhães"),
    _c("pt_BR", "Thiago|Larissa|Gustavo|Fernanda|Rafael|Aline", "Oliveira|Santos|Pereira|Almeida|Nascimento|Cavalcanti"),
    _c("it_IT", "Giulia|Lorenzo|Chiara|Matteo|Federica|Alessandro", "Rossi|Esposito|Bianchi|Colombo|De Luca|Mancini"),
    _c("ca_ES", "Jordi|Núria|Oriol|Mireia|Arnau|Laia", "Puig|Vilaró|Soler|Casals|Riera|Ferrer"),
    _c("eu_ES", "Iñaki|Ainhoa|Unai|Itziar|Gorka|Maialen", "Etxeberria|Agirre|Goikoetxea|Urrutia|Zubizarreta|Arrieta"),
    _c("mt_MT", "Ġorġ|Marthese|Ċensu|Graziella|Kurt|Roderick", "Borg|Camilleri|Vella|Farrugia|Zammit|Galea"),
    _c("pl_PL", "Krzysztof|Agnieszka|Łukasz|Małgorzata|Paweł|Katarzyna",
       "Wiśniewski|Kowalczyk|Zieliński|Wójcik|Kamiński|Lewandowska", paired=True),
    _c("cs_CZ", "Jiří|Petra|Tomáš|Lucie|Ondřej|Zuzana", "Dvořák|Nováková|Černý|Svobodová|Procházka|Kučerová", paired=True),
    _c("sk_SK", "Marek|Jana|Peter|Lenka|Michal|Silvia", "Horváth|Kováčová|Baláž|Tóthová|Varga|Nagyová", paired=True),
    _c("hu_HU", "Zsófia|Bence|Réka|Gergely|Eszter|Levente", "Kovács|Szabó|Tóth|Horváth|Nagy|Farkas"),
    _c("ro_RO", "Andrei|Ioana|Mihai|Raluca|Bogdan|Corina", "Popescu|Ionescu|Dumitrescu|Stan|Constantinescu|Munteanu"),
    _c("bg_BG", "Georgi|Desislava|Stoyan|Radostina", "Dimitrov|Ivanova|Petkov|Koleva", paired=True,
       ng="Георги|Десислава|Стоян|Радостина", nf="Димитров|Иванова|Петков|Колева"),
    _c("sr_RS", "Nemanja|Milica|Dušan|Jelena", "Jovanović|Petrović|Nikolić|Marković",
       ng="Немања|Милица|Душан|Јелена", nf="Јовановић|Петровић|Николић|Марковић"),
    _c("mk_MK", "Aleksandar|Biljana|Goran|Vesna", "Stojanovski|Trajkovska|Nikolovski|Petrovska", paired=True,
       ng="Александар|Билјана|Горан|Весна", nf="Стојановски|Трајковска|Николовски|Петровска"),
    _c("hr_HR", "Matea|Domagoj|Ivana|Tihomir|Katarina|Luka", "Horvat|Kovačević|Babić|Novak|Jurić|Knežević"),
    _c("sl_SI", "Jure|Urška|Rok|Nina|Žiga|Maja", "Kranjc|Zupančič|Potočnik|Kovačič|Mlakar|Vidmar"),
    _c("bs_BA", "Amir|Emina|Adnan|Lejla|Haris|Selma", "Hodžić|Begić|Mehmedović|Delić|Halilović|Kurtović"),
    _c("sq_AL", "Arben|Elira|Besnik|Dorina|Ilir|Anila", "Hoxha|Krasniqi|Berisha|Shehu|Gashi|Dervishi"),
    _c("el_GR", "Giorgos|Eleni|Nikos|Katerina|Dimitris", "Papadopoulos|Georgiou|Antoniou|Vlachou|Oikonomou",
       paired=True, ng="Γιώργος|Ελένη|Νίκος|Κατερίνα|Δημήτρης",
       nf="Παπαδόπουλος|Γεωργίου|Αντωνίου|Βλάχου|Οικονόμου"),
    _c("tr_TR", "Emre|Zeynep|Burak|Elif|Serkan|Ayşe", "Yılmaz|Şahin|Öztürk|Çelik|Arslan|Doğan"),
    _c("ru_RU", "Dmitri|Yelena|Aleksei|Natalia|Sergei|Irina", "Sokolov|Morozova|Volkov|Kuznetsova|Lebedev|Pavlova",
       paired=True, ng="Дмитрий|Елена|Алексей|Наталья|Сергей|Ирина",
       nf="Соколов|Морозова|Волков|Кузнецова|Лебедев|Павлова"),
    _c("uk_UA", "Oleksandr|Oksana|Taras|Iryna|Bohdan", "Shevchenko|Bondarenko|Kovalenko|Tkachenko|Melnyk",
       paired=True, ng="Олександр|Оксана|Тарас|Ірина|Богдан", nf="Шевченко|Бондаренко|Коваленко|Ткаченко|Мельник"),
    _c("be_BY", "Aliaksandr|Volha|Siarhei|Hanna", "Kazlou|Novik|Karpovich|Zhuk", paired=True),
    _c("lt_LT", "Mantas|Rūta|Tomas|Eglė|Darius|Ieva",
       "Kazlauskas|Petrauskienė|Jankauskas|Stankevičiūtė|Žukauskas|Balčiūnaitė", paired=True),
    _c("lv_LV", "Jānis|Ilze|Mārtiņš|Līga|Edgars|Dace", "Bērziņš|Kalniņa|Ozols|Liepiņa|Krūmiņš|Zariņa", paired=True),
    _c("et_EE", "Rasmus|Kadri|Margus|Liis|Tõnu|Kristiina", "Tamm|Saar|Sepp|Mägi|Kask|Rebane"),
    _c("fi_FI", "Juha|Aino|Mikko|Sanna|Ville|Heli", "Virtanen|Korhonen|Mäkinen|Nieminen|Hämäläinen|Laaksonen"),
    _c("sv_SE", "Björn|Linnea|Oskar|Ebba|Anders|Ingrid", "Lindqvist|Björk|Sjöberg|Engström|Nyström|Holmgren"),
    _c("nb_NO", "Ola|Solveig|Håkon|Sigrid|Eirik|Tuva", "Haugen|Bakken|Solberg|Kristiansen|Løvås|Aasen"),
    _c("da_DK", "Mads|Freja|Søren|Mette|Frederik|Signe", "Jørgensen|Rasmussen|Mikkelsen|Kjær|Østergaard|Thomsen"),
    _c("is_IS", "Guðrún|Einar|Sigríður|Gunnar|Hildur|Kári",
       "Sigurðardóttir|Þórsson|Jónsdóttir|Magnússon|Ólafsdóttir|Stefánsson", paired=True),
    _c("ka_GE", "Giorgi|Nino|Davit|Tamar", "Beridze|Kapanadze|Gelashvili|Lomidze",
       ng="გიორგი|ნინო|დავით|თამარ", nf="ბერიძე|კაპანაძე|გელაშვილი|ლომიძე"),
    _c("hy_AM", "Armen|Ani|Tigran|Lusine", "Hovhannisyan|Sargsyan|Grigoryan|Harutyunyan",
       ng="Արմեն|Անի|Տիգրան|Լուսինե", nf="Հովհաննիսյան|Սարգսյան|Գրիգորյան|Հարությունյան"),
    _c("az_AZ", "Elvin|Aysel|Orkhan|Nigar|Rashad|Sevinj", "Mammadov|Huseynova|Rzayev|Gasimova|Aliyev|Abbasova",
       paired=True),
    _c("kk_KZ", "Nurlan|Aigerim|Yerlan|Madina", "Abenov|Zhakupova|Sarsenbayev|Nurpeisova", paired=True),
    _c("uz_UZ", "Jahongir|Dilnoza|Sardor|Nilufar", "Karimov|Rahimova|Tursunov|Yusupova", paired=True),
    _c("fa_IR", "Reza|Maryam|Arash|Shirin", "Hosseini|Rahimi|Karimi|Moradi",
       ng="رضا|مریم|آرش|شیرین", nf="حسینی|رحیمی|کریمی|مرادی"),
    _c("ps_AF", "Farid|Zarghuna|Wahid|Mursal|Hamidullah|Palwasha", "Ahmadzai|Popal|Stanikzai|Noorzai|Safi|Wardak"),
    _c("ar_EG", "Mahmoud|Nour|Karim|Yasmin", "Abdelrahman|El-Sayed|Farouk|Mansour",
       ng="محمود|نور|كريم|ياسمين", nf="عبد الرحمن|السيد|فاروق|منصور"),
    _c("ar_SY", "Omar|Rania|Khaled|Lina", "Haddad|Al-Khatib|Darwish|Sabbagh",
       ng="عمر|رانيا|خالد|لينا", nf="حداد|الخطيب|درويش|صباغ"),
    _c("ar_MA", "Youssef|Fatima-Zahra|Hamza|Salma|Mehdi|Kawtar", "Benjelloun|El Idrissi|Bennani|Alaoui|Tazi|Berrada"),
    _c("he_IL", "Noa|Yonatan|Shira|Eitan", "Levi|Mizrahi|Friedman|Ben-David",
       ng="נועה|יונתן|שירה|איתן", nf="לוי|מזרחי|פרידמן|בן-דוד"),
    _c("ku_IQ", "Dilan|Soran|Berfin|Azad|Rojin|Hejar", "Sindi|Mizuri|Doski|Hawrami|Bamarni|Zaxoyi"),
    _c("hi_IN", "Aarav|Priya|Rohan|Ananya", "Sharma|Verma|Gupta|Chaturvedi",
       ng="आरव|प्रिया|रोहन|अनन्या", nf="शर्मा|वर्मा|गुप्ता|चतुर्वेदी"),
    _c("bn_BD", "Tanvir|Nusrat|Arif|Farzana", "Rahman|Chowdhury|Hossain|Akter",
       ng="তানভীর|নুসরাত|আরিফ|ফারজানা", nf="রহমান|চৌধুরী|হোসেন|আক্তার"),
    _c("ta_IN", "Karthik|Meenakshi|Senthil|Lakshmi", "Subramanian|Ramasamy|Murugan|Annamalai",
       ng="கார்த்திக்|மீனாட்சி|செந்தில்|லட்சுமி", nf="சுப்பிரமணியன்|ராமசாமி|முருகன்|அண்ணாமலை"),
    _c("te_IN", "Srinivas|Sravani|Venkatesh|Lavanya|Chaitanya|Swathi", "Reddy|Naidu|Chowdary|Rao|Gollapudi|Kommineni"),
    _c("ml_IN", "Anoop|Divya|Sreejith|Reshma|Vishnu|Anjali", "Nair|Menon|Pillai|Kurian|Panicker|Varghese"),
    _c("gu_IN", "Hetal|Jignesh|Bhavna|Nirav|Krupa|Chirag", "Patel|Shah|Desai|Mehta|Trivedi|Parikh"),
    _c("pa_IN", "Gurpreet|Harjeet|Manpreet|Jaswinder|Navdeep|Simran", "Sandhu|Dhillon|Grewal|Sidhu|Brar|Bhullar"),
    _c("ur_PK", "Bilal|Ayesha|Usman|Hira|Zubair|Mehwish", "Qureshi|Siddiqui|Malik|Chaudhry|Abbasi|Khattak"),
    _c("ne_NP", "Bikash|Sarita|Prakash|Anjali", "Shrestha|Gurung|Adhikari|Tamang",
       ng="विकास|सरिता|प्रकाश|अञ्जली", nf="श्रेष्ठ|गुरुङ|अधिकारी|तामाङ"),
    _c("si_LK", "Kasun|Nadeesha|Chaminda|Dilini|Tharindu|Sachini", "Perera|Jayasuriya|Wickramasinghe|Gunawardena|Fernando|Bandara"),
    _c("zh_CN", "Wei|Jing|Haoran|Xiaoling", "Wang|Zhang|Liu|Chen", ff=True,
       ng="伟|静|浩然|晓玲", nf="王|张|刘|陈", nff=True, nsep=""),
    _c("zh_TW", "Yu-ting|Chih-hao|Mei-ling|Chia-hung", "Lin|Huang|Tsai|Hsu", ff=True,
       ng="雨婷|志豪|美玲|家宏", nf="林|黃|蔡|許", nff=True, nsep=""),
    _c("ja_JP", "Kenji|Aiko|Takumi|Yui", "Tanaka|Suzuki|Watanabe|Yamamoto",
       ng="健二|愛子|拓海|結衣", nf="田中|鈴木|渡辺|山本", nff=True, nsep=""),
    _c("ko_KR", "Min-jun|Seo-yeon|Ji-ho|Ha-eun", "Kim|Lee|Choi|Jung", ff=True,
       ng="민준|서연|지호|하은", nf="김|이|최|정", nff=True, nsep=""),
    _c("vi_VN", "Thu Hà|Quang Huy|Minh Châu|Đức Anh|Bảo Ngọc|Tuấn Kiệt", "Nguyễn|Trần|Lê|Phạm|Hoàng|Võ", ff=True),
    _c("th_TH", "Somchai|Siriporn|Anan|Kanokwan", "Srisuk|Wongsawat|Rattanakul|Boonmee",
       ng="สมชาย|ศิริพร|อนันต์|กนกวรรณ", nf="ศรีสุข|วงศ์สวัสดิ์|รัตนกุล|บุญมี"),
    _c("fil_PH", "Rhea|Jomar|Maricel|Arnel|Kristine|Rodel", "Dela Cruz|Bautista|Macaraeg|Pangilinan|Magbanua|Soriano"),
    _c("id_ID", "Budi|Dewi|Agus|Putri|Wahyu|Rina", "Santoso|Wijaya|Hidayat|Nugroho|Saputra|Kurniawan"),
    _c("ms_MY", "Hafiz|Nurul Aina|Syafiq|Aisyah|Izzat|Farhana", "Ismail|Osman|Yusof|Hamzah|Rahmat|Jamaluddin"),
    _c("km_KH", "Sokha|Dara|Sreymom|Vannak|Bopha|Rithy", "Chea|Sok|Pich|Heng|Ouk|Meas"),
    _c("my_MM", "Aung Kyaw|Thandar|Htet Naing|Su Myat|Zaw Min|Ei Phyu", "Myint|Htun|Oo|Soe|Lwin|Thein"),
    _c("mn_MN", "Bat-Erdene|Oyunchimeg|Temuulen|Enkhjargal", "Ganbold|Dorj|Tsogt|Batbayar",
       ng="Бат-Эрдэнэ|Оюунчимэг|Тэмүүлэн|Энхжаргал", nf="Ганболд|Дорж|Цогт|Батбаяр"),
    _c("sw_KE", "Baraka|Zawadi|Njeri|Otieno|Wambui|Kiprono", "Kamau|Wanjiku|Ochieng|Mutua|Chebet|Karanja"),
    _c("yo_NG", "Adebayo|Funmilayo|Oluwaseun|Titilayo|Babatunde|Yetunde", "Adeyemi|Ogunleye|Balogun|Olawale|Adeleke|Oyelaran"),
    _c("ig_NG", "Chinedu|Ngozi|Emeka|Adaeze|Obinna|Chiamaka", "Okafor|Nwosu|Eze|Okonkwo|Obi|Nwachukwu"),
    _c("ha_NG", "Abubakar|Hauwa|Sani|Zainab|Musa|Hadiza", "Bello|Danjuma|Garba|Yakubu|Lawal|Shehu"),
    _c("ak_GH", "Kwame|Akosua|Kofi|Abena|Yaw|Efua", "Mensah|Boateng|Asante|Owusu|Agyemang|Darko"),
    _c("am_ET", "Abebe|Tigist|Dawit|Meron", "Tesfaye|Bekele|Alemu|Girma",
       ng="አበበ|ትዕግስት|ዳዊት|ሜሮን", nf="ተስፋዬ|በቀለ|አለሙ|ግርማ"),
    _c("ti_ER", "Yonas|Senait|Tesfalem|Mebrat|Filmon|Luwam", "Tekle|Ghebremedhin|Haile|Berhane|Weldemariam|Kidane"),
    _c("so_SO", "Abdirahman|Hodan|Guled|Ayaan|Faadumo|Mahad", "Warsame|Farah|Jama|Abdi|Hersi|Egal"),
    _c("zu_ZA", "Sipho|Nomvula|Thabo|Lindiwe|Bongani|Zanele", "Dlamini|Nkosi|Ndlovu|Mthembu|Zungu|Khumalo"),
    _c("ln_CD", "Dieudonné|Clarisse|Patrice|Mireille|Fiston|Nadège", "Mukendi|Tshibanda|Kalonji|Mbuyi|Lukusa|Ilunga"),
    _c("ht_HT", "Wilner|Marjorie|Jean-Robert|Fabienne|Ricardo|Guerline", "Pierre-Louis|Dorvil|Jean-Baptiste|Célestin|Désir|Augustin"),
    _c("sm_WS", "Sione|Malia|Tavita|Losa|Faleula|Iosefa", "Tuilagi|Faleolo|Leota|Aumua|Tuimavave|Fonoti"),
)

CULTURE_BY_CODE = {c.code: c for c in CULTURES}

# Given names that are also common words or things, used as people in the text around them,
# and family names that are common words. Their culture is recorded as "en_US"/"en_GB".
WORD_GIVEN = (
    "Rose", "Hope", "Will", "Bill", "Grace", "Mercedes", "Jordan", "Paris", "Summer", "Sky",
    "Rocky", "Faith", "Dawn", "Joy", "Crystal", "Amber", "Hunter", "Chase", "Ivy", "Rusty",
)
WORD_FAMILY = ("Stone", "King", "Young", "Cook", "Baker", "Bishop", "Fox", "Frost", "Sharp", "Wood")


def latin_names() -> list[str]:
    """Every Latin-script given and family name of the lists (word names aside)."""
    out: list[str] = []
    for c in CULTURES:
        out.extend(c.given)
        out.extend(c.family)
    return sorted(set(out))


def native_names() -> list[str]:
    out: list[str] = []
    for c in CULTURES:
        out.extend(c.ngiven)
        out.extend(c.nfamily)
    return sorted(set(out))
