"""Words that tell a place or an organisation from a person: a small vocabulary of English news
(street and company words, first words of broadcasters, regions and countries written after a city)."""

from __future__ import annotations

# Words in a company's name: 'Fairbanks Foods', 'Tamarack Midstream Corp.', 'Vollmark Werke AG', 'PT Sinar Logam'.
COMPANY_WORDS = tuple("""company companies corp corporation inc incorporated ltd limited llc plc co foods group
    holdings airlines airways motors industries technologies systems pharmaceuticals energy brands partners
    capital bank insurance logistics shipping cargo mining media entertainment semiconductor semiconductors
    electronics therapeutics biosciences software telecom steel chemicals resources beverages automotive robotics
    labs networks solutions products dynamics aerospace ventures enterprises analytics studios pharma materials
    metals minerals petroleum utilities communications railways freight brewing brewery textiles werke services
    ab ag sa nv bv gmbh spa asa oyj pty bhd srl société societe compagnie compañía companhia empresa gesellschaft
    engineering construction properties realty developments securities investments bancorp manufacturing
    markets supermarkets stores retail air ag gmbh nv bv spa oyj asa kk pt tbk bhd berhad pte pty sdn srl llp sa se
    homes builders estates hotels resorts farms trains buses ferries games records pictures productions publishing
    consulting consultants associates healthcare pharmacy pharmaceutical housebuilders housebuilder""".split())
# Company words written in lower case after the name: 'Cairnford Group plc'.
LOWER_CASE_SUFFIXES = frozenset("plc ltd inc llc bhd tbk".split())
# The last words of sports teams' names, which stand for the whole name ('the Sharks').
TEAM_WORDS = frozenset("""sharks mariners eagles lions tigers bears bulls giants warriors rangers raiders chiefs knights pirates titans
    panthers falcons hornets wolves jets dolphins seahawks ravens cowboys patriots packers steelers broncos chargers
    colts jaguars texans cardinals rams vikings bengals lakers celtics bucks knicks suns spurs rockets mavericks
    clippers pistons pacers hawks cavaliers raptors grizzlies pelicans blazers bruins canadiens flyers penguins
    sabres predators oilers flames canucks coyotes ducks leafs islanders devils hurricanes dodgers yankees mets cubs
    orioles astros padres phillies royals rays angels brewers marlins rockies diamondbacks braves crusaders
    highlanders brumbies waratahs rebels stormers cheetahs magpies bombers swans crows dockers demons roosters
    rabbitohs eels storm thunder lightning comets dragons vipers cobras stallions mustangs huskies wildcats
    bulldogs gators seagulls foxes owls saracens harlequins quins""".split())
# Last words that make a capitalised run a place or an organisation, not a person.
NOT_SURNAMES = frozenset("""nation nations street square avenue road boulevard palace foods inc corp corporation ltd llc plc
    lane way close mews parade promenade embankment
    company group holdings airlines airways motors industries technologies systems pharmaceuticals ministry
    department office council committee commission agency service bureau authority university college institute
    foundation association party union parliament senate congress assembly government administration bank fund
    news times journal gazette telegraph herald tribune network press centre center row terrace crescent gardens
    drive estate quay wharf plaza highway parkway stadium arena rescue trust society club league team shelter clinic
    hospital library museum theatre theater church station airport board coalition alliance courier chronicle examiner
    inquirer mirror magazine radio television broadcasting weekly daily town city united rovers athletic
    wanderers albion fc county marathon cup championship championships open games festival summit conference
    award awards prize olympics series tour district region province state territory directorate inspectorate
    regulator tribunal court school academy centers centres""".split()) | TEAM_WORDS
# First words that make a capitalised run a broadcaster, a place or an organisation ('Radio Meridian').
NOT_FORENAMES = frozenset("radio television channel club hotel fort mount lake port camp bay cape daily weekly evening red "
                          "north south east west central northern southern eastern western "
                          "morning".split())
# Regions and countries written after a city ('in Salem, New Hampshire, Trump said'): a small gazetteer.
PLACES = frozenset(name.strip().lower() for name in """Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|
    Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|
    Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|
    New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
    South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|
    D.C.|Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Ind.|Kan.|Ky.|La.|Md.|Mass.|Mich.|Minn.|Miss.|Mo.|
    Mont.|Neb.|Nev.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|Ore.|Pa.|R.I.|S.C.|S.D.|Tenn.|Vt.|Va.|Wash.|W.Va.|Wis.|
    Wyo.|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New South Wales|Victoria|
    Queensland|Tasmania|England|Scotland|Wales|Northern Ireland|Ireland|France|Germany|Italy|Spain|Portugal|
    Belgium|Netherlands|Switzerland|Austria|Poland|Ukraine|Russia|Belarus|Lithuania|Latvia|Estonia|Finland|
    Sweden|Norway|Denmark|Iceland|Greece|Turkey|Romania|Bulgaria|Hungary|Serbia|Croatia|Israel|Lebanon|Syria|
    Iraq|Iran|Jordan|Egypt|Libya|Tunisia|Morocco|Algeria|Nigeria|Kenya|Ethiopia|South Africa|India|Pakistan|
    Afghanistan|Bangladesh|China|Japan|South Korea|North Korea|Taiwan|Vietnam|Thailand|Indonesia|Philippines|
    Malaysia|Australia|New Zealand|Canada|Mexico|Brazil|Argentina|Chile|Colombia|Peru|Venezuela|Cuba|
    Albania|Armenia|Azerbaijan|Bolivia|Bosnia|Britain|Cambodia|Cameroon|Cyprus|Czechia|Ecuador|Ghana|Guatemala|
    Haiti|Jamaica|Kazakhstan|Korea|Kosovo|Moldova|Mongolia|Nepal|Palestine|Panama|Rwanda|Senegal|Slovakia|
    Slovenia|Somalia|Sudan|Tanzania|Uganda|Uruguay|Yemen|Zambia|Zimbabwe""".replace(
    "\n", "").split("|"))
