"""Fictional names and contact details for the demo clinic's patients.

Names come from many cultures and scripts (accents, apostrophes, hyphens, Chinese,
Arabic and Cyrillic), so every screen and document meets them. Phone numbers are from
ranges reserved for fiction; e-mail domains are the reserved ``example`` ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.demo.dice import Dice
from planner.domain.vocab import Sex


def split_names(text: str) -> tuple[str, ...]:
    """``"a, b, c"`` as ``("a", "b", "c")``."""
    return tuple(name.strip() for name in text.split(",") if name.strip())


@dataclass(frozen=True, slots=True)
class Culture:
    """Given and family names that belong together; ``family_female`` for gendered ones."""

    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    family_female: tuple[str, ...] = ()
    weight: int = 1


CULTURES: tuple[Culture, ...] = (
    Culture(  # English-speaking
        split_names(
            "Olivia, Amelia, Emily, Charlotte, Sophie, Grace, Hannah, Lucy, Ellie, Jessica, "
            "Zoë, Abigail, Margaret, Elizabeth, Rebecca, Sarah, Claire, Joanne, Karen, "
            "Susan, Heather, Mary-Kate, Anne-Marie, Rosie, Harriet, Megan"
        ),
        split_names(
            "Oliver, George, Harry, Jack, William, Thomas, James, Daniel, Matthew, Samuel, "
            "Benjamin, Edward, Robert, Michael, David, Peter, Andrew, Christopher, Richard, "
            "Stephen, Gareth, Rhys, Callum, Liam, Nathan, Billy-Joe"
        ),
        split_names(
            "Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, "
            "Roberts, Walker, Wright, Robinson, Thompson, White, Hughes, Edwards, Green, "
            "Hall, Wood, Harris, Clarke, Jackson, Smith-Jones, Carter-Brown, Hughes-Parry, "
            "Taylor-Reed, Fox-Hamilton, Ashworth"
        ),
        weight=22,
    ),
    Culture(  # Irish
        split_names(
            "Siobhán, Aoife, Niamh, Saoirse, Róisín, Ciara, Orla, Gráinne, Caoimhe, Sinéad, "
            "Máire, Clodagh, Deirdre, Aisling, Bríd, Éabha"
        ),
        split_names(
            "Seán, Pádraig, Cian, Oisín, Darragh, Ciarán, Eoin, Conor, Diarmuid, Niall, "
            "Ruairí, Tadhg, Colm, Declan, Fionn, Séamus"
        ),
        split_names(
            "O'Brien, O'Connor, O'Sullivan, O'Neill, O'Reilly, O'Donnell, O'Keeffe, D'Arcy, "
            "Murphy, Kelly, Byrne, Ryan, Walsh, McCarthy, Gallagher, Doherty, Kennedy, Lynch, "
            "Quinn, MacNamara, Fitzgerald, Ó Súilleabháin, Mac Giolla Phádraig"
        ),
        weight=6,
    ),
    Culture(  # French
        split_names(
            "Chloé, Léa, Manon, Camille, Inès, Élodie, Hélène, Amélie, Margaux, Anaïs, "
            "Océane, Mélanie, Aurélie, Noémie, Marie-Claire, Anne-Sophie, Zoé"
        ),
        split_names(
            "Jean-Luc, Jean-Pierre, François, Théo, Mathéo, Hugo, Étienne, Jérôme, Benoît, "
            "Loïc, Gaël, Cédric, Sébastien, Frédéric, Rémi, Olivier, Jean-Baptiste"
        ),
        split_names(
            "Dubois, Lefèvre, Moreau, Girard, Faure, Rousseau, Mercier, Bonnet, Lambert, "
            "Fontaine, Chevalier, Béranger, Dupré, Lemaître, Morel-Dupont, Saint-Clair, "
            "Le Goff, D'Aubigné, Pérez-Laurent, Gauthier"
        ),
        weight=6,
    ),
    Culture(  # Italian
        split_names(
            "Giulia, Francesca, Chiara, Alessia, Martina, Giorgia, Sofia, Elisa, Federica, "
            "Ilaria, Paola, Lucia, Benedetta, Gaia"
        ),
        split_names(
            "Giuseppe, Marco, Luca, Matteo, Alessandro, Niccolò, Lorenzo, Davide, Simone, "
            "Andrea, Fabrizio, Pietro, Gianluca, Nicolò"
        ),
        split_names(
            "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, "
            "D'Angelo, D'Amico, Dell'Orto, De Luca, Lo Russo, Mancini, Costa, Conti, "
            "Fontana, Caruso, D'Alessandro"
        ),
        weight=5,
    ),
    Culture(  # Spanish and Latin American
        split_names(
            "Lucía, Sofía, Valentina, Camila, Isabel, Carmen, Ana, Ximena, Mónica, Begoña, "
            "Itziar, Rocío, Ángela, Inés, Mariana, María José, María, Dolores"
        ),
        split_names(
            "José, Jesús, Javier, Álvaro, Andrés, Sebastián, Tomás, Raúl, Iñaki, Joaquín, "
            "Rubén, Óscar, Ignacio, Adrián, Juan Carlos, José Luis, Mateo"
        ),
        split_names(
            "García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, "
            "Núñez, Muñoz, Peña, Ibáñez, Jiménez, Ortiz, Castillo, Romero, Álvarez, "
            "de la Cruz, Ruiz-Pérez, Fernández-Ortega"
        ),
        weight=7,
    ),
    Culture(  # German
        split_names(
            "Anna, Lena, Jana, Katharina, Sabine, Ursula, Brigitte, Jutta, Anneliese, "
            "Hannelore, Marlene, Lea-Sophie, Jördis, Käthe"
        ),
        split_names(
            "Jürgen, Günter, Jörg, Uwe, Klaus, Matthias, Stefan, Björn, Lukas, Felix, "
            "Maximilian, Hans-Peter, Karl-Heinz"
        ),
        split_names(
            "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schäfer, "
            "Köhler, Groß, Krüger, Hoffmann, Schröder, Neumann, Zimmermann, Weiß, Böhm"
        ),
        weight=4,
    ),
    Culture(  # Polish (family names agree with sex)
        split_names(
            "Małgorzata, Agnieszka, Katarzyna, Zofia, Łucja, Joanna, Magdalena, Barbara, "
            "Ewa, Dorota, Grażyna, Jadwiga"
        ),
        split_names(
            "Łukasz, Paweł, Michał, Krzysztof, Piotr, Wojciech, Tomasz, Jakub, Grzegorz, "
            "Marek, Stanisław, Zbigniew"
        ),
        split_names(
            "Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, "
            "Szymański, Woźniak, Dąbrowski, Kozłowski, Jabłoński, Król, Nowak, Wróbel"
        ),
        split_names(
            "Kowalska, Wiśniewska, Wójcik, Kowalczyk, Kamińska, Lewandowska, Zielińska, "
            "Szymańska, Woźniak, Dąbrowska, Kozłowska, Jabłońska, Król, Nowak, Wróbel"
        ),
        weight=4,
    ),
    Culture(  # Nordic
        split_names(
            "Åsa, Ingrid, Sigrid, Astrid, Freja, Maja, Linnéa, Solveig, Birgitta, Kirsten, "
            "Mette, Ragnhild"
        ),
        split_names(
            "Søren, Bjørn, Lars, Anders, Henrik, Mikkel, Jens, Øyvind, Håkon, Mads, Nils, Torbjørn"
        ),
        split_names(
            "Jørgensen, Sørensen, Nielsen, Hansen, Andersen, Pedersen, Johansson, Lindqvist, "
            "Åberg, Bergström, Løvland, Østergaard, Halvorsen, Nyström, Dahl"
        ),
        weight=3,
    ),
    Culture(  # Chinese, in Chinese characters (family name first when written together)
        split_names("娜, 芳, 敏, 静, 丽, 秀英, 婷, 雪, 慧, 玲, 红梅, 欣怡, 思琪, 雨桐, 佳怡, 晓燕"),
        split_names("伟, 强, 磊, 军, 洋, 勇, 杰, 涛, 明, 超, 志强, 建华, 俊杰, 子轩, 浩然, 国平"),
        split_names(
            "王, 李, 张, 刘, 陈, 杨, 黄, 赵, 吴, 周, 徐, 孙, 马, 朱, 胡, 郭, 何, 林, 罗, 高, 欧阳"
        ),
        weight=4,
    ),
    Culture(  # Vietnamese
        split_names("Lan, Linh, Hương, Thảo, Ngọc, Trang, Mai, Phương, Hạnh, Thu, Huyền, Yến"),
        split_names("Minh, Dũng, Hùng, Tuấn, Quang, Đức, Khoa, Long, Nam, Phúc, Thắng, Việt"),
        split_names("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ"),
        weight=2,
    ),
    Culture(  # Arabic, in Arabic script
        split_names("فاطمة, مريم, عائشة, زينب, نور, ليلى, سارة, هدى, رانيا, ياسمين, سلمى, آمنة"),
        split_names("محمد, أحمد, علي, عمر, يوسف, خالد, حسن, إبراهيم, كريم, طارق, سامي, مصطفى"),
        split_names(
            "الحسن, العلي, الخطيب, المصري, حداد, منصور, الشامي, النجار, سليمان, عبد الله, "
            "الأحمد, القاسم, الحلبي, درويش"
        ),
        weight=3,
    ),
    Culture(  # Arabic, transliterated
        split_names("Fatima, Mariam, Aisha, Layla, Noor, Yasmin, Salma, Huda, Rania, Amira"),
        split_names("Mohammed, Ahmed, Omar, Yusuf, Khalid, Hassan, Ibrahim, Karim, Tariq, Mustafa"),
        split_names(
            "Al-Hassan, El-Sayed, Haddad, Mansour, Abdullah, Al-Khatib, Ben Ali, Khalil, "
            "Al-Masri, Nasser, Saleh, El-Amin"
        ),
        weight=2,
    ),
    Culture(  # Russian and Ukrainian, in Cyrillic (family names agree with sex)
        split_names(
            "Ольга, Анна, Елена, Наталья, Татьяна, Мария, Ирина, Светлана, Екатерина, Юлия, "
            "Дарья, Ксения"
        ),
        split_names(
            "Иван, Алексей, Дмитрий, Сергей, Андрей, Михаил, Николай, Владимир, Павел, Юрий, "
            "Артём, Олег"
        ),
        split_names(
            "Иванов, Смирнов, Кузнецов, Попов, Васильев, Петров, Соколов, Михайлов, Новиков, "
            "Фёдоров, Морозов, Волков, Шевченко, Коваленко, Бондаренко"
        ),
        split_names(
            "Иванова, Смирнова, Кузнецова, Попова, Васильева, Петрова, Соколова, Михайлова, "
            "Новикова, Фёдорова, Морозова, Волкова, Шевченко, Коваленко, Бондаренко"
        ),
        weight=4,
    ),
    Culture(  # South Asian
        split_names(
            "Priya, Ananya, Aishwarya, Deepika, Kavya, Meera, Sunita, Lakshmi, Pooja, Nisha, "
            "Harpreet, Simran"
        ),
        split_names(
            "Arjun, Rahul, Vikram, Sanjay, Rohan, Aarav, Anil, Rajesh, Suresh, Gurpreet, "
            "Imran, Karthik"
        ),
        split_names(
            "Patel, Sharma, Singh, Kaur, Gupta, Kumar, Iyer, Reddy, Nair, Chatterjee, Desai, "
            "Mehta, Banerjee, Khan, Choudhury"
        ),
        weight=5,
    ),
    Culture(  # Turkish
        split_names("Ayşe, Elif, Zeynep, Gülşen, Özlem, Şule, Büşra, Merve, Dilek, Hülya"),
        split_names("Mehmet, Mustafa, Ömer, Çağlar, Oğuz, Barış, Emre, Gökhan, Serkan, İsmail"),
        split_names("Yılmaz, Kaya, Demir, Çelik, Şahin, Öztürk, Aydın, Doğan, Koç, Güneş"),
        weight=2,
    ),
    Culture(  # West African
        split_names(
            "Ngozi, Chiamaka, Adaeze, Folake, Yetunde, Abena, Akosua, Amara, Chidinma, Funmilayo"
        ),
        split_names(
            "Chinedu, Emeka, Oluwaseun, Kwame, Kofi, Babatunde, Obinna, Tunde, Yaw, Ikenna"
        ),
        split_names(
            "Okonkwo, Adeyemi, Okafor, Mensah, Boateng, Adebayo, Eze, Nwosu, Owusu, Asante, "
            "Ogunleye, Nwachukwu"
        ),
        weight=3,
    ),
    Culture(  # Japanese, romanised
        split_names("Yuki, Haruka, Sakura, Aiko, Emi, Yōko, Mei, Rin, Hana, Kyōko"),
        split_names("Hiroshi, Takeshi, Kenji, Haruto, Sōta, Ryō, Daiki, Kaito, Shōta, Yūto"),
        split_names(
            "Satō, Suzuki, Takahashi, Tanaka, Watanabe, Itō, Yamamoto, Nakamura, Kobayashi, Katō"
        ),
        weight=2,
    ),
)

# The first patients of every demo carry these names (given, family, sex), so even a
# small demo shows accents, apostrophes, hyphens and the Chinese, Arabic and Cyrillic
# scripts. The rest are drawn at random from CULTURES.
SHOWCASE_NAMES: tuple[tuple[str, str, Sex], ...] = (
    ("Zoë", "O'Brien", Sex.FEMALE),
    ("伟", "王", Sex.MALE),
    ("فاطمة", "الحسن", Sex.FEMALE),
    ("Иван", "Петров", Sex.MALE),
    ("Jean-Luc", "D'Angelo", Sex.MALE),
    ("Ольга", "Смирнова", Sex.FEMALE),
    ("Łukasz", "Smith-Jones", Sex.MALE),
    ("娜", "李", Sex.FEMALE),
    ("José", "Núñez", Sex.MALE),
    ("محمد", "حداد", Sex.MALE),
    ("Søren", "Jørgensen", Sex.MALE),
    ("Siobhán", "Ó Súilleabháin", Sex.FEMALE),
)

PREFERRED_NAMES = {
    "William": "Bill",
    "Robert": "Bob",
    "Elizabeth": "Liz",
    "Margaret": "Maggie",
    "Christopher": "Chris",
    "Matthew": "Matt",
    "Benjamin": "Ben",
    "Samuel": "Sam",
    "Katharina": "Kathi",
    "Maximilian": "Max",
    "Екатерина": "Катя",
    "Мария": "Маша",
    "Дмитрий": "Дима",
    "Иван": "Ваня",
    "José": "Pepe",
    "Małgorzata": "Gosia",
    "Oluwaseun": "Seun",
    "Babatunde": "Tunde",
}
ENGLISH_NICKNAMES = split_names("Wendy, Kevin, Grace, Jason, Vivian, Eric, Amy, Tony, Coco, Leo")

STREETS = split_names(
    "Mill Lane, Church Street, Riverside Walk, Orchard Close, Willow Crescent, Station Road, "
    "Kingfisher Way, Elm Grove, Meadow View, Bridge Street, Quayside, Hawthorn Avenue, "
    "Foxglove Court, Ropewalk, Tanners Row, Lock Keeper's Lane, St Anne's Road"
)
TOWNS = split_names(
    "Riverside, Millbrook, Ashford Vale, Kingsmere, Elmbridge, Northfield, Hollowmere, "
    "Saltmarsh, Upper Weyford"
)
PHYSICIANS = split_names(
    "Dr Helen Marsh, Dr Anil Varma, Dr Grace O'Malley, Dr Tomás Ruiz, Dr Mei Lin, "
    "Dr Peter Holloway, Dr Amara Eze, Dr Sofia Lindqvist, Dr Yusuf Haddad, Dr Jane Whitfield"
)
PRACTICES = split_names(
    "Riverside Medical Practice, Elm Street Surgery, Millbrook Health Centre, "
    "Kingsmere Family Doctors, Northfield Spine Clinic, Quayside Physiotherapy"
)
INSURERS = split_names(
    "Harbor Mutual Health, Northstar Assurance, Bluebell Health Cover, "
    "Meridian Care Insurance, Oakleaf Friendly Society"
)
NANP_SPARE_AREA_CODES = tuple(f"{n}9{x}" for n in range(2, 10) for x in range(10))
"""North American area codes with 9 in the middle (N9X): kept back by the NANP for its
own expansion, so no telephone anywhere has one."""
CONTACT_RELATIONS = split_names("partner, daughter, son, sister, brother, friend, mother")


def culture_of(family: str) -> Culture:
    """The culture a (showcase) family name belongs to."""
    return next(c for c in CULTURES if family in c.family or family in c.family_female)


def fictional_phone(dice: Dice) -> str:
    """A realistic-looking number no telephone can have, spread as a clinic's are.

    The ranges reserved for fiction (UK 07700 900xxx, North American 555-01xx) hold a
    thousand and a hundred numbers: a clinic of 200,000 drawn from them shares every
    run of digits, which no real clinic does. Instead: UK-shaped numbers in the spare
    04 range (Ofcom allocates nothing starting 04), written "04xxx xxxxxx" or
    "+44 4xxx xxxxxx", and North American ones in an N9X area code (reserved for the
    plan's expansion, see :data:`NANP_SPARE_AREA_CODES`) with any exchange and line.
    Two draws of the dice, or three, as before (the rest of the demo draws the same)."""
    style = dice.random()
    if style < 0.8:
        number = f"{dice.below(10**9):09d}"
        if style < 0.45:
            return f"04{number[:3]} {number[3:]}"
        return f"+44 4{number[:3]} {number[3:]}"
    area = dice.pick(NANP_SPARE_AREA_CODES)
    line = dice.below(8 * 10**6)
    return f"({area}) {200 + line // 10**4}-{line % 10**4:04d}"
