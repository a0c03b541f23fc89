"""Ordinary names of `train_s`: given and family names of many cultures (Latin script mostly,
a few in their own scripts), for the people who are not named with an ambiguous word.

One culture a line (a line that starts with white space continues the one above it):
`key | language | order | men | women | family names`, where the language says which prompts
the culture suits best, the order is `gf` (given first, with a space) or `fg` (family first,
no space: Chinese, Japanese and Korean in their scripts), and a family name written
`masc/fem` takes its form from the person's gender.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

_CULTURES = """
english | en | gf
    | Oliver, Thomas, Harry, Jacob, Samuel, Daniel, Edward, Joseph, Matthew, Luke
    | Emily, Olivia, Sophie, Jessica, Hannah, Lucy, Eleanor, Megan, Amelia, Rebecca
    | Harris, Clarke, Lewis, Robinson, Thompson, Wilson, Edwards, Hughes, Roberts, Evans
american | en | gf
    | Ethan, Logan, Brandon, Justin, Kevin, Ryan, Jason, Kyle, Cody
    | Ashley, Brittany, Kayla, Jennifer, Amanda, Stephanie, Courtney, Kaitlyn
    | Johnson, Davis, Anderson, Jackson, Mitchell, Campbell, Peterson, Sullivan, Ramsey
irish | en | gf
    | Seán, Cian, Oisín, Darragh, Pádraig, Conor, Eoin, Ciarán
    | Aoife, Niamh, Siobhán, Róisín, Saoirse, Caoimhe, Orla, Clodagh
    | O'Brien, O'Sullivan, Byrne, Kelly, Walsh, Doyle, McCarthy, Gallagher, Nolan
scottish | en | gf
    | Callum, Hamish, Euan, Fraser, Angus, Ruaridh, Alasdair
    | Eilidh, Isla, Morag, Kirsty, Catriona, Mhairi, Ailsa
    | MacDonald, Campbell, Stewart, Robertson, MacLeod, Sinclair, Paterson, Henderson
welsh | en | gf
    | Rhys, Dafydd, Gareth, Owain, Iwan, Emyr, Huw
    | Cerys, Ffion, Sioned, Nia, Angharad, Bethan, Eleri
    | Jones, Davies, Williams, Griffiths, Pritchard, Powell, Llewellyn, Morgan
spanish | es | gf
    | Javier, Alejandro, Sergio, Pablo, Álvaro, Diego, Jorge, Raúl
    | Lucía, Carmen, Elena, Marta, Nuria, Irene, Laura, Cristina
    | García, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Jiménez, Ruiz, Hernández
mexican | es | gf
    | José Luis, Juan Carlos, Emiliano, Rodrigo, Arturo, Eduardo, Héctor
    | Guadalupe, Ximena, Fernanda, Valeria, Mariana, Itzel, Alejandra
    | Ramírez, González, Mendoza, Vázquez, Morales, Ortiz, Aguilar, Guzmán
colombian | es | gf
    | Andrés, Camilo, Sebastián, Felipe, Mauricio, Julián
    | Paola, Juliana, Catalina, Manuela, Daniela, Valentina
    | Restrepo, Ospina, Cárdenas, Rendón, Zapata, Londoño, Quintero
argentine | es | gf
    | Facundo, Matías, Agustín, Gonzalo, Nicolás, Tomás
    | Florencia, Agustina, Micaela, Julieta, Camila
    | Romero, Sosa, Acosta, Benítez, Medina, Herrera, Giménez
catalan | es | gf
    | Jordi, Marc, Oriol, Arnau, Xavier
    | Montserrat, Núria, Laia, Mireia, Berta
    | Puig, Vila, Soler, Ferrer, Pujol, Casals
basque | es | gf
    | Iker, Unai, Aitor, Ander, Gorka
    | Ainhoa, Itziar, Maite, Nerea, Leire, Amaia
    | Etxeberria, Agirre, Goikoetxea, Zubizarreta, Arrieta, Urrutia
portuguese | pt | gf
    | João, Tiago, Rui, Nuno, Duarte, Gonçalo, Afonso
    | Inês, Beatriz, Joana, Rita, Leonor, Catarina
    | Rodrigues, Martins, Sousa, Fernandes, Gonçalves, Almeida, Lopes, Marques
brazilian | pt | gf
    | Gabriel, Lucas, Matheus, Rafael, Thiago, Gustavo, Vinícius
    | Larissa, Juliana, Letícia, Bruna, Aline, Tatiane
    | Souza, Alves, Ribeiro, Gomes, Barbosa, Araújo, Nascimento, Cardoso
french | fr | gf
    | Julien, Mathieu, Nicolas, Sébastien, Antoine, Guillaume, Thibault, Rémi
    | Camille, Élodie, Aurélie, Manon, Léa, Mathilde, Sandrine
    | Bernard, Dubois, Durand, Moreau, Laurent, Girard, Bonnet, Lambert, Rousseau, Garnier
flemish | nl | gf
    | Wouter, Jens, Pieter, Bram, Stijn, Koen
    | Lien, Sofie, Eline, Griet, Lotte, Annelies
    | Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens
dutch | nl | gf
    | Sander, Joost, Daan, Ruben, Thijs, Bas, Maarten, Jeroen
    | Sanne, Anouk, Lieke, Femke, Marloes, Ilse, Marieke
    | Jansen, Hendriks, Dijkstra, Meijer, Hoekstra, Postma, Verhoeven, Schouten
german | de | gf
    | Lukas, Jonas, Tobias, Florian, Maximilian, Sebastian, Matthias, Stefan
    | Lena, Katharina, Johanna, Miriam, Franziska, Sabine, Ulrike
    | Schulz, Hoffmann, Neumann, Schröder, Hartmann, Krause, Lehmann, Köhler, Meyer
austrian | de | gf
    | Johann, Leopold, Ferdinand, Georg, Raphael
    | Theresa, Magdalena, Veronika, Elisabeth
    | Gruber, Huber, Pichler, Steiner, Moser, Mayr, Hofer, Leitner
swiss | de | gf
    | Urs, Beat, Reto, Andri, Mattia
    | Regula, Corinne, Nadja, Seraina
    | Meier, Gerber, Baumann, Zürcher, Widmer, Bühler
italian | it | gf
    | Giuseppe, Francesco, Alessandro, Lorenzo, Matteo, Davide, Riccardo
    | Chiara, Giulia, Francesca, Martina, Elisa, Federica, Silvia
    | Esposito, Conti, Galli, Mariani, Rinaldi, Caruso, Ferraro, Barbieri, Lombardi, Moretti
greek | en | gf
    | Giorgos, Dimitris, Nikos, Kostas, Yannis, Panagiotis
    | Eleni, Katerina, Dimitra, Angeliki, Despina
    | Papadopoulos, Papadakis, Georgiou, Nikolaidis, Karagiannis, Antoniou
greek_script | en | gf
    | Γιώργος, Νίκος, Κώστας
    | Ελένη, Κατερίνα, Δήμητρα
    | Παπαδόπουλος/Παπαδοπούλου, Γεωργίου, Νικολαΐδης/Νικολαΐδου
swedish | en | gf
    | Erik, Lars, Anders, Johan, Mikael, Nils
    | Karin, Ingrid, Elin, Maja, Linnea, Astrid
    | Andersson, Johansson, Karlsson, Nilsson, Eriksson, Lindqvist, Bergström
norwegian | en | gf
    | Håkon, Sindre, Eirik, Magnus, Torbjørn
    | Ingvild, Silje, Kari, Ragnhild, Sigrid, Tuva
    | Hansen, Johansen, Olsen, Haugen, Bakken, Solberg
danish | en | gf
    | Mads, Rasmus, Søren, Jesper, Kasper, Frederik
    | Mette, Sofie, Signe, Freja, Camilla
    | Jensen, Nielsen, Pedersen, Christensen, Rasmussen, Sørensen
finnish | en | gf
    | Mikko, Juha, Jukka, Antti, Ville, Tuomas
    | Aino, Liisa, Satu, Minna, Sanna, Riikka
    | Korhonen, Virtanen, Mäkinen, Nieminen, Hämäläinen, Heikkinen
icelandic | en | gf
    | Gunnar, Sigurður, Ólafur, Einar
    | Guðrún, Sigríður, Helga, Katrín
    | Einarsson/Einarsdóttir, Magnússon/Magnúsdóttir, Gunnarsson/Gunnarsdóttir
polish | en | gf
    | Piotr, Krzysztof, Tomasz, Paweł, Michał, Łukasz, Marcin
    | Agnieszka, Katarzyna, Małgorzata, Joanna, Aleksandra, Dorota
    | Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kamiński/Kamińska, Lewandowski/Lewandowska,
      Woźniak, Dąbrowski/Dąbrowska
czech | en | gf
    | Jiří, Petr, Tomáš, Ondřej, Jakub, Vojtěch
    | Lucie, Tereza, Kateřina, Petra, Markéta
    | Novák/Nováková, Svoboda/Svobodová, Dvořák/Dvořáková, Černý/Černá, Procházka/Procházková
slovak | en | gf
    | Marek, Juraj, Matej, Miroslav
    | Zuzana, Jana, Lenka, Monika
    | Horváth/Horváthová, Kováč/Kováčová, Tóth/Tóthová, Baláž/Balážová
hungarian | en | gf
    | Bence, Levente, Gergely, Zoltán, Balázs, Ádám
    | Réka, Eszter, Zsófia, Krisztina, Anikó, Noémi
    | Nagy, Horváth, Szabó, Kiss, Varga, Molnár, Farkas, Balogh
romanian | en | gf
    | Andrei, Mihai, Bogdan, Radu, Cristian, Ionuț, Vlad
    | Ioana, Andreea, Mihaela, Raluca, Alexandra
    | Popescu, Ionescu, Popa, Dumitrescu, Stoica, Gheorghe, Constantinescu
croatian | en | gf
    | Ivan, Luka, Marko, Ante, Josip, Tomislav
    | Ivana, Marija, Lucija, Mateja
    | Horvat, Kovačević, Babić, Marić, Jurić, Knežević, Vuković
serbian | en | gf
    | Nikola, Miloš, Dušan, Aleksandar, Nemanja
    | Milica, Jelena, Jovana, Dragana, Snežana
    | Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Pavlović
russian | en | gf
    | Dmitri, Alexei, Sergei, Nikolai, Mikhail, Pavel
    | Olga, Tatiana, Natalia, Yekaterina, Svetlana, Irina
    | Ivanov/Ivanova, Smirnov/Smirnova, Kuznetsov/Kuznetsova, Popov/Popova, Morozov/Morozova
russian_script | en | gf
    | Дмитрий, Алексей, Сергей, Михаил
    | Ольга, Татьяна, Наталья, Екатерина
    | Иванов/Иванова, Смирнов/Смирнова, Кузнецов/Кузнецова, Попов/Попова
ukrainian | en | gf
    | Oleksandr, Taras, Bohdan, Mykola, Andriy, Yurii
    | Oksana, Olena, Iryna, Kateryna, Halyna, Yulia
    | Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boyko
lithuanian | en | gf
    | Jonas, Tomas, Mantas, Darius, Vytautas
    | Rūta, Aistė, Eglė, Ieva, Gintarė
    | Kazlauskas/Kazlauskienė, Petrauskas/Petrauskienė, Jankauskas/Jankauskienė,
      Stankevičius/Stankevičienė
latvian | en | gf
    | Jānis, Andris, Mārtiņš, Kārlis
    | Līga, Ilze, Inese, Kristīne
    | Bērziņš/Bērziņa, Kalniņš/Kalniņa, Ozoliņš/Ozoliņa, Jansons/Jansone
estonian | en | gf
    | Tõnu, Rein, Indrek, Priit
    | Kadri, Triin, Liis, Kertu, Piret
    | Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane
albanian | en | gf
    | Arben, Besnik, Ilir, Dritan, Gëzim, Fatos
    | Arta, Blerta, Drita, Elira, Mimoza, Teuta
    | Hoxha, Shehu, Krasniqi, Gashi, Berisha, Dervishi
turkish | tr | gf
    | Mehmet, Mustafa, Emre, Burak, Murat, Serkan, Oğuz, Cem
    | Ayşe, Elif, Zeynep, Fatma, Esra, Merve, Selin, Ebru
    | Yılmaz, Öztürk, Arslan, Koç, Kılıç, Aydemir, Erdem, Polat, Özdemir
levantine | en | gf
    | Omar, Khaled, Tariq, Yusuf, Hassan, Bilal, Ziad, Rami
    | Rania, Lina, Dina, Mariam, Reem, Huda, Salma, Nadia
    | Haddad, Khoury, Nasser, Saleh, Mansour, Aziz, Hamdan, Darwish
arabic_script | en | gf
    | محمد, عمر, خالد
    | فاطمة, مريم, ليلى
    | حداد, منصور, ناصر
egyptian | en | gf
    | Ahmed, Mahmoud, Mostafa, Amr, Sherif, Tamer
    | Mona, Yasmine, Nourhan, Aya, Heba, Shaimaa
    | Fathy, Soliman, Ibrahim, Farouk, Ezzat, Shawky
moroccan | fr | gf
    | Youssef, Anas, Hamza, Mehdi, Ayoub
    | Khadija, Salma, Imane, Hajar, Meryem
    | Alaoui, Bennani, Tazi, Berrada, Idrissi, Chraibi
persian | en | gf
    | Reza, Amir, Arash, Dariush, Kian, Babak
    | Shirin, Parisa, Maryam, Leila, Nasrin, Golnaz, Roya
    | Hosseini, Mohammadi, Rezaei, Karimi, Ahmadi, Tehrani, Jafari, Moradi
israeli | en | gf
    | Yosef, Itai, Noam, Yonatan, Eitan, Uri, Amit
    | Noa, Michal, Yael, Hila, Maya, Rotem
    | Cohen, Mizrahi, Peretz, Biton, Friedman, Avraham, Azoulay
hebrew_script | en | gf
    | יוסף, נועם, איתן
    | נועה, מיכל, יעל
    | כהן, מזרחי, פרץ
hindi | en | gf
    | Rahul, Amit, Rohit, Vikram, Arjun, Sanjay, Rajesh, Nikhil
    | Priya, Neha, Anjali, Sneha, Kavita, Sunita, Ritu, Shreya
    | Sharma, Verma, Gupta, Singh, Kumar, Agarwal, Mehta, Joshi, Yadav
devanagari | en | gf
    | राहुल, अमित, विक्रम
    | प्रिया, नेहा, कविता
    | शर्मा, गुप्ता, वर्मा
tamil | en | gf
    | Karthik, Senthil, Arun, Prakash, Murugan, Venkatesh
    | Divya, Meena, Revathi, Kavya, Priyanka, Anitha
    | Subramanian, Krishnan, Rajendran, Natarajan, Pillai, Iyer, Sundaram
bengali | en | gf
    | Arindam, Sourav, Debashis, Abhijit, Tanmoy
    | Moumita, Sharmila, Ananya, Rituparna, Tahmina
    | Chatterjee, Banerjee, Mukherjee, Das, Bose, Ghosh, Hossain
pakistani | en | gf
    | Imran, Usman, Faisal, Kamran, Hamza
    | Ayesha, Sana, Hira, Mahnoor, Zainab, Amna
    | Khan, Qureshi, Chaudhry, Siddiqui, Raza, Sheikh
chinese | en | gf
    | Wei, Jun, Hao, Lei, Tao, Jian, Qiang
    | Mei, Jing, Xiaoling, Yan, Ying, Lihua, Xue
    | Wang, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou
chinese_script | en | fg
    | 伟, 磊, 涛, 强
    | 静, 丽, 敏, 燕
    | 王, 李, 张, 刘, 陈
japanese | en | gf
    | Haruto, Takumi, Kenji, Daisuke, Hiroshi, Shota, Ryo
    | Yui, Aoi, Misaki, Ayaka, Keiko, Naomi, Emi
    | Tanaka, Watanabe, Yamamoto, Nakamura, Kobayashi, Ito, Kato, Yoshida, Sasaki, Yamada
japanese_script | en | fg
    | 翔太, 健二, 大輔
    | 美咲, 彩花, 恵子
    | 田中, 渡辺, 山本, 中村
korean | en | gf
    | Min-jun, Ji-hoon, Seo-jun, Dong-hyun, Sung-min, Jae-won
    | Ji-yeon, Seo-yeon, Min-ji, Hye-jin, Eun-ji, Soo-ah
    | Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang
korean_script | en | fg
    | 민준, 지훈, 서준
    | 지연, 서연, 민지
    | 김, 이, 박, 최
vietnamese | en | gf
    | Minh, Tuấn, Hùng, Dũng, Quang, Phúc
    | Linh, Trang, Hương, Thảo, Ngọc
    | Nguyễn, Trần, Phạm, Hoàng, Võ, Đặng, Bùi
thai | en | gf
    | Somchai, Anan, Kittisak, Nattapong, Wichai
    | Siriporn, Malee, Pimchanok, Kanya, Suda
    | Saetang, Srisuk, Chaiyaporn, Wongsawat, Rattanakorn, Boonmee
thai_script | en | gf
    | สมชาย, อนันต์
    | ศิริพร, มาลี
    | แสงทอง, ศรีสุข
filipino | en | gf
    | Paolo, Rodel, Jomar, Carlo, Rommel
    | Maricel, Jocelyn, Rowena, Kristine, Analyn
    | Bautista, Villanueva, Mendoza, Ramos, Aquino, Manalo, Dizon, Tolentino
indonesian | en | gf
    | Budi, Agus, Andi, Eko, Hendra, Rizky, Dimas
    | Siti, Dewi, Ayu, Putri, Rina, Wulan, Fitri
    | Santoso, Wijaya, Hidayat, Saputra, Kusuma, Pratama, Nugroho, Setiawan
malay | en | gf
    | Ahmad, Hafiz, Faizal, Azlan, Syafiq
    | Nurul, Aisyah, Zulaikha
    | Abdullah, Ismail, Rahman, Osman, Hamid, Yusof
kenyan | sw | gf
    | Kamau, Otieno, Kiprop, Mutua, Omondi, Juma
    | Wanjiru, Akinyi, Achieng, Nyambura, Wambui, Chebet
    | Mwangi, Odhiambo, Kariuki, Njoroge, Ochieng, Kiptoo, Mutiso, Wekesa
tanzanian | sw | gf
    | Hamisi, Rashidi, Bakari, Salim, Athumani
    | Mwanaisha, Zuhura, Mwajuma, Halima
    | Mushi, Massawe, Kimaro, Lyimo, Mollel, Swai
yoruba | en | gf
    | Adebayo, Oluwaseun, Tunde, Femi, Kunle, Babatunde
    | Folake, Yetunde, Funmilayo, Bisola, Temitope
    | Adeyemi, Ogunleye, Adewale, Oladipo, Afolabi, Balogun, Bankole
igbo | en | gf
    | Chinedu, Emeka, Obinna, Ikenna, Chukwudi
    | Ngozi, Chiamaka, Adaeze, Nneka, Chioma
    | Okafor, Okonkwo, Eze, Nwosu, Onyeka, Nwachukwu
akan | en | gf
    | Kwame, Kofi, Kwabena, Yaw, Kwasi, Kojo
    | Ama, Akosua, Adwoa, Abena, Efua, Esi
    | Mensah, Owusu, Boateng, Asante, Osei, Appiah, Darko, Agyeman
ethiopian | en | gf
    | Abebe, Dawit, Yonas, Tesfaye, Bereket
    | Hiwot, Tigist, Meron, Mekdes, Saba
    | Bekele, Tadesse, Haile, Girma, Alemu, Kebede, Wolde
zulu | en | gf
    | Sipho, Thabo, Mandla, Bongani, Themba, Sibusiso
    | Nomvula, Thandiwe, Zanele, Lindiwe, Ntombi, Nokuthula
    | Dlamini, Nkosi, Ndlovu, Khumalo, Mthembu, Mkhize, Ngcobo
somali | en | gf
    | Abdi, Abdirahman, Liban, Guled, Mahad
    | Hodan, Ifrah, Sagal, Ubah, Nimco, Hamdi
    | Warsame, Jama, Dualeh, Abdulle, Hersi, Egal
maori | en | gf
    | Tane, Wiremu, Rawiri, Hemi, Manaia, Nikau
    | Aroha, Anahera, Kiri, Mere, Hinemoa
    | Ngata, Parata, Tipene, Tamihana, Hohaia, Paewai, Wihongi
samoan | en | gf
    | Tavita, Sione, Iosefa, Malaki, Fetu
    | Losa, Mele, Sina, Malia
    | Tuilagi, Faleolo, Leota, Aumua, Sapolu
armenian | en | gf
    | Aram, Tigran, Armen, Gevorg, Narek
    | Anahit, Lusine, Nare, Gayane
    | Petrosyan, Sargsyan, Hovhannisyan, Grigoryan, Harutyunyan, Karapetyan
georgian | en | gf
    | Giorgi, Levan, Irakli, Nika, Zurab
    | Nino, Ketevan, Salome, Eka
    | Beridze, Kapanadze, Gelashvili, Maisuradze, Tsiklauri, Lomidze
kazakh | en | gf
    | Arman, Daniyar, Yerlan, Aidos, Bauyrzhan
    | Aigerim, Aliya, Zhanar, Madina, Gulnara
    | Akhmetov/Akhmetova, Nurlanov/Nurlanova, Zhakupov/Zhakupova, Omarov/Omarova,
      Suleimenov/Suleimenova
"""

#: the cultures of the word lists' languages, for people whose other name is an ambiguous word
CULTURES_OF = {
    "en": ("english", "american", "irish", "scottish", "welsh"),
    "es": ("spanish", "mexican", "colombian", "argentine", "catalan"),
    "pt": ("portuguese", "brazilian"),
    "it": ("italian",),
    "fr": ("french", "moroccan"),
    "de": ("german", "austrian", "swiss"),
    "nl": ("dutch", "flemish"),
    "tr": ("turkish",),
    "sw": ("kenyan", "tanzanian"),
    "ar": ("levantine", "egyptian", "moroccan"),
    "hi": ("hindi", "tamil", "bengali"),
    "ja": ("japanese",),
}

#: combinations of the lists that name a famous person or character: never planted
FAMOUS = frozenset(
    (
        "Will Smith",
        "Bill Gates",
        "Paris Hilton",
        "Jack Black",
        "Jack White",
        "Grace Kelly",
        "Harry Potter",
        "Grace Jones",
        "Rose Byrne",
        "Jack Frost",
        "Holly Hunter",
        "Ruby Rose",
        "Jordan Peterson",
        "Angus Young",
        "Taylor Swift",
        "Tom Ford",
        "Bill Murray",
        "Amber Heard",
        "Grace Hopper",
        "Harry Stone",
        "Daisy Duck",
        "Heather Mills",
        "Ray Charles",
        "Kim Park",
        "Olive Oyl",
        "Penny Lane",
        "Robin Hood",
        "Jack Sparrow",
        "Mark Wood",
        "Will Young",
        "Sandy Lyle",
        "Bob Marley",
        "Jack Reacher",
        "Mercedes Benz",
        "Dale Winton",
        "Drew Brees",
        "Chase Elliott",
        "Hunter Biden",
        "Pearl Jam",
        "Iris Murdoch",
        "Peggy Lee",
        "Grant Shapps",
    )
)


@dataclass(frozen=True)
class Culture:
    key: str
    lang: str
    order: str  # "gf" or "fg"
    men: tuple[str, ...]
    women: tuple[str, ...]
    family: tuple[str, ...]  # "masc/fem" where the form depends on gender

    @property
    def latin(self) -> bool:
        return all(ord(ch) < 0x250 for ch in self.men[0] + self.family[0])

    def family_for(self, name: str, gender: str) -> str:
        if "/" not in name:
            return name
        masc, fem = name.split("/")
        return fem if gender == "w" else masc


def _split(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split(",") if part.strip())


@functools.cache
def cultures() -> dict[str, Culture]:
    table: dict[str, Culture] = {}
    lines: list[str] = []
    for line in _CULTURES.strip().splitlines():
        if line[:1].isspace() and lines:
            lines[-1] += " " + line.strip()
        else:
            lines.append(line.strip())
    for line in lines:
        key, lang, order, men, women, family = (p.strip() for p in line.split("|"))
        table[key] = Culture(key, lang, order, _split(men), _split(women), _split(family))
    return table


def culture_names() -> set[str]:
    """The cultures, a script variant counted with its culture."""
    return {key.removesuffix("_script") for key in cultures()}
