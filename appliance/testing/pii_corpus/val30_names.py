"""val30's people: given and family names of many cultures, written from the author's head.

Each culture is `(order, male given names, female given names, family names)`:

* order "gf": given name first; "fg": family name first (Chinese, Hungarian, Korean ...);
  "fgv": family first and the person is called by the last word of the given names
  (Vietnamese); "mono": no family name, each given entry is the whole name (Burmese);
  "bin": a patronymic ("bin Ismail") follows, the person is called by the given name.
* a given name may carry a nickname after "~" ("Aleksandr~Sasha").
* a family name may have a male and a female form, "Smirnov/Smirnova".
"""

from __future__ import annotations

CULTURES: dict[str, tuple[str, str, str, str]] = {
    # West Africa
    "yoruba": (
        "gf",
        "Adebayo, Oluwaseun~Seun, Babajide, Olumide~Olu, Kehinde, Ayodele",
        "Folasade~Sade, Temitope~Tope, Funmilayo~Funmi, Yetunde, Morenike, Abimbola",
        "Adeyemi, Ogunleye, Olatunji, Bakare, Adewale, Oyelaran, Akinola, Fashola",
    ),
    "igbo": (
        "gf",
        "Chinonso, Obinna, Ikenna, Chukwuemeka~Emeka, Uchenna, Somtochukwu",
        "Ngozi, Chiamaka, Adaeze, Nneka, Ifeoma, Chidinma",
        "Okafor, Nwosu, Okonkwo, Chukwu, Anyanwu, Nwachukwu, Okeke, Ezeani",
    ),
    "hausa": (
        "gf",
        "Abubakar, Sani, Yakubu, Musa, Nasiru, Aminu",
        "Hadiza, Zainab, Hauwa, Binta, Rakiya, Maryam",
        "Danjuma, Garba, Lawal, Usman, Abdullahi, Sule, Bello, Tanko",
    ),
    "akan": (
        "gf",
        "Kwame, Kofi, Yaw, Kwabena, Kwesi, Kojo",
        "Ama, Akosua, Abena, Efua, Adjoa, Akua",
        "Mensah, Asante, Owusu, Boateng, Agyeman, Appiah, Antwi, Darko",
    ),
    "wolof": (
        "gf",
        "Mamadou, Cheikh, Ousmane, Ibrahima, Babacar, Modou",
        "Fatou, Awa, Aminata, Ndeye, Khady, Coumba",
        "Diop, Ndiaye, Gueye, Mbaye, Seck, Diagne, Thiam, Niang",
    ),
    "mande": (
        "gf",
        "Seydou, Bakary, Souleymane, Modibo, Lassana, Drissa",
        "Mariam, Kadiatou, Oumou, Assitan, Fanta, Djeneba",
        "Traoré, Keïta, Coulibaly, Diarra, Konaté, Camara, Sissoko, Doumbia",
    ),
    # East Africa
    "kikuyu": (
        "gf",
        "Kimani, Njuguna, Ngugi, Kariuki, Gitonga, Muriithi",
        "Wanjiru, Njeri, Wambui, Wairimu, Nyambura, Muthoni",
        "Kamau, Mwangi, Njoroge, Gitau, Wainaina, Macharia, Maina, Ndungu",
    ),
    "luo": (
        "gf",
        "Otieno, Odhiambo, Omondi, Ochieng, Onyango, Okoth",
        "Achieng, Akinyi, Adhiambo, Awino, Atieno, Anyango",
        "Ouma, Owino, Oduor, Odera, Opiyo, Obiero, Okello, Ogola",
    ),
    "kalenjin": (
        "gf",
        "Kiprono, Kibet, Kiplagat, Kipkemboi, Cheruiyot, Kiptoo",
        "Chebet, Jepkosgei, Cherono, Jeptoo, Chepngetich, Jerotich",
        "Rotich, Kosgei, Koech, Langat, Kirui, Tanui, Keter, Biwott",
    ),
    "swahili": (
        "gf",
        "Juma, Baraka, Hamisi, Salim, Athumani, Rajabu",
        "Rehema, Mwanaisha, Zawadi, Neema, Tumaini, Mwajuma",
        "Mfinanga, Mwakyusa, Kombo, Mbwana, Shaban, Mrisho, Mushi, Mwasonga",
    ),
    "amhara": (
        "gf",
        "Abebe, Dawit, Tesfaye, Yonas, Getachew, Solomon",
        "Tigist, Meseret, Selamawit, Hiwot, Mekdes, Tsion",
        "Bekele, Tadesse, Girma, Alemu, Wolde, Kebede, Assefa, Desta",
    ),
    "oromo": (
        "gf",
        "Gemechu, Tolosa, Obsa, Boru, Lelisa, Chala",
        "Chaltu, Lensa, Hawi, Ebise, Bontu, Obse",
        "Gudina, Feyisa, Dinsa, Tolera, Beyene, Merga, Regassa, Jaleta",
    ),
    "somali": (
        "gf",
        "Abdirahman, Mahad, Guled, Abdiweli, Liban, Bashir",
        "Hodan, Faadumo, Ayaan, Ifrah, Hibaaq, Sagal",
        "Warsame, Farah, Jama, Hersi, Egal, Dualeh, Samatar, Nuur",
    ),
    "ganda": (
        "gf",
        "Mukasa, Ssemakula, Ssekandi, Kizito, Mugerwa, Lubega",
        "Nakato, Nansubuga, Namutebi, Babirye, Nalwoga, Nabukenya",
        "Ssempala, Kiggundu, Nsubuga, Kasule, Ssewankambo, Mutebi, Sserunjogi, Kawooya",
    ),
    "rwanda": (
        "gf",
        "Mugisha, Habimana, Niyonzima, Ishimwe, Manzi, Gatera",
        "Uwase, Umutoni, Iradukunda, Ingabire, Keza, Mutesi",
        "Uwimana, Nshimiyimana, Mukamana, Munyaneza, Kayitesi, Bizimana, Ndayisaba, Rwigema",
    ),
    # Southern Africa
    "zulu": (
        "gf",
        "Sibusiso, Bongani~Bongi, Sipho, Mandla, Themba, Sifiso",
        "Thandiwe~Thandi, Nomvula, Zanele, Lindiwe, Nokuthula, Ntombi",
        "Dlamini, Ndlovu, Mkhize, Ngcobo, Khumalo, Shabalala, Cele, Mthembu",
    ),
    "xhosa": (
        "gf",
        "Lwazi, Siyabonga, Luthando, Athenkosi, Lonwabo, Mzwandile",
        "Nosipho, Ayanda, Nomsa, Unathi, Zintle, Asanda",
        "Ngcukana, Mbatha, Mxenge, Gqirana, Makhaya, Ntshona, Qamata, Bokwe",
    ),
    "sotho": (
        "gf",
        "Thabo, Tumelo, Kagiso, Tshepo, Teboho, Katlego",
        "Palesa, Lerato, Dineo, Refilwe, Mpho, Nthabiseng",
        "Mokoena, Molefe, Mofokeng, Letsie, Motaung, Radebe, Masilo, Moloi",
    ),
    "afrikaans": (
        "gf",
        "Pieter, Hendrik, Francois, Jaco, Wikus, Gerhard",
        "Annelie, Marietjie, Elsabe, Riana, Lizelle, Anchen",
        "van der Merwe, Botha, Pretorius, du Plessis, Venter, Coetzee, Steyn, Joubert",
    ),
    "shona": (
        "gf",
        "Tendai, Tatenda, Farai, Kudzai, Tinashe, Tafadzwa",
        "Rudo, Nyasha, Chipo, Rufaro, Vimbai, Tsitsi",
        "Moyo, Mutasa, Chiweshe, Marufu, Gumbo, Mapfumo, Chigumba, Nyathi",
    ),
    # Arab world, Iran, Turkey and neighbours
    "egyptian": (
        "gf",
        "Mostafa, Karim, Ahmed, Sherif, Hany, Tamer",
        "Yasmin, Nourhan, Dalia, Rana, Shahd, Heba",
        "Abdel-Fattah, El-Sayed, Mahmoud, Hassan, Fawzy, Shehata, Ezzat, Soliman",
    ),
    "levantine": (
        "gf",
        "Rami, Ziad, Bassel, Fadi, Tarek, Wassim",
        "Lina, Nour, Rasha, Joumana, Rima, Zeina",
        "Haddad, Khoury, Nassar, Saade, Aoun, Abi Nader, Karam, Mansour",
    ),
    "gulf": (
        "gf",
        "Abdullah, Khalid, Saeed, Rashid, Mohammed, Hamad",
        "Noura, Maitha, Hessa, Latifa, Shamma, Mariam",
        "Al Mansoori, Al Nuaimi, Al Shamsi, Al Otaibi, Al Qahtani, Al Ghamdi, Al Dosari, Al Harthy",
    ),
    "maghrebi": (
        "gf",
        "Youssef, Mehdi, Hamza, Rachid, Anas, Karim",
        "Khadija, Salma, Imane, Meriem, Fatima-Zahra, Houda",
        "Benali, El Amrani, Bennani, Ouahbi, Tazi, Alaoui, Berrada, Belkacem",
    ),
    "iraqi": (
        "gf",
        "Haider, Sajjad, Mustafa, Ammar, Hussein, Muntadhar",
        "Zahraa, Ruqaya, Duaa, Noor, Zainab, Tabarak",
        "Al-Jubouri, Al-Obaidi, Al-Saadi, Kadhim, Jassim, Al-Rubaie, Mahdi, Al-Tamimi",
    ),
    "persian": (
        "gf",
        "Arash, Dariush, Kian, Behnam, Reza, Kaveh",
        "Shirin, Niloufar, Parisa, Golnaz, Mahsa, Roya",
        "Hosseini, Rahimi, Moradi, Karimi, Ahmadi, Jafari, Sadeghi, Farahani",
    ),
    "kurdish": (
        "gf",
        "Azad, Shvan, Baran, Zana, Rebwar, Hogr",
        "Rojda, Berfin, Dilan, Hêvî, Rozhin, Shilan",
        "Zebari, Hawrami, Baban, Rekani, Doski, Mizuri, Jaff, Barwari",
    ),
    "turkish": (
        "gf",
        "Emre, Mehmet, Burak, Oğuz, Kerem, Serkan",
        "Zeynep, Elif, Ayşe, Selin, Büşra, Gökçe",
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Arslan, Kılıç",
    ),
    "hebrew": (
        "gf",
        "Itai, Yonatan, Eitan, Omer, Amit, Gilad",
        "Noa, Tamar, Shira, Michal, Liron, Yael",
        "Cohen, Mizrahi, Peretz, Biton, Friedman, Avraham, Shapiro, Ben-David",
    ),
    "armenian": (
        "gf",
        "Armen, Tigran, Vardan, Hayk, Gevorg, Aram",
        "Anahit, Lusine, Nare, Siranush, Ani, Gayane",
        "Hovhannisyan, Petrosyan, Sargsyan, Grigoryan, Khachatryan, Harutyunyan, Avetisyan, Manukyan",
    ),
    "georgian": (
        "gf",
        "Giorgi, Levan, Davit, Irakli, Zurab, Lasha",
        "Nino, Tamta, Ketevan~Keti, Natia, Salome, Mariami",
        "Beridze, Kapanadze, Gelashvili, Maisuradze, Lomidze, Tsiklauri, Jorbenadze, Chikovani",
    ),
    "pashtun": (
        "gf",
        "Farid, Habib, Wahid, Naveed, Ajmal, Zalmai",
        "Zarmina, Shabnam, Malalai, Mursal, Palwasha, Freshta",
        "Popal, Noorzai, Ahmadzai, Durrani, Wardak, Stanekzai, Nazari, Safi",
    ),
    "uzbek": (
        "gf",
        "Rustam, Sherzod, Otabek, Jasur, Bekzod, Ulugbek",
        "Dilnoza, Gulnora, Madina, Nodira, Shahlo, Zarina",
        "Karimov/Karimova, Yusupov/Yusupova, Rakhimov/Rakhimova, Tursunov/Tursunova, "
        "Abdullayev/Abdullayeva, Mirzayev/Mirzayeva",
    ),
    "kazakh": (
        "gf",
        "Nurlan, Yerlan, Daniyar, Arman, Askar, Timur",
        "Aigerim, Aizhan, Saule, Dinara, Gulnaz, Zhanar",
        "Nurpeisov/Nurpeisova, Zhumabekov/Zhumabekova, Seitkali, Bekmukhambetov/Bekmukhambetova, "
        "Omarov/Omarova, Tokayev/Tokayeva",
    ),
    # South Asia
    "hindi": (
        "gf",
        "Rohan, Aakash, Vikram, Siddharth, Arjun, Nikhil",
        "Priya, Neha, Anjali, Pooja, Kavya, Shalini",
        "Sharma, Verma, Gupta, Agarwal, Mishra, Srivastava, Tiwari, Saxena",
    ),
    "tamil": (
        "gf",
        "Karthik, Senthil, Arun, Murugan, Vignesh, Saravanan",
        "Lakshmi, Meenakshi, Divya, Kavitha, Revathi, Nandhini",
        "Subramanian, Ramasamy, Krishnan, Venkatesan, Natarajan, Palaniappan, Rajendran, Arumugam",
    ),
    "telugu": (
        "gf",
        "Srinivas, Venkat, Harsha, Ravi Teja, Mahesh, Chaitanya",
        "Lavanya, Sravani, Bhavana, Swathi, Keerthi, Sahithi",
        "Reddy, Naidu, Chowdary, Kondapalli, Yarlagadda, Gollapudi, Vemula, Pasupuleti",
    ),
    "bengali": (
        "gf",
        "Arnab, Sourav, Debashish, Anirban, Tanmoy, Subhajit",
        "Ishita, Moumita, Rituparna, Shreya, Sohini, Paromita",
        "Chatterjee, Banerjee, Mukherjee, Sengupta, Ghosh, Bhattacharya, Dutta, Chakraborty",
    ),
    "punjabi": (
        "gf",
        "Harpreet, Gurpreet, Manjit, Navdeep, Baljit, Harjot",
        "Jaspreet, Simran, Amandeep, Harleen, Kirandeep, Manpreet",
        "Sandhu, Dhillon, Sidhu, Grewal, Bains, Sekhon, Randhawa, Gill",
    ),
    "marathi": (
        "gf",
        "Sanket, Omkar, Tejas, Prathamesh, Aniket, Mandar",
        "Ashwini, Shraddha, Madhuri, Rutuja, Gauri, Sayali",
        "Deshpande, Kulkarni, Joshi, Patil, Gokhale, Jadhav, Pawar, Bhosale",
    ),
    "gujarati": (
        "gf",
        "Hardik, Jignesh, Mitesh, Parth, Chirag, Bhavesh",
        "Dhruvi, Krupa, Hetal, Nirali, Foram, Komal",
        "Patel, Shah, Desai, Mehta, Parikh, Trivedi, Bhatt, Thakkar",
    ),
    "malayali": (
        "gf",
        "Anoop, Jithin, Vishnu, Sreejith, Sreenath, Midhun",
        "Reshma, Aswathy, Neethu, Anjana, Sreelakshmi, Athira",
        "Nair, Menon, Pillai, Kurian, Varghese, Panicker, Kuruvilla, Namboothiri",
    ),
    "urdu": (
        "gf",
        "Bilal, Faisal, Zeeshan, Asad, Hamza Ali, Umair",
        "Ayesha, Hira, Mehwish, Sana, Fiza, Mahnoor",
        "Qureshi, Chaudhry, Siddiqui, Malik, Sheikh, Abbasi, Javed, Mirza",
    ),
    "sinhala": (
        "gf",
        "Chathura, Nuwan, Kasun, Tharindu, Lahiru, Dinesh",
        "Dilini, Sanduni, Ishara, Nadeesha, Hiruni, Sachini",
        "Perera, Fernando, Jayasuriya, Wickramasinghe, Bandara, Gunawardena, Dissanayake, Rathnayake",
    ),
    "nepali": (
        "gf",
        "Bikash, Prakash, Suman, Dipesh, Sujan, Roshan",
        "Sabina, Sarita, Anisha, Pramila, Srijana, Sunita",
        "Shrestha, Gurung, Thapa, Adhikari, Tamang, Magar, Karki, Bhattarai",
    ),
    # East Asia
    "mandarin": (
        "fg",
        "Haoran, Wei, Mingyu, Jiahao, Zhiqiang, Yuxuan",
        "Xiuying, Jing, Zihan, Xinyi, Meilin, Yutong",
        "Wang, Zhang, Liu, Chen, Zhao, Huang, Zhou, Yang",
    ),
    "cantonese": (
        "gf",
        "Chun-ming, Kwok-keung, Siu-fai, Tsz-lok, Wai-lun, Ho-yin",
        "Ching-yan, Mei-ling, Hoi-yan, Yuet-yee, Sze-nga, Hiu-kei",
        "Chan, Wong, Leung, Cheung, Lau, Tsang, Yeung, Kwok",
    ),
    "taiwanese": (
        "gf",
        "Chia-hao, Chun-chieh, Chih-wei, Tsung-han, Yu-cheng, Kuan-yu",
        "Yu-ting, Shu-fen, Pei-shan, Hsin-yi, Wan-ting, I-hsuan",
        "Lin, Tsai, Hsu, Cheng, Kuo, Chiang, Lai, Hsieh",
    ),
    "japanese": (
        "gf",
        "Haruto, Sota, Kaito, Takumi, Yuto, Daichi",
        "Yui, Aoi, Hina, Misaki, Haruka, Natsuki",
        "Sato, Takahashi, Tanaka, Watanabe, Yamamoto, Nakamura, Kobayashi, Hayashi",
    ),
    "korean": (
        "fg",
        "Seo-jin, Dong-hyun, Jae-hyun, Hyun-woo, Seung-ho, Tae-yang",
        "Ji-woo, Seo-yeon, Ha-eun, Ye-jin, Soo-bin, Eun-ji",
        "Kim, Lee, Choi, Jung, Kang, Cho, Yoon, Jang",
    ),
    "mongolian": (
        "gf",
        "Batbold, Ganbaatar, Temuulen, Munkhbat, Tsogtbayar, Enkhbold",
        "Oyunchimeg, Enkhjargal, Sarangerel, Altantsetseg, Nomin, Khulan",
        "Batbayar, Dorj, Gantulga, Otgonbayar, Purev, Sukhbaatar, Tserendorj, Lkhagva",
    ),
    # Southeast Asia
    "vietnamese": (
        "fgv",
        "Văn Hùng, Minh Khoa, Quốc Bảo, Đức Thắng, Thành Đạt, Tuấn Kiệt",
        "Thị Mai, Thị Thanh Hà, Ngọc Ánh, Thị Hồng Nhung, Bảo Châu, Phương Linh",
        "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Võ, Đặng",
    ),
    "thai": (
        "gf",
        "Somchai, Kittisak, Thanawat, Anan, Chaiwat, Nattapong",
        "Nattaya, Siriporn, Pimchanok, Wanida, Kanokwan, Supaporn",
        "Srisuk, Wongsawat, Chaiyaporn, Rattanakorn, Saetang, Boonmee, Sukprasert, Thongdee",
    ),
    "filipino": (
        "gf",
        "Rodel, Jericho, Reynaldo~Rey, Arnel, Jonel, Ramil",
        "Maricel, Analyn, Jhoanna, Marites, Rowena, Liezl",
        "dela Cruz, Bautista, Macaraeg, Villanueva, Mangubat, Dimaculangan, Pangilinan, Manalo",
    ),
    "javanese": (
        "gf",
        "Agus, Bambang, Hendra, Eko, Joko, Wahyu",
        "Dewi, Wulan, Rini, Ayu, Endang, Sri Rahayu",
        "Santoso, Wibowo, Susanto, Hidayat, Pratama, Kurniawan, Setiawan, Nugroho",
    ),
    "malay": (
        "bin",
        "Amirul, Hafiz, Faizal, Azlan, Khairul, Syahmi",
        "Syafiqah, Nurul Huda, Aisyah, Siti Aminah, Farhana, Izzati",
        "bin Ismail/binti Ismail, bin Roslan/binti Roslan, bin Hashim/binti Hashim, "
        "bin Yusof/binti Yusof, bin Zakaria/binti Zakaria, bin Othman/binti Othman",
    ),
    "burmese": (
        "mono",
        "Aung Ko Ko, Zaw Htet Naing, Kyaw Zin Latt, Thet Naing, Nay Lin Aung, Htet Aung Kyaw",
        "Thandar Hlaing, Hsu Myat Noe, Hnin Wai Phyo, Thinzar Htwe, Khin Yadanar, Nandar Myint",
        "",
    ),
    "khmer": (
        "fg",
        "Sokha, Dara, Vuthy, Piseth, Rithy, Veasna",
        "Sreymom, Chanthou, Sopheap, Sokunthea, Bopha, Kolab",
        "Chea, Heng, Chhim, Phan, Keo, Meas, Sok, Chhun",
    ),
    # Europe
    "polish": (
        "gf",
        "Tomasz~Tomek, Krzysztof, Paweł, Wojciech, Grzegorz, Bartosz",
        "Katarzyna~Kasia, Agnieszka, Małgorzata~Gosia, Zofia, Magdalena~Magda, Joanna",
        "Kowalczyk, Wiśniewski/Wiśniewska, Zieliński/Zielińska, Wójcik, "
        "Kamiński/Kamińska, Dąbrowski/Dąbrowska, Grabowski/Grabowska, Pietrzak",
    ),
    "czech": (
        "gf",
        "Jiří, Lukáš, Ondřej, Jakub, Vojtěch, Radek",
        "Tereza, Kateřina, Veronika, Lucie, Markéta, Zuzana",
        "Novák/Nováková, Svoboda/Svobodová, Černý/Černá, Procházka/Procházková, "
        "Kučera/Kučerová, Veselý/Veselá, Horák/Horáková, Němec/Němcová",
    ),
    "russian": (
        "gf",
        "Aleksandr~Sasha, Dmitri~Dima, Sergei, Mikhail~Misha, Andrei, Vladimir~Volodya",
        "Yekaterina~Katya, Anastasia~Nastya, Olga, Natalya~Natasha, Tatiana, Yelena",
        "Smirnov/Smirnova, Kuznetsov/Kuznetsova, Popov/Popova, Sokolov/Sokolova, "
        "Lebedev/Lebedeva, Kozlov/Kozlova, Volkov/Volkova, Morozov/Morozova",
    ),
    "ukrainian": (
        "gf",
        "Taras, Bohdan, Mykola, Andriy, Oleksiy, Yaroslav",
        "Oksana, Olena, Iryna, Yulia, Solomiya, Halyna",
        "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Oliynyk, Marchenko",
    ),
    "romanian": (
        "gf",
        "Mihai, Bogdan, Florin, Sorin, Cătălin, Radu",
        "Andreea, Ioana, Raluca, Oana, Mădălina, Roxana",
        "Popescu, Ionescu, Dumitrescu, Constantinescu, Gheorghiu, Munteanu, Dragomir, Stoica",
    ),
    "hungarian": (
        "fg",
        "Bence, Levente, Gergely, Balázs, Zoltán, Ákos",
        "Zsófia, Réka, Eszter, Dóra, Anikó, Boglárka",
        "Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Molnár, Farkas",
    ),
    "bcs": (
        "gf",
        "Nikola, Dragan, Vuk, Luka, Dejan, Miloš",
        "Milica, Jelena, Snežana, Bojana, Ivana, Dragana",
        "Jovanović, Petrović, Nikolić, Marković, Đorđević, Kovačević, Babić, Knežević",
    ),
    "bulgarian": (
        "gf",
        "Georgi, Hristo, Yordan, Plamen, Stoyan, Nikolay",
        "Desislava, Tsvetelina, Radostina, Boryana, Gergana, Mariela",
        "Petrov/Petrova, Dimitrov/Dimitrova, Georgiev/Georgieva, Stoyanov/Stoyanova, "
        "Todorov/Todorova, Angelov/Angelova, Kolev/Koleva, Hristov/Hristova",
    ),
    "greek": (
        "gf",
        "Giorgos, Konstantinos~Kostas, Yannis, Nikos, Dimitris, Panagiotis",
        "Eleni, Dimitra, Katerina, Vasiliki, Despina, Chrysa",
        "Papadopoulos/Papadopoulou, Georgiou, Nikolaidis/Nikolaidou, Konstantinou, "
        "Karagiannis/Karagianni, Vlachos/Vlachou, Oikonomou, Christodoulou",
    ),
    "albanian": (
        "gf",
        "Arben, Besnik, Gentian, Ilir, Erion, Dritan",
        "Elira, Drita, Fatjona, Mirela, Blerta, Arjola",
        "Hoxha, Shehu, Krasniqi, Gashi, Berisha, Leka, Dervishi, Kelmendi",
    ),
    "lithuanian": (
        "gf",
        "Mantas, Darius, Tomas, Gediminas, Vytautas, Paulius",
        "Rūta, Gintarė, Eglė, Aušra, Inga, Justina",
        "Kazlauskas/Kazlauskienė, Petrauskas/Petrauskienė, Stankevičius/Stankevičiūtė, "
        "Žukauskas/Žukauskaitė, Jankauskas/Jankauskienė, Vasiliauskas/Vasiliauskaitė",
    ),
    "latvian": (
        "gf",
        "Jānis, Kārlis, Artūrs, Edgars, Raimonds, Mārtiņš",
        "Līga, Ilze, Inese, Dace, Baiba, Zane",
        "Bērziņš/Bērziņa, Kalniņš/Kalniņa, Ozols/Ozola, Liepiņš/Liepiņa, "
        "Krūmiņš/Krūmiņa, Zariņš/Zariņa",
    ),
    "estonian": (
        "gf",
        "Rasmus, Tõnu, Priit, Siim, Indrek, Margus",
        "Kadri, Triin, Liis, Kertu, Maarja, Piret",
        "Tamm, Saar, Sepp, Kask, Mägi, Lepik, Kõiv, Ilves",
    ),
    "english": (
        "gf",
        "Callum, Toby, Rupert, Jonathan~Jonny, Alistair, Barnaby",
        "Harriet, Imogen, Philippa, Eleanor~Nell, Gemma, Felicity",
        "Ashworth, Pemberton, Whitfield, Haworth, Blackwood, Cartwright, Fairclough, Thornton",
    ),
    "irish": (
        "gf",
        "Cormac, Oisín, Pádraig, Eoin, Tadhg, Fionn",
        "Siobhán, Aoife, Niamh, Róisín, Saoirse, Gráinne",
        "O'Sullivan, McCarthy, Fitzgerald, Kavanagh, Gallagher, Doherty, Breathnach, Ó Murchú",
    ),
    "scottish": (
        "gf",
        "Ewan, Hamish, Lachlan, Fraser, Callan, Euan",
        "Mhairi, Isla, Morag, Eilidh, Kirsty, Catriona",
        "MacLeod, Stewart, Henderson, MacKenzie, Robertson, Drummond, Sinclair, Buchanan",
    ),
    "welsh": (
        "gf",
        "Rhys, Dafydd, Gethin, Iwan, Owain, Aled",
        "Cerys, Angharad, Bethan, Seren, Nia, Ffion",
        "Llewellyn, Pritchard, Prosser, Vaughan, Bowen, Pugh, Griffiths, Rhydderch",
    ),
    "french": (
        "gf",
        "Étienne, Baptiste, Théo, Guillaume, Loïc, Pierre-Louis",
        "Mathilde, Camille, Inès, Margaux, Océane, Anne-Sophie",
        "Lefèvre, Moreau, Girard, Dubois, Fontaine, Mercier, Chevalier, Lemaire",
    ),
    "german": (
        "gf",
        "Matthias, Jörg, Florian, Tobias, Henning, Maximilian",
        "Annika, Friederike~Frieda, Katharina~Kathi, Henrike, Sabine, Ulrike",
        "Müller, Schneider, Fischer, Hoffmann, Schäfer, Becker, Zimmermann, Krüger",
    ),
    "dutch": (
        "gf",
        "Jeroen, Bram, Joost, Thijs, Sander, Maarten",
        "Sanne, Femke, Lieke, Marloes, Anouk, Eline",
        "de Vries, van der Berg, Jansen, Bakker, Visser, van Dijk, Meijer, Mulder",
    ),
    "flemish": (
        "gf",
        "Wouter, Kobe, Jens, Stijn, Pieterjan, Brecht",
        "Lotte, Annelies, Hanne, Griet, Fien, Ellen",
        "Peeters, Janssens, Maes, Claes, Wouters, De Smet, Vermeulen, Goossens",
    ),
    "italian": (
        "gf",
        "Matteo, Lorenzo, Alessandro, Federico, Giacomo, Davide",
        "Giulia, Chiara, Francesca, Martina, Beatrice, Ilaria",
        "Rossi, Esposito, Bianchi, Ricci, Marino, Greco, De Luca, Mancini",
    ),
    "spanish": (
        "gf",
        "Javier, Íñigo, Álvaro, Alejandro, Sergio, Rubén",
        "María José, Lucía, Carmen, Pilar, Nerea, Rocío",
        "García-Ruiz, Fernández, López Martín, Sánchez, Navarro, Jiménez, Castillo, Ortega",
    ),
    "catalan": (
        "gf",
        "Jordi, Pau, Oriol, Arnau, Xavier~Xavi, Joan",
        "Montserrat~Montse, Núria, Mireia, Laia, Meritxell, Berta",
        "Puig, Soler, Ferrer, Casals, Serra, Pujol, Vidal, Riera",
    ),
    "portuguese": (
        "gf",
        "João, Tiago, Duarte, Rui, Gonçalo, Nuno",
        "Beatriz, Leonor, Mafalda, Inês, Catarina, Joana",
        "Ferreira, Pereira, Carvalho, Sousa, Rodrigues, Gonçalves, Marques, Figueiredo",
    ),
    "basque": (
        "gf",
        "Iker, Unai, Asier, Gorka, Aitor, Jon Ander",
        "Amaia, Ane, Maite, Itziar, Nahia, Garazi",
        "Etxeberria, Agirre, Goikoetxea, Zubizarreta, Arrieta, Urrutia, Larrañaga, Olabarria",
    ),
    "swedish": (
        "gf",
        "Viktor, Hampus, Johan, Anton, Linus, Axel",
        "Linnea, Ebba, Alva, Maja, Klara, Tove",
        "Lindqvist, Bergström, Andersson, Nyström, Sjöberg, Lundgren, Holmberg, Engström",
    ),
    "norwegian": (
        "gf",
        "Sindre, Eirik, Håkon, Torbjørn, Vegard, Sigurd",
        "Solveig, Silje, Ragnhild, Kristin, Ingvild, Synnøve",
        "Haugen, Johansen, Solberg, Bakken, Dahl, Nygård, Fjeld, Berge",
    ),
    "danish": (
        "gf",
        "Mads, Jesper, Frederik, Søren, Kasper, Rune",
        "Signe, Freja, Mette, Ida, Sofie, Louise",
        "Jørgensen, Mikkelsen, Kristensen, Thygesen, Lauridsen, Rasmussen, Vestergaard, Skovgaard",
    ),
    "finnish": (
        "gf",
        "Juha, Mikko, Teemu, Antti, Jussi, Ville",
        "Aino, Elina, Tuula, Kaisa, Satu, Hanna",
        "Korhonen, Virtanen, Mäkinen, Nieminen, Heikkinen, Laaksonen, Järvinen, Lehtonen",
    ),
    "icelandic": (
        "gf",
        "Sigurður, Ólafur, Gunnar, Einar, Kjartan, Þórður",
        "Guðrún, Katrín, Sigríður, Hildur, Ragnheiður, Sólveig",
        "Jónsson/Jónsdóttir, Sigurðsson/Sigurðardóttir, Magnússon/Magnúsdóttir, "
        "Gunnarsson/Gunnarsdóttir, Einarsson/Einarsdóttir, Björnsson/Björnsdóttir",
    ),
    # Latin America and the Caribbean
    "mexican": (
        "gf",
        "Emiliano, Joaquín, Rodrigo, Ulises, Everardo, Jesús",
        "Guadalupe~Lupita, Ximena, Itzel, Citlali, Fernanda, Maricruz",
        "Hernández, Ramírez, Gutiérrez, Villalobos, Ochoa, Zavala, Téllez, Hernández Ochoa",
    ),
    "brazilian": (
        "gf",
        "Thiago, Gustavo, Leandro, Rodrigo, Caio, Wellington",
        "Larissa, Juliana, Camila, Bruna, Letícia, Thaís",
        "Oliveira, Souza, Ribeiro, Barbosa, Cardoso, Nascimento, Moura, Teixeira",
    ),
    "argentinian": (
        "gf",
        "Facundo, Matías, Nicolás, Gonzalo, Lautaro, Ezequiel",
        "Agustina, Florencia, Micaela, Romina, Milagros, Luciana",
        "Gómez, Díaz, Acosta, Benítez, Ledesma, Sosa, Romero, Aguirre",
    ),
    "colombian": (
        "gf",
        "Andrés Felipe, Camilo, Sebastián, Juan Esteban, Jhon Fredy, Wilson",
        "Valentina, Yesenia, Manuela, Daniela, Yuliana, Marcela",
        "Restrepo, Ospina, Vargas, Londoño, Cárdenas, Arango, Betancur, Quintero",
    ),
    "chilean": (
        "gf",
        "Benjamín, Vicente, Ignacio, Cristóbal, Matías, Felipe",
        "Catalina, Javiera, Constanza, Francisca, Antonia, Fernanda",
        "Muñoz, Rojas, Contreras, Sepúlveda, Valenzuela, Tapia, Figueroa, Espinoza",
    ),
    "quechua": (
        "gf",
        "Inti, Amaru, Wayra, Rumi, Yupanqui, Kusi",
        "Killa, Sumaq, Nayra, Wayta, Illari, Chaska",
        "Mamani, Quispe, Condori, Huamán, Choque, Apaza, Ticona, Ccahuana",
    ),
    "mapuche": (
        "gf",
        "Lautaro Nahuel, Nahuel, Lonko, Pillán, Huenu, Calfú",
        "Ayelén, Millaray, Rayén, Relmu, Llanquiray, Aylín",
        "Huenchumilla, Millapán, Ñancupil, Calfuqueo, Painemal, Curihuinca, Llancaqueo, Huaiquimil",
    ),
    "jamaican": (
        "gf",
        "Delroy, Kemar, Oneil, Jermaine, Andre, Dwayne",
        "Tameka, Shanice, Sharelle, Latoya, Kerry-Ann, Shenelle",
        "Reid, Barrett, Gayle, Dacosta, Hylton, Powell, Lindo, Ebanks",
    ),
    # Pacific
    "maori": (
        "gf",
        "Wiremu, Tamati, Rangi, Hemi, Manaia, Tane",
        "Aroha, Mereana, Kahurangi, Ataahua, Huia, Hinewai",
        "Ngata, Parata, Tawhiri, Horomona, Tamihana, Waaka, Ruatapu, Paewai",
    ),
    "samoan": (
        "gf",
        "Sione, Tavita, Iosefa, Fetu, Lagi, Pese",
        "Malia, Sina, Losana, Faalogo, Leota, Seini",
        "Tuilagi, Fonoti, Leavasa, Aiono, Toleafoa, Sapolu, Faleolo, Masoe",
    ),
    "tongan": (
        "gf",
        "Viliami, Siosaia, Tevita, Sitani, Latu, Semisi",
        "Mele, Salote, Lesieli, Kalolaine, Ofa, Heilala",
        "Fifita, Taufa, Vaipulu, Havili, Moala, Tuipulotu, Kata, Lolohea",
    ),
    "fijian": (
        "gf",
        "Josaia, Seru, Timoci, Waisale, Kitione, Apenisa",
        "Litia, Makereta, Asenaca, Salanieta, Unaisi, Vasemaca",
        "Naivalu, Ravouvou, Tikoisuva, Nakarawa, Radradra, Volavola, Matanitobua, Vunibaka",
    ),
    "hawaiian": (
        "gf",
        "Keoni, Makoa, Ikaika, Kalani, Kekoa, Kainoa",
        "Leilani, Noelani, Kailani, Pualani, Malia Kealoha, Kanani",
        "Kahananui, Kealoha, Akana, Kamakau, Nakoa, Kahale, Keawe, Kapaona",
    ),
    # Indigenous peoples of the Americas and Australia
    "dine": (
        "gf",
        "Ashkii, Atsa, Naalnish, Nastas, Kele, Tso",
        "Nizhoni, Dezbah, Shaandiin, Doli, Yanaba, Haseya",
        "Begay, Yazzie, Tsosie, Benally, Bitsui, Etsitty, Todacheeny, Manygoats",
    ),
    "lakota": (
        "gf",
        "Chaska, Wanbli, Mahpiya, Wakinyan, Tatanka, Ohitika",
        "Winona, Zitkala, Wichapi, Tasina, Ehawee, Hantaywee",
        "Bettelyoun, Ecoffey, Pourier, Mesteth, Runsabove, Swiftbird, Lookingelk, Shortbull",
    ),
    "anishinaabe": (
        "gf",
        "Migizi, Nimkii, Makwa, Waaseyaa, Ogimaa, Animikii",
        "Ziigwan, Biidaaban, Waabigwan, Niibin, Giizhik, Memengwaa",
        "Kakegamic, Meekis, Sakanee, Moonias, Sainnawap, Wabasse, Kejick, Nanokeesic",
    ),
    "inuit": (
        "gf",
        "Pauloosie, Ujarak, Siku, Jaypeetee, Qajaq, Iqaluk",
        "Aputi, Nivi, Kallik, Leetia, Elisapee, Saali",
        "Kusugak, Anawak, Arnatsiaq, Qaqqaq, Ishulutak, Kilabuk, Akeeagok, Tagak",
    ),
    "aboriginal_au": (
        "gf",
        "Djawa, Djalu, Gawirrin, Baykali, Djakapurra, Witiyana",
        "Yalmay, Banula, Gapirri, Dhuwarrwarr, Ngalkalwuy, Rarriwuy",
        "Marika, Mununggurr, Wanambi, Gumana, Dhamarrandji, Garrawurra, Wirrpanda, Tipungwuti",
    ),
    # word-names: ordinary English words that are also given names
    "word": (
        "gf",
        "Will, Mark, Bill, Hunter",
        "Hope, Grace, Rose, Faith, Summer, Jade, Sky",
        "Ashcombe, Pendleton, Fairweather, Holloway, Whitlock, Langford, Ridley, Thistlewood",
    ),
}

# particles and middle-name markers: inside a name span, but too common as words to be
# compared on their own when checking that no planted name leaks into unlabelled text
PARTICLES = frozenset(
    "al bin binti van der den de du da dos del la le el ter ten von zu ó ní mac dela abi "
    "thị văn ben".split()
)
