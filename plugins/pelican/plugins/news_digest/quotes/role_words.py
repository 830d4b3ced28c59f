"""The words of news English for what someone is ('spokeswoman', 'striker', 'comptroller'): before a
name they are its role, alone they are a description, never part of a person's name."""

from __future__ import annotations

# Words that belong to a title or role, never to a person's name.
ROLE_WORDS = frozenset(
    """president vice prime minister ministers secretary advisor adviser general major colonel lieutenant
    captain commander admiral marshal director chairman chairwoman chair head deputy chief spokesperson
    spokesman spokeswoman ambassador amb senator sen representative rep congressman congresswoman
    governor mayor judge justice king queen prince princess pope foreign defence defense national
    security state interior finance economy justice affairs former acting incoming outgoing leader
    founder ceo chancellor premier envoy official officer analyst expert historian economist professor
    dr mr mrs ms sir lord lady dame gen lt col sgt supreme allied press representative permanent
    political adviser member members diplomat journalist editor correspondent writer author researcher
    retired veteran executive administrator commissioner inspector attorney prosecutor officials sources
    experts analysts diplomats leaders spokespeople representatives witnesses critics residents
    farmer farmers resident worker workers teacher doctor nurse soldier soldiers student students witness
    activist activists protester protesters demonstrators voter voters lawyer survivor survivors man woman
    source people villagers nominee candidate strategist aide aides lawmaker lawmakers congressman democrat
    republican democrats republicans narrator host moderator anchor commentator columnist reporter reporters
    scientist manager owner police sheriff agent investigator investigators campaign spokesmen staffer staffers
    consultant pollster organizer organizers observer observers insider insiders negotiator negotiators
    prosecutors judges lawyers neighbor neighbour neighbors neighbours parent parents mother father wife husband
    actor actress coach coaches player players athlete striker midfielder goalkeeper pilot detective constable
    surgeon physician engineer singer artist musician comedian impersonator chef entrepreneur investor investors
    councillor councilman councilwoman alderman trustee trustees superintendent priest rabbi imam cleric
    boy girl child teenager pupil daughter son brother sister grandmother grandfather widow widower relative
    friend colleague passenger driver customer shopper fan fans spectator visitor tourist patient victim
    suspect defendant plaintiff juror senior sergeant corporal warden objector campaigner organiser organizer
    volunteer skipper winger defender forward batsman bowler ruckman madam madame rev reverend alhaji alhaja smt
    shri hon honourable honorable engr comrade barrister graduate mallam malam hajia datuk dato datin puan encik
    son daughter friend friends colleague colleagues partner supporter supporters opponent opponents rival
    rivals councilman councilwoman councillor cllr cr assemblyman assemblywoman alderman alderwoman selectman trustee
    pastor reverend bishop rabbi imam cardinal speaker chairperson governors mayors senators delegates
    delegate sophomore freshman landlady landlord critic provost collector coroner magistrate registrar vicar
    deacon chaplain curator tenant winner runner rider boxer golfer dancer fiddler drummer baker barber butcher
    plumber builder skater surfer sailor independent libertarian pal pals mate mates confidant confidante
    det insp supt dci dsi pc pcso cst
    employee employees staffer trainee trainees appointee detainee detainees retiree retirees attendee attendees
    evacuee evacuees refugee refugees devotee escapee franchisee interviewee returnee amputee divorcee inductee
    mum mom dad mums moms dads grandma grandpa granny grandson granddaughter nephew niece uncle aunt cousin
    stepfather stepmother sibling siblings spouse fiance fiancé fiancee fiancée boyfriend girlfriend
    guest guests client clients tenants migrant migrants immigrant immigrants inmate inmates prisoner prisoners
    cadet cadets intern interns apprentice apprentices scholar scholars academic academics midwife paramedic
    paramedics medic medics cop cops archbishop congregant congregants alumnus alumni headteacher headmaster
    headmistress quarterback rookie finalist medallist medalist olympian jockey referee umpire steward stewards
    onlooker onlookers bystander bystanders eyewitness eyewitnesses victims casualty carer carers caregiver
    therapist counsellor counselor cashier waitress barista grocer shopkeeper shopkeepers vendor vendors merchant
    merchants diner diners patron patrons tourists traveller travellers traveler travelers commuter commuters
    motorist motorists pedestrian pedestrians locals villager islander islanders fisherman fishermen rancher
    grower growers miner miners labourer labourers laborer laborers contractor contractors electrician mechanic
    mechanics architect architects programmer co-founder cofounder supervisor supervisors foreman cfo coo cto
    treasurer accountant accountants auditor auditors regulator regulators solicitor solicitors counsel advocate
    advocates accused claimant claimants complainant litigant appellant petitioner defendants plaintiffs
    policeman policewoman policemen airman militant militants fighters insurgent insurgents gunman gunmen
    attacker attackers assailant hostage hostages kidnapper demonstrator donor donors benefactor philanthropist
    novelist poet playwright reviewer blogger influencer broadcaster presenter pundit pundits archaeologist
    sculptor photographer filmmaker producer songwriter rapper entertainer celebrity user users reader readers
    viewer viewers listener listeners caller callers subscriber subscribers mediator technician pensioner
    pensioners homeowner homeowners landowner landowners householder shareholder shareholders taxpayer
    taxpayers constituent constituents citizen citizens youngster youngsters teen teens teenagers toddler
    orphan widows mourner mourners parishioner parishioners worshipper worshippers pilgrims nominees family families
    relatives boss bosses principal cornerback linebacker receiver pitcher catcher shortstop outfielder infielder
    goalie goaltender defenceman defenseman fullback halfback wicketkeeper all-rounder spinner batter keeper""".split()
)
