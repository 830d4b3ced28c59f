"""Given names that nearly always belong to one gender, for 'she said' when the text has not shown it.

A small vocabulary (English-language news and common international names), used only as a last
resort: an honorific ('Ms. Lopez') or a pronoun the article already tied to someone comes first,
and a name not listed here (or used for both, like Jordan or Alex) tells nothing.
"""

from __future__ import annotations

import functools
import gzip
import unicodedata
from pathlib import Path

FEMALE = frozenset("""
 abigail ada adriana agnes aisha alejandra alexandra alice alicia alison allison alma amanda amber amelia amy
 ana anastasia angela angelina anita ann anna anne annette antonia april ariana astrid audrey barbara beatrice
 becky belinda bernadette beth betsy betty beverly bonnie brenda bridget brittany camila carla carmen carol
 caroline carolyn catherine cecilia celia charlotte chelsea cheryl chiara christina christine cindy claire
 clara claudia colleen constance cynthia daisy daniela danielle deborah debra denise diana diane donna doris
 dorothy edith elaine eleanor elena elisabeth elizabeth ella ellen emily emma erica erin esther eva fatima
 fiona florence frances francesca gabriela gabrielle gloria grace gwen hannah harriet heather heidi helen
 helena hillary holly ingrid irene iris isabel isabella jacqueline jane janet janice jasmine jeanne jennifer
 jenny jessica jill joan joanna joanne josephine joy joyce judith judy julia julie juliet karen katherine
 kathleen kathryn kathy katie kayla kimberly kristen kristin laura lauren leah leila lena lillian linda lisa
 liz lois lorraine louise lucia lucy lydia madeleine madison magdalena maggie margaret margarita maria mariana
 marie marilyn marina marjorie marta martha mary maureen maxine megan melanie melissa meredith mia michelle
 mildred miriam molly monica nadia nancy naomi natalia natalie natasha nicole nina nora olga olivia paige
 pamela patricia paula pauline peggy penelope phyllis priscilla rachel rebecca regina renee rita roberta rosa
 rosemary ruth sabine sally samantha sandra sara sarah sharon sheila shirley silvia sofia sonia sophia sophie
 stephanie susan suzanne svetlana sylvia tamara tanya teresa theresa tiffany tina ursula valentina valerie
 vanessa vera veronica victoria virginia wanda wendy yolanda yvonne zoe zoë priya rosalind kerry kayleigh
 beverley fionnuala siobhan siobhán niamh aoife saoirse ciara sinead sinéad grainne gráinne orla orlaith
 roisin róisín eilidh morag mhairi kirsty shona ailsa isla freya poppy imogen georgina philippa penny gemma
 stacey tracey leanne hayley jade chloe ellie abbie courtney jodie kirsten nicola aisling mairead máiréad
 deirdre eileen marian marion maeve nuala úna brid bríd bethan catrin cerys eirlys nerys sian siân rhian ffion
 meera anjali deepa kavita lakshmi neha pooja priyanka sunita shreya divya ananya anupama meenakshi ayesha
 zainab amina khadija mariam noura layla yasmin zara nkechi ngozi chioma adaeze funmilayo folake yetunde abena
 ama akosua efua thandiwe nomvula lerato naledi zanele wanjiru akinyi achieng mei ling xiu yuki yumi keiko
 akiko haruka sakura dolores guadalupe pilar rocío rocio inés beatriz leticia ximena paola giulia federica
 alessandra elisa ilaria françoise francoise sylvie nathalie isabelle amélie amelie margot hélène helene
 brigitte annika greta sigrid birgit karin kerstin malin elin freja maja agnieszka katarzyna małgorzata olena
 oksana yulia irina tatiana ekaterina natalya ludmila hinemoa aroha moana leilani marnie tamsin loretta bev
 deb trish jacinda kylie sheree raelene bronwyn narelle shauna dawn faith mercy patience gladys edna ethel
 mabel mavis hilda olive ivy violet rose lily hazel ruby pearl henrietta marguerite hedda ilse odile
 inmaculada renée lucinda marianne oluwatoyin tomasina brenda kayla jasmin bernadine charmaine colette
 dominique genevieve geneviève joanna justine lorna mandy maxine rhonda shelley tessa trudy yvette zelda esme
 esmé rosie evie daphne felicity hermione jemima lavinia
""".split())

MALE = frozenset("""
 aaron abdul abraham adam adrian ahmed alan albert alberto alexander alexei alfred ali allen alvin amir andre
 andrew andrei andres angelo anthony antonio arnold arthur barack barry ben benjamin bernard bernie bill bob
 boris brad bradley brandon brendan brent brett brian bruce bryan calvin carl carlos cedric charles chris
 christopher clarence clifford colin craig curtis dale damian daniel darren dave david dennis derek diego
 dmitry dominic don donald douglas duncan dustin dwight earl eddie edgar eduardo edward edwin elijah elliot
 emmanuel enrique eric erik ernest ethan eugene evan felix fernando francis francisco frank franklin fred
 frederick gabriel gary gavin geoffrey george gerald gilbert glen glenn gordon graham grant greg gregory
 gustavo hamid hans harold harry harvey hassan hector henry herbert howard hugh hugo ian igor isaac ivan jack
 jacob jake james jared jason javier jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel johan john
 johnny jon jonathan jorge jose josef joseph joshua juan julian justin karl keith ken kenneth kevin kirk klaus
 kurt lance larry lawrence leo leon leonard lewis lloyd louis luis luke malcolm marco marcus mario mark martin
 matthew maurice max michael miguel mike mikhail mitch mitchell mohamed mohammed muhammad nathan neil nicholas
 nick nigel noah norman oleg oliver omar oscar owen pablo patrick paul pedro peter philip phillip pierre
 rafael ralph ramon randall randy raul ray raymond reginald ricardo richard rick ricky robert roberto rod
 rodney roger roland ron ronald ross roy ruben rudolph russell ryan salvador sam samuel scott sean sebastian
 sergei sergio seth shane simon stanley stefan stephen steve steven stuart ted terrence terry thomas tim
 timothy todd tom tony travis trevor troy tyler victor vincent vladimir walter wayne william willie xavier
 yuri zachary jonah rhodri dilwyn gwilym gareth emrys dafydd owain iwan huw geraint padraig pádraig seamus
 séamus eoin cian oisin oisín ciaran ciarán darragh donncha colm cathal fergus lachlan angus hamish callum
 ewan euan alasdair alistair ruairi ruaraidh fraser rory declan liam niall conor connor dermot rajesh rahul
 arjun vikram sanjay suresh ramesh anil sunil amit ajay vijay ravi krishna balaram manoj chinedu emeka obinna
 chukwuma ifeanyi olufemi oluwaseun tunde babajide kwame kofi kwesi yaw sipho thabo themba bongani otieno
 kamau musa ibrahim yusuf khalid tariq bilal faisal hamza karim wei jun hao ming jian hiroshi takeshi kenji
 haruto jae-in hyun-woo min-jun tomás tomas mateo santiago alejandro joaquín joaquin raúl andrés emilio
 gonzalo ignacio jaime alonso giuseppe giovanni luca matteo lorenzo francesco alessandro stefano paolo jean
 jacques françois francois olivier thierry didier benoît benoit jürgen jurgen wolfgang dieter helmut matthias
 lukas sven lars anders bjorn björn magnus nils piotr tomasz krzysztof pawel paweł andriy oleksandr volodymyr
 dmytro mykola sione tane wiremu nathaniel garrett lachie bram pieter jan joost maarten wouter absalom wendell
 harold travis dennis marty gary neville oluwadamilare dwayne darnell tyrone jamal deshawn malik rashad
 marquis terrell barnaby rupert crispin jasper tristan piers giles toby ollie alfie archie freddie
""".split())


@functools.lru_cache(maxsize=16384)
def gender_of_given_name(name: str) -> str | None:
    """'m', 'f' or None for a full name's first word ('Maria Lopez' -> 'f'): the lists above, else the
    larger table of names from many countries (data/given_names.txt.gz, see data/NOTICE)."""
    first = name.split()[0].lower().strip(".,") if name.split() else ""
    if first in FEMALE:
        return "f"
    if first in MALE:
        return "m"
    table = _given_names()
    return table.get(first) or table.get(_without_accents(first))


@functools.cache
def _given_names() -> dict[str, str]:
    """Name -> 'f' or 'm', read once (about 44,000 names; 112 kB compressed, 20 ms)."""
    table: dict[str, str] = {}
    with gzip.open(_TABLE, "rt", encoding="utf-8") as lines:
        for line in lines:
            gender, _, names = line.partition(" ")
            table.update(dict.fromkeys(names.split(), gender))
    return table


def _without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_TABLE = Path(__file__).resolve().parent.parent / "data" / "given_names.txt.gz"
