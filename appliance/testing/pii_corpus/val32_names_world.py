"""People's names for val32, part two (South, East and Southeast Asia, Africa, the Americas,
the Pacific, Malta, South Africa, the Caribbean), in the format of `val32_names.CULTURES`;
written by val32's author from memory."""

from __future__ import annotations

CULTURES: dict[str, tuple[str, str, str]] = {
    "hindi": (
        "gf",
        "Aarav, Rohan, Vikram, Siddharth, Aditya, Varun, Arjun | Priya, Ananya, Neha, "
        "Pooja, Kavya, Shreya, Ishita, Meenakshi",
        "Sharma, Verma, Gupta, Agarwal, Srivastava, Mishra, Chaturvedi, Tiwari, Saxena, "
        "Bhatnagar, Malhotra, Kapoor",
    ),
    "tamil": (
        "gf",
        "Karthik, Senthil, Murugan, Prakash, Saravanan, Venkatesh | Lakshmi, Divya, "
        "Kavitha, Vaishnavi, Deepa, Thenmozhi",
        "Subramanian, Ramasamy, Krishnan, Natarajan, Sundaram, Annamalai, Palaniappan, "
        "Rajendran, Muthukumar, Arumugam, Velusamy",
    ),
    "telugu": (
        "gf",
        "Srinivas, Venkata Ramana, Sai Kiran, Mahesh, Prasad, Chaitanya | Lavanya, "
        "Sravani, Harika, Bhavani, Keerthi, Sowmya",
        "Reddy, Naidu, Chowdary, Kondapalli, Vemuri, Garikapati, Bommareddy, "
        "Pasupuleti, Kotagiri, Yerramsetti",
    ),
    "bengali": (
        "gf",
        "Arnab, Soumya, Debashis, Sayan, Subhajit, Anirban, Rupam | Moumita, Tanusree, "
        "Madhurima, Paromita, Sraboni, Ankita",
        "Chatterjee, Banerjee, Mukherjee, Bhattacharya, Ganguly, Sengupta, Dasgupta, "
        "Chakraborty, Ghosh, Majumdar",
    ),
    "punjabi": (
        "gf",
        "Harpreet, Amandeep, Navjot, Kulwinder, Rajvir, Balwinder, Inderjit | Manpreet, "
        "Jaspreet, Simran, Harleen, Jasleen, Parminder",
        "Singh/Kaur, Sandhu, Dhillon, Sidhu, Grewal, Brar, Bains, Randhawa, Cheema, Aulakh, Bajwa",
    ),
    "marathi": (
        "gf",
        "Aniket, Omkar, Tejas, Mandar, Shantanu | Snehal, Pranali, Rutuja, Gauri, Ketaki, Mrunal",
        "Deshpande, Kulkarni, Joshi, Patil, Gokhale, Apte, Bhosale, Jadhav, Pawar, "
        "Shinde, Deshmukh, Phadke",
    ),
    "gujarati": (
        "gf",
        "Jignesh, Bhavin, Nirav, Chirag, Parth, Dhaval | Hetal, Krupa, Dhara, Foram, "
        "Mitali, Komal, Urvashi",
        "Patel, Shah, Desai, Mehta, Parekh, Trivedi, Thakkar, Bhatt, Vyas, Chauhan, Raval, Solanki",
    ),
    "malayalam": (
        "gf",
        "Jithin, Sreejith, Nithin, Vishnu, Sanju, Abhilash | Anjali, Reshma, Aswathy, "
        "Gopika, Lekshmi, Athira, Parvathy",
        "Nair, Menon, Pillai, Kurian, Varghese, Panicker, Namboodiri, Kurup, Nambiar, "
        "Cherian, Chacko",
    ),
    "kannada": (
        "gf",
        "Manjunath, Shivakumar, Prajwal, Girish, Naveen, Chethan | Rashmi, Sahana, "
        "Pallavi, Spoorthi, Bhoomika",
        "Gowda, Hegde, Shetty, Shenoy, Kamath, Ramaiah, Kulal, Puttaswamy, Siddaiah, Nayak",
    ),
    "pakistani": (
        "gf",
        "Ahsan, Bilal, Usman, Hamza, Faizan, Zeeshan, Saad | Ayesha, Mahnoor, Iqra, "
        "Hira, Rabia, Maheen",
        "Qureshi, Chaudhry, Siddiqui, Malik, Mirza, Abbasi, Hashmi, Awan, Bhatti, Baig, "
        "Rizvi, Niazi",
    ),
    "sinhala": (
        "gf",
        "Kasun, Chamara, Tharindu, Lahiru, Nuwan, Ruwan | Dilini, Nadeesha, Sanduni, "
        "Ishara, Hasini, Piumi",
        "Perera, Jayawardena, Wickramasinghe, Gunawardena, Bandara, Senanayake, "
        "Dissanayake, Herath, Abeysekera, Kumarasinghe",
    ),
    "nepali": (
        "gf",
        "Sujan, Bibek, Roshan, Suman, Bishal, Prabin | Anisha, Pratiksha, Sabina, "
        "Aakriti, Srijana, Nirmala",
        "Shrestha, Adhikari, Thapa, Gurung, Tamang, Karki, Bhandari, Poudel, Khadka, "
        "Magar, Maharjan",
    ),
    "pashtun": (
        "gf",
        "Wahid, Naveed, Farid, Asadullah, Najib, Habib | Zarmina, Palwasha, Malalai, "
        "Shabnam, Gulalai, Marwa",
        "Popal, Stanekzai, Ahmadzai, Noorzai, Durrani, Sherzai, Mohmand, Barakzai, Hotak, Achakzai",
    ),
    "mandarin": (
        "fg",
        "Jianguo, Haoran, Zhiqiang, Jiahao, Yichen, Zihan | Xiuying, Meilin, Yuxuan, "
        "Xinyi, Ruoxi, Tingting, Shuang",
        "Wang, Zhang, Liu, Chen, Yang, Zhao, Huang, Zhou, Guo, Luo, Gao, Zheng, Xie, Deng, Jiang",
    ),
    "cantonese": (
        "fg",
        "Siu-Ming, Chi-Keung, Ho-Yin, Kwok-Leung, Ka-Wai | Hiu-Tung, Suet-Ying, "
        "Pui-Yee, Mei-Ling, Hoi-Yan",
        "Chan, Wong, Leung, Cheung, Tsang, Yip, Kwok, Fung, Yeung, Lai, Tse",
    ),
    "taiwanese": (
        "gf",
        "Chia-Hao, Chun-Hung, Wen-Chieh, Cheng-Han, Po-Wei | Yi-Chen, Pei-Shan, "
        "Hsin-Yi, Shu-Fen, Yu-Ting, Ya-Wen",
        "Lin, Hsu, Tsai, Chiang, Hsieh, Kuo, Tseng, Chou, Kao",
    ),
    "japanese": (
        "gf",
        "Haruto, Sota, Kenji, Takumi, Daisuke, Hiroshi, Shohei | Yui, Hina, Misaki, "
        "Ayaka, Nanami, Yuka, Aoi",
        "Nakamura, Takahashi, Watanabe, Kobayashi, Yamamoto, Ishikawa, Matsumoto, Fujita, "
        "Hayashi, Okada, Inoue, Shimizu, Kondo, Sasaki",
    ),
    "korean": (
        "fg",
        "Tae-yang, Ji-hoon, Do-yoon, Jae-won, Hyun-woo, Seung-hyun | Seo-yeon, Ha-eun, "
        "Su-bin, Yu-na, Ji-woo, Eun-ji",
        "Kim, Lee, Choi, Jung, Kang, Yoon, Jang, Lim, Seo, Kwon, Hwang",
    ),
    "vietnamese": (
        "fg",
        "Văn Minh, Đức Anh, Quốc Bảo, Hoàng Nam, Văn Hùng, Tuấn Kiệt | Thị Hương, "
        "Thị Lan, Minh Châu, Diệu Linh, Ngọc Ánh, Thanh Hằng, Bảo Ngọc",
        "Nguyễn, Trần, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Ngô, Dương",
    ),
    "thai": (
        "gf",
        "Somchai, Kittisak, Thanawat, Prasert, Chaiwat, Anuwat | Nattaya, Pimchanok, "
        "Siriporn, Kanokwan, Wanida, Ratana",
        "Srisawat, Wongsakul, Chaiyaporn, Thongchai, Suwannarat, Boonmee, Charoenkul, "
        "Phromphan, Saetang, Kittikhun, Jaidee",
    ),
    "filipino": (
        "gf",
        "Jerome, Jomar, Arnel, Rodel, Renato, Jayson | Maricel, Rowena, Kristine, Rhea, "
        "Analyn, Marites, Jocelyn",
        "dela Cruz, Bautista, Manalo, Pangilinan, Dimaculangan, Macapagal, Soriano, "
        "Tolentino, Ocampo, Dizon, Villareal",
    ),
    "indonesian": (
        "gf",
        "Agus, Hendra, Wahyu, Eko, Bambang, Dimas, Galih | Dewi, Sri Wahyuni, Ratna, "
        "Rini, Yuliana, Larasati, Ayu",
        "Santoso, Wijaya, Hidayat, Saputra, Kusuma, Nugroho, Pratama, Setiawan, "
        "Gunawan, Siregar, Simanjuntak, Hutapea, Lubis",
    ),
    "malay": (
        "gf",
        "Aiman, Haziq, Syafiq, Irfan, Amirul, Danial | Farah, Aisyah, Nur Aina, "
        "Siti Hajar, Hidayah, Nabilah",
        "bin Razak/binti Razak, bin Ismail/binti Ismail, bin Hamzah/binti Hamzah, "
        "bin Yusof/binti Yusof, bin Zainal/binti Zainal, bin Hashim/binti Hashim, "
        "bin Jaafar/binti Jaafar, bin Mokhtar/binti Mokhtar",
    ),
    "burmese": (
        "mono",
        "Htet Aung, Kyaw Zin Oo, Zaw Lin Tun, Thiha Soe, Myo Thant, Aung Ko Latt | "
        "Thandar Hlaing, Nilar Myint, Ei Phyu Kyaw, Hnin Wai Phyo, Su Myat Noe, Khin Sandar",
        "",
    ),
    "khmer": (
        "fg",
        "Dara, Vannak, Rithy, Sophal, Veasna, Sovann | Sokha, Sreymom, Chanthou, Pisey, "
        "Bopha, Kunthea",
        "Chea, Heng, Meas, Chhim, Keo, Nhem, Pich, Prak, Chhay, Sorn, Ouk",
    ),
    "mongolian": (
        "gf",
        "Bat-Erdene, Tömörbaatar, Ganbold, Temuulen, Batbayar, Erdenebileg | "
        "Oyuntsetseg, Enkhjargal, Solongo, Narantsetseg, Anujin, Sarangerel",
        "Tserendorj, Batsukh, Dashdorj, Purevsuren, Gantulga, Altankhuyag, Baatarkhuu, "
        "Munkhbat, Erdenebat",
    ),
    "hmong": (
        "gf",
        "Xee, Chue, Kou, Neng, Pheng, Yeng | Nou, Mai Nou, Youa, Bao",
        "Vang, Xiong, Thao, Moua, Lor, Khang, Yaj",
    ),
    "yoruba": (
        "gf",
        "Adebayo, Oluwaseun(Seun), Babatunde(Tunde), Olamide, Adewale, Kehinde | "
        "Folasade(Sade), Temitope(Tope), Omolara, Ayodele, Titilayo, Funmilayo(Funmi)",
        "Adeyemi, Ogunleye, Adebanjo, Olatunji, Oyelaran, Akinola, Fashola, Adegoke, "
        "Ogundipe, Balogun, Oyewole, Adesina",
    ),
    "igbo": (
        "gf",
        "Chinedu, Obinna, Ikechukwu(Ike), Emeka, Chukwuemeka, Nnamdi, Kelechi | Ngozi, "
        "Chiamaka(Amaka), Nneka, Adaeze, Uchenna, Ifeoma, Chidinma",
        "Okafor, Okonkwo, Nwosu, Okoro, Nwachukwu, Onyekachi, Anyanwu, Chukwu, Ezeani, "
        "Uzoma, Okoye, Ibekwe",
    ),
    "hausa": (
        "gf",
        "Aminu, Abubakar, Nasiru, Garba, Lawal, Sani | Hauwa, Zainab, Hadiza, Rukayya, "
        "Binta, Jamila",
        "Bello, Abdullahi, Danjuma, Yakubu, Tijjani, Dikko, Gwarzo, Maikudi, Sule",
    ),
    "akan": (
        "gf",
        "Kwame, Kofi, Kwabena, Kwaku, Kojo, Kwasi | Akosua, Abena, Efua, Adwoa, Afua, Esi",
        "Mensah, Boateng, Owusu, Osei, Amoah, Appiah, Acheampong, Darko, Frimpong, "
        "Agyeman, Ofori, Asamoah",
    ),
    "swahili": (
        "gf",
        "Juma, Hamisi, Salim, Bakari, Athumani, Baraka | Rehema, Mwanaisha, Zawadi, "
        "Subira, Neema, Tumaini",
        "Mwakyusa, Kombo, Mbwana, Mfinanga, Massawe, Shirima, Lyimo, Mushi, Swai, Temba, "
        "Kimaro, Mrema",
    ),
    "kikuyu": (
        "gf",
        "Kamau, Mwangi, Kariuki, Githinji, Gitau, Njoroge | Wanjiru, Njeri, Wambui, "
        "Nyambura, Wairimu, Muthoni, Waithera",
        "Kinyanjui, Ndungu, Macharia, Waweru, Kimani, Gachanja, Mbugua, Karanja, Muigai",
    ),
    "kalenjin": (
        "gf",
        "Kibet, Kiptoo, Kiprotich, Kiplimo, Kipkemboi | Chebet, Jepkosgei, Chepkoech, "
        "Jeptoo, Cherono, Jelagat",
        "Koech, Kiprono, Rotich, Kiplagat, Cheruiyot, Kosgei, Tanui, Biwott, Langat",
    ),
    "amharic": (
        "gf",
        "Abebe, Dawit, Yonas, Bereket, Tewodros, Henok, Girma | Tigist, Selamawit, "
        "Hirut, Meron, Mekdes, Liya",
        "Tesfaye, Alemu, Bekele, Worku, Mulugeta, Kebede, Tadesse, Gebremedhin, Assefa, "
        "Demissie, Negash",
    ),
    "tigrinya": (
        "gf",
        "Yohannes, Filmon, Mehari, Tesfalem, Biniam, Robel | Senait, Luwam, Feven, "
        "Winta, Yordanos, Eden",
        "Gebreyesus, Tesfamariam, Kidane, Berhane, Woldemichael, Ghebremariam, "
        "Andemariam, Habte, Zeray",
    ),
    "somali": (
        "gf",
        "Abdirahman, Abdiweli, Bashir, Guled, Cabdi, Mahad | Hodan, Ifrah, Sahra, "
        "Faadumo, Hibaq, Nimco, Ubah",
        "Warsame, Hirsi, Yusuf, Mohamud, Dualeh, Samatar, Guleid, Jimcaale, Abdillahi",
    ),
    "zulu": (
        "gf",
        "Sipho, Bongani, Themba, Sibusiso, Mandla, Nhlanhla, Lwazi | Nomvula, Thandiwe, "
        "Lindiwe, Nokuthula, Zanele, Ayanda, Thulisile",
        "Dlamini, Ndlovu, Mthembu, Khumalo, Mkhize, Ngcobo, Buthelezi, Mahlangu, "
        "Nxumalo, Zungu, Shabalala, Majola",
    ),
    "xhosa": (
        "gf",
        "Siyabonga, Luthando, Lwandile, Sizwe, Athenkosi, Lubabalo | Nosipho, Andiswa, "
        "Zintle, Ntombizodwa, Yonela, Asanda",
        "Nkosi, Mabandla, Ngxola, Qwabe, Sigcau, Mlambo, Dyantyi, Makhaya, Nqakula",
    ),
    "sotho": (
        "gf",
        "Tumelo, Thabo, Mpho, Karabo, Lesego, Kamogelo | Palesa, Lerato, Refilwe, Dineo, "
        "Boitumelo, Kagiso",
        "Mokoena, Molefe, Mofokeng, Nkoane, Motaung, Moloi, Letsoalo, Masilo, Modise, "
        "Seleka, Ramokgopa",
    ),
    "shona": (
        "gf",
        "Tatenda, Tendai, Farai, Tinashe, Kudakwashe, Tafadzwa, Tapiwa | Rufaro, Chipo, "
        "Nyasha, Rutendo, Vimbai, Ruvimbo, Shamiso",
        "Moyo, Chikwanha, Mutasa, Chiweshe, Mapfumo, Nyathi, Makoni, Chigumba, "
        "Mudzingwa, Marufu, Zvobgo",
    ),
    "wolof": (
        "gf",
        "Mamadou, Ousmane, Abdoulaye, Moussa, Ibrahima, Modou, Pape | Aïssatou, Fatou, "
        "Ndèye, Khady, Astou, Coumba, Mariama",
        "Diop, Ndiaye, Sarr, Gueye, Diouf, Mbaye, Faye, Seck, Thiam, Cissé, Ndour, Niang",
    ),
    "mande": (
        "gf",
        "Boubacar, Seydou, Souleymane, Bakary, Lassana, Adama | Kadiatou, Oumou, "
        "Fatoumata, Aminata, Djeneba, Rokia",
        "Traoré, Keïta, Coulibaly, Diarra, Konaté, Sangaré, Touré, Dembélé, Sissoko, "
        "Kanté, Doumbia, Sidibé",
    ),
    "ganda": (
        "gf",
        "Kato, Waswa, Kizito, Mukasa, Ssali | Nakato, Babirye, Nabukenya, Namugga, "
        "Nalwoga, Nansubuga",
        "Ssemakula, Lubega, Ssekandi, Musoke, Kiggundu, Nsubuga, Ssenyonga, Mugerwa, Kasozi",
    ),
    "rwandan": (
        "gf",
        "Fabrice, Thierry, Théoneste, Célestin, Olivier | Clarisse, Josiane, Gisèle, "
        "Solange, Alphonsine, Vestine",
        "Uwase, Mugisha, Ishimwe, Niyonzima, Umutoni, Habimana, Iradukunda, "
        "Nshimiyimana, Mukamana, Ndayisaba, Ingabire, Hakizimana",
    ),
    "malagasy": (
        "gf",
        "Rivo, Njaka, Hery, Toky, Andry, Mamitiana | Haingo, Fanja, Voahangy, Lalao, Tiana, Hasina",
        "Rakotoarisoa, Randriamanana, Rasoanaivo, Andriamihaja, Razafindrakoto, "
        "Rakotomalala, Ravelojaona, Rabemananjara, Randrianarivelo, Rasolofoniaina",
    ),
    "mexican": (
        "gf",
        "Emiliano, Rigoberto, Octavio, Jesús, Alejandro, Ulises | Guadalupe(Lupe), "
        "Ximena, Citlali, Itzel, Valeria, Yesenia, Marisol, Araceli",
        "Hernández, Ramírez, Zúñiga, Villaseñor, Cuevas, Ochoa, Rentería, Sepúlveda, "
        "Tapia, Arreola, Quintero",
    ),
    "argentinian": (
        "gf",
        "Facundo, Lautaro, Tomás, Joaquín, Ezequiel, Bautista | Agustina, Micaela, "
        "Camila, Luciana, Valentina, Milena",
        "Pereyra, Benítez, Acosta, Giménez, Ledesma, Quiroga, Maidana, Ferreyra, Cabrera",
    ),
    "colombian": (
        "gf",
        "Andrés Felipe, Juan Camilo, Jhon Jairo, Wilmer, Duván, Sebastián | Daniela, "
        "Manuela, Leidy, Paola, Estefanía, Yurany",
        "Restrepo, Londoño, Gaviria, Echeverri, Arango, Zuluaga, Cardona, Ospina, Henao, "
        "Betancur, Montoya, Jaramillo",
    ),
    "chilean": (
        "gf",
        "Benjamín, Matías, Vicente, Cristóbal, Ignacio | Javiera, Constanza, Antonia, "
        "Francisca, Renata, Catalina",
        "Riquelme, Carrasco, Espinoza, Contreras, Muñoz, Vergara, Saavedra, Bustamante, "
        "Pizarro, Aravena, Cifuentes",
    ),
    "peruvian": (
        "gf",
        "Renzo, Piero, Jhonatan, Anthony, Gianfranco | Gianella, Maricielo, Fiorella, "
        "Nataly, Kiara",
        "Chávez, Salazar, Alarcón, Zavala, Gamarra, Ñaupari, Vilca",
    ),
    "quechua": (
        "gf",
        "Inti, Amaru, Kusi, Yaku, Wayra | Killa, Qori, Illari, Sisa, Sumaq",
        "Quispe, Condori, Ccahuana, Huallpa, Yupanqui, Apaza, Choque, Ticona, Mamani, Huarcaya",
    ),
    "mapuche": (
        "gf",
        "Aukan, Licán, Nahuel, Antü, Huenu | Ayelén, Millaray, Rayen, Relmu, Amankay",
        "Huenchullán, Painemal, Catrileo, Nahuelpán, Huaiquimil, Quilaqueo, Ancalao, "
        "Millapán, Curiqueo, Llancaqueo",
    ),
    "dine": (
        "gf",
        "Ahiga, Naalnish, Bidzii, Hashkeh, Ashkii, Atsa | Nizhoni, Dezba, Yanaba, Doli, "
        "Haseya, Shash",
        "Begay, Yazzie, Tsosie, Benally, Etsitty, Bitsui, Tsinajinnie, Dineyazhe, Peshlakai, Nakai",
    ),
    "anishinaabe": (
        "gf",
        "Migizi, Nimkii, Makwa, Animikii, Aandeg | Waabigwan, Biidaaban, Waaseyaa, "
        "Ziibiwin, Giizhigookwe",
        "Kakegamic, Beardy, Meekis, Kejick, Manitowabi, Assinewe, Debassige, Wabano, Nahwegahbow",
    ),
    "inuit": (
        "gf",
        "Piita, Pauloosie, Aqqaluk, Ujarak, Siku | Aputi, Aalasi, Akeeshoo, Nuka, Inuuja, Taqqiq",
        "Kilabuk, Nakashuk, Arnakak, Qaqqaq, Akpaliapik, Ipeelie, Kunuk, Okalik, "
        "Angnakak, Paniloo, Ootoova",
    ),
    "yolngu": (
        "gf",
        "Djawa, Witiyana, Djuwalpi, Gapirri, Wukun, Bangana | Yalmay, Banduk, "
        "Dhuwarrwarr, Galuma, Yinimala, Munuy",
        "Yunupingu, Marika, Gumana, Wanambi, Gurruwiwi, Munungurr, Maymuru, "
        "Wunungmurra, Dhamarrandji",
    ),
    "central_desert": (
        "gf",
        "Tjapanangka, Warlimpirrnga, Jakamarra, Kumantjayi | Nampitjinpa, Napangardi, "
        "Nungurrayi, Yukultji",
        "Tjapaltjarri, Napaltjarri, Tjungurrayi, Jagamara, Nangala, Tjampitjinpa",
    ),
    "maori": (
        "gf",
        "Wiremu, Hemi, Rawiri, Tipene, Manaia, Rangi | Ngaire, Anahera, Kiri, Hine, Ataahua",
        "Ngata, Parata, Whaanga, Pōtiki, Horomona, Kereama, Paewai, Herewini, Te Whata, "
        "Tamihana, Rangihuna",
    ),
    "samoan": (
        "gf",
        "Sione, Tavita, Iosefa, Fetu, Pasi | Malia, Sina, Mele, Alofa, Tasi",
        "Tuilagi, Faleolo, Leota, Fa'asavalu, Soliai, Aumua, Fuimaono, Leiataua, Seiuli, Afamasaga",
    ),
    "tongan": (
        "gf",
        "Siosaia, Viliami, Tevita, Semisi, Sitani | Losana, Lavinia, Seini, Salote, Mele",
        "Tupou, Vaipulu, Taufa, Fifita, Havili, Latu, Moala, Fonua, Piutau, Lolohea",
    ),
    "hawaiian": (
        "gf",
        "Keoni, Kainoa, Kekoa, Kawika, Makana | Kalani, Leilani, Noelani, Pualani, Mahina",
        "Kahananui, Kealoha, Kamakau, Akana, Kaleikini, Kanahele, Keawe, Mahoe, Kapaona",
    ),
    "fijian": (
        "gf",
        "Josefa, Mosese, Apisai, Waisale, Tevita | Litia, Vasemaca, Losalini, Akanisi, Mereoni",
        "Vunibaka, Ratuva, Tikoduadua, Nailatikau, Waqanivalu, Matanitobua, Naivalu, "
        "Koroi, Tuilovoni, Vakacegu",
    ),
    "maltese": (
        "gf",
        "Ġorġ, Pawlu, Ġużeppi(Ġużi), Karmenu, Etienne, Ninu | Ċettina, Graziella, "
        "Rebekka, Marija, Nadine",
        "Camilleri, Vella, Farrugia, Zammit, Galea, Grech, Attard, Spiteri, Cassar, "
        "Mifsud, Azzopardi, Xuereb",
    ),
    "afrikaans": (
        "gf",
        "Marnus, Jaco, Wynand, Hennie, Riaan, Schalk | Anri, Elmarie, Liezl, Annelize, "
        "Carien, Marelize",
        "van der Merwe, Botha, Pretorius, Venter, du Plessis, Steyn, Coetzee, Fourie, "
        "Swanepoel, Olivier, Jansen van Rensburg",
    ),
    "caribbean": (
        "gf",
        "Delroy, Kemar, Orville, Jermaine, Kadeem, Andrae | Shanique, Shericka, Tashana, "
        "Latoya, Sashoy, Tamika",
        "Brathwaite, McKenzie, Ramnarine, Persad, Boodram, Bascombe, Nembhard, Ebanks, "
        "Whyte, Gayle",
    ),
}
