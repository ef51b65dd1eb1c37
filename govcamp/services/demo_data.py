"""The raw material of the demo event: names, organisations, rooms, pitches, notes.

Pure data: :mod:`govcamp.services.demo` does all the choosing. Names are written as their owners would
write them (diacritics, native scripts); the Latin forms beside non-Latin names are only for e-mail
addresses and for people who ask for a Latin badge. Suppliers are invented; e-mail domains use the
reserved ``.example`` top-level domain so that no demo address can reach a real inbox.
"""

from __future__ import annotations

from typing import NamedTuple

# ---------------------------------------------------------------------------------------------- names


class Given(NamedTuple):
    """A given name. ``gender`` (f, m, x) only steers inflected surnames and likely pronouns."""

    name: str
    gender: str
    latin: str = ""  # how the name is written in Latin letters, when it is not already
    short: str = ""  # a familiar form some people put on their badge (Wojtek, Becky, Alex)


class Family(NamedTuple):
    """A family name; ``feminine`` where the language inflects it (Kowalska, Ní Bhriain)."""

    name: str
    feminine: str = ""
    latin: str = ""
    latin_feminine: str = ""


class Culture(NamedTuple):
    """A naming tradition.

    ``layout`` is ``western`` (given family), ``family_first`` (family given, as in Vietnamese) or
    ``joined`` (family and given written without a space, as in Chinese, Japanese and Korean).
    """

    key: str
    weight: float
    latin_script: bool
    layout: str
    given: tuple[Given, ...]
    family: tuple[Family, ...]


G = Given
F = Family

CULTURES: tuple[Culture, ...] = (
    Culture(
        "english",
        39,
        True,
        "western",
        (
            G("Sarah", "f"),
            G("Emma", "f"),
            G("Rachel", "f"),
            G("Laura", "f"),
            G("Hannah", "f"),
            G("Rebecca", "f", short="Becky"),
            G("Charlotte", "f", short="Lottie"),
            G("Sophie", "f"),
            G("Lucy", "f"),
            G("Helen", "f"),
            G("Katherine", "f", short="Kate"),
            G("Joanne", "f", short="Jo"),
            G("Victoria", "f", short="Vicky"),
            G("Gemma", "f"),
            G("Zoë", "f"),
            G("Chloé", "f"),
            G("Renée", "f"),
            G("Eleanor", "f", short="Ellie"),
            G("Harriet", "f", short="Hattie"),
            G("Naomi", "f"),
            G("Phoebe", "f"),
            G("Jessica", "f", short="Jess"),
            G("James", "m"),
            G("Thomas", "m", short="Tom"),
            G("Daniel", "m", short="Dan"),
            G("Matthew", "m", short="Matt"),
            G("Benjamin", "m", short="Ben"),
            G("Christopher", "m", short="Chris"),
            G("Paul", "m"),
            G("Mark", "m"),
            G("Robert", "m", short="Rob"),
            G("Stephen", "m", short="Steve"),
            G("Andrew", "m", short="Andy"),
            G("Peter", "m", short="Pete"),
            G("David", "m", short="Dave"),
            G("Simon", "m"),
            G("Richard", "m", short="Rich"),
            G("Philip", "m", short="Phil"),
            G("Nicholas", "m", short="Nick"),
            G("Jonathan", "m", short="Jon"),
            G("Adam", "m"),
            G("Joseph", "m", short="Joe"),
            G("Noël", "m"),
            G("Alex", "x"),
            G("Sam", "x"),
            G("Charlie", "x"),
            G("Jamie", "x"),
            G("Robin", "x"),
            G("Kit", "x"),
            G("Ash", "x"),
            G("Jordan", "x"),
        ),
        (
            F("Smith"),
            F("Taylor"),
            F("Brown"),
            F("Wilson"),
            F("Johnson"),
            F("Wright"),
            F("Walker"),
            F("Robinson"),
            F("Thompson"),
            F("Hall"),
            F("Green"),
            F("Clarke"),
            F("Turner"),
            F("Hill"),
            F("Cooper"),
            F("Ward"),
            F("Morris"),
            F("King"),
            F("Baker"),
            F("Harrison"),
            F("Fletcher"),
            F("Marsh"),
            F("Pearce"),
            F("Holloway"),
            F("Ashworth"),
            F("Bradshaw"),
            F("Whitehead"),
            F("Pemberton"),
            F("O'Connor"),
            F("Fox-Howard"),
            F("Sutcliffe"),
            F("Bennett"),
            F("Atkinson"),
            F("Lloyd"),
            F("Shaw"),
            F("Dawson"),
        ),
    ),
    Culture(
        "scottish",
        6,
        True,
        "western",
        (
            G("Iain", "m"),
            G("Mhairi", "f"),
            G("Eilidh", "f"),
            G("Ruaridh", "m"),
            G("Catriona", "f", short="Cat"),
            G("Fraser", "m"),
            G("Kirsty", "f"),
            G("Hamish", "m"),
            G("Mòrag", "f"),
            G("Callum", "m"),
            G("Isla", "f"),
            G("Ailsa", "f"),
            G("Euan", "m"),
            G("Seònaid", "f"),
            G("Calum", "m"),
        ),
        (
            F("MacLeod"),
            F("Campbell"),
            F("Stewart"),
            F("Robertson"),
            F("Fraser"),
            F("Mackenzie"),
            F("Sinclair"),
            F("Urquhart"),
            F("MacDonald"),
            F("Henderson"),
            F("Paterson"),
            F("MacLeòid", "NicLeòid"),
            F("MacAoidh", "NicAoidh"),
        ),
    ),
    Culture(
        "welsh",
        6,
        True,
        "western",
        (
            G("Siân", "f"),
            G("Rhodri", "m", short="Rhod"),
            G("Eluned", "f"),
            G("Dafydd", "m", short="Dai"),
            G("Llinos", "f"),
            G("Gwenllian", "f", short="Gwen"),
            G("Iolo", "m"),
            G("Carys", "f"),
            G("Rhys", "m"),
            G("Angharad", "f"),
            G("Owain", "m"),
            G("Bethan", "f"),
            G("Gethin", "m"),
            G("Ffion", "f"),
            G("Elin", "f"),
            G("Aled", "m"),
            G("Cerys", "f"),
            G("Tomos", "m"),
            G("Heledd", "f"),
            G("Guto", "m"),
            G("Llŷr", "m"),
            G("Gwenllïan", "f"),
            G("Siôn", "m"),
        ),
        (
            F("Jones"),
            F("Williams"),
            F("Davies"),
            F("Evans"),
            F("Thomas"),
            F("Roberts"),
            F("Hughes"),
            F("Pritchard"),
            F("Llywelyn"),
            F("Llewelyn-Jones"),
            F("Griffiths"),
            F("Parry"),
            F("Vaughan"),
            F("Morgan"),
            F("ab Iorwerth"),
            F("ap Gwynfor"),
            F("Prydderch"),
            F("Rhys-Evans"),
        ),
    ),
    Culture(
        "irish",
        4,
        True,
        "western",
        (
            G("Aoife", "f"),
            G("Siobhán", "f"),
            G("Pádraig", "m"),
            G("Niamh", "f"),
            G("Caoimhe", "f"),
            G("Seán", "m"),
            G("Eoin", "m"),
            G("Ciarán", "m"),
            G("Orla", "f"),
            G("Síle", "f"),
            G("Oisín", "m"),
            G("Róisín", "f"),
            G("Cathal", "m"),
            G("Gráinne", "f"),
            G("Tadhg", "m"),
            G("Éabha", "f"),
        ),
        (
            F("Ó Briain", "Ní Bhriain"),
            F("Ó Súilleabháin", "Ní Shúilleabháin"),
            F("Ó Ceallaigh", "Ní Cheallaigh"),
            F("Mac Gearailt", "Nic Gearailt"),
            F("Murphy"),
            F("Kelly"),
            F("O'Brien"),
            F("Byrne"),
            F("Walsh"),
            F("Doyle"),
            F("McCarthy"),
            F("Gallagher"),
        ),
    ),
    Culture(
        "northern_irish",
        3,
        True,
        "western",
        (
            G("Ciara", "f"),
            G("Conor", "m"),
            G("Shauna", "f"),
            G("Gareth", "m"),
            G("Ruairí", "m"),
            G("Clodagh", "f"),
            G("Declan", "m"),
            G("Lorraine", "f"),
            G("Stuart", "m"),
            G("Aisling", "f"),
        ),
        (
            F("McAllister"),
            F("Quinn"),
            F("Doherty"),
            F("McCann"),
            F("Hamilton"),
            F("Patterson"),
            F("Adair"),
            F("McKeown"),
            F("Ferguson"),
            F("Devlin"),
        ),
    ),
    Culture(
        "caribbean_british",
        4,
        True,
        "western",
        (
            G("Marcia", "f"),
            G("Delroy", "m"),
            G("Winston", "m"),
            G("Claudette", "f"),
            G("Jermaine", "m"),
            G("Shanice", "f"),
            G("Kemar", "m"),
            G("Andrea", "f"),
            G("Beverley", "f", short="Bev"),
            G("Leroy", "m"),
            G("Desmond", "m", short="Des"),
            G("Simone", "f"),
            G("Nadine", "f"),
            G("Jodie-Ann", "f"),
        ),
        (
            F("Campbell"),
            F("Brown"),
            F("Williams"),
            F("Clarke"),
            F("Francis"),
            F("Thompson"),
            F("Grant"),
            F("Henry"),
            F("Reid"),
            F("Bailey"),
            F("Gayle"),
            F("Forbes"),
            F("Blake"),
            F("McKenzie"),
        ),
    ),
    Culture(
        "gujarati_british",
        3,
        True,
        "western",
        (
            G("Priya", "f"),
            G("Rajesh", "m", short="Raj"),
            G("Sunita", "f"),
            G("Amit", "m"),
            G("Anjali", "f"),
            G("Sanjay", "m"),
            G("Neha", "f"),
            G("Ravi", "m"),
            G("Hetal", "f"),
            G("Nikhil", "m", short="Nik"),
            G("Bhavna", "f"),
        ),
        (F("Patel"), F("Shah"), F("Mistry"), F("Desai"), F("Parmar"), F("Chauhan"), F("Lakhani"), F("Joshi")),
    ),
    Culture(
        "punjabi_british",
        2.5,
        True,
        "western",
        (
            G("Harpreet", "x"),
            G("Gurpreet", "x"),
            G("Jaspreet", "x"),
            G("Mandeep", "x"),
            G("Sukhdeep", "x"),
            G("Manjit", "x"),
            G("Kiran", "x"),
            G("Amrit", "x"),
            G("Rupinder", "f"),
            G("Balvinder", "m"),
        ),
        (
            F("Singh", "Kaur"),
            F("Sandhu"),
            F("Dhillon"),
            F("Gill"),
            F("Bains"),
            F("Sidhu"),
            F("Johal"),
            F("Grewal"),
        ),
    ),
    Culture(
        "pakistani_bangladeshi_british",
        3,
        True,
        "western",
        (
            G("Aisha", "f"),
            G("Imran", "m"),
            G("Zainab", "f"),
            G("Bilal", "m"),
            G("Sadia", "f"),
            G("Tariq", "m"),
            G("Farah", "f"),
            G("Asif", "m"),
            G("Nadia", "f"),
            G("Shabana", "f"),
            G("Usman", "m"),
            G("Rukhsana", "f"),
            G("Shahid", "m"),
            G("Yasmin", "f"),
        ),
        (
            F("Khan"),
            F("Hussain"),
            F("Ahmed"),
            F("Begum"),
            F("Rahman"),
            F("Chowdhury"),
            F("Iqbal"),
            F("Mahmood"),
            F("Akhtar"),
            F("Ali"),
            F("Mirza"),
            F("Uddin"),
        ),
    ),
    Culture(
        "west_african_british",
        3,
        True,
        "western",
        (
            G("Adebayo", "m", short="Bayo"),
            G("Chiamaka", "f", short="Amaka"),
            G("Oluwaseun", "x", short="Seun"),
            G("Ngozi", "f"),
            G("Kwame", "m"),
            G("Ama", "f"),
            G("Folake", "f"),
            G("Babatunde", "m", short="Tunde"),
            G("Chidi", "m"),
            G("Abena", "f"),
            G("Adaeze", "f"),
            G("Kofi", "m"),
        ),
        (
            F("Okafor"),
            F("Adeyemi"),
            F("Mensah"),
            F("Boateng"),
            F("Oyelaran"),
            F("Nwosu"),
            F("Owusu"),
            F("Adeleke"),
            F("Okonkwo"),
            F("Asante"),
            F("Ogunleye"),
        ),
    ),
    Culture(
        "polish",
        4,
        True,
        "western",
        (
            G("Łukasz", "m"),
            G("Małgorzata", "f", short="Gosia"),
            G("Wojciech", "m", short="Wojtek"),
            G("Zofia", "f", short="Zosia"),
            G("Agnieszka", "f", short="Aga"),
            G("Krzysztof", "m", short="Krzysiek"),
            G("Katarzyna", "f", short="Kasia"),
            G("Paweł", "m"),
            G("Michał", "m"),
            G("Joanna", "f", short="Asia"),
            G("Grzegorz", "m", short="Grzesiek"),
            G("Ewa", "f"),
            G("Piotr", "m"),
            G("Magdalena", "f", short="Magda"),
            G("Jędrzej", "m"),
            G("Bożena", "f"),
        ),
        (
            F("Kowalski", "Kowalska"),
            F("Wąsowski", "Wąsowska"),
            F("Wiśniewski", "Wiśniewska"),
            F("Kaczmarczyk"),
            F("Nowak"),
            F("Wójcik"),
            F("Lewandowski", "Lewandowska"),
            F("Zieliński", "Zielińska"),
            F("Szymański", "Szymańska"),
            F("Dąbrowski", "Dąbrowska"),
            F("Woźniak"),
            F("Król"),
            F("Grzegorczyk"),
            F("Ślusarczyk"),
        ),
    ),
    Culture(
        "vietnamese",
        1.5,
        True,
        "family_first",
        (
            G("Thị Hương", "f"),
            G("Văn Đức", "m"),
            G("Thị Linh", "f"),
            G("Minh Anh", "x"),
            G("Thị Thảo", "f"),
            G("Văn Quang", "m"),
            G("Minh Tuấn", "m"),
            G("Thị Phương", "f"),
            G("Văn Hải", "m"),
            G("Thị Mai", "f"),
            G("Ngọc Trâm", "f"),
        ),
        (
            F("Nguyễn"),
            F("Trần"),
            F("Lê"),
            F("Phạm"),
            F("Hoàng"),
            F("Huỳnh"),
            F("Võ"),
            F("Đặng"),
            F("Bùi"),
        ),
    ),
    Culture(
        "western_european",
        4,
        True,
        "western",
        (
            G("José", "m"),
            G("María José", "f"),
            G("João", "m"),
            G("Inês", "f"),
            G("Giulia", "f"),
            G("Matteo", "m"),
            G("Amélie", "f"),
            G("François", "m"),
            G("Begoña", "f"),
            G("Íñigo", "m"),
            G("Søren", "m"),
            G("Åsa", "f"),
            G("Øystein", "m"),
            G("Jürgen", "m"),
            G("Anaïs", "f"),
            G("Björn", "m"),
        ),
        (
            F("García"),
            F("Fernández"),
            F("Muñoz"),
            F("Gonçalves"),
            F("Conceição"),
            F("Rossi"),
            F("Bianchi"),
            F("Lefèvre"),
            F("Müller"),
            F("Schäfer"),
            F("Sørensen"),
            F("Lindqvist"),
            F("Ibáñez"),
            F("De Luca"),
        ),
    ),
    Culture(
        "central_european",
        2.5,
        True,
        "western",
        (
            G("Ayşe", "f"),
            G("Mehmet", "m"),
            G("Çağla", "f"),
            G("Ştefan", "m"),
            G("Ioana", "f"),
            G("Jiří", "m"),
            G("Věra", "f"),
            G("Zsófia", "f"),
            G("Gábor", "m"),
            G("Rūta", "f"),
            G("Tomáš", "m"),
            G("Dóra", "f"),
        ),
        (
            F("Yılmaz"),
            F("Öztürk"),
            F("Demir"),
            F("Popescu"),
            F("Dumitrescu"),
            F("Dvořák"),
            F("Kovács"),
            F("Szőke"),
            F("Kazlauskas"),
            F("Horváth"),
        ),
    ),
    Culture(
        "greek",
        1.8,
        False,
        "western",
        (
            G("Αλέξανδρος", "m", "Alexandros", "Alex"),
            G("Μαρία", "f", "Maria"),
            G("Γιώργος", "m", "Giorgos"),
            G("Ελένη", "f", "Eleni"),
            G("Νίκος", "m", "Nikos"),
            G("Κατερίνα", "f", "Katerina"),
            G("Δημήτρης", "m", "Dimitris"),
            G("Σοφία", "f", "Sofia"),
            G("Χρύσανθος", "m", "Chrysanthos", "Chris"),
            G("Αθηνά", "f", "Athina"),
        ),
        (
            F("Παπαδόπουλος", "Παπαδοπούλου", "Papadopoulos", "Papadopoulou"),
            F("Γεωργίου", "", "Georgiou"),
            F("Ιωάννου", "", "Ioannou"),
            F("Κωνσταντίνου", "", "Konstantinou"),
            F("Οικονόμου", "", "Oikonomou"),
            F("Νικολάου", "", "Nikolaou"),
            F("Χριστοδούλου", "", "Christodoulou"),
            F("Παπαγεωργίου", "", "Papageorgiou"),
        ),
    ),
    Culture(
        "ukrainian",
        2,
        False,
        "western",
        (
            G("Андрій", "m", "Andriy"),
            G("Ольга", "f", "Olha"),
            G("Оксана", "f", "Oksana"),
            G("Тарас", "m", "Taras"),
            G("Ірина", "f", "Iryna"),
            G("Дмитро", "m", "Dmytro"),
            G("Наталія", "f", "Nataliia"),
            G("Богдан", "m", "Bohdan"),
            G("Юлія", "f", "Yuliia"),
            G("Олександр", "m", "Oleksandr", "Sasha"),
            G("Софія", "f", "Sofiia"),
        ),
        (
            F("Коваленко", "", "Kovalenko"),
            F("Бондаренко", "", "Bondarenko"),
            F("Ткаченко", "", "Tkachenko"),
            F("Мельник", "", "Melnyk"),
            F("Кравчук", "", "Kravchuk"),
            F("Савчук", "", "Savchuk"),
            F("Литвиненко", "", "Lytvynenko"),
            F("Шевчук", "", "Shevchuk"),
            F("Гнатюк", "", "Hnatiuk"),
        ),
    ),
    Culture(
        "arabic",
        2,
        False,
        "western",
        (
            G("محمد", "m", "Mohammed"),
            G("أحمد", "m", "Ahmed"),
            G("فاطمة", "f", "Fatima"),
            G("مريم", "f", "Maryam"),
            G("يوسف", "m", "Yusuf"),
            G("ليلى", "f", "Layla"),
            G("عمر", "m", "Omar"),
            G("نور", "x", "Nour"),
            G("خالد", "m", "Khalid"),
            G("سارة", "f", "Sara"),
        ),
        (
            F("الحسن", "", "Al-Hassan"),
            F("الخطيب", "", "Al-Khatib"),
            F("منصور", "", "Mansour"),
            F("حداد", "", "Haddad"),
            F("عبد الله", "", "Abdullah"),
            F("الشامي", "", "Al-Shami"),
            F("النجار", "", "Al-Najjar"),
            F("السيد", "", "El-Sayed"),
        ),
    ),
    Culture(
        "hebrew",
        1.2,
        False,
        "western",
        (
            G("נועה", "f", "Noa"),
            G("דוד", "m", "David"),
            G("תמר", "f", "Tamar"),
            G("יונתן", "m", "Yonatan", "Yoni"),
            G("שירה", "f", "Shira"),
            G("אריאל", "x", "Ariel"),
            G("מיכל", "f", "Michal"),
            G("איתן", "m", "Eitan"),
        ),
        (
            F("כהן", "", "Cohen"),
            F("לוי", "", "Levi"),
            F("מזרחי", "", "Mizrahi"),
            F("פרץ", "", "Peretz"),
            F("ביטון", "", "Biton"),
            F("אברהם", "", "Avraham"),
            F("פרידמן", "", "Friedman"),
        ),
    ),
    Culture(
        "hindi",
        1.5,
        False,
        "western",
        (
            G("अर्जुन", "m", "Arjun"),
            G("प्रिया", "f", "Priya"),
            G("राहुल", "m", "Rahul"),
            G("अनन्या", "f", "Ananya"),
            G("विक्रम", "m", "Vikram"),
            G("दीपिका", "f", "Deepika"),
            G("सुनीता", "f", "Sunita"),
            G("आदित्य", "m", "Aditya"),
            G("कविता", "f", "Kavita"),
        ),
        (
            F("शर्मा", "", "Sharma"),
            F("गुप्ता", "", "Gupta"),
            F("वर्मा", "", "Verma"),
            F("जोशी", "", "Joshi"),
            F("मेहता", "", "Mehta"),
            F("पटेल", "", "Patel"),
            F("अग्रवाल", "", "Agarwal"),
        ),
    ),
    Culture(
        "tamil",
        1.2,
        False,
        "western",
        (
            G("கார்த்திக்", "m", "Karthik"),
            G("பிரியா", "f", "Priya"),
            G("அருண்", "m", "Arun"),
            G("மீனா", "f", "Meena"),
            G("செல்வி", "f", "Selvi"),
            G("விஜய்", "m", "Vijay"),
            G("லட்சுமி", "f", "Lakshmi"),
        ),
        (
            F("சுப்பிரமணியம்", "", "Subramaniam"),
            F("ராஜேந்திரன்", "", "Rajendran"),
            F("கிருஷ்ணன்", "", "Krishnan"),
            F("முருகன்", "", "Murugan"),
            F("சிவகுமார்", "", "Sivakumar"),
        ),
    ),
    Culture(
        "bengali",
        1.2,
        False,
        "western",
        (
            G("সুমাইয়া", "f", "Sumaiya"),
            G("তানভীর", "m", "Tanvir"),
            G("নাসরিন", "f", "Nasrin"),
            G("রুবিনা", "f", "Rubina"),
            G("আরিফ", "m", "Arif"),
            G("ফারহানা", "f", "Farhana"),
        ),
        (
            F("রহমান", "", "Rahman"),
            F("আহমেদ", "", "Ahmed"),
            F("চৌধুরী", "", "Chowdhury"),
            F("উদ্দিন", "", "Uddin"),
            F("হোসেন", "", "Hossain"),
        ),
    ),
    Culture(
        "punjabi",
        1.2,
        False,
        "western",
        (
            G("ਹਰਪ੍ਰੀਤ", "x", "Harpreet"),
            G("ਗੁਰਪ੍ਰੀਤ", "x", "Gurpreet"),
            G("ਮਨਦੀਪ", "x", "Mandeep"),
            G("ਜਸਵਿੰਦਰ", "x", "Jaswinder"),
            G("ਅਮਨਦੀਪ", "x", "Amandeep"),
            G("ਸਿਮਰਨ", "f", "Simran"),
        ),
        (
            F("ਸਿੰਘ", "ਕੌਰ", "Singh", "Kaur"),
            F("ਸੰਧੂ", "", "Sandhu"),
            F("ਗਿੱਲ", "", "Gill"),
        ),
    ),
    Culture(
        "chinese",
        1.3,
        False,
        "joined",
        (
            G("芳", "f", "Fang"),
            G("伟", "m", "Wei"),
            G("静", "f", "Jing"),
            G("磊", "m", "Lei"),
            G("敏", "x", "Min"),
            G("丽华", "f", "Lihua"),
            G("建国", "m", "Jianguo"),
            G("晓明", "m", "Xiaoming"),
            G("婷婷", "f", "Tingting"),
        ),
        (
            F("王", "", "Wang"),
            F("李", "", "Li"),
            F("张", "", "Zhang"),
            F("刘", "", "Liu"),
            F("陈", "", "Chen"),
            F("杨", "", "Yang"),
            F("赵", "", "Zhao"),
        ),
    ),
    Culture(
        "hong_kong",
        1.2,
        False,
        "joined",
        (
            G("嘉欣", "f", "Ka Yan"),
            G("志明", "m", "Chi Ming"),
            G("詠詩", "f", "Wing Sze"),
            G("家豪", "m", "Ka Ho"),
            G("美玲", "f", "Mei Ling"),
            G("俊傑", "m", "Chun Kit"),
            G("凱琳", "f", "Hoi Lam"),
        ),
        (
            F("陳", "", "Chan"),
            F("黃", "", "Wong"),
            F("李", "", "Lee"),
            F("張", "", "Cheung"),
            F("梁", "", "Leung"),
            F("林", "", "Lam"),
        ),
    ),
    Culture(
        "japanese",
        0.7,
        False,
        "joined",
        (
            G("花子", "f", "Hanako"),
            G("陽菜", "f", "Hina"),
            G("健太", "m", "Kenta"),
            G("翔", "m", "Shō"),
            G("美咲", "f", "Misaki"),
            G("大輔", "m", "Daisuke"),
            G("さくら", "f", "Sakura"),
            G("あおい", "x", "Aoi"),
        ),
        (
            F("佐藤", "", "Satō"),
            F("鈴木", "", "Suzuki"),
            F("高橋", "", "Takahashi"),
            F("田中", "", "Tanaka"),
            F("渡辺", "", "Watanabe"),
            F("伊藤", "", "Itō"),
        ),
    ),
    Culture(
        "korean",
        0.7,
        False,
        "joined",
        (
            G("민준", "m", "Min-jun"),
            G("서연", "f", "Seo-yeon"),
            G("지훈", "m", "Ji-hoon"),
            G("수빈", "x", "Su-bin"),
            G("하은", "f", "Ha-eun"),
            G("도윤", "m", "Do-yoon"),
        ),
        (
            F("김", "", "Kim"),
            F("이", "", "Lee"),
            F("박", "", "Park"),
            F("최", "", "Choi"),
            F("정", "", "Jung"),
            F("강", "", "Kang"),
        ),
    ),
)


class Showcase(NamedTuple):
    """A person every demo holds, whatever the seed, so that each script and edge case is present."""

    full_name: str
    badge_name: str
    pronouns: str
    email_local: str
    gender: str


#: Every demo event holds these people: the scripts badge printing must handle, an emoji in a badge
#: name and a name long enough to overflow a badge.
SHOWCASE: tuple[Showcase, ...] = (
    Showcase("Siân Llewelyn-Jones", "Siân", "she/her", "sian.llewelyn-jones", "f"),
    Showcase("Niamh Ní Bhriain", "Niamh", "she/her", "niamh.nibhriain", "f"),
    Showcase("Wojciech Wąsowski", "Wojtek", "he/him", "wojciech.wasowski", "m"),
    Showcase("Zofia Kaczmarczyk", "Zosia", "", "zofia.kaczmarczyk", "f"),
    Showcase("Nguyễn Thị Hương", "Hương", "she/her", "huong.nguyen", "f"),
    Showcase("Trần Văn Đức", "Đức", "he/him", "duc.tran", "m"),
    Showcase("Αλέξανδρος Παπαδόπουλος", "Alex", "he/him", "alexandros.papadopoulos", "m"),
    Showcase("Андрій Ткаченко", "Андрій", "", "andriy.tkachenko", "m"),
    Showcase("محمد الحسن", "Mohammed", "he/him", "mohammed.alhassan", "m"),
    Showcase("נועה כהן", "נועה", "she/her", "noa.cohen", "f"),
    Showcase("अर्जुन शर्मा", "Arjun", "he/him", "arjun.sharma", "m"),
    Showcase("கார்த்திக் சுப்பிரமணியம்", "Karthik", "", "karthik.subramaniam", "m"),
    Showcase("王芳", "王芳", "she/her", "fang.wang", "f"),
    Showcase("佐藤花子", "Hanako", "", "hanako.sato", "f"),
    Showcase("渡辺さくら", "さくら", "she/her", "sakura.watanabe", "f"),
    Showcase("김민준", "민준", "he/him", "minjun.kim", "m"),
    Showcase("Sam Okonkwo-Reid", "Sam 🌈", "they/them", "sam.okonkwo-reid", "x"),
    Showcase(
        "Alexandra Wolstenholme-Featherstonehaugh-Montgomery",
        "Alexandra Wolstenholme-Featherstonehaugh-Montgomery",
        "she/her",
        "alexandra.wolstenholme",
        "f",
    ),
)

# -------------------------------------------------------------------------------------- organisations


class Organisation(NamedTuple):
    """An organisation people come from; ``weight`` makes the host city's region more likely."""

    name: str
    kind: str  # an OrganisationType value
    weight: float = 1.0


_LG = "local_government"
_CG = "central_government"
_PS = "public_sector"
_CH = "charity"
_SU = "supplier"
_AC = "academic"
_OT = "other"

ORGANISATIONS: tuple[Organisation, ...] = (
    # Local government: the host city and its region first, then the rest of the four nations.
    Organisation("Birmingham City Council", _LG, 8),
    Organisation("Sandwell Metropolitan Borough Council", _LG, 3),
    Organisation("Dudley Metropolitan Borough Council", _LG, 2),
    Organisation("Walsall Council", _LG, 2),
    Organisation("Solihull Metropolitan Borough Council", _LG, 2.5),
    Organisation("City of Wolverhampton Council", _LG, 2.5),
    Organisation("Coventry City Council", _LG, 2.5),
    Organisation("Warwickshire County Council", _LG, 1.5),
    Organisation("Worcestershire County Council", _LG, 1.5),
    Organisation("Staffordshire County Council", _LG, 1.5),
    Organisation("Shropshire Council", _LG, 1.2),
    Organisation("Leeds City Council", _LG, 1.5),
    Organisation("Manchester City Council", _LG, 1.5),
    Organisation("Sheffield City Council", _LG),
    Organisation("Bristol City Council", _LG, 1.2),
    Organisation("Liverpool City Council", _LG),
    Organisation("Newcastle City Council", _LG),
    Organisation("Nottingham City Council", _LG),
    Organisation("Leicester City Council", _LG),
    Organisation("Stockport Metropolitan Borough Council", _LG, 1.2),
    Organisation("Kirklees Council", _LG),
    Organisation("Kent County Council", _LG, 1.2),
    Organisation("Essex County Council", _LG, 1.2),
    Organisation("Hertfordshire County Council", _LG),
    Organisation("Suffolk County Council", _LG),
    Organisation("Norfolk County Council", _LG),
    Organisation("Lancashire County Council", _LG),
    Organisation("Devon County Council", _LG),
    Organisation("Surrey County Council", _LG),
    Organisation("Cornwall Council", _LG),
    Organisation("Buckinghamshire Council", _LG),
    Organisation("Wiltshire Council", _LG),
    Organisation("North Yorkshire Council", _LG),
    Organisation("Westmorland and Furness Council", _LG, 0.6),
    Organisation("Durham County Council", _LG),
    Organisation("London Borough of Hackney", _LG, 1.5),
    Organisation("London Borough of Camden", _LG, 1.2),
    Organisation("London Borough of Lambeth", _LG),
    Organisation("London Borough of Barnet", _LG),
    Organisation("Royal Borough of Greenwich", _LG),
    Organisation("London Borough of Waltham Forest", _LG),
    Organisation("London Borough of Tower Hamlets", _LG),
    Organisation("Westminster City Council", _LG),
    Organisation("Brighton & Hove City Council", _LG),
    Organisation("Portsmouth City Council", _LG),
    Organisation("Plymouth City Council", _LG),
    Organisation("Milton Keynes City Council", _LG),
    Organisation("Hull City Council", _LG),
    Organisation("City of York Council", _LG),
    Organisation("Stevenage Borough Council", _LG, 0.6),
    Organisation("Huntingdonshire District Council", _LG, 0.6),
    Organisation("South Cambridgeshire District Council", _LG, 0.6),
    Organisation("Adur & Worthing Councils", _LG, 0.8),
    Organisation("Mid Suffolk District Council", _LG, 0.6),
    Organisation("Frome Town Council", _LG, 0.5),
    Organisation("Cardiff Council", _LG, 1.2),
    Organisation("Cyngor Gwynedd", _LG),
    Organisation("Swansea Council", _LG),
    Organisation("Monmouthshire County Council", _LG),
    Organisation("Powys County Council", _LG),
    Organisation("Ceredigion County Council", _LG, 0.6),
    Organisation("Isle of Anglesey County Council", _LG, 0.6),
    Organisation("Rhondda Cynon Taf County Borough Council", _LG, 0.8),
    Organisation("Glasgow City Council", _LG, 1.2),
    Organisation("The City of Edinburgh Council", _LG),
    Organisation("Aberdeen City Council", _LG),
    Organisation("Dundee City Council", _LG),
    Organisation("The Highland Council", _LG),
    Organisation("Fife Council", _LG),
    Organisation("Comhairle nan Eilean Siar", _LG, 0.5),
    Organisation("Argyll and Bute Council", _LG, 0.6),
    Organisation("Belfast City Council", _LG, 1.2),
    Organisation("Derry City and Strabane District Council", _LG),
    Organisation("Armagh City, Banbridge and Craigavon Borough Council", _LG, 0.8),
    Organisation("Newry, Mourne and Down District Council", _LG, 0.6),
    Organisation("West Midlands Combined Authority", _LG, 2),
    Organisation("Greater Manchester Combined Authority", _LG),
    # Central and devolved government.
    Organisation("Government Digital Service", _CG, 3),
    Organisation("Ministry of Housing, Communities and Local Government", _CG, 3),
    Organisation("Department for Work and Pensions", _CG, 2),
    Organisation("HM Revenue & Customs", _CG, 1.5),
    Organisation("Office for National Statistics", _CG, 1.5),
    Organisation("Cabinet Office", _CG),
    Organisation("Department for Education", _CG),
    Organisation("Department for Science, Innovation and Technology", _CG, 1.5),
    Organisation("Ministry of Justice", _CG),
    Organisation("Home Office", _CG),
    Organisation("Department for Environment, Food & Rural Affairs", _CG),
    Organisation("Welsh Government", _CG),
    Organisation("Scottish Government", _CG),
    Organisation("HM Land Registry", _CG, 0.8),
    # The wider public sector.
    Organisation("NHS England", _PS, 2),
    Organisation("Birmingham and Solihull Integrated Care Board", _PS, 1.5),
    Organisation("Local Government Association", _PS, 2),
    Organisation("Welsh Local Government Association", _PS),
    Organisation("Improvement Service", _PS),
    Organisation("London Office of Technology and Innovation", _PS, 1.5),
    Organisation("Transport for West Midlands", _PS, 1.5),
    Organisation("Environment Agency", _PS),
    Organisation("Ordnance Survey", _PS),
    Organisation("West Midlands Fire Service", _PS),
    # Charities and not-for-profits.
    Organisation("Citizens Advice", _CH, 2),
    Organisation("mySociety", _CH, 1.5),
    Organisation("Shelter", _CH),
    Organisation("Age UK", _CH),
    Organisation("Mind", _CH),
    Organisation("Scope", _CH),
    Organisation("RNIB", _CH),
    Organisation("Good Things Foundation", _CH, 1.5),
    Organisation("Turn2us", _CH),
    Organisation("Joseph Rowntree Foundation", _CH),
    Organisation("Open Data Institute", _CH),
    Organisation("Nesta", _CH),
    Organisation("Birmingham Voluntary Service Council", _CH, 1.5),
    Organisation("Democracy Club", _CH),
    # Suppliers: invented names.
    Organisation("Canalside Digital", _SU, 1.5),
    Organisation("Kestrel Civic Ltd", _SU),
    Organisation("Oakapple Data Co-operative", _SU),
    Organisation("Redbrick Services", _SU),
    Organisation("Tilehurst Labs", _SU),
    Organisation("Brightwater UX", _SU),
    Organisation("Ninefold Software", _SU),
    Organisation("Lantern Research Studio", _SU),
    Organisation("Moorland Cloud", _SU),
    Organisation("Copperplate Design Co-op", _SU),
    Organisation("Skylark Accessibility", _SU),
    Organisation("Wayfinder Data", _SU),
    # Universities.
    Organisation("University of Birmingham (INLOGOV)", _AC, 1.5),
    Organisation("Aston University", _AC),
    Organisation("Birmingham City University", _AC),
    Organisation("University of Wolverhampton", _AC),
    Organisation("Cardiff University", _AC),
    Organisation("University of Glasgow", _AC),
    Organisation("Queen's University Belfast", _AC),
    Organisation("Bangor University", _AC),
    # Everyone else.
    Organisation("Freelance", _OT, 2),
    Organisation("Independent consultant", _OT),
    Organisation("Between jobs", _OT, 0.6),
)

#: How likely each kind of organisation is among applicants (they sum to 1).
ORGANISATION_MIX: tuple[tuple[str, float], ...] = (
    (_LG, 0.55),
    (_CG, 0.12),
    (_PS, 0.08),
    (_CH, 0.10),
    (_SU, 0.09),
    (_AC, 0.04),
    (_OT, 0.02),
)

#: Where those with no organisation's address use a personal one.
PERSONAL_DOMAINS: tuple[str, ...] = ("mail.example", "post.example", "inbox.example")

# -------------------------------------------------------------------------------------- about people

PRONOUNS_BY_GENDER: dict[str, tuple[tuple[str, float], ...]] = {
    "f": (("she/her", 0.86), ("she/they", 0.08), ("they/them", 0.05), ("any pronouns", 0.01)),
    "m": (("he/him", 0.88), ("he/they", 0.07), ("they/them", 0.04), ("any pronouns", 0.01)),
    "x": (("they/them", 0.4), ("she/her", 0.25), ("he/him", 0.25), ("she/they", 0.05), ("he/they", 0.05)),
}

ACCESS_NEEDS: tuple[str, ...] = (
    "Step-free access",
    "Wheelchair user; step-free access please",
    "Hearing loop",
    "BSL interpreter",
    "Live captions if possible",
    "Quiet space to take breaks",
    "Large-print programme",
    "Seat near the front (partially sighted)",
    "Guide dog will be with me",
    "May need to leave sessions at short notice",
)

#: Access needs that call for a step-free room when the person hosts a session.
STEP_FREE_NEEDS: tuple[str, ...] = ("Step-free access", "Wheelchair user; step-free access please")
HEARING_NEEDS: tuple[str, ...] = ("Hearing loop", "Live captions if possible")

DIETARY_NEEDS: tuple[str, ...] = (
    "Vegetarian",
    "Vegan",
    "Halal",
    "Kosher",
    "Gluten-free",
    "Coeliac",
    "Dairy-free",
    "Nut allergy (severe)",
    "Pescatarian",
    "No pork",
    "Vegetarian, no eggs",
)

#: Demo check-in codes are ten characters (from govcamp.domain.checkin_codes, like every code).
CHECKIN_LENGTH = 10

# ------------------------------------------------------------------------------------- event and venue

#: Organisations in Wales: their people are more likely to prefer Welsh for their badge (the demo gives it to
#: a deterministic share of them; see ``govcamp.services.demo``).
WELSH_ORGANISATIONS = frozenset(
    {
        "Cardiff Council",
        "Cyngor Gwynedd",
        "Swansea Council",
        "Monmouthshire County Council",
        "Powys County Council",
        "Ceredigion County Council",
        "Isle of Anglesey County Council",
        "Rhondda Cynon Taf County Borough Council",
        "Welsh Government",
        "Welsh Local Government Association",
        "Cardiff University",
    }
)

EVENT_NAME = "LocalGovCamp 2027"
VENUE = "The Council House, Victoria Square, Birmingham B1 1BB"
EVENT_DESCRIPTION = (
    "LocalGovCamp is a free unconference for people who work in and around local government: officers, "
    "councillors, suppliers, charities and anyone who cares about local public services. There is no "
    "agenda until the morning: anyone can pitch a session, we build the grid together, and the notes "
    "from every room are shared afterwards. This year we are in Birmingham, with step-free access to "
    "every floor, a quiet room all day and BSL interpretation in the main hall."
)


class RoomSpec(NamedTuple):
    name: str
    capacity: int
    features: tuple[str, ...]


ROOMS: tuple[RoomSpec, ...] = (
    RoomSpec("Banqueting Suite", 150, ("hearing_loop", "projector", "screen", "step_free")),
    RoomSpec("Council Chamber", 80, ("hearing_loop", "screen", "step_free")),
    RoomSpec("Committee Room 1", 40, ("screen", "step_free", "whiteboard")),
    RoomSpec("Committee Room 2", 32, ("hearing_loop", "projector", "step_free", "whiteboard")),
    # Up a half-flight of stairs: the one room that is not step-free.
    RoomSpec("Committee Room 3", 24, ("screen", "whiteboard")),
    RoomSpec("Committee Room 4", 20, ("step_free", "whiteboard")),
    RoomSpec("Ante Room", 16, ("screen", "step_free")),
    RoomSpec("Quiet room", 12, ("quiet", "step_free")),
)

#: The room (by name) that is needed elsewhere for one session slot (by 1-based number).
UNAVAILABLE_ROOM = "Council Chamber"
UNAVAILABLE_SESSION_SLOT = 4  # a citizenship ceremony on Saturday afternoon


class SlotSpec(NamedTuple):
    start: str  # local time, HH:MM
    end: str
    kind: str  # a SlotKind value
    label: str


TIMETABLE: tuple[SlotSpec, ...] = (
    SlotSpec("08:45", "09:30", "plenary", "Registration and coffee"),
    SlotSpec("09:30", "10:15", "plenary", "Welcome and pitches"),
    SlotSpec("10:30", "11:15", "session", "Session 1"),
    SlotSpec("11:15", "11:35", "break", "Morning break"),
    SlotSpec("11:35", "12:20", "session", "Session 2"),
    SlotSpec("12:30", "13:15", "session", "Session 3"),
    SlotSpec("13:15", "14:05", "lunch", "Lunch"),
    SlotSpec("14:05", "14:55", "session", "Session 4"),
    SlotSpec("15:05", "15:50", "session", "Session 5"),
    SlotSpec("15:50", "16:10", "break", "Afternoon break"),
    SlotSpec("16:10", "16:55", "session", "Session 6"),
    SlotSpec("17:00", "17:30", "plenary", "Closing: what happens next"),
)

# ------------------------------------------------------------------------------------------- sessions


class Pitch(NamedTuple):
    title: str
    description: str
    tags: tuple[str, ...]
    needs: tuple[str, ...] = ()


#: The tag vocabulary, for reference and for tests.
TAGS: tuple[str, ...] = (
    "accessibility",
    "agile",
    "ai",
    "climate",
    "collaboration",
    "content",
    "culture",
    "cyber",
    "data",
    "democracy",
    "digital-inclusion",
    "housing",
    "planning",
    "procurement",
    "research",
    "services",
    "show-and-tell",
    "skills",
    "social-care",
    "websites",
    "wellbeing",
)

PITCHES: tuple[Pitch, ...] = (
    Pitch(
        "Open data in planning",
        "How are councils publishing planning applications as open data, and who actually uses it? "
        "Bring your examples and your horror stories.",
        ("data", "planning"),
    ),
    Pitch(
        "Making council websites accessible",
        "Beyond the accessibility statement: what it takes to keep a big council website meeting WCAG 2.2 "
        "when two hundred people can publish to it.",
        ("accessibility", "websites"),
        ("screen",),
    ),
    Pitch(
        "What we learned moving to Microsoft 365",
        "Two years into our move off on-premises everything. What went well, what we would do "
        "differently, and what nobody warned us about.",
        ("culture", "skills"),
    ),
    Pitch(
        "AI in social care: where are the guardrails?",
        "Generative AI tools are being sold into adult social care. What should we ask before anyone "
        "types a case note into one?",
        ("ai", "social-care", "data"),
    ),
    Pitch(
        "Digital inclusion in rural Wales",
        "Connectivity, confidence and cost: lessons from libraries and community hubs in Gwynedd and Powys.",
        ("digital-inclusion", "collaboration"),
    ),
    Pitch(
        "Agile in a waterfall organisation",
        "Running sprints when the budget is set annually and the committee meets quarterly. "
        "Survival tips welcome.",
        ("agile", "culture"),
    ),
    Pitch(
        "Show and tell: our new bins service",
        "We rebuilt missed-bin reporting with residents. Ten minutes of demo, then questions about "
        "what broke.",
        ("show-and-tell", "services"),
        ("screen",),
    ),
    Pitch(
        "User research with no budget",
        "Guerrilla research, borrowing researchers from neighbours, and persuading a service that five "
        "interviews beat none.",
        ("research", "skills"),
    ),
    Pitch(
        "The climate emergency: measuring what matters",
        "Carbon dashboards, data gaps, and whether any of it changes a decision.",
        ("climate", "data"),
    ),
    Pitch(
        "Procurement that doesn't lock us in",
        "How do we buy software so that we own our data and can leave? Contracts, exit plans and open "
        "standards.",
        ("procurement", "data"),
    ),
    Pitch(
        "Cyber resilience after an incident",
        "A council that lived through a ransomware attack talks frankly about recovery. Chatham House "
        "rule applies.",
        ("cyber", "culture"),
    ),
    Pitch(
        "LocalGov Drupal: a year of sharing",
        "What it is like to build a council website on a shared platform, and how to get involved.",
        ("websites", "collaboration"),
        ("screen",),
    ),
    Pitch(
        "Housing repairs: fixing the first contact",
        "Damp and mould reports keep rising. How can the first contact get the right information to the "
        "right team?",
        ("housing", "services"),
    ),
    Pitch(
        "Plain English for policy people",
        "A practical hour rewriting letters and web pages so residents understand them first time.",
        ("content", "accessibility"),
        ("whiteboard",),
    ),
    Pitch(
        "Burnout in local government digital teams",
        "A gentle, confidential conversation about workload and looking after each other.",
        ("wellbeing", "culture"),
        ("quiet",),
    ),
    Pitch(
        "Data sharing between councils and the NHS",
        "Information governance is the excuse we all use. Where has sharing actually worked, and why?",
        ("data", "social-care", "collaboration"),
    ),
    Pitch(
        "Using AI to summarise consultation responses",
        "We tried a large language model on 4,000 free-text responses. Here is where it matched our "
        "human coders and where it did not.",
        ("ai", "democracy", "data"),
        ("screen",),
    ),
    Pitch(
        "Welsh-language digital services",
        "Designing bilingual services from the start rather than translating at the end. Croeso i bawb.",
        ("content", "services"),
    ),
    Pitch(
        "Apprenticeships: growing our own digital talent",
        "What worked for councils that hired digital apprentices, and what the apprentices say about it.",
        ("skills", "culture"),
    ),
    Pitch(
        "Making committee papers usable",
        "Hundreds of PDFs a month: can we make council meetings easier to follow for residents and "
        "councillors?",
        ("democracy", "accessibility"),
    ),
    Pitch(
        "Council tax support: designing for people in crisis",
        "What we learned redesigning an application form with people who are behind on their bills.",
        ("services", "research"),
    ),
    Pitch(
        "Legacy systems: what's your oldest?",
        "A light-hearted confessional about mainframes, Access databases and the spreadsheet that runs "
        "a statutory service.",
        ("data", "culture"),
    ),
    Pitch(
        "Product management in councils",
        "Do we have product managers yet? Roles, career paths, and explaining the job to HR.",
        ("skills", "agile"),
    ),
    Pitch(
        "Homes for Ukraine: the digital lessons",
        "Councils stood up a new service in weeks. What should we keep from how we worked?",
        ("services", "collaboration", "housing"),
    ),
    Pitch(
        "Designing for neurodivergent residents and staff",
        "Forms, offices and meetings that work for more minds. Lived experience very welcome.",
        ("accessibility", "research"),
    ),
    Pitch(
        "SEND transport: a service under pressure",
        "Home-to-school transport for children with special educational needs is one of our fastest "
        "growing costs. Could better services help families and budgets?",
        ("services", "social-care"),
    ),
    Pitch(
        "Algorithmic transparency for councils",
        "Should every council publish a record of the algorithms it uses? What would a simple register "
        "look like?",
        ("ai", "data", "democracy"),
    ),
    Pitch(
        "Working in the open",
        "Weeknotes, public roadmaps and blogging when your communications team is nervous.",
        ("culture", "collaboration"),
    ),
    Pitch(
        "Digital inclusion for older residents",
        "Device lending, digital champions and keeping the phone line open.",
        ("digital-inclusion", "social-care"),
    ),
    Pitch(
        "Shared services: when do they work?",
        "Three councils, one team: the honest story of what sharing saved and what it cost.",
        ("collaboration", "procurement"),
    ),
    Pitch(
        "Planning software: can we fix the back office?",
        "The planning register is only as good as the system behind it. What are councils doing about it?",
        ("planning", "procurement", "data"),
    ),
    Pitch(
        "Chatbots on council websites: worth it?",
        "Residents, contact centre staff and web teams have opinions. Let's hear them.",
        ("ai", "websites", "services"),
    ),
    Pitch(
        "Design systems for local government",
        "Patterns, components and the case for sharing one between councils.",
        ("websites", "accessibility", "collaboration"),
        ("screen",),
    ),
    Pitch(
        "Councillors and digital: building trust",
        "How officers and members can talk about digital change without talking past each other.",
        ("democracy", "culture"),
    ),
    Pitch(
        "Forms that work on a phone",
        "Most of our residents fill in forms on a phone. Most of our forms were designed on a desktop.",
        ("websites", "accessibility", "services"),
        ("screen",),
    ),
    Pitch(
        "Measuring the value of digital work",
        "Savings, benefits or stories? How do we show a cabinet member that a redesign paid off?",
        ("data", "culture"),
    ),
    Pitch(
        "Adult social care records: what good looks like",
        "Case management systems, practitioners' time and the people the records are about.",
        ("social-care", "data"),
    ),
    Pitch(
        "Libraries as digital hubs",
        "Libraries already help people online every day. How do we back them properly?",
        ("digital-inclusion", "services"),
    ),
    Pitch(
        "Cloud costs: who is watching the bill?",
        "Moving to the cloud was meant to be cheaper. Budget-holders, finance and tech in one room.",
        ("procurement", "skills"),
    ),
    Pitch(
        "Accessible PDFs, or just stop making PDFs?",
        "When a PDF is the right answer, and how to make the rest into web pages.",
        ("accessibility", "content"),
    ),
    Pitch(
        "Participatory budgeting online",
        "Letting residents decide how to spend a small pot: tools, turnout and who gets left out.",
        ("democracy", "digital-inclusion"),
    ),
    Pitch(
        "Neighbourhood working and data",
        "Joining up what we know about a place without building a surveillance system.",
        ("data", "collaboration"),
    ),
    Pitch(
        "Asking about sex and gender on forms",
        "How to ask respectfully and lawfully, and only when the service really needs to know.",
        ("research", "services", "accessibility"),
    ),
    Pitch(
        "A digital team in a district council of 300 staff",
        "Small councils, big expectations: how a team of three gets things done.",
        ("skills", "culture"),
    ),
    Pitch(
        "Flood warnings and resident communications",
        "Text alerts, sandbags and the website falling over at the worst moment.",
        ("climate", "services", "content"),
    ),
    Pitch(
        "Open source in local government",
        "Reusing and publishing code between councils: licences, governance and who maintains it.",
        ("collaboration", "procurement"),
    ),
    Pitch(
        "Data maturity: where does your council sit?",
        "Self-assessment frameworks and whether they help us improve or just fill a spreadsheet.",
        ("data", "skills"),
    ),
    Pitch(
        "Hybrid meetings that include everyone",
        "Half the room is online. How do we make sure those people can take part too?",
        ("democracy", "accessibility"),
        ("hearing_loop", "screen"),
    ),
    Pitch(
        "Channel shift without leaving people behind",
        "Moving people from the phone to the web, and keeping the phone line for those who need it.",
        ("services", "digital-inclusion"),
    ),
    Pitch(
        "Cost of living: joining up support",
        "Food banks, benefits advice and council services: one front door or many?",
        ("services", "data", "collaboration"),
    ),
    Pitch(
        "The Local Digital Declaration, nearly ten years on",
        "What did signing it change, and what would we put in a new one?",
        ("collaboration", "culture"),
    ),
    Pitch(
        "Show and tell: parking permits built with our neighbours",
        "Two councils, one service, one codebase. A demo and the governance that made it possible.",
        ("show-and-tell", "collaboration"),
        ("screen",),
    ),
    Pitch(
        "Show and tell: AI note-taking in children's services",
        "Six months of a pilot, what social workers told us, and what we stopped doing.",
        ("show-and-tell", "ai", "social-care"),
        ("screen",),
    ),
    Pitch(
        "Recruiting digital people on council pay scales",
        "Job descriptions, grading panels and why the best candidate went to the bank.",
        ("skills", "culture"),
    ),
    Pitch(
        "A quiet chat about imposter syndrome",
        "Small group, no slides, no notes taken without everyone's say-so.",
        ("wellbeing", "skills"),
        ("quiet",),
    ),
    Pitch(
        "GOV.UK One Login for councils?",
        "Could councils use GOV.UK One Login, and what would it mean for residents who already have too "
        "many accounts?",
        ("services", "collaboration"),
    ),
    Pitch(
        "Coproduction with people with lived experience",
        "Paying people properly, sharing power, and not consulting the same ten residents every time.",
        ("research", "social-care"),
    ),
    Pitch(
        "Dashboards nobody reads",
        "We built forty dashboards. Three are used. Let's talk about why.",
        ("data", "culture"),
    ),
    Pitch(
        "Sensors, potholes and the Internet of Things",
        "Which council sensor projects outlived their pilot funding, and what made the difference?",
        ("data", "services"),
    ),
    Pitch(
        "First time at a govcamp? Ask anything",
        "How the day works, how to pitch, and the law of two feet. Old hands welcome to answer.",
        ("culture",),
    ),
)

# ---------------------------------------------------------------------------------------------- notes

#: Discussion points by tag; ``{link:...}`` is replaced with an inline Markdown link.
POINTS_BY_TAG: dict[str, tuple[str, ...]] = {
    "accessibility": (
        "Automated checkers catch maybe a third of issues; testing with disabled people catches the rest",
        "Several councils now test every new page with a screen reader before it goes live",
        "The {link:WCAG 2.2 quick reference|https://www.w3.org/WAI/WCAG22/quickref/} was recommended "
        "as the place to start",
        "Accessibility statements are often out of date within months of being written",
    ),
    "agile": (
        "Sprints only help if the people who decide can come to the show and tells",
        "One council runs a monthly 'show the thing' for councillors, with tea",
        "Annual budget cycles fight against iterative delivery; some teams bid for a 'discovery pot'",
    ),
    "ai": (
        "Nobody in the room had seen a data protection impact assessment that covered a generative tool well",
        "Suggestion: start from the {link:Algorithmic Transparency Recording Standard|"
        "https://www.gov.uk/government/collections/algorithmic-transparency-recording-standard-hub}",
        "Human review is not a safeguard if the reviewer has no time to review",
        "Pilots need an exit: what happens to the data when the trial ends?",
    ),
    "climate": (
        "Scope 3 emissions are most of the footprint and the least measured",
        "Officers want fewer dashboards and more decisions that use the numbers",
    ),
    "collaboration": (
        "Sharing code is easy; sharing ownership is the hard part",
        "The {link:Local Digital Declaration|https://www.localdigital.gov.uk/declaration/} came up "
        "several times as a shared reference point",
        "Regional networks (WMCA, LOTI, the Improvement Service) help small councils join in",
    ),
    "content": (
        "Reading age checks help, but testing with residents helps more",
        "Bilingual content needs its own design time, not a translation budget at the end",
    ),
    "culture": (
        "Permission matters more than tools: teams need a senior sponsor who will say yes",
        "Weeknotes help colleagues see the work, and help us see it ourselves",
        "Several people said they felt less alone after hearing others had the same problems",
    ),
    "cyber": (
        "Practise the recovery, not just the backup: restore something every quarter",
        "The {link:NCSC|https://www.ncsc.gov.uk/} guidance was praised for being readable",
    ),
    "data": (
        "Data quality problems usually start at the point of collection, so fix the form first",
        "Publish the data you already publish in PDFs as CSV too; it costs almost nothing",
        "Data sharing agreements were described as slow but rarely the real blocker",
        "{link:data.gov.uk|https://www.data.gov.uk/} still gets traffic; keep council datasets listed there",
    ),
    "democracy": (
        "Residents read committee papers on phones; PDFs make that miserable",
        "Councillors asked for short summaries at the top of every report",
    ),
    "digital-inclusion": (
        "Libraries and community centres are the front line and need support, not just devices",
        "The {link:Good Things Foundation|https://www.goodthingsfoundation.org/} network was "
        "recommended for device and data schemes",
        "Keep a phone line: some residents will never use the web, and that is fine",
    ),
    "housing": (
        "Photos uploaded with a repair report cut repeat visits noticeably",
        "Tenants want to know what happens next more than they want a portal",
    ),
    "planning": (
        "Planning data is often locked in supplier systems with no export",
        "Open data on applications helps community groups respond earlier",
    ),
    "procurement": (
        "Put data export and exit plans in the contract, not in a later variation",
        "Open standards in specifications make switching suppliers realistic",
        "The {link:Technology Code of Practice|https://www.gov.uk/guidance/the-technology-code-of-practice}"
        " is a useful checklist even outside central government",
    ),
    "research": (
        "Five interviews found most of the big problems; the sixth rarely added much",
        "Pay participants: vouchers are fine, and budget holders usually agree when asked",
    ),
    "services": (
        "Start with the problem residents have, not the system we want to replace",
        "The {link:Service Standard|https://www.gov.uk/service-manual/service-standard} is a good "
        "shared language with central government colleagues",
        "Contact centre staff know where the journey breaks; invite them to the research",
    ),
    "show-and-tell": (
        "The demo went well apart from the Wi-Fi, which everyone agreed was very authentic",
        "Questions were mostly about how the team got permission to work this way",
    ),
    "skills": (
        "Apprentices stay when they have a clear route up",
        "Job descriptions still ask for ten years' experience of tools that are five years old",
    ),
    "social-care": (
        "Practitioners spend a large share of their week on recording; anything that saves time matters",
        "People have a right to read their records, so write them as if they will",
    ),
    "websites": (
        "The {link:GOV.UK Design System|https://design-system.service.gov.uk/} patterns work well for "
        "council forms too",
        "{link:LocalGov Drupal|https://localgovdrupal.org/} now has enough councils to share the "
        "maintenance load",
        "Search logs are the cheapest user research there is",
    ),
    "wellbeing": (
        "Protect lunch breaks, especially on big launch weeks",
        "Managers modelling good habits made more difference than any policy",
    ),
}

GENERAL_POINTS: tuple[str, ...] = (
    "We agreed to keep talking in the LocalGov Slack after today",
    "Someone suggested a follow-up session at the next govcamp",
    "Lots of nodding when someone said 'we tried that in 2019'",
    "The law of two feet was used well: people came and went and nobody minded",
)

QUOTES: tuple[str, ...] = (
    "The best time to fix a form was before it went live. The second best time is now.",
    "We didn't need a new system; we needed to stop doing three things.",
    "If you can't explain it to a councillor in two minutes, you can't explain it to a resident.",
    "Nobody ever got thanked for a perfect risk register.",
    "Ask the people answering the phones. They already know.",
    "Open by default, closed by exception, and write down the exception.",
)

ACTIONS: tuple[str, ...] = (
    "Share the slides and links in the event Slack",
    "Set up a mailing list for people who want to keep talking",
    "Write up the discussion as a blog post",
    "Compare notes on contract clauses with two other councils",
    "Invite the contact centre team to the next show and tell",
    "Draft a one-page guide and circulate it for comments",
    "Run the same session at the regional meetup",
    "Check our accessibility statement against what we heard today",
    "Ask the information governance team to join the next call",
    "Publish our dataset as CSV alongside the PDF",
)

#: Further reading any note might link to: (words to show, address).
READING: tuple[tuple[str, str], ...] = (
    ("the Service Manual", "https://www.gov.uk/service-manual"),
    ("the Service Standard", "https://www.gov.uk/service-manual/service-standard"),
    ("the GOV.UK Design System", "https://design-system.service.gov.uk/"),
    ("GOV.UK Frontend on GitHub", "https://github.com/alphagov/govuk-frontend"),
    ("Local Digital", "https://www.localdigital.gov.uk/"),
    ("the WCAG overview", "https://www.w3.org/WAI/standards-guidelines/wcag/"),
    ("mySociety", "https://www.mysociety.org/"),
    ("mySociety's code", "https://github.com/mysociety"),
    ("LocalGov Drupal", "https://localgovdrupal.org/"),
    ("LocalGov Drupal on GitHub", "https://github.com/localgovdrupal"),
    ("the ONS", "https://www.ons.gov.uk/"),
    ("Good Things Foundation", "https://www.goodthingsfoundation.org/"),
    ("Citizens Advice", "https://www.citizensadvice.org.uk/"),
    ("the NCSC", "https://www.ncsc.gov.uk/"),
)

#: A realistic hostile string: people paste markup into notes, and the archive must show it, not run it.
HOSTILE_POINT = (
    "Quick security aside: someone typed `<script>alert(1)</script>` into a council's feedback form during "
    "the session. It showed the text back rather than running it, which is what we want"
)
