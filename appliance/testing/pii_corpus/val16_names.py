"""People's names for val16, the sixteenth blind part of the labelled PII corpus.

Written by hand from the author's own memory (no library's name list, no other part of the
corpus read): for each culture a few given names and family names, with particles ("van der",
"de la", "bin", "al-", "O'", "Mc"), hyphenated and double-barrelled names, and diacritics.
`Person.render` writes a name in the forms people use: in full, alone, surname first,
"LAST, First", with an initial, in lower case, in capitals, without its diacritics.

Cultures flagged "ff" put the family name first when a name is written in full; "pat" ones
(Malay) carry "bin"/"binti" and a father's name instead of a family name, and are addressed
by the given name. A given name ending in "*" is a woman's (used only for bin/binti).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

# culture: (given names, family names, flags)
CULTURES: dict[str, tuple[str, str, str]] = {
    "american": (
        "Tyler|Brittany|Kayla|Dustin|Courtney|Brandon|Shelby|Travis",
        "Whitfield|Cunningham|Pruitt|McKinney|Sorensen|Delacroix-Hale",
        "",
    ),
    "british": (
        "Alistair|Harriet|Rupert|Imogen|Nigel|Philippa|Tamsin",
        "Ashworth|Pemberton|Thistlewood|Haworth|Fortescue-Lowe|Blenkinsop",
        "",
    ),
    "scottish": (
        "Hamish|Morag|Callum|Eilidh|Fraser|Kirsty",
        "McAllister|MacLeod|Drummond|Buchanan|McTavish|Urquhart",
        "",
    ),
    "irish": (
        "Siobhán|Niamh|Ciarán|Aoife|Pádraig|Oisín|Saoirse",
        "O'Sullivan|O'Donnell|Fitzgerald|Kavanagh|Ó Briain|McGettigan",
        "",
    ),
    "welsh": (
        "Rhys|Cerys|Gethin|Angharad|Dafydd|Bethan|Iolo",
        "Llewellyn|Pritchard|Prys|ap Dafydd|Vaughan-Jenkins|Gwilym",
        "",
    ),
    "french": (
        "Hélène|Jean-Luc|Marie-Claire|Benoît|Solène|Thibault|Maëlle",
        "Lefèvre|Dubois-Mercier|Chevalier|de La Fontaine|Moreau|Gauthier|Le Goff",
        "",
    ),
    "quebecois": (
        "Jean-François|Geneviève|Mathieu|Marie-Ève|Étienne|Josée",
        "Tremblay|Gagnon|Bouchard|Côté|Lévesque|Thibodeau",
        "",
    ),
    "german": (
        "Jürgen|Anneliese|Lukas|Friederike|Matthias|Henrike|Sönke",
        "Schäfer|Weißmann|von Hohenberg|Brandt|Krüger|Oberländer|Zimmermann",
        "",
    ),
    "austrian": (
        "Florian|Johanna|Valentin|Magdalena|Korbinian|Veronika",
        "Gruber|Pichler|Huber|Steinwender|Moosbrugger|Leitgeb",
        "",
    ),
    "swiss": (
        "Reto|Urs|Seraina|Ladina|Gian-Andrea|Corsin",
        "Zürcher|Bühlmann|Caflisch|Tschudi|Brunner|Gisler",
        "",
    ),
    "dutch": (
        "Sanne|Joost|Maartje|Bram|Femke|Thijs",
        "van der Meer|de Vries|van den Heuvel|Visser|Jansen-Smit|Hoekstra",
        "",
    ),
    "flemish": (
        "Wout|Lieselot|Jens|Annelies|Pieter-Jan|Griet",
        "Van den Broeck|De Smet|Peeters|Vermeulen|Claes|Verstraete",
        "",
    ),
    "spanish": (
        "Lucía|Álvaro|Begoña|Íñigo|Rocío|Sergio",
        "Fernández Ortega|de la Cruz|García-Pelayo|Sánchez|Navarro|Domínguez",
        "",
    ),
    "catalan": (
        "Jordi|Montserrat|Núria|Oriol|Mireia|Arnau",
        "Puig|Vilanova|Casals|Ferrer i Soler|Riera|Bosch-Vidal",
        "",
    ),
    "basque": (
        "Iker|Amaia|Unai|Itziar|Gorka|Ainhoa",
        "Etxeberria|Goikoetxea|Aguirre|Zubizarreta|Urrutia|Larrañaga",
        "",
    ),
    "portuguese": (
        "João|Conceição|Rui|Inês|Tiago|Leonor",
        "dos Santos|Magalhães|Carvalho|Sousa Pinto|Figueiredo|da Cunha",
        "",
    ),
    "brazilian": (
        "Thiago|Luana|Caio|Giovana|Rafaela|Wesley",
        "Oliveira|Nascimento|da Silva|Rocha|Cavalcanti|Albuquerque",
        "",
    ),
    "mexican": (
        "Guadalupe|Jesús|Ximena|Alejandro|Citlali|Emiliano",
        "Hernández|Ramírez|Villaseñor|Castañeda|Zepeda|Orozco",
        "",
    ),
    "argentine": (
        "Facundo|Agustina|Gonzalo|Milagros|Lautaro|Nahuel",
        "Pereyra|Giménez|Ledesma|Sosa|Iturbe|Bianchi",
        "",
    ),
    "colombian": (
        "Andrés Felipe|Valentina|Juan Camilo|Manuela|Yesenia|Duván",
        "Restrepo|Quintero|Arango|Mejía|Cárdenas|Ospina",
        "",
    ),
    "italian": (
        "Giuseppe|Chiara|Lorenzo|Francesca|Alessandro|Giulia",
        "Di Stefano|D'Angelo|Esposito|Colombo|Lombardi|Santoro|De Luca",
        "",
    ),
    "greek": (
        "Giorgos|Eleni|Dimitris|Katerina|Panagiotis|Vasiliki",
        "Papadopoulos|Konstantinidis|Karagiannis|Oikonomou|Pappas|Nikolaou",
        "",
    ),
    "polish": (
        "Łukasz|Agnieszka|Wojciech|Małgorzata|Krzysztof|Zofia",
        "Wójcik|Kowalczyk|Szymańska|Zieliński|Grabowska|Nowak-Jeziorański",
        "",
    ),
    "czech": (
        "Jiří|Kateřina|Tomáš|Lucie|Ondřej|Zdeňka",
        "Dvořák|Nováková|Procházka|Černý|Kučera|Horáková",
        "",
    ),
    "slovak": (
        "Juraj|Zuzana|Marek|Ľubica|Miroslav|Jana",
        "Kováč|Horváthová|Baláž|Šimko|Krajčí|Mináriková",
        "",
    ),
    "hungarian": (
        "Zoltán|Erzsébet|Bence|Réka|Levente|Ildikó",
        "Nagy|Szabó|Kovács|Tóth|Farkas|Balogh",
        "ff",
    ),
    "romanian": (
        "Ionuț|Andreea|Mihai|Ioana|Bogdan|Roxana",
        "Popescu|Ionescu|Constantinescu|Dumitrescu|Stănescu|Munteanu",
        "",
    ),
    "bulgarian": (
        "Stoyan|Desislava|Hristo|Tsvetelina|Radoslav|Mariela",
        "Dimitrov|Petrova|Georgiev|Todorova|Stoyanov|Vasileva",
        "",
    ),
    "serbian": (
        "Nemanja|Jelena|Dragan|Milica|Vuk|Snežana",
        "Jovanović|Petrović|Nikolić|Đorđević|Marković|Stojanović",
        "",
    ),
    "croatian": (
        "Ivan|Tomislav|Mateja|Krešimir|Ivana|Dunja",
        "Horvat|Babić|Kovačević|Perić|Jurić|Knežević",
        "",
    ),
    "slovene": (
        "Matjaž|Špela|Gašper|Nina|Blaž|Urška",
        "Novak|Kranjc|Zupančič|Potočnik|Vidmar|Kos",
        "",
    ),
    "ukrainian": (
        "Oleksandr|Oksana|Taras|Halyna|Bohdan|Iryna",
        "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Melnyk|Hrytsenko",
        "",
    ),
    "russian": (
        "Dmitri|Yekaterina|Sergei|Anastasia|Alexei|Svetlana|Pavel",
        "Ivanova|Smirnov|Kuznetsova|Volkov|Sokolov|Lebedeva",
        "",
    ),
    "lithuanian": (
        "Mindaugas|Rūta|Darius|Gintarė|Tomas|Eglė",
        "Kazlauskas|Petrauskienė|Jankauskas|Žukauskas|Stankevičius|Vasiliauskaitė",
        "",
    ),
    "latvian": (
        "Kristaps|Ilze|Jānis|Līga|Edgars|Baiba",
        "Bērziņš|Kalniņa|Ozoliņš|Liepiņa|Krūmiņš|Zariņa",
        "",
    ),
    "estonian": (
        "Tõnu|Kadri|Margus|Liis|Rasmus|Triin",
        "Tamm|Saar|Sepp|Mägi|Kask|Rebane",
        "",
    ),
    "finnish": (
        "Juha|Aino|Mikko|Satu|Ville|Tuulikki",
        "Virtanen|Korhonen|Mäkinen|Nieminen|Heikkinen|Järvinen",
        "",
    ),
    "swedish": (
        "Åsa|Björn|Linnea|Henrik|Ebba|Gustav",
        "Lindqvist|Bergström|Åkesson|Sjöberg|Nyström|Lindgren",
        "",
    ),
    "norwegian": (
        "Sigrid|Øystein|Ingrid|Håkon|Solveig|Eirik",
        "Haugen|Bakke|Søreide|Fjeld|Kristoffersen|Nygård",
        "",
    ),
    "danish": (
        "Søren|Mette|Birgitte|Mads|Signe|Kasper",
        "Kjærgaard|Thygesen|Mikkelsen|Østergaard|Frederiksen|Dahl",
        "",
    ),
    "icelandic": (
        "Guðrún|Sigurður|Katrín|Einar|Hildur|Þórir",
        "Sigurðardóttir|Jónsson|Gunnarsdóttir|Magnússon|Ólafsdóttir|Björnsson",
        "",
    ),
    "turkish": (
        "Çağla|Emre|Şule|Burak|Gökhan|Elif",
        "Öztürk|Yılmaz|Çelik|Demir|Aydın|Kaya",
        "",
    ),
    "levantine": (
        "Rami|Lina|Karim|Nour|Ziad|Rania",
        "Haddad|Khoury|al-Masri|Nassar|Abi Nader|Sabbagh",
        "",
    ),
    "emirati": (
        "Abdullah|Mariam|Khalid|Noura|Saeed|Hessa",
        "Al Mansoori|Al Nuaimi|Al Qasimi|Al Harthy|Al Dhaheri|Al Ketbi",
        "",
    ),
    "egyptian": (
        "Mostafa|Yasmin|Ahmed|Heba|Tarek|Dina",
        "Abdel Fattah|El-Sayed|Mansour|Fahmy|Hegazy|Ezzat",
        "",
    ),
    "moroccan": (
        "Youssef|Khadija|Mehdi|Salma|Hamza|Imane",
        "Benjelloun|El Amrani|Tazi|Alaoui|Bennani|Chraibi",
        "",
    ),
    "persian": (
        "Dariush|Shirin|Kourosh|Parisa|Arash|Niloufar",
        "Hosseini|Rahimi|Tehrani|Karimi|Jafari|Moradi",
        "",
    ),
    "kurdish": (
        "Rebin|Shilan|Dilshad|Rojin|Azad|Berivan",
        "Zebari|Hawrami|Mohammadi|Amedi|Rekani|Dosky",
        "",
    ),
    "israeli": (
        "Noam|Tamar|Yossi|Shira|Eitan|Michal",
        "Ben-David|Friedman|Mizrahi|Avraham|Peretz|Shapiro",
        "",
    ),
    "armenian": (
        "Armen|Anahit|Tigran|Lusine|Hovhannes|Nare",
        "Petrosyan|Hakobyan|Sargsyan|Grigoryan|Manukyan|Kazarian",
        "",
    ),
    "georgian": (
        "Giorgi|Nino|Levan|Tamuna|Davit|Ketevan",
        "Beridze|Kapanadze|Lomidze|Gelashvili|Tsiklauri|Chikovani",
        "",
    ),
    "north_indian": (
        "Priya|Rohit|Ananya|Vikram|Sneha|Arjun",
        "Sharma|Malhotra|Chaturvedi|Agarwal|Srivastava|Mehra",
        "",
    ),
    "tamil": (
        "Karthik|Lakshmi|Senthil|Meenakshi|Arun|Kavya",
        "Subramanian|Ramasamy|Krishnan|Venkatesan|Natarajan|Pillai",
        "",
    ),
    "telugu": (
        "Srinivas|Sravani|Venkata Ramana|Lavanya|Naveen|Sirisha",
        "Reddy|Naidu|Chowdary|Rao|Varma|Gollapudi",
        "",
    ),
    "bengali": (
        "Arnab|Debjani|Sourav|Moumita|Anirban|Tanushree",
        "Chatterjee|Banerjee|Mukherjee|Bhattacharya|Ghosh|Dasgupta",
        "",
    ),
    "punjabi": (
        "Gurpreet|Harjit|Manpreet|Jaswinder|Navdeep|Simran",
        "Dhillon|Sandhu|Grewal|Bains|Sidhu|Brar",
        "",
    ),
    "gujarati": (
        "Hetal|Jignesh|Nirali|Bhavesh|Krupa|Parth",
        "Patel|Shah|Desai|Mehta|Trivedi|Parekh",
        "",
    ),
    "pakistani": (
        "Bilal|Ayesha|Usman|Sana|Faisal|Hira",
        "Qureshi|Chaudhry|Siddiqui|Malik|Awan|Raza",
        "",
    ),
    "sinhala": (
        "Chaminda|Nirosha|Dinesh|Sanduni|Lasith|Ishara",
        "Perera|Jayasuriya|Wickramasinghe|Fernando|Gunawardena|Dissanayake",
        "",
    ),
    "nepali": (
        "Bikash|Sushmita|Prakash|Sarita|Roshan|Anjali",
        "Shrestha|Gurung|Tamang|Adhikari|Thapa|Maharjan",
        "",
    ),
    "mandarin": (
        "Wei|Xiaoling|Haoran|Jingyi|Zhiwei|Yuting",
        "Zhang|Wang|Liu|Chen|Zhou|Huang",
        "ff",
    ),
    "cantonese": (
        "Ka-Ming|Wing Yan|Chun Kit|Siu Fong|Ho Yin|Mei Ling",
        "Chan|Wong|Leung|Cheung|Lau|Tsang",
        "",
    ),
    "taiwanese": (
        "Yi-Ting|Chia-Hao|Hsin-Yi|Po-Han|Shu-Fen|Wei-Lun",
        "Lin|Hsu|Tsai|Cheng|Kuo|Hsieh",
        "",
    ),
    "japanese": (
        "Haruto|Yui|Kenji|Aiko|Takumi|Misaki",
        "Tanaka|Yamamoto|Takahashi|Nakamura|Kobayashi|Fujiwara",
        "",
    ),
    "korean": (
        "Min-jun|Seo-yeon|Ji-hoon|Ha-eun|Dong-hyun|Soo-ah",
        "Kim|Choi|Jung|Kang|Yoon|Lim",
        "",
    ),
    "vietnamese": (
        "Minh Anh|Thu Hà|Quốc Bảo|Ngọc Lan|Văn Hùng|Thanh Tâm",
        "Nguyễn|Trần|Phạm|Hoàng|Đặng|Bùi",
        "ff",
    ),
    "thai": (
        "Somchai|Nattaya|Kittisak|Pimchanok|Thanawat|Siriporn",
        "Srisuk|Wongsakul|Chaiyaporn|Rattanakorn|Boonmee|Suwannarat",
        "",
    ),
    "filipino": (
        "Maricel|Jericho|Rhea|Marvin|Lorna|Arnel",
        "dela Cruz|Macaraeg|Villanueva|Bautista|Pangilinan|Mercado",
        "",
    ),
    "indonesian": (
        "Budi|Siti Rahayu|Agus|Dewi|Wahyu|Rina",
        "Santoso|Wibowo|Hartono|Kusuma|Sutrisno|Wijaya",
        "",
    ),
    "malay": (
        "Ahmad Faizal|Nurul Aina*|Mohd Hafiz|Siti Aisyah*|Amirul|Farah Nadia*",
        "Ismail|Kamarudin|Abdullah|Yusof|Hamzah|Rahman",
        "pat",
    ),
    "yoruba": (
        "Adebayo|Folake|Oluwaseun|Yetunde|Babatunde|Funmilayo",
        "Adeyemi|Ogunleye|Olawale|Adebisi|Akinola|Oyelaran",
        "",
    ),
    "igbo": (
        "Chinedu|Ngozi|Emeka|Chiamaka|Obinna|Adaeze",
        "Okafor|Nwosu|Eze|Okonkwo|Nwachukwu|Obi",
        "",
    ),
    "hausa": (
        "Aminu|Hauwa|Sani|Zainab|Abubakar|Fatima",
        "Bello|Danjuma|Garba|Yakubu|Lawal|Sule",
        "",
    ),
    "kenyan": (
        "Wanjiru|Otieno|Akinyi|Kamau|Njeri|Baraka",
        "Mwangi|Ochieng|Kiprono|Wambui|Odhiambo|Mutua",
        "",
    ),
    "ethiopian": (
        "Abebe|Tigist|Dawit|Meron|Yonas|Selam",
        "Tesfaye|Haile|Bekele|Gebremedhin|Alemu|Wolde",
        "",
    ),
    "zulu": (
        "Sipho|Nomvula|Thabo|Zanele|Themba|Lindiwe",
        "Dlamini|Nkosi|Mthembu|Ngcobo|Khumalo|Mkhize",
        "",
    ),
    "akan": (
        "Kwame|Akosua|Kofi|Ama|Yaw|Abena",
        "Mensah|Owusu|Asante|Boateng|Appiah|Ofori",
        "",
    ),
    "somali": (
        "Abdirahman|Hodan|Mohamed|Sahra|Abdikarim|Ifrah",
        "Warsame|Jama|Hirsi|Egal|Dualeh|Abdi",
        "",
    ),
    "maori": (
        "Aroha|Tane|Mereana|Wiremu|Ngaire|Rawiri",
        "Ngata|Parata|Te Rangi|Tipene|Horomona|Tamihana",
        "",
    ),
    "samoan": (
        "Sione|Losa|Tavita|Malia|Ioane|Fetu",
        "Tuilagi|Fa'amausili|Leota|Sapolu|Tupou|Faleolo",
        "",
    ),
    "haitian": (
        "Jean-Robert|Mirlande|Frantz|Nadège|Wilner|Rose-Marie",
        "Pierre-Louis|Désir|Célestin|Dorvilus|Toussaint|Jean-Baptiste",
        "",
    ),
}

# Given names that are also everyday English words: only the context says they are people.
WORD_NAMES = "Hope|Will|Grace|Bill|Rose|Faith|Dawn|Sunny|Hunter|Pearl|Frank|Summer|Joy".split("|")
WORD_FAMILIES = "Whitlock|Garside|Penhaligon|Okonjo|Brannigan|Castellano|Lindqvist|Osei".split("|")

# Nicknames, written in quotes or alone in chit-chat.
NICKNAMES = "Kiki|Jojo|Mimi|Tito|Nacho|Pepe|Bea|Lulu|Bubba|Gigi|Dodo|Pipo".split("|")

_NO_DECOMPOSE = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
        "æ": "ae",
        "Æ": "Ae",
        "ß": "ss",
        "ı": "i",
    }
)


def plain(text: str) -> str:
    """The text without its diacritics, as people type on an English keyboard."""
    text = text.translate(_NO_DECOMPOSE)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Person:
    culture: str
    given: str
    family: str
    female: bool
    flags: str

    @property
    def full(self) -> str:
        if "pat" in self.flags:
            return f"{self.given} {'binti' if self.female else 'bin'} {self.family}"
        if "ff" in self.flags:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def last(self) -> str:
        return self.given if "pat" in self.flags else self.family

    def render(self, form: str) -> str:
        """The name in one of the forms people write it."""
        g, f = self.given, self.family
        if form == "full":
            return self.full
        if form == "first":
            return g
        if form == "last":
            return self.last
        if form == "gf":  # given first, whatever the culture's order
            return self.full if "pat" in self.flags else f"{g} {f}"
        if form == "sf":  # surname first, no comma
            return self.full if "pat" in self.flags else f"{f} {g}"
        if form == "lf":
            return f"{self.last}, {g}" if "pat" not in self.flags else self.full
        if form == "LF":
            return f"{self.last.upper()}, {g}" if "pat" not in self.flags else self.full.upper()
        if form == "init":  # "L. Fernández Ortega"
            return self.full if "pat" in self.flags else f"{g[0]}. {f}"
        if form == "fi":  # "Lucía F."
            return f"{g} {f.replace(chr(39), ' ').split()[-1][0]}."
        if form == "lower":
            return plain(self.full).lower()
        if form == "lfirst":
            return plain(g).lower()
        if form == "upper":
            return self.full.upper()
        if form == "ulast":
            return self.last.upper()
        if form == "ascii":
            return plain(self.full)
        if form == "afirst":
            return plain(g)
        raise ValueError(f"unknown name form {form!r}")

    def email_local(self, rng: random.Random) -> str:
        g = plain(self.given).lower().replace(" ", "").replace("-", "")
        f = plain(self.family).lower().replace(" ", "").replace("-", "").replace("'", "")
        return rng.choice(
            [f"{g}.{f}", f"{g}{f[:1]}", f"{g[:1]}{f}", f"{g}_{f}{rng.randint(1, 99)}", f"{f}.{g}"]
        )


def person(rng: random.Random, culture: str | None = None, word_name: bool = False) -> Person:
    """A person of a culture (drawn if not given); word_name: a given name that is a word."""
    if word_name:
        family = rng.choice(WORD_FAMILIES)
        return Person("english_wordname", rng.choice(WORD_NAMES), family, False, "")
    culture = culture or rng.choice(sorted(CULTURES))
    given_s, family_s, flags = CULTURES[culture]
    given = rng.choice(given_s.split("|"))
    female = given.endswith("*")
    return Person(culture, given.rstrip("*"), rng.choice(family_s.split("|")), female, flags)
