#!/usr/bin/env python3
"""Builds the given-name lists NameRecognizer reads, from the regional source lists in tools/names/regions/.

Usage: python3 tools/names/build_given_names.py  (from the repository root; needs the Debian word lists
wamerican, wbritish and wfrench, i.e. /usr/share/dict/{american-english,british-english,french}).

Every name of every regional list (whitespace-separated, '#' starts a comment) is checked for clashes with
words that are capitalised in English and French news for another reason:
  * an English or French common word (a lower-case entry of the word lists: will, grant, mark, bill, amber,
    rose, pierre "stone"...), unless the name is in KEEP below (a word too rare, or never capitalised
    before a surname, to matter);
  * a month, weekday, feast or other calendar word;
  * a place of GeoNames population >= 300,000 or a first-order area of >= 1,000,000 named by that single word (own name)
    (streams-app/.../places.tsv.gz, admin1.tsv.gz), or a country or demonym of countries-extra.tsv;
  * a word of CLASH_EXTRA (brands, clubs, organisations, news words written from general knowledge).
A clashing name goes to given-names-weak.txt with its reason: it is a given name only with more evidence
(see NameLexicon). The others go to given-names.txt. Output is folded-unique and sorted within each region.
"""
import gzip, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RES = ROOT / 'streams-app/src/main/resources/io/newspipe/streams/tag'
REGIONS = ROOT / 'tools/names/regions'
DICTS = ['/usr/share/dict/american-english', '/usr/share/dict/british-english', '/usr/share/dict/french']

CALENDAR = set('''january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday janvier fevrier mars avril mai juin juillet aout septembre
octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche christmas easter ramadan eid noel
toussaint pentecost pentecote advent lent summer winter autumn spring'''.split())
# capitalised in news for another reason, though no common lower-case word: brands, clubs, bodies, peoples, places
CLASH_EXTRA = set('''jordan paris victoria florence lourdes santiago sydney chelsea arsenal everton celtic juventus
inter lazio roma porto benfica ajax tesla mercedes toyota honda ferrari porsche lincoln chevrolet ford dell apple
amazon nokia siemens nestle zara mango adidas puma nike gucci prada hermes chanel dior cartier boeing airbus
hamas hezbollah fatah taliban houthi isis wagner kurd kurds pashtun tamil sikh hindu sunni shia alawite druze
israel judea gaza zion sinai nile congo niger chad mali togo benin georgia israel india china jersey guernsey
nancy lorraine orleans lyon nice tours lille reims brest metz rennes nantes angers vienne valence avignon
charlotte savannah phoenix austin dallas houston denver orlando tyler jackson madison raleigh eugene
adelaide darwin hobart perth brisbane regina alexandria damascus medina mecca petra sofia
kiev kyiv lima quito bogota cali rosario salvador natal belem vitoria maceio santos
washington columbus kingston hamilton wellington victoria nelson napier clinton trump biden obama reagan
carter kennedy bush ford johnson nixon truman hoover
reuters bloomberg guardian times herald post
kia lexus mazda subaru jaguar rover bentley rolls royce
hezbollah nato montserrat'''.split())
# names that are also words in the word lists but are hardly ever capitalised before a surname for that sense
KEEP = set('''jean pierre marc luc paul andre claude michel rene louis jacques francois henri georges
anne marie sophie helene claire irene julie laura nadia sara sarah maria mona lina dina hana nina
ali omar hassan ahmed mohamed karim amir samir sami nabil said saad adel salim aziz ibrahim yusuf
abdullah imran rahul rishi ravi raj sunil anil amit kiran arun vijay sanjay priya deepak
ivan igor boris oleg olga vera anna ivana petra eva jan karel ludwig
kevin keith kenneth kent karl kirk kyle larry lenny lewis lloyd louis luke martin mary maurice
alan albert alfred alice allan andrew angela anthony arthur barbara barry benjamin bernard
bruce carl carol caroline catherine charles christopher clara colin craig daniel david dennis
derek diana diane donald donna douglas edward eileen elizabeth ellen emily emma eric ernest
eugene evelyn fiona francis frank fred gary gavin geoffrey george gerald gordon graham gregory
harold harry helen henry howard hugh ian jack james jane janet jason jeffrey jennifer jeremy
jessica jim joan joe john jonathan joseph judith julia julian justin karen kate katherine
kathleen laurence lawrence leonard linda lisa margaret maria marion matthew michael nancy
neil nicholas nigel norman oliver pamela patricia patrick paula peter philip rachel ralph
raymond rebecca richard robert roger ronald ruth samuel sandra scott sharon simon stanley
stephen steven stuart susan thomas timothy tony valerie victor vincent walter william
abel abraham adam alexander andrea angelo antonio carlos diego felipe fernando gabriel
giovanni hugo jose juan julio luis manuel marco mario miguel pablo pedro rafael raul ricardo
roberto sergio vicente enrique francisco alejandro emilio ernesto federico ignacio
joachim johann jurgen klaus markus wolfgang yasmin yasmine jasmine leila layla kamal jamal
tariq tarik nasser nadir nader omid reza akbar murat hakan emre mehmet ahmet cem deniz
muhammad mohammed mohamad mohammad musa moussa issa idris ismail yahya zakaria ayoub
kofi kwame yaw ama abena ngozi chidi emeka obi femi tunde segun wale
haruki hiroshi kenji yuki akira naomi kim lee sun mai lan linh hoa anh minh
aung tun win thein
# reviewed: given names whose word sense (olivier "olive tree", pascal, robin, serge...) is hardly ever capitalised
# before a surname in news
adele aicha aline amadou amer ana augustin aurore baptiste benoit bola boubou capucine celestin cherif clemence
clement desire dirk fares fatma fidele germaine guillaume horst hyacinthe iman jacqueline jeanne jesus julien
kamala lamine laurent lea lotte louise madeleine marguerite mathieu maxime mette micheline mike moise morgane
munir olivier oscar patrice paulette pete pieter rami regis rosa sander sylvain tom tomas valentin veronique
yasser feras hamada radia sabir davit levent mina sima gita vasant virat hector moises tine bob serge jules
robin pascal pascale denis romain dan heather prosper loris guy jimmy jenny jay nick matt ed rob terry tommy
gemma colleen brad bonnie devin kelvin phoebe patty sally tara maya alexandra fraser
'''.split())

def fold(w):
    w = unicodedata.normalize('NFKD', w.lower())
    return ''.join(c for c in w if not unicodedata.combining(c)).replace('\u2019', "'")

def strip(w):
    """The name without its accents (ł, ø, đ, æ, œ, ß, ı written as ASCII letters too)."""
    w = w.translate(str.maketrans({'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ı': 'i',
                                   'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'ð': 'd', 'þ': 'th', 'Þ': 'Th'}))
    w = unicodedata.normalize('NFKD', w)
    return ''.join(c for c in w if not unicodedata.combining(c))

def read_words():
    words = set()
    for p in DICTS:
        try:
            for line in open(p, encoding='utf-8', errors='replace'):
                w = line.strip()
                if w and w[0].islower() and "'" not in w:
                    words.add(fold(w))
        except FileNotFoundError:
            sys.exit(f'missing {p}: apt-get install wamerican wbritish wfrench')
    return words

def read_places():
    places = {}
    for name, minimum in (('places.tsv.gz', 300_000), ('admin1.tsv.gz', 1_000_000)):
        with gzip.open(RES / name, 'rt', encoding='utf-8') as f:
            for line in f:
                if line.startswith('#'):
                    continue
                cols = line.rstrip('\n').split('\t')
                if len(cols) < 5 or int(cols[4] or 0) < minimum:
                    continue
                for n in (cols[1],):  # its own name: alternates (Salem for Jerusalem) are rarely written in news
                    if ' ' not in n and '-' not in n and n[:1].isupper():
                        places.setdefault(fold(n), f'place {cols[1]} ({cols[2]})')
    for line in open(RES / 'countries-extra.tsv', encoding='utf-8'):
        if line.startswith('#') or '\t' not in line:
            continue
        code, names = line.rstrip('\n').split('\t')[:2]
        for n in names.split('|'):
            if ' ' not in n and n[:1].isupper():
                places.setdefault(fold(n), f'country or demonym ({code})')
    return places

def main():
    words, places = read_words(), read_places()
    strong, weak, seen = [], [], {}
    for path in sorted(REGIONS.glob('*.txt')):
        region = path.stem
        names = []
        for line in open(path, encoding='utf-8'):
            names += line.split('#', 1)[0].split()
        for written in names:
            # the tagger keeps accents: a name goes in as written and without them (Sébastien, Sebastien)
            for name in dict.fromkeys((written, strip(written))):
                if len(name) < 2 or name.lower() in seen:
                    continue
                seen[name.lower()] = region
                reason = clash(fold(name), words, places)
                (weak if reason else strong).append((region, name, reason))
    write(RES / 'given-names.txt', strong, False)
    write(RES / 'given-names-weak.txt', weak, True)
    print(f'{len(strong)} given names, {len(weak)} weak (need more evidence)', file=sys.stderr)

def clash(key, words, places):
    """Why a folded name is capitalised for another reason in news, or None."""
    if key in CALENDAR:
        return 'calendar word'
    if key in CLASH_EXTRA:
        return 'capitalised for another reason (brand, club, body, place)'
    if key in places:
        return places[key]
    if key in words and key not in KEEP:
        return 'common word'
    return None

def write(path, rows, with_reason):
    head = ('# Generated by tools/names/build_given_names.py from tools/names/regions/*.txt: do not edit here.\n'
            + ('# Given names that are also words capitalised for another reason in English or French news: a\n'
               '# given name only with more evidence (NameLexicon.weakGivenName). name<TAB>reason.\n' if with_reason else
               '# Common given names of every region (Latin script), read by NameRecognizer: a capitalised word from\n'
               '# this list followed by one to three capitalised words is read as a person\'s name. Case and accents\n'
               '# are folded. Words capitalised for another reason are in given-names-weak.txt.\n'))
    out, region = [head], None
    for r, name, reason in sorted(rows, key=lambda x: (x[0], fold(x[1]))):
        if r != region:
            out.append(f'# {r}\n')
            region = r
        out.append(f'{name}\t{reason}\n' if with_reason else f'{name}\n')
    path.write_text(''.join(out), encoding='utf-8')

if __name__ == '__main__':
    main()
