"""The everyday words of a message, in folded form: those that never carry what a question is
about (`STOPWORDS`), and the common words that tell a message's language (`ENGLISH_WORDS`,
`ENGLISH_SIGNS`, `SWEDISH_WORDS`), some of them kept so the speller never turns them into a cue.

Apart from lexicon.py, whose cue words tell what a message asks: these words tell what it does not
(no subject, no topic), and are read by nearly every module that picks a message's content words.
"""
from __future__ import annotations




# Words that never carry the content of a question; the last lines tell how one came to ask (sat
# and wondered, heard it on the radio, talked with a neighbour), never what about.
STOPWORDS = frozenset("""
att vart a about after all also am an and any are as at be been but by can could de dem den denna denne
det detta did do does dom du eller en er ett for fran from fri gar gor gora hade han har hon
how hur i if in inom inte is it its jag ju kan kommer lite man med mig min mina mitt mot my
na nagon nagot nar ni not nu och of om on or oss pa sa samt sig sin sina sitt ska skulle som
than that the their them then there these they this till to under upp ut utan vad var vara vi
vid vilka vilken vilket vill was we were what when where which who why will with would you
your ar blir blev finns fanns sjalva kunna hos ocksa aven bara mer mest mycket manga vem
har dar hit dit sen sedan nagra andra annan annat alla allt hela
kommun kommunen kommuner kommunerna kommunens polis polisen polisens police municipality
municipalities town city stad staden stadens region regionen regionens arbete arbetet arbeta arbetar jobba jobbar work works
working brott brotten brottet brottslighet brottsligheten crime crimes trygg trygga tryggare trygghet
tryggheten safety safe safer minska minskad minskat oka okad okat reduce increase prevent prevention
forebygga forebyggande brottsforebyggande trygghetsskapande samverkan samarbete samarbetet
cooperation gemensamt tillsammans together people folk invanare residents kommunens thing
saker sak ting fraga fragor question tell me us please snalla tack thanks hej hello
mellan haft fem fyra tre tva sju atta nio tio langst langre kortast kortare nyast nyare aldst
senast forst sist between longest shortest newest oldest latest five four three two undrar veta
nyfiken nyfikna curious
respektive respective respectively
wonder know want tycker tror think egentligen faktiskt ganska alltsa liksom typ
mention mentions mentioned namner namns namnt sager sagt say says star stod skriver skrivs skrivet
anything something nagonting agreement agreements alls ens nog redan endast aldrig alltid overens kommit agreed
around near hang hangs hanging

sitter satt sitta ligger sitt pratade pratar pratat snackade snackar snackat diskuterade diskuterar diskuterat
undrade funderade funderar funderat grubblar grubblade tankte horde hort laste sag sett kollade kollat
radion radio radiot tidningen tidningar tidningarna lokaltidningen nyheterna nyheter nyheten artikel artikeln
reportage reportaget facebook instagram tiktok twitter tv tvn teve podden news newspaper article heard
granne grannen fru frun sambo sambon kompis kompisen kompisar kollega kollegan kollegor jobbet
fall fallet""".split())  # "vad handlar det i så fall om?" ("in that case") names no case to look up
ENGLISH_WORDS = frozenset("""
the is are what who which how does do tell me about focus police municipality municipalities
agreement when where why can you my there someone right now help and of to with work young
people areas area leads long valid still a an it this that on its whose their they was were
has have had be been please thanks thank hello hi hey lead chief mayor source sources whom
town towns city what's whats does did will would should could any all list show give mean
means meaning explain define is in parties sources ways officials follow up live lives living lived moved
""".split())
# Words of a resident's own story in English ("I keep getting threatening messages from my ex"): they
# tell the language only, never that a word is no subject ("school", "threats" may be what is asked
# about). None is Swedish too ("son", "hit", "stolen", "online").
ENGLISH_SIGNS = ENGLISH_WORDS | frozenset("""
keep keeps kept getting get gets got our your his her him she he we us no yes being after before because if or
but so very too feel feels felt want wants need needs going go went said says unsafe safe night home walking walk
stole yesterday today week neighbour neighbor neighbours neighbors daughter mother father mom dad husband wife
friend friends car bike house street threatening threatened threat threats messages message scared afraid worried
worry happened happen happens think know saw seen see into out down again always never every something anything
nothing everyone anyone nobody girlfriend boyfriend kids children child school money lost broke broken hurt beaten
beating attacked following followed phone called call texts texting bullied bullying
really am im lonely sad awful terrible depressed anxious low okay
""".split())
SWEDISH_WORDS = frozenset("""
vad vem vilka vilken vilket hur ar och om i har galler det kommun kommunen pa med jag mig min
ska nu inte finns beratta nar nagon gor hos var kan du dar den de dom ett en sa vill ju va val eller stammer avtal
forstatt forstar forstod rakning rakningen
att lovade lovat lovar
anmals anmaldes anmalas anmalda
domnar domnade domnat forsvarar forsvarade klattrar klattrade klattra klattrat markte utfarten stallet
skytten skyttar skrattar skrattade slagna slagga slangda slatten turister lockad forskoleklassen skolbalen lugnat lugnade
sorterar sortera sorterade sorterat klagar klaga klagade klagat
kryssa kryssar kryssade kryssat kryssad ikryssad
""".split())  # "som jag förstått det": never spelled into "fortsatt" (claim_markers.MARKERS); "för kommunens
