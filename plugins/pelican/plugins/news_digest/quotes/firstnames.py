"""Given names that nearly always belong to one gender, for 'she said' when the text has not shown it.

A small vocabulary (English-language news and common international names), used only as a last
resort: an honorific ('Ms. Lopez') or a pronoun the article already tied to someone comes first,
and a name not listed here (or used for both, like Jordan or Alex) tells nothing.
"""

from __future__ import annotations

FEMALE = frozenset("""
 abigail ada adriana agnes aisha alejandra alexandra alice alicia alison allison alma amanda amber amelia amy
 ana anastasia angela angelina anita ann anna anne annette antonia april ariana astrid audrey barbara
 beatrice becky belinda bernadette beth betsy betty beverly bonnie brenda bridget brittany camila carla carmen
 carol caroline carolyn catherine cecilia celia charlotte chelsea cheryl chiara christina christine cindy
 claire clara claudia colleen constance cynthia daisy daniela danielle deborah debra denise diana diane
 donna doris dorothy edith elaine eleanor elena elisabeth elizabeth ella ellen emily emma erica erin esther
 eva fatima fiona florence frances francesca gabriela gabrielle gloria grace gwen hannah harriet
 heather heidi helen helena hillary holly ingrid irene iris isabel isabella jacqueline jane janet
 janice jasmine jeanne jennifer jenny jessica jill joan joanna joanne josephine joy joyce judith judy
 julia julie juliet karen katherine kathleen kathryn kathy katie kayla kimberly kristen kristin laura
 lauren leah leila lena lillian linda lisa liz lois lorraine louise lucia lucy lydia madeleine
 madison magdalena maggie margaret margarita maria mariana marie marilyn marina marjorie marta martha
 mary maureen maxine megan melanie melissa meredith mia michelle mildred miriam molly monica nadia nancy
 naomi natalia natalie natasha nicole nina nora olga olivia paige pamela patricia paula pauline peggy
 penelope phyllis priscilla rachel rebecca regina renee rita roberta rosa rosemary ruth sabine sally samantha
 sandra sara sarah sharon sheila shirley silvia sofia sonia sophia sophie stephanie susan suzanne svetlana
 sylvia tamara tanya teresa theresa tiffany tina ursula valentina valerie vanessa vera veronica
 victoria virginia wanda wendy yolanda yvonne zoe zoë
""".split())

MALE = frozenset("""
 aaron abdul abraham adam adrian ahmed alan albert alberto alexander alexei alfred ali allen alvin amir andre
 andrew andrei andres angelo anthony antonio arnold arthur barack barry ben benjamin bernard bernie bill bob
 boris brad bradley brandon brendan brent brett brian bruce bryan calvin carl carlos cedric charles chris
 christopher clarence clifford colin craig curtis dale damian daniel darren dave david dennis derek diego
 dmitry dominic don donald douglas duncan dustin dwight earl eddie edgar eduardo edward edwin elijah elliot
 emmanuel enrique eric erik ernest ethan eugene evan felix fernando francis francisco frank franklin fred
 frederick gabriel gary gavin geoffrey george gerald gilbert glen glenn gordon graham grant greg gregory
 gustavo hamid hans harold harry harvey hassan hector henry herbert howard hugh hugo ian igor isaac ivan
 jack jacob jake james jared jason javier jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel johan
 john johnny jon jonathan jorge jose josef joseph joshua juan julian justin karl keith ken kenneth kevin
 kirk klaus kurt lance larry lawrence leo leon leonard lewis lloyd louis luis luke malcolm marco marcus
 mario mark martin matthew maurice max michael miguel mike mikhail mitch mitchell mohamed mohammed muhammad
 nathan neil nicholas nick nigel noah norman oleg oliver omar oscar owen pablo patrick paul pedro peter
 philip phillip pierre rafael ralph ramon randall randy raul ray raymond reginald ricardo richard rick
 ricky robert roberto rod rodney roger roland ron ronald ross roy ruben rudolph russell ryan salvador sam
 samuel scott sean sebastian sergei sergio seth shane simon stanley stefan stephen steve steven stuart
 ted terrence terry thomas tim timothy todd tom tony travis trevor troy tyler victor vincent vladimir walter
 wayne william willie xavier yuri zachary
""".split())


def gender_of_given_name(name: str) -> str | None:
 """'m', 'f' or None for a full name's first word ('Maria Lopez' -> 'f')."""
 first = name.split()[0].lower().strip(".,") if name.split() else ""
 return "f" if first in FEMALE else "m" if first in MALE else None
