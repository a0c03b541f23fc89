"""People's names for val39, part two: Africa, the Middle East, Asia and the Pacific, and the
word-names (Hope, Faith, Summer ...). Same layout as `val39_names_a`; an empty family name
means the culture uses none (the whole name is the given one). Written from memory."""

from __future__ import annotations

CULTURES_B: dict[str, tuple[str, str, str, str, str]] = {
    "turkish": (
        "TR", "gf",
        "Emre Burak Oğuz Serkan Mert Kerem Tolga Volkan Barış Alper",
        "Elif Zeynep Ebru Gülşen Merve Selin Ayşe Hande Pınar Büşra",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Arslan Doğan Kılıç Koç Erdem",
    ),
    "kurdish": (
        "IQ", "gf",
        "Rêbin Azad Karwan Shivan Dilshad Baran Hogir Soran Rizgar",
        "Rojin Dilan Nazdar Berfin Shilan Avin Hêvî Jiyan",
        "Zebari Hawrami Mamand Baban Amedi Rasul Khoshnaw Dosky Jaff",
    ),
    "armenian": (
        "AM", "gf",
        "Armen Tigran Davit Gor Hayk Aram Vahagn Narek Levon Ashot",
        "Lusine Anahit Nare Siranush Tatevik Armine Gayane Shushan",
        "Petrosyan Harutyunyan Sargsyan Hovhannisyan Grigoryan Avetisyan Mkrtchyan Khachatryan "
        "Vardanyan Gasparyan",
    ),
    "georgian": (
        "GE", "gf",
        "Giorgi Levan Irakli Nika Lasha Zurab Revaz Tornike Gela",
        "Nino Ketevan Maia Natia Eka Tamta Lela Nanuka",
        "Beridze Kapanadze Gelashvili Lomidze Maisuradze Tsiklauri Javakhishvili Kvaratskhelia "
        "Chkheidze Abashidze",
    ),
    "kazakh": (
        "KZ", "gf",
        "Yerlan Daulet Askar Bauyrzhan Arman Nurlan Yerzhan Timur",
        "Aigerim Madina Aruzhan Zhanar Gulnara Dinara Assel",
        "Nurlanov|Nurlanova Zhakupov|Zhakupova Abenov|Abenova Ospanov|Ospanova "
        "Tulegenov|Tulegenova Bekmukhambetov|Bekmukhambetova Seitkali Zhumabayev|Zhumabayeva",
    ),
    "persian": (
        "IR", "gf",
        "Arash Dariush Kourosh Babak Farhad Kaveh Siavash Behrouz Omid Reza",
        "Shirin Laleh Parisa Nasrin Golnar Roya Mahsa Niloufar Azadeh Shabnam Taraneh",
        "Hosseini Rahimi Tehrani Karimi Ahmadi Moradi Jafari Sadeghi Farahani Rostami Mirzaei",
    ),
    "gulf_arab": (
        "AE", "gf",
        "Khalid Saeed Faisal Turki Nawaf Hamad Majid Rashid Abdulaziz Mansoor",
        "Noura Reem Hessa Maha Latifa Shaikha Alanoud Haya Lulwa Mozah",
        "Al-Rashid Al-Qahtani Al-Mansouri Al-Dosari Al-Otaibi Al-Harbi Al-Shamsi Al-Ketbi "
        "Al-Mazrouei Al-Ghamdi",
    ),
    "levantine": (
        "LB", "gf",
        "Elie Karim Rami Ziad Wael Samir Fadi Ghassan Nabil Tarek",
        "Rana Lara Nour Yasmine Dalia Hala Zeina Rima Carla",
        "Haddad Khoury Nassar Saade Frem Aoun Azar Chahine Tannous Khalil",
    ),
    "egyptian": (
        "EG", "gf",
        "Mostafa Ahmed Mahmoud Amr Hossam Sherif Tamer Ayman Hany",
        "Mona Heba Dina Yasmin Nermeen Rania Salma Marwa Shaimaa",
        "El-Sayed Abdelrahman Mansour Fahmy Soliman Ragab Shehata Hegazy Badawi Zaki Gaber",
    ),
    "maghrebi": (
        "MA", "gf",
        "Youssef Hamza Anouar Othmane Mehdi Soufiane Reda Ilyas Zakaria",
        "Khadija Fatima-Zahra Meriem Ghizlane Houda Siham Imane Wiam Loubna",
        "Benali Bennani El_Amrani Tazi Alaoui Berrada Chraibi Lahlou Ouazzani Benjelloun",
    ),
    "hebrew": (
        "IL", "gf",
        "Yonatan Itai Noam Eitan Omri Yuval Ido Gilad Amit",
        "Noa Shira Michal Yael Maayan Hila Adi Liat Orly",
        "Cohen Levi Mizrahi Peretz Biton Friedman Avraham Dahan Shapira Katz Ben-David",
    ),
    "yoruba": (
        "NG", "gf",
        "Oluwaseun Babatunde Adewale Olumide Ayodele Femi Kayode Adebayo Oladipo Tobiloba",
        "Folasade Yetunde Adebola Funmilayo Omolara Temitope Bukola Ifeoluwa Morenike Abosede",
        "Adeyemi Ogunleye Oyelaran Adebisi Olatunji Akinola Babalola Ogunbiyi Adekunle Fashola",
    ),
    "igbo": (
        "NG", "gf",
        "Chukwuemeka Obinna Ikenna Chinedu Nnamdi Uchenna Chibuike Somto Kelechi",
        "Chiamaka Ngozi Adaeze Chidinma Nneka Ifeoma Uchechi Amarachi Obiageli Chinwe",
        "Okafor Nwosu Eze Okonkwo Nwachukwu Onyekachi Okoye Ugwu Anyanwu Chukwu",
    ),
    "hausa": (
        "NG", "gf",
        "Abubakar Aminu Sani Usman Bashir Yakubu Nuhu Haruna Garba",
        "Hauwa Zainab Halima Hadiza Amina Rakiya Bilkisu Maryam",
        "Danjuma Abdullahi Musa Lawal Sule Yusuf Shehu Bala Tanko",
    ),
    "akan": (
        "GH", "gf",
        "Kwame Kofi Kwabena Yaw Kojo Kwasi Kwaku Fiifi Ekow",
        "Akosua Adwoa Abena Efua Akua Yaa Esi Afua Adjoa",
        "Mensah Boateng Asante Owusu Osei Agyeman Appiah Darko Ofori Amoah Asamoah",
    ),
    "kikuyu": (
        "KE", "gf",
        "Kamau Njoroge Kariuki Githinji Wanjohi Kinyua Gachanja Waweru",
        "Wanjiru Njeri Wambui Nyambura Wangari Wairimu Muthoni Nduta Gathoni",
        "Mwangi Ndungu Karanja Gitau Macharia Kimani Njenga Wainaina Muriuki",
    ),
    "luo": (
        "KE", "gf",
        "Otieno Ochieng Onyango Odhiambo Okoth Owino Omondi Oduor",
        "Akinyi Atieno Adhiambo Achieng Awuor Anyango Auma Apiyo",
        "Ouma Okello Oloo Oketch Owuor Nyong'o Ogola Obura",
    ),
    "swahili": (
        "TZ", "gf",
        "Baraka Juma Hamisi Rashidi Salim Bakari Faraji Jabari Omari",
        "Neema Rehema Zawadi Subira Mwanaisha Tumaini Zuhura Mwajuma",
        "Mwakyusa Mrisho Lyimo Massawe Shirima Temba Mushi Kimaro Mfinanga",
    ),
    "amharic": (
        "ET", "gf",
        "Dawit Abebe Yohannes Tesfaye Mulugeta Biniyam Henok Getachew Mekonnen",
        "Selamawit Tigist Hirut Meron Mahlet Tsion Liya Meskerem",
        "Tadesse Bekele Haile Girma Alemu Wolde Gebremedhin Assefa Kebede Desta Negash",
    ),
    "somali": (
        "SO", "gf",
        "Abdirahman Liban Abdiweli Mahad Guled Abdikarim",
        "Hodan Ifrah Sahra Nimco Fadumo Ubah Ayaan Hibaaq Deeqa Idil",
        "Warsame Jama Hirsi Osman Abdi Aden Egal Dualeh Farah",
    ),
    "zulu": (
        "ZA", "gf",
        "Sibusiso Mandla Sipho Themba Bongani Lwazi Siyabonga Nkosinathi Jabulani",
        "Nomvula Thandiwe Zanele Lindiwe Ayanda Nokuthula Sibongile Nompumelelo Zodwa",
        "Dlamini Nkosi Ndlovu Mkhize Khumalo Ngcobo Mthembu Zungu Cele Shabalala",
    ),
    "xhosa": (
        "ZA", "gf",
        "Lwando Siviwe Luvuyo Mzwandile Xolani Andile Lukhanyo Sakhumzi Vuyani",
        "Nosipho Zintle Siphokazi Nomsa Thembeka Ntombizodwa Asanda Lulama Yonela",
        "Ntshona Mabandla Mqhayi Jali Gcaba Mlonyeni Ngxola Qwabe Nyamende Sotyato",
    ),
    "sotho": (
        "ZA", "gf",
        "Thabo Teboho Tumelo Kabelo Katlego Lehlohonolo Rethabile",
        "Lerato Palesa Nthabiseng Dineo Refiloe Puleng Keneilwe Boitumelo Masego",
        "Mokoena Mofokeng Molefe Nkoana Moloi Motaung Radebe Lekota Mphahlele",
    ),
    "hindi": (
        "IN", "gf",
        "Aarav Rohit Vikram Siddharth Anurag Pranav Nikhil Aditya Varun Kunal",
        "Priya Ananya Kavita Neha Shruti Pooja Ritu Meera Aditi Swati",
        "Sharma Verma Gupta Agarwal Mishra Tiwari Saxena Chaturvedi Srivastava Pandey",
    ),
    "tamil": (
        "IN", "gf",
        "Karthik Senthil Murugan Arun Vignesh Dinesh Saravanan Balaji Prabhu Ilango",
        "Lakshmi Divya Kaviya Meenakshi Revathi Anitha Vaishnavi Nithya Sangeetha Tamilselvi",
        "Subramanian Raman Krishnan Natarajan Venkatesan Ramasamy Shanmugam Sundaram Iyer "
        "Arumugam",
    ),
    "bengali": (
        "IN", "gf",
        "Arnab Sourav Debashis Anirban Tanmoy Subhajit Partha Rajib Abir",
        "Sreya Moumita Tanushree Rituparna Payel Sohini Ishita Madhurima Debolina Anwesha",
        "Chatterjee Banerjee Mukherjee Chakraborty Ghosh Bose Dutta Bhattacharya Sarkar",
    ),
    "bangladeshi": (
        "BD", "gf",
        "Tanvir Shakib Rafiqul Mahmudul Imran Sabbir Nazmul Fahim",
        "Nusrat Farzana Tasnim Sadia Sharmin Mahmuda Rumana Tahmina",
        "Hossain Rahman Chowdhury Akter Haque Sarker Talukder Bhuiyan Mia",
    ),
    "punjabi": (
        "IN", "gf",
        "Harpreet Gurpreet Jaswinder Kulvinder Harjit Baljeet Navdeep Sukhwinder",
        "Simran Harleen Jasleen Navneet Gurleen Parminder Kiranjit Jaspreet",
        "Sandhu Gill Dhillon Sidhu Grewal Bains Brar Randhawa Chahal",
    ),
    "marathi": (
        "IN", "gf",
        "Aniket Sachin Tushar Omkar Shantanu Prathamesh Sameer Mandar Ninad",
        "Sayali Ashwini Madhura Rutuja Pallavi Gauri Shivani Prajakta Mrunal",
        "Kulkarni Deshpande Patil Gokhale Jadhav Pawar Bhosale Deshmukh Sawant",
    ),
    "malayali": (
        "IN", "gf",
        "Anoop Jithin Sreejith Nithin Akhil Midhun Sajan Arjun",
        "Anjali Aswathy Reshma Sreelakshmi Nimisha Athira Neethu Keerthana Parvathy",
        "Nair Menon Kurian Varghese Panicker Namboothiri Kurup Chacko Pillai",
    ),
    "telugu": (
        "IN", "gf",
        "Venkatesh Srinivas Chaitanya Harsha Naveen Sai_Kiran Mahesh Ravi_Teja",
        "Lavanya Swathi Sirisha Harika Bhavana Sravani Mounika Sahithi",
        "Reddy Naidu Chowdary Varma Raju Goud Kodali Nallamothu Yarlagadda",
    ),
    "pakistani": (
        "PK", "gf",
        "Bilal Fahad Kashif Zeeshan Waqas Adnan Shahzad Salman",
        "Ayesha Sana Hira Mehwish Rabia Mahnoor Iqra Fariha",
        "Qureshi Siddiqui Chaudhry Malik Awan Abbasi Khattak Mirza Hashmi",
    ),
    "sinhala": (
        "LK", "gf",
        "Chaminda Nuwan Kasun Lahiru Dilshan Tharindu Sandun Ruwan Chathura",
        "Nadeesha Dilini Ishara Sachini Chamari Hasini Tharushi Nimali Kaushalya",
        "Perera Jayasuriya Wickramasinghe Bandara Dissanayake Gunawardena Senanayake Herath "
        "Ekanayake",
    ),
    "nepali": (
        "NP", "gf",
        "Bishal Suman Prakash Dipendra Roshan Sujan Binod Pradip",
        "Sabina Sushmita Pratima Sarita Manisha Bimala Srijana Laxmi",
        "Shrestha Gurung Tamang Thapa Magar Adhikari Karki Bhandari Poudel",
    ),
    "mandarin": (
        "CN", "fg",
        "Wei Hao Lei Qiang Jian Zhiyuan Haoran Yuxuan Zhengyang",
        "Xiaoling Lijuan Jing Xinyi Yuting Ruoxi Shuang Wenjing Huan",
        "Wang Zhang Liu Chen Zhao Huang Zhou Xu Zhu Guo Li Wu",
    ),
    "cantonese": (
        "HK", "gf",
        "Ka-Wai Chun-Kit Wing-Hong Siu-Ming Ho-Yin Tsz-Chung Man-Kit Kwok-Leung",
        "Wing-Yan Hoi-Ting Mei-Ling Ka-Yan Suet-Ying Sze-Wan Pui-Kei Lok-Yee",
        "Chan Wong Leung Cheung Lau Ng Tsang Yip Kwok Fung Tam",
    ),
    "taiwanese": (
        "TW", "gf",
        "Chih-Hao Yu-Cheng Chia-Wei Tsung-Han Po-Yu Cheng-Wei",
        "Yi-Ting Hsin-Yi Pei-Shan Ya-Ting Shu-Fen Chia-Hui",
        "Lin Tsai Hsu Cheng Hsieh Kuo Lai Chiang Tseng",
    ),
    "japanese": (
        "JP", "gf",
        "Haruto Takumi Kenta Daisuke Shota Yuto Kazuki Hiroshi Tatsuya Naoki",
        "Yui Haruka Aoi Misaki Nanami Ayaka Chihiro Rina Kaori Yuko",
        "Nakamura Takahashi Watanabe Yamamoto Kobayashi Yoshida Inoue Matsumoto Kimura "
        "Hayashi Shimizu Fujita Ishikawa",
    ),
    "korean": (
        "KR", "fg",
        "Minjun Seojun Jihoon Hyunwoo Dongwook Sungmin Jaewon Taeyang Junho Youngsoo",
        "Jiwoo Seoyeon Minji Soyeon Eunji Hayoung Yuna Jisoo Hyejin Dahye",
        "Kim Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Baek",
    ),
    "vietnamese": (
        "VN", "fg",
        "Hùng Dũng Tuấn Quang Phúc Khoa Huy Thắng Minh",
        "Mai Lan Hương Thảo Linh Ngọc Trang Hạnh Vy Nhung",
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Võ Đặng Bùi Đỗ Hồ",
    ),
    "thai": (
        "TH", "gf",
        "Somchai Anan Kittisak Thanawat Pongsak Narongrit Chaiwat Wichai Surasak Ekkachai",
        "Siriporn Nattaya Kanokwan Pimchanok Ratana Supaporn Waraporn Chutima Orathai Malee",
        "Srisuk Wongsawat Chaiyaporn Rattanakorn Thongchai Saetang Boonmee Kittikhun Sukprasert "
        "Jaidee",
    ),
    "filipino": (
        "PH", "gf",
        "Jose_Miguel Rodel Jericho Marvin Rommel Jomar Arnel Reynaldo Dindo",
        "Maricel Rowena Jocelyn Lorna Divina Marites Rhea Kristine Jhoanna",
        "Dela_Cruz Bautista Villanueva Manalo Macaraeg Dimaculangan Pangilinan Tolentino Lacson",
    ),
    "indonesian": (
        "ID", "gf",
        "Budi Agus Bambang Hendra Arief Rizky Wahyu Dimas Teguh Joko",
        "Siti Dewi Sri Wulan Indah Fitri Putri Ratna Kartika Ayu",
        "Santoso Wijaya Kusuma Prasetyo Hidayat Setiawan Nugroho Susanto Saputra Lestari "
        "Gunawan",
    ),
    "malay": (
        "MY", "gf",
        "Ahmad_Faiz Mohd_Hafiz Azlan Syafiq Khairul Firdaus Haziq Amirul Zulkifli",
        "Nurul_Ain Siti_Aisyah Nur_Izzati Aina Syazwani Hidayah Najwa Amirah Balqis",
        "bin_Hashim|binti_Hashim bin_Othman|binti_Othman bin_Yusof|binti_Yusof "
        "bin_Mahmud|binti_Mahmud bin_Razak|binti_Razak bin_Zainal|binti_Zainal "
        "bin_Kamaruddin|binti_Kamaruddin",
    ),
    "burmese": (
        "MM", "gf",
        "Aung_Kyaw_Moe Min_Thu Zaw_Htet Kyaw_Zin_Oo Thant_Zin Htet_Aung Naing_Lin",
        "Su_Myat_Noe Hnin_Wai Khin_Sandar Ei_Phyu_Sin Thiri_Htun Nwe_Ni",
        "",
    ),
    "maori": (
        "NZ", "gf",
        "Wiremu Tama Rāwiri Hēmi Tane Manaia Nikora Hohepa Tamati",
        "Aroha Mere Ngaio Hine Kiri Anahera Huia Marama Tui",
        "Ngata Parata Tipene Te_Whata Horomona Tamihana Waaka Rangihuna Kereama Tawhiri",
    ),
    "samoan": (
        "WS", "gf",
        "Tavita Ioane Fetu Lagi Malakai Sefo",
        "Malia Losa Sina Tasi Fiaui Luaipou Soifua",
        "Faleolo Tuilagi Aiono Sapolu Tuimavave Fuimaono Amituanai Seiuli Tauiliili",
    ),
    "tongan": (
        "TO", "gf",
        "Sione Sitani Viliami Tevita Siaosi Semisi Lisiate",
        "Mele Losana Salote Seini Luseane Heilala Lupe",
        "Taufa Havili Fifita Vainikolo Tuipulotu Moala Fusitu'a Latu Naufahu",
    ),
    "fijian": (
        "FJ", "gf",
        "Seru Jone Apisai Waisea Epeli Sakiusa Josefa Isikeli",
        "Litia Mereoni Salanieta Asenaca Vasemaca Unaisi Miliakere Ateca",
        "Naivalu Tuilevuka Ravuvu Koroi Vunibaka Nadolo Tabua Waqa Radrodro",
    ),
    "aboriginal_australian": (
        "AU", "gf",
        "Baykali Djawa Wanambi Jarrah Bunji Yarran Kaiyu",
        "Yalmay Kirra Jedda Mirrin Allira Lowanna Marlee Tarni",
        "Yunupingu Gurruwiwi Marika Wunungmurra Djerrkura Tjapaltjarri Napaljarri "
        "Ngurruwutthun Munyarryun",
    ),
    "word": (
        "GB", "gf",
        "Hunter Heath Clay Forrest",
        "Hope Faith Summer Jade Sky Dawn Joy Autumn Honor",
        "Whitcombe Ashdown Larkworthy Penhallow Trevelyan Coldwell Marchbank",
    ),
}  # fmt: skip

NICKS_B = {
    "Oluwaseun": "Seun",
    "Babatunde": "Tunde",
    "Funmilayo": "Funmi",
    "Temitope": "Tope",
    "Ifeoluwa": "Ife",
    "Chiamaka": "Amaka",
    "Chukwuemeka": "Emeka",
    "Oladipo": "Dipo",
    "Pimchanok": "Ploy",
    "Kittisak": "Kit",
    "Siddharth": "Sid",
    "Venkatesh": "Venky",
    "Abdirahman": "Abdi",
    "Dariush": "Dari",
    "Nkosinathi": "Nathi",
    "Wing-Hong": "Hong",
}

MIDS = {
    # culture: (male middle names, female middle names), written between family and given
    "vietnamese": ("Văn Đức Quốc Hữu", "Thị Ngọc Thu Bảo"),
}

# cultures whose people are addressed by their given name (no family name after a title)
GIVEN_ADDRESSED = {"icelandic", "malay", "burmese", "amharic", "thai", "indonesian"}
