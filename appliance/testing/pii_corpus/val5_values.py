"""Hand-written values for val5 (appliance.testing.pii_corpus.val5): people's names of many
cultures, places, street addresses, mail domains, and the words of the clean prompts' decoys.
Every name here was typed by hand for this part; no name list of a library was used.

A person is written "given/family/nick/middle". In `given`, a "+" joins a compound given name
that is used whole ("Juan+Camilo"), and a "*" marks the word a person is called by when it is
not the first one ("Nur *Aisyah"). Cultures in FAMILY_FIRST write the family name first;
those without a family name leave it empty.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# fmt: off
NAMES: dict[str, tuple[str, ...]] = {
    "Hausa": ("Aminu/Bello", "Zainab/Garba", "Usman/Danjuma", "Hauwa/Abubakar", "Sani/Yakubu", "Hadiza/Lawal"),
    "Yoruba": ("Oluwaseun/Adeyemi/Seun", "Folake/Ogunleye", "Babatunde/Adebayo/Tunde", "Ayomide/Adekunle", "Temitope/Afolabi/Tope", "Kehinde/Oladipo"),
    "Igbo": ("Chinonso/Okafor", "Adaeze/Nwosu", "Emeka/Eze", "Ngozi/Okonkwo", "Chukwudi/Obiora", "Ifeoma/Nnamdi"),
    "Amharic": ("Abebe/Bekele", "Tigist/Haile", "Dawit/Tesfaye", "Meseret/Alemu", "Yonas/Girma", "Selamawit/Tadesse/Selam"),
    "Kenyan": ("Wanjiru/Kamau", "Baraka/Mwangi", "Achieng/Otieno", "Kiprono/Chebet", "Nyambura/Njoroge", "Odhiambo/Ouma"),
    "Shona": ("Tendai/Moyo", "Rutendo/Chikwanha", "Tatenda/Mutasa", "Nyasha/Dube", "Farai/Chinamasa", "Tafadzwa/Mapfumo/Taffy"),
    "Zulu": ("Sipho/Dlamini", "Thandeka/Mkhize", "Lwazi/Ngcobo", "Nomvula/Khumalo", "Bongani/Ndlovu", "Zanele/Mthembu"),
    "Somali": ("Abdirahman/Warsame", "Hodan/Farah", "Ayaan/Jama", "Liban/Egal", "Sahra/Hirsi", "Khadar/Abdi"),
    "Akan": ("Kwame/Mensah", "Akosua/Boateng", "Kofi/Owusu", "Ama/Darko", "Yaw/Osei", "Efua/Amoah"),
    "Nepali": ("Prakash/Shrestha", "Sabina/Gurung", "Bikash/Tamang", "Anjali/Adhikari", "Rojina/Rai", "Nabin/Karki"),
    "Sinhala": ("Chaminda/Perera", "Dilini/Wickramasinghe", "Nuwan/Jayasuriya", "Sachini/Fernando", "Kasun/Bandara", "Ishara/Gunawardena"),
    "Tamil": ("Karthik/Subramanian", "Kavitha/Rajendran", "Arul/Murugan", "Senthil/Kumaravel", "Meenakshi/Natarajan", "Vignesh/Balasubramanian"),
    "Marathi": ("Aniket/Deshpande", "Snehal/Kulkarni", "Rohan/Patil", "Madhuri/Pawar", "Sachin/Gaikwad", "Ashwini/Jadhav"),
    "Kannada": ("Manjunath/Gowda", "Shwetha/Hegde", "Raghavendra/Rao/Raghu", "Kavya/Shetty", "Praveen/Bhat", "Sahana/Kamath"),
    "Malayalam": ("Anoop/Nair", "Reshma/Menon", "Jithin/Pillai", "Anjana/Varghese", "Sreejith/Kurup", "Aswathy/Panicker"),
    "Bengali": ("Arnab/Chatterjee", "Tahmina/Akter", "Sourav/Banerjee", "Nusrat/Jahan", "Mitali/Sengupta", "Rubel/Hossain"),
    "Punjabi": ("Manpreet/Kaur", "Jaspreet/Dhillon", "Navdeep/Gill", "Simran/Grewal", "Harpreet/Sidhu", "Gurdeep/Sandhu"),
    "Urdu": ("Ayesha/Siddiqui", "Bilal/Qureshi", "Hamza/Chaudhry", "Sana/Malik", "Faisal/Mirza", "Mehwish/Abbasi"),
    "Malay": ("Nur *Aisyah/binti Rahman", "Muhammad *Hafiz/bin Osman", "Siti *Mariam/binti Yusof", "Azlan/bin Hamid", "Farah+Nadia/binti Kamal", "Mohd *Syafiq/bin Ramli"),
    "Khmer": ("Dara/Sok", "Sophea/Chea", "Vuthy/Heng", "Sreymom/Keo", "Rithy/Chhay", "Bopha/Meas"),
    "Lao": ("Souksavanh/Keola", "Noy/Sisouphanh", "Khamphone/Vongsa", "Vilayphone/Sayasith", "Bounmy/Phetsamone", "Manivanh/Inthavong"),
    "Thai": ("Somchai/Wongsakul", "Kanokwan/Thongchai", "Nattapong/Srisuk", "Pimchanok/Rattanakorn/Pim", "Thanawat/Boonmee", "Siriporn/Kaewmanee"),
    "Burmese": ("Aung Kyaw Moe/", "Thiri Htet/", "Zaw Min Oo/", "Su Myat Noe/", "Khin Thandar/", "Nay Lin Aung/"),
    "Vietnamese": ("Lan/Nguyễn//Thị", "Minh/Trần//Văn", "Hà/Phạm//Thu", "Bảo/Lê//Quốc", "Hương/Đỗ//Thanh", "Nam/Võ//Hoàng"),
    "Filipino": ("Maria+Cristina/dela Cruz/Tina", "Ligaya/Macaraeg", "Rommel/Bautista//Santos", "Jocelyn/Villanueva/Joy-Joy", "Rodel/Pangilinan", "Marites/Dimaculangan"),
    "Indonesian": ("Budi/Santoso", "Dewi/Lestari", "Agus/Setiawan", "Putri/Ramadhani", "Rizky/Pratama", "Wulandari/"),
    "Mongolian": ("Batbayar/Ganbold", "Enkhjargal/Tserendorj", "Bolormaa/Sükhbaatar", "Temuulen/Dorjsuren", "Oyunchimeg/Baatarkhuu", "Munkh-Erdene/Purevsuren"),
    "Kazakh": ("Aigerim/Zhaksylykova", "Yerlan/Abenov", "Dana/Nurpeisova", "Askar/Beisenov", "Madina/Sarsenbayeva", "Daniyar/Omarov"),
    "Uzbek": ("Dilnoza/Yusupova", "Jasur/Rakhimov", "Gulnora/Aliyeva", "Sardor/Ismoilov", "Nodira/Saidova", "Otabek/Mirzayev"),
    "Uyghur": ("Mahire/Abdukerim", "Ekber/Tursun", "Gulnar/Obulqasim", "Memet/Imin", "Aynur/Kurban", "Dilshat/Yasin"),
    "Tibetan": ("Tenzin Norbu/", "Pema Lhamo/", "Dorje Tsering/", "Sonam Yangchen/", "Lobsang Dawa/", "Dechen Wangmo/"),
    "Chinese": ("Fang/Wang", "Wei/Zhang", "Xiaoling/Chen", "Haoran/Zhao", "Jingyi/Huang", "Mingze/Guo"),
    "Cantonese": ("Tai-man/Chan", "Ka-yan/Wong", "Siu-ming/Cheung", "Wing-sze/Leung", "Chun-kit/Ho", "Mei-yee/Lau"),
    "Taiwanese": ("Yi-hsuan/Chen", "Chih-wei/Lin", "Shu-fen/Huang", "Pei-chun/Tsai", "Chia-hao/Hsu", "Ya-ting/Kuo"),
    "Japanese": ("Haruka/Sato", "Ren/Takahashi", "Aoi/Yamamoto", "Daisuke/Kobayashi", "Yui/Nakamura", "Kenta/Fujita"),
    "Korean": ("Min-jun/Kim", "Ji-woo/Yoon", "Seo-yeon/Lee", "Hyun-woo/Choi", "Ha-eun/Jung", "Do-yoon/Kang"),
    "Hungarian": ("Eszter/Nagy", "Bence/Kovács", "Réka/Szabó", "Gergely/Tóth", "Zsófia/Farkas/Zsófi", "Ádám/Varga"),
    "Georgian": ("Nino/Beridze", "Giorgi/Kapanadze", "Tamar/Gelashvili", "Levan/Tsiklauri", "Ketevan/Lomidze/Keti", "Davit/Chkheidze"),
    "Armenian": ("Anahit/Petrosyan", "Armen/Sargsyan", "Lilit/Hakobyan", "Tigran/Grigoryan", "Narine/Avetisyan", "Vahagn/Harutyunyan"),
    "Albanian": ("Arbër/Krasniqi", "Elira/Hoxha", "Besnik/Gashi", "Drita/Berisha", "Ilir/Shehu", "Mimoza/Leka"),
    "Serbian": ("Milica/Jovanović", "Nemanja/Petrović", "Jelena/Nikolić", "Dragan/Stojanović", "Vuk/Đorđević", "Bojana/Ilić"),
    "Croatian": ("Ivana/Horvat", "Luka/Kovačević", "Petra/Babić", "Matej/Jurić", "Marija/Knežević", "Tomislav/Vuković/Tomo"),
    "Slovak": ("Zuzana/Kováčová", "Michal/Horváth", "Lucia/Balážová", "Juraj/Hudák", "Katarína/Némethová", "Marek/Šimko"),
    "Czech": ("Tereza/Nováková", "Jakub/Dvořák", "Barbora/Procházková", "Ondřej/Černý", "Veronika/Svobodová", "Vojtěch/Kučera"),
    "Polish": ("Tomasz/Wiśniewski", "Agnieszka/Zielińska", "Krzysztof/Wójcik", "Małgorzata/Kowalczyk/Gosia", "Paweł/Jabłoński", "Zofia/Dąbrowska"),
    "Lithuanian": ("Rūta/Kazlauskienė", "Mindaugas/Petrauskas", "Eglė/Jankauskaitė", "Tomas/Žukauskas", "Gintarė/Stankevičiūtė", "Darius/Vasiliauskas"),
    "Latvian": ("Ilze/Bērziņa", "Jānis/Kalniņš", "Laura/Ozola", "Mārtiņš/Liepiņš", "Kristaps/Zariņš", "Agnese/Kļaviņa"),
    "Estonian": ("Kadri/Tamm", "Märt/Saar", "Liis/Sepp", "Tõnu/Mägi", "Kristjan/Kask", "Triin/Rebane"),
    "Finnish": ("Aino/Virtanen", "Juha/Korhonen", "Eveliina/Mäkinen", "Ville/Nieminen", "Satu/Heikkinen", "Antti/Laine"),
    "Icelandic": ("Guðrún/Sigurðardóttir", "Jón/Einarsson", "Sigríður/Jónsdóttir/Sigga", "Ólafur/Gunnarsson/Óli", "Hrafnhildur/Björnsdóttir", "Einar/Þórsson"),
    "Norwegian": ("Ingrid/Haugen", "Sindre/Solberg", "Kari/Nordby", "Håkon/Bakke", "Solveig/Rønning", "Eirik/Dahl"),
    "Danish": ("Mette/Kjærgaard", "Rasmus/Østergaard", "Freja/Lauridsen", "Mikkel/Søndergaard", "Signe/Thygesen", "Anders/Holm"),
    "Swedish": ("Linnea/Lindqvist", "Oskar/Bergström", "Astrid/Sjöberg", "Ebba/Holmgren", "Gustav/Engström", "Maja/Åkesson"),
    "Portuguese": ("João/Ferreira", "Inês/Carvalho", "Tiago/Gonçalves", "Beatriz/Sousa", "Rui/Pereira da Costa", "Leonor/Almeida"),
    "Catalan": ("Jordi/Vilaseca", "Núria/Bosch i Roig", "Oriol/Soler", "Montserrat/Ribas/Montse", "Pau/Gironès", "Mireia/Pujol"),
    "Basque": ("Iker/Etxeberria", "Ane/Goikoetxea", "Unai/Agirre", "Maialen/Urrutia", "Gorka/Zubizarreta", "Itziar/Arregi"),
    "Spanish": ("Álvaro/Fernández", "Lucía/Navarro", "Sergio/Iglesias", "Carmen/Ruiz Delgado", "Pablo/Serrano", "Alba/Moreno"),
    "Welsh": ("Rhys/Llewellyn", "Cerys/Pritchard", "Dafydd/Prydderch", "Angharad/Evans", "Gethin/Pugh", "Bethan/Howells"),
    "Scottish": ("Ewan/MacLeod", "Morag/Fraser", "Callum/McAllister", "Mhairi/Buchanan", "Hamish/Sinclair", "Kirsty/Drummond"),
    "Irish": ("Siobhán/O'Connell", "Cian/Ó Briain", "Aoife/Brennan", "Pádraig/Gallagher/Paddy", "Niamh/Fitzgerald", "Oisín/Kavanagh"),
    "English": ("Harriet/Ashworth//Jane", "Nigel/Cartwright", "Imogen/Fairweather", "Rupert/Hollingsworth", "Philippa/Greaves/Pippa", "Alistair/Pemberton"),
    "German": ("Jürgen/Schäfer", "Anneliese/Brandt", "Lukas/Hoffmann", "Friederike/von Bülow", "Maximilian/Weber", "Katrin/Schulze"),
    "Dutch": ("Joost/van den Berg", "Sanne/de Vries", "Maarten/Bakker", "Femke/Jansen", "Thijs/van Dijk", "Lotte/Visser"),
    "French": ("Amélie/Dubois", "Théo/Lefèvre", "Margaux/Girard", "Baptiste/Moreau", "Élodie/Lambert", "Gaëlle/Marchand"),
    "Italian": ("Giulia/Esposito", "Lorenzo/Ricci", "Chiara/Colombo", "Alessandro/De Luca", "Francesca/Marino", "Matteo/Gallo"),
    "Greek": ("Dimitrios/Papadopoulos/Dimitris", "Eleni/Georgiou", "Nikos/Konstantinidis", "Katerina/Vlachou", "Giorgos/Alexiou", "Vasiliki/Christodoulou/Vicky"),
    "Romanian": ("Andreea/Popescu", "Mihai/Ionescu", "Ioana/Dumitrescu", "Bogdan/Stoica", "Raluca/Constantinescu", "Cristian/Munteanu"),
    "Russian": ("Dmitri/Volkov", "Anastasia/Smirnova/Nastya", "Sergei/Kuznetsov", "Yekaterina/Orlova/Katya", "Alexei/Morozov", "Olga/Belova"),
    "Ukrainian": ("Oksana/Kovalenko", "Taras/Shevchuk", "Iryna/Bondarenko", "Bohdan/Tkachenko", "Olena/Melnyk", "Mykola/Kravets"),
    "Turkish": ("Emre/Yıldız", "Elif/Şahin", "Burak/Öztürk", "Zeynep/Aydın", "Mehmet/Çelik", "Deniz/Arslan"),
    "Lebanese": ("Rami/Khoury", "Nour/Haddad", "Karim/Saade", "Maya/Nassar", "Elie/Abi Nader", "Rania/Frem"),
    "Syrian": ("Omar/al-Halabi", "Rasha/Kabbani", "Yazan/Sabbagh", "Hala/Droubi", "Tarek/Mardini", "Dima/al-Attar"),
    "Egyptian": ("Mahmoud/Abdel-Rahman", "Yasmin/El-Sayed", "Ahmed/Fathy", "Heba/Mansour", "Mostafa/Farouk", "Nermine/Shawky"),
    "Kurdish": ("Azad/Hawrami", "Rojin/Dosky", "Sherko/Barzinji", "Berfin/Kaya", "Dilan/Baban", "Kawa/Sindi"),
    "Persian": ("Dariush/Farahani", "Shirin/Moradi", "Kourosh/Jafari", "Nasrin/Hosseini", "Arash/Kamali", "Parisa/Ebrahimi"),
    "Afghan": ("Farid/Popal", "Mariam/Wardak", "Zarmina/Stanekzai", "Habib/Noorzai", "Sediqa/Rahimi", "Wais/Amiri"),
    "Israeli": ("Yael/Ben-David", "Noam/Friedman", "Avital/Mizrahi", "Itai/Levinson", "Shira/Peretz", "Oren/Dahan"),
    "Jewish-American": ("Avi/Rosenberg", "Miriam/Katz", "Eli/Shapiro", "Naomi/Feldman", "Jonah/Greenbaum//Ezra", "Rebecca/Kaplan/Becca"),
    "African-American": ("DeShawn/Whitfield//Terrell", "Latoya/Booker", "Tyrone/Holloway", "Keisha/Dupree", "Marquis/Tillman", "Imani/Coleman"),
    "Navajo": ("Shandiin/Yazzie", "Kee/Tsosie", "Darlene/Begay", "Nizhoni/Benally", "Lorenzo/Etsitty", "Tahnee/Nez"),
    "Cherokee": ("Jolene/Sixkiller", "Adsila/Swimmer", "Travis/Hummingbird", "Galilahi/Walkingstick", "Cody/Wolfe", "Inola/Crittenden"),
    "Hawaiian": ("Keoni/Kahananui", "Leilani/Kealoha", "Kainoa/Makoa", "Noelani/Akana", "Kekoa/Kamakau", "Pualani/Kahale"),
    "Maori": ("Aroha/Ngata", "Wiremu/Te Rangi", "Anahera/Parata", "Hemi/Tuhiwai", "Mere/Pōmare", "Rawiri/Tipene"),
    "Samoan": ("Sione/Faleolo", "Malia/Tuilagi", "Iosefa/Leota", "Lagi/Tuiasosopo", "Filipo/Aumua", "Sina/Fa'amausili"),
    "Quechua": ("Wayra/Mamani", "Nina/Condori", "Teodoro/Huanca Quispe", "Sisa/Apaza", "Amaru/Choque", "Killa/Ticona"),
    "Colombian": ("Juan+Camilo/Restrepo Gómez", "Valentina/Ospina", "Andrés+Felipe/Zuluaga", "Luisa+Fernanda/Arango", "Santiago/Cárdenas", "Daniela/Montoya"),
    "Argentine": ("Facundo/Gutiérrez", "Agustina/Ferreyra", "Joaquín/Benítez", "Milagros/Acosta/Mili", "Lautaro/Giménez", "Florencia/Rossetti/Flor"),
    "Chilean": ("Matías/Muñoz", "Javiera/Soto", "Benjamín/Contreras", "Constanza/Araya/Coni", "Ignacio/Fuentes/Nacho", "Catalina/Espinoza"),
    "Mexican": ("Guadalupe/Hernández/Lupe", "Alejandro/Ramírez", "Ximena/Vázquez", "José+Luis/Ortega", "Itzel/Juárez", "Rodrigo/Cervantes"),
    "Brazilian": ("Thiago/Nascimento", "Larissa/Oliveira", "Gustavo/Ribeiro//Henrique", "Fernanda/Barbosa", "Rafael/Moreira", "Juliana/Cavalcanti"),
    "Cuban": ("Yunior/Rodríguez", "Yanelis/Pérez", "Yoandri/Castellanos", "Odalys/Hernández", "Reinaldo/Valdés", "Yaimara/Cabrera"),
    "Haitian": ("Wislande/Jean-Louis", "Frantz/Désir", "Mackenson/Joseph", "Nadège/Toussaint", "Wilner/Célestin", "Guerline/Saint-Fleur"),
    "Jamaican": ("Shanique/Campbell", "Tarrique/Ricketts", "Kemar/Walters", "Tashana/McKenzie", "Delroy/Blake", "Nordia/Henriques"),
}

# Given names that are also English words, used as people's names (drawn for slots "w...").
WORD_NAMES: dict[str, tuple[str, ...]] = {
    "English": ("Hope/Ashdown", "Bill/Hargreaves", "Will/Pennington", "Dawn/Whitaker", "Robin/Lockwood", "Hazel/Murray"),
    "Irish": ("Mark/Tully", "Rose/Delaney"),
    "American": ("Hunter/Boyd//Wesley", "Summer/Castellano", "Autumn/Blackwell", "Jade/Thornton", "Chase/Whitmore", "Sterling/Boone"),
    "Kenyan": ("Faith/Wanjiku", "Grace/Akinyi"),
    "Ugandan": ("Joy/Nakamya", "Patience/Namutebi"),
    "Cantonese": ("Sunny/Tse", "Ivy/Yuen"),
    "Malawian": ("Memory/Chirwa", "Gift/Phiri", "Precious/Mwale"),
    "Nigerian": ("Blessing/Chukwu", "Favour/Adeleke"),
    "Singaporean": ("Dawn/Teo", "Summer/Goh"),
    "Zambian": ("Given/Banda", "Charity/Mulenga"),
}

FAMILY_FIRST = {"Chinese", "Cantonese", "Taiwanese", "Japanese", "Korean", "Hungarian", "Vietnamese", "Khmer", "Mongolian"}
WHOLE_CALLED = {"Burmese"}  # no family name, and called by the whole name
NO_LAST = {"Malay"}  # "bin"/"binti" is no family name: a surname alone is not written

# fmt: on

_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ß": "ss",
    }
)


def fold(text: str) -> str:
    """The text with its diacritics dropped (as people type a name without them)."""
    text = text.translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Person:
    culture: str
    given: str  # as written in NAMES, with "+" and "*"
    family: str
    nick: str
    middle: str

    @property
    def given_name(self) -> str:
        return self.given.replace("+", " ").replace("*", "")

    @property
    def first(self) -> str:
        """The name a person is called by."""
        if self.culture in WHOLE_CALLED:
            return self.given_name
        words = self.given.split(" ")
        for w in words:
            if w.startswith("*"):
                return w[1:].replace("+", " ")
        return words[0].replace("+", " ")

    @property
    def last(self) -> str:
        if not self.family or self.culture in NO_LAST:
            return self.first
        return self.family

    @property
    def name(self) -> str:
        if not self.family:
            return self.given_name
        if self.culture in FAMILY_FIRST:
            parts = [self.family, self.middle, self.given_name]
        else:
            parts = [self.given_name, self.middle, self.family]
        return " ".join(p for p in parts if p)

    @property
    def short(self) -> str:
        """Given and family name, no middle name."""
        if not self.family:
            return self.given_name
        if self.culture in FAMILY_FIRST:
            return f"{self.family} {self.given_name}"
        return f"{self.first} {self.family}"

    @property
    def rev(self) -> str:
        if not self.family or self.culture in NO_LAST:
            return self.name
        given = " ".join(p for p in (self.given_name, self.middle) if p)
        if self.culture in FAMILY_FIRST:
            given = " ".join(p for p in (self.middle, self.given_name) if p)
        return f"{self.family}, {given}"

    @property
    def rev_upper(self) -> str:
        """The family name in capitals, a comma, the given name (as forms write it)."""
        if not self.family or self.culture in NO_LAST:
            return self.name.upper()
        family, given = self.rev.split(", ", 1)
        return f"{family.upper()}, {given}"

    @property
    def initials(self) -> str:
        if not self.family or self.culture in NO_LAST:
            return self.name
        return f"{self.given_name[0]}. {self.family}"

    @property
    def nickname(self) -> str:
        return self.nick or self.first

    def renderings(self) -> set[str]:
        """Every way the generator may write this person's name."""
        forms = {
            self.name,
            self.short,
            self.first,
            self.last,
            self.rev,
            self.initials,
            self.nickname,
        }
        forms |= {f.upper() for f in forms} | {f.lower() for f in forms}
        forms |= {fold(f) for f in forms}
        forms.add(self.rev_upper)
        forms.add(fold(self.first).lower().replace(" ", "").replace("-", ""))
        return forms


def _people(table: dict[str, tuple[str, ...]]) -> tuple[Person, ...]:
    out = []
    for culture, entries in table.items():
        for entry in entries:
            parts = (entry.split("/") + ["", "", ""])[:4]
            out.append(Person(culture, parts[0], parts[1], parts[2], parts[3]))
    return tuple(out)


PEOPLE: tuple[Person, ...] = _people(NAMES)
WORD_PEOPLE: tuple[Person, ...] = _people(WORD_NAMES)

# fmt: off
# (city, country): a city with the country it lies in.
CITIES: tuple[tuple[str, str], ...] = (
    ("Kano", "Nigeria"), ("Ibadan", "Nigeria"), ("Addis Ababa", "Ethiopia"), ("Mombasa", "Kenya"),
    ("Kisumu", "Kenya"), ("Bulawayo", "Zimbabwe"), ("Durban", "South Africa"), ("Kumasi", "Ghana"),
    ("Hargeisa", "Somaliland"), ("Pokhara", "Nepal"), ("Kandy", "Sri Lanka"), ("Madurai", "India"),
    ("Pune", "India"), ("Mysuru", "India"), ("Kochi", "India"), ("Ludhiana", "India"),
    ("Chittagong", "Bangladesh"), ("Lahore", "Pakistan"), ("Ipoh", "Malaysia"), ("Siem Reap", "Cambodia"),
    ("Luang Prabang", "Laos"), ("Chiang Mai", "Thailand"), ("Mandalay", "Myanmar"), ("Da Nang", "Vietnam"),
    ("Cebu City", "Philippines"), ("Yogyakarta", "Indonesia"), ("Ulaanbaatar", "Mongolia"), ("Almaty", "Kazakhstan"),
    ("Samarkand", "Uzbekistan"), ("Kashgar", "China"), ("Chengdu", "China"), ("Kowloon", "Hong Kong"),
    ("Taichung", "Taiwan"), ("Sendai", "Japan"), ("Fukuoka", "Japan"), ("Busan", "South Korea"),
    ("Debrecen", "Hungary"), ("Kutaisi", "Georgia"), ("Gyumri", "Armenia"), ("Prizren", "Kosovo"),
    ("Novi Sad", "Serbia"), ("Split", "Croatia"), ("Košice", "Slovakia"), ("Brno", "Czechia"),
    ("Wrocław", "Poland"), ("Kaunas", "Lithuania"), ("Daugavpils", "Latvia"), ("Tartu", "Estonia"),
    ("Tampere", "Finland"), ("Akureyri", "Iceland"), ("Tromsø", "Norway"), ("Aarhus", "Denmark"),
    ("Gothenburg", "Sweden"), ("Porto", "Portugal"), ("Girona", "Spain"), ("Bilbao", "Spain"),
    ("Valladolid", "Spain"), ("Swansea", "Wales"), ("Inverness", "Scotland"), ("Galway", "Ireland"),
    ("Leicester", "England"), ("Freiburg", "Germany"), ("Utrecht", "Netherlands"), ("Lyon", "France"),
    ("Bologna", "Italy"), ("Thessaloniki", "Greece"), ("Cluj-Napoca", "Romania"), ("Kazan", "Russia"),
    ("Lviv", "Ukraine"), ("Izmir", "Turkey"), ("Tripoli", "Lebanon"), ("Aleppo", "Syria"),
    ("Alexandria", "Egypt"), ("Erbil", "Iraq"), ("Shiraz", "Iran"), ("Herat", "Afghanistan"),
    ("Haifa", "Israel"), ("Albuquerque", "United States"), ("Tahlequah", "United States"), ("Hilo", "United States"),
    ("Rotorua", "New Zealand"), ("Apia", "Samoa"), ("Cusco", "Peru"), ("Medellín", "Colombia"),
    ("Rosario", "Argentina"), ("Valparaíso", "Chile"), ("Guadalajara", "Mexico"), ("Recife", "Brazil"),
    ("Camagüey", "Cuba"), ("Cap-Haïtien", "Haiti"), ("Montego Bay", "Jamaica"), ("Winnipeg", "Canada"),
    ("Halifax", "Canada"), ("Newcastle", "Australia"), ("Townsville", "Australia"), ("Baltimore", "United States"),
)

REGIONS: tuple[str, ...] = (
    "Bavaria", "Kerala", "Tierra del Fuego", "Ontario", "Catalonia", "Tuscany", "Hokkaido", "Queensland",
    "Andalusia", "Brittany", "Transylvania", "Anatolia", "Punjab", "Sichuan", "Mindanao", "Sabah",
    "Lapland", "the Basque Country", "KwaZulu-Natal", "Oaxaca", "Minas Gerais", "Yucatán", "Gyeonggi",
    "Rift Valley", "Limpopo", "Dalmatia", "Silesia", "Svaneti", "Tasmania", "Nova Scotia",
)

# Street addresses, each written on one line as people of that country write them.
ADDRESSES: tuple[str, ...] = (
    "Rua das Flores 118, 4050-262 Porto, Portugal",
    "Carrer de Sant Pere 14, 2n 1a, 17004 Girona",
    "Kaiserstraße 41, 79098 Freiburg im Breisgau, Germany",
    "Oudegracht 212-bis, 3511 NV Utrecht",
    "12 rue Mercière, 69002 Lyon, France",
    "Via dell'Indipendenza 33, 40121 Bologna BO, Italy",
    "Tsimiski 71, 546 22 Thessaloniki, Greece",
    "ul. Świdnicka 8/3, 50-068 Wrocław",
    "Laisvės al. 57-12, LT-44309 Kaunas, Lithuania",
    "Rüütli 24, 51007 Tartu, Estonia",
    "Hämeenkatu 9 B 21, 33100 Tampere",
    "Hafnarstræti 88, 600 Akureyri, Iceland",
    "Storgata 72, 9008 Tromsø, Norway",
    "Mejlgade 46, 1. th., 8000 Aarhus C, Denmark",
    "Linnégatan 19, 413 04 Göteborg, Sweden",
    "Hlavná 31, 040 01 Košice, Slovakia",
    "Veveří 102, 602 00 Brno",
    "Piac utca 20, 4025 Debrecen, Hungary",
    "Bulevar oslobođenja 46, 21000 Novi Sad, Serbia",
    "Marmontova 4, 21000 Split, Croatia",
    "Str. Memorandumului 28, Cluj-Napoca 400114, Romania",
    "vul. Doroshenka 17, kv. 5, Lviv 79000, Ukraine",
    "Kıbrıs Şehitleri Cd. No: 62 D: 4, 35220 Alsancak/İzmir",
    "14 Rustaveli Ave, Kutaisi 4600, Georgia",
    "Abovyan St 9, Gyumri 3101, Armenia",
    "Flat 3, 27 Heol y Castell, Swansea SA1 1PP",
    "7 Academy Street, Inverness IV1 1LX, Scotland",
    "Apartment 4, 15 Dominick Street Lower, Galway H91 X2C8",
    "42 Granby Street, Leicester LE1 6FB, United Kingdom",
    "1418 Cathedral St, Apt 2B, Baltimore, MD 21201",
    "905 Lomas Blvd NE, Albuquerque, NM 87102",
    "221 Kamehameha Ave, Hilo, HI 96720",
    "3120 Pembina Hwy, Unit 7, Winnipeg, MB R3T 4R6, Canada",
    "1659 Barrington St, Halifax NS B3J 2A2",
    "56 Flinders Street, Townsville QLD 4810, Australia",
    "1174 Fenton Street, Rotorua 3010, New Zealand",
    "Calle 10 Sur #43-25, El Poblado, Medellín, Colombia",
    "Bv. Oroño 1385, 2000 Rosario, Santa Fe, Argentina",
    "Av. Brasil 2950, depto 41, Valparaíso, Chile",
    "Av. Chapultepec Sur 480, Col. Americana, 44160 Guadalajara, Jal.",
    "Rua da Aurora 325, apto 902, Boa Vista, Recife - PE, 50050-000",
    "Calle Santa Catalina 210, Cusco 08002, Peru",
    "Calle República 157 e/ Oscar Primelles y Hermanos Agüero, Camagüey",
    "23 Gloucester Avenue, Montego Bay, St. James, Jamaica",
    "Plot 14, Zaria Road, Kano, Nigeria",
    "House 9, Bole Sub-City, Woreda 03, Addis Ababa",
    "Moi Avenue, Jubilee Plaza 3rd Floor, Mombasa 80100",
    "24 Florida Road, Morningside, Durban 4001, South Africa",
    "No. 61/3, Peradeniya Road, Kandy 20000, Sri Lanka",
    "Lakeside-6, Baidam, Pokhara 33700, Nepal",
    "Flat 12B, 4th Cross, Saraswathipuram, Mysuru 570009",
    "3/447 Panampilly Nagar, Kochi, Kerala 682036",
    "No. 18, Jalan Sultan Yussuf, 30000 Ipoh, Perak",
    "Moo 2, 118/6 Nimmanhaemin Rd, Chiang Mai 50200, Thailand",
    "47 Bạch Đằng, Hải Châu, Đà Nẵng, Vietnam",
    "Unit 905, 8 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong",
    "No. 88, Sec. 2, Taiwan Blvd, Xitun Dist., Taichung 407",
    "2-14-7 Kokubuncho, Aoba-ku, Sendai, Miyagi 980-0803",
    "Apt 102-1503, 35 Haeundae-ro, Haeundae-gu, Busan 48094",
    "Peace Avenue 17, Sükhbaatar District, Ulaanbaatar 14200",
    "Abai Ave 150, apt. 34, Almaty 050000, Kazakhstan",
    "Rue Gemmayzeh, Building 42, 3rd floor, Tripoli, Lebanon",
    "Ben Gurion Blvd 38, Haifa 3528101, Israel",
    "128 Muskogee Ave, Tahlequah, OK 74464",
)

MAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "web.de", "icloud.com", "hotmail.fr",
    "mail.ru", "naver.com", "qq.com", "yandex.kz", "orange.fr", "libero.it", "seznam.cz", "wp.pl",
    "bluewin.ch", "telenet.be", "xtra.co.nz", "bigpond.com", "rediffmail.com", "uol.com.br",
    "kestrel-law.co.uk", "harbourline-logistics.com", "pinecrest-academy.org", "northgate-realty.ie",
    "aldebaran-health.org", "fjordbank.no", "tallyhire.io", "saltmarsh-hotels.com", "riverbend.edu",
)
# fmt: on
