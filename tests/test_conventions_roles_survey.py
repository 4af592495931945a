"""Who got the money and who carries the project out, in the forms Polish public pages print them (issue 13).

A survey of municipal, BIP, welfare-centre, library, school, NGO, LGD and local-news pages (December 2026,
stored copies searched with the project's search tool; hosts reserved for independent checks left out): each
row is a short passage invented for this file in the form one page used, not a copied sentence, with the
expected `beneficiary` and `implementer` under the labelling rules of tests/realtext/README.md and the source
page of the form in its last column.  The traps are there too: the payer, the contractor, a venue, many
recipients, a programme's operator, a bare "gmina" or "nasza biblioteka" on the unit's own site (null).
Each passage is read as `scrape evaluate` reads a real-text passage (`conventions.record`).
"""

from __future__ import annotations

import pytest

from conventions import record

# (text, beneficiary, implementer, source of the form)
SURVEY = [
    # ---- implementer: labels, "jest realizatorem", "realizuje", "realizowany przez", a unit through another
    (
        "Projekt „Pomocna rodzina” jest kontynuacją projektu realizowanego w 2022 r. przez Gminny Ośrodek Pomocy "
        "Społecznej w Rybnie.",
        None,
        "Gminny Ośrodek Pomocy Społecznej w Rybnie",
        "http://gopszembrzyce.pl/index.php?p=82",
    ),
    (
        "Oba programy będą finansowane ze środków Funduszu Solidarnościowego. Będą one realizowane przez "
        "Gminny Ośrodek Pomocy Społecznej w Lipnie, który odpowiada za koordynację działań.",
        None,
        "Gminny Ośrodek Pomocy Społecznej w Lipnie",
        "https://stare-babice.pl/realizacja-projektow-z-funduszy-solidarnosciowych/",
    ),
    (
        "Ośrodek Pomocy Społecznej w Lipnie jest realizatorem rządowego programu „Posiłek w szkole i w domu” "
        "współfinansowanego ze środków przekazanych przez Wojewodę Mazowieckiego.",
        None,
        "Ośrodek Pomocy Społecznej w Lipnie",
        "http://ops.lelis.pl/index.php/22-ogloszenia/ogloszenia-2021/67-posilek-w-szkole-i-w-domu",
    ),
    (
        "W 2020 r. Miejski Ośrodek Pomocy Społecznej w Lipnie realizuje Program „Opieka wytchnieniowa” w dwóch "
        "formach.",
        None,
        "Miejski Ośrodek Pomocy Społecznej w Lipnie",
        "https://www.mops.pulawy.pl/1451-pomoc-rodowiskowa/opieka-wytchnieniowa/wsparcie/",
    ),
    (
        "Miejski Ośrodek Pomocy Społecznej w Lipnie w roku 2022 kontynuuje realizację Programu „Opieka "
        "wytchnieniowa”. Na realizację Programu w 2022 roku Miasto Lipno otrzymało dofinansowanie w wysokości "
        "58 752 zł.",
        "Miasto Lipno",
        "Miejski Ośrodek Pomocy Społecznej w Lipnie",
        "https://mops.wysokiemazowieckie.pl/index.php/panstwowy-fundusz-celowy/67-opieka-wytchnieniowa-edycja-2022",
    ),
    (
        "Gmina Rybno realizuje Program poprzez Gminny Ośrodek Pomocy Społecznej w Rybnie od stycznia do grudnia "
        "2026 r.",
        None,
        "Gminny Ośrodek Pomocy Społecznej w Rybnie",
        "https://gilowice.pl/?p=8848",
    ),
    (
        "Na realizację Programu w roku 2026 Gmina Rybno otrzymała:\n– wartość dofinansowania: 131.824,80 zł\n"
        "Realizator programu: Gminny Ośrodek Pomocy Społecznej w Rybnie, ul. Lipowa 1",
        "Gmina Rybno",
        "Gminny Ośrodek Pomocy Społecznej w Rybnie",
        "https://bialopole.eu/program-asystent-osobisty-osoby-z-niepelnosprawnoscia-dla-jednostek-samorzadu-terytorialnego-edycja-2026",
    ),
    (
        "Gmina Rybno w 2024 roku realizuje Program „Korpus Wsparcia Seniorów”, który jest finansowany ze środków "
        "budżetu państwa. Bezpośrednim realizatorem Programu jest Ośrodek Pomocy Społecznej w Rybnie.",
        None,
        "Ośrodek Pomocy Społecznej w Rybnie",
        "http://ww.ops.kadzidlo.pl/index.php?c=article&id=75&print=1",
    ),
    (
        "Miejski Ośrodek Pomocy Społecznej w Lipnie realizuje program „Korpus Wsparcia Seniorów”. Otrzymane "
        "środki na realizację programu to 101 tysięcy zł.",
        None,
        "Miejski Ośrodek Pomocy Społecznej w Lipnie",
        "http://mgops.blaszki.pl/2022/",
    ),
    (
        "Konkurs organizowany jest w ramach finansowanego przez miasto projektu, jaki realizuje Fundacja "
        "Inicjatyw Społecznych „Razem”.",
        None,
        "Fundacja Inicjatyw Społecznych „Razem”",
        "https://wgospodarce.pl/informacje/134971-ruszyl-nabor-w-konkursie-mikrograntow-dla-seniorow",
    ),
    (
        "Miejski Ośrodek Pomocy Społecznej w Lipnie informuje, że realizuje Program „Korpus Wsparcia Seniorów” "
        "na rok 2022.",
        None,
        "Miejski Ośrodek Pomocy Społecznej w Lipnie",
        "https://rokiciny.net/asystent-osobisty-osoby-z-niepelnosprawnoscia-dla-jednostek-samorzadu-terytorialnego-edycja-2024/",
    ),
    (
        "Projekt „Zielona świetlica” został wsparty z Mikrograntów w Gminie Rybno. Projekt zrealizowany został "
        "przez Centrum Promocji Inicjatyw Obywatelskich OPUS.",
        None,
        "Centrum Promocji Inicjatyw Obywatelskich OPUS",
        "https://opus.org.pl/wersja-robocza-55866",
    ),
    (
        "Projekt „Wsparcie dla organizacji polskich”, który był realizowany przez Fundację Wolność i Demokracja, "
        "sfinansowano ze środków Kancelarii Prezesa Rady Ministrów.",
        None,
        "Fundacja Wolność i Demokracja",
        "https://centrumpolonia.org/?p=631",
    ),
    (
        "Projekt „Razem czytamy” jest realizowany przez Gminną Bibliotekę Publiczną w Lipnie ze środków "
        "Narodowego Centrum Kultury.",
        None,
        "Gminna Biblioteka Publiczna w Lipnie",
        "https://centrumpolonia.org/?p=631",
    ),
    (
        "Zadanie publiczne pn. „Orlik gra” realizowane przez Uczniowski Klub Sportowy „Orlik” w Lipnie "
        "dofinansowano kwotą 1.960 zł.",
        None,
        "Uczniowski Klub Sportowy „Orlik” w Lipnie",
        "https://nasz-starogard.pl/kolejne-umowy-w-ramach-funduszu-aktywni-lokalnie/",
    ),
    (
        "Projekt pn. „Razem” realizuje od 1 marca 2021 r. Fundacja Nowy Dom.",
        None,
        "Fundacja Nowy Dom",
        "https://gilowice.pl/?p=8848",
    ),
    (
        "Przedsięwzięcie realizuje Urząd Marszałkowski Województwa Lubuskiego w partnerstwie z gminami i "
        "organizacjami pozarządowymi.",
        None,
        "Urząd Marszałkowski Województwa Lubuskiego",
        "https://wiadomosci.onet.pl/kujawsko-pomorskie/107-rodzin-dostanie-darmowe-komputery/rc4skn0",
    ),
    (
        "Gminny Ośrodek Pomocy Społecznej w Lipnie realizuje wieloletni Rządowy Program „Posiłek w szkole i w "
        "domu”. Dofinansowanie: 51 718 zł.",
        None,
        "Gminny Ośrodek Pomocy Społecznej w Lipnie",
        "https://www.tokarnia.info.pl/index.php/dla-mieszkancow/zycie-codzienne-2/pomoc-spoleczna/1209-posilek-w-szkole-i-w-domu-na-lata-2019-2023",
    ),
    # ---- beneficiary: got, gets, was awarded (verbs either side, the dative, the genitive after "dla"/"do")
    (
        "Gminna Biblioteka Publiczna w Lipnie pozyskała dotację na zakup nowości wydawniczych w kwocie 7 330 złotych.",
        "Gminna Biblioteka Publiczna w Lipnie",
        None,
        "https://mlodzieszyn.pl/dotacja-dla-gminnej-biblioteki-publicznej",
    ),
    (
        "Gminny Ośrodek Pomocy Społecznej w Lipnie informuje, iż uzyskał dofinansowanie na realizację Programu "
        "„Asystent osobisty osoby z niepełnosprawnością” w kwocie 288864,00 zł.",
        "Gminny Ośrodek Pomocy Społecznej w Lipnie",
        None,
        "https://rokiciny.net/asystent-osobisty-osoby-z-niepelnosprawnoscia-dla-jednostek-samorzadu-terytorialnego-edycja-2024/",
    ),
    (
        "Fundacja Zacisze uzyskała wsparcie finansowe na realizację projektu „Razem tworzymy” przyznane przez "
        "Fundację Orlen.",
        "Fundacja Zacisze",
        None,
        "https://fundacja-zacisze.pl/3000-2/",
    ),
    (
        "Podpisano umowę na utrzymanie zieleni w ramach projektu, na który Powiat Lipnowski pozyskał "
        "dofinansowanie z Regionalnego Programu Operacyjnego.",
        "Powiat Lipnowski",
        None,
        "http://www.ostrodanews.pl/tag/utrzymanie-zieleni-w-pasach-drog-powiatowych-na-terenie-powiatu/",
    ),
    (
        "16 708 979 złotych to dotacja z budżetu państwa, która zostanie przekazana Województwu Lubuskiemu na "
        "remonty dróg.",
        "Województwo Lubuskie",
        None,
        "https://glosgdanska.pl/2018052257112/puw-gdansk-dotacja-na-drogi-wojewodzkie-1526986027",
    ),
    (
        "Dotacja dla OSP Rybno na nowy wóz\n\nDruhowie z Rybna otrzymali dotację w wysokości 200 tys. zł na zakup "
        "samochodu.",
        "OSP Rybno",
        None,
        "https://www.chojna24.pl/2022/05/dotacja-dla-osp-kobacz-na-nowy-woz.html",
    ),
    (
        "Teatr Lalki i Aktora w Lipnie otrzymał dofinansowanie w wysokości 57 000 zł na projekt „Polska 120”. "
        "Dofinansowania przyznało Muzeum Historii Polski.",
        "Teatr Lalki i Aktora w Lipnie",
        None,
        "https://www.teatrlalek.walbrzych.pl/projekt-polska-120/print",
    ),
    (
        "Festiwal był możliwy dzięki dotacji, jaką Miejski Dom Kultury w Lipnie otrzymał od Narodowego Centrum "
        "Kultury.",
        "Miejski Dom Kultury w Lipnie",
        None,
        "http://mdksulejowek.pl/index.php?option=com_content&view=category&layout=blog&id=169&Itemid=303",
    ),
    (
        "Gminna Biblioteka Publiczna w Rybnie złożyła wniosek do Biblioteki Narodowej. Wniosek został oceniony "
        "pozytywnie, dzięki czemu otrzymała ona dotację w kwocie 3 100,00 złotych.",
        "Gminna Biblioteka Publiczna w Rybnie",
        None,
        "https://fredropol.pl/aktualnosci/463-zakup-nowo%C5%9Bci-wydawniczych-do-gminnej-biblioteki-publicznej.html",
    ),
    (
        "Wydział wyraził zainteresowanie ofertą złożoną przez Parafię Świętego Jana w Lipnie. Przyznano środki "
        "w kwocie 3.000,00 złotych.",
        "Parafia Świętego Jana w Lipnie",
        None,
        "https://bytominfo.pl/wydzial-kultury-i-sportu-przyznaje-maly-grant-na-realizacje-projektu-parafiada/",
    ),
    (
        "Łączny koszt zakupu pojazdu to 155.000,- zł, z czego 31.000,- zł to dotacja udzielona Ochotniczej Straży "
        "Pożarnej w Lipnie przez Gminę Rybno.",
        "Ochotnicza Straż Pożarna w Lipnie",
        None,
        "https://kozminwlkp.pl/1794-osp-czarny-sad-ma-nowe-auto",
    ),
    (
        "Biblioteka Publiczna w Lipnie z dofinansowaniem na nowości wydawnicze\n\nW bieżącym roku biblioteka "
        "otrzymała na ten cel kwotę 8750 zł.",
        "Biblioteka Publiczna w Lipnie",
        None,
        "https://www.roland-gazeta.pl/najnowsze/sroda-slaska/biblioteka-publiczna-w-srodzie-slaskiej-z-dofinansowaniem-na-nowosci-wydawnicze",
    ),
    (
        "Dotacje przyznano 54 lokalnym wspólnotom. Dotację dostało m.in. Koło Gospodyń Wiejskich w Rybnie.",
        "Koło Gospodyń Wiejskich w Rybnie",
        None,
        "https://wspolczesna.pl/gospodynie-dostana-po-5-tysiecy-zlotych-od-samorzadu-wojewodztwa/ar/c8-15691567",
    ),
    (
        "Czek na pół miliona złotych wręczyła dziś wójtowi gminy Rybno poseł Anna Lis.",
        "Gmina Rybno",
        None,
        "http://www.radiopik.pl/?idp=2&idx=86671",
    ),
    (
        "W skali kraju dofinansowanie w kwocie 10 tys. zł otrzymuje 50 kół. Jednym z nich jest Koło Gospodyń "
        "Wiejskich Włościanki z Lipna.",
        "Koło Gospodyń Wiejskich Włościanki z Lipna",
        None,
        "https://poznan.naszemiasto.pl/integrowanie-przez-paczkowanie-w-polnocnej-wielkopolsce-w/ar/c1-9503079",
    ),
    (
        "Miejski Dom Kultury w Lipnie znalazł się na pierwszym miejscu na liście instytucji, które otrzymały "
        "dotację z programu „Drugi Obieg”.",
        "Miejski Dom Kultury w Lipnie",
        None,
        "http://goniec-gornoslaski.pl/kategoria/informator/page/48/",
    ),
    (
        "Dzięki pozyskanemu dofinansowaniu z budżetu państwa OSP Rybno zakupiło średni samochód "
        "ratowniczo-gaśniczy za 1,1 mln zł.",
        "OSP Rybno",
        None,
        "https://www.chojna24.pl/2023/10/nowy-woz-strazacki-dla-osp-stare.html",
    ),
    (
        "Środki na organizację festynu pozyskało Stowarzyszenie Mieszkańców Lipna „Z Górki” za pośrednictwem "
        "Lokalnej Grupy Działania „Perły Doliny” w ramach PROW.",
        "Stowarzyszenie Mieszkańców Lipna „Z Górki”",
        None,
        "https://ckinfo.pl/zaproszenie-mieszkancow-piasecznej-gorki-na-festyn-rodzinny/",
    ),
    (
        "Gmina Rybno otrzymała środki w wysokości 720 536 zł w ramach Funduszu Przeciwdziałania COVID-19.",
        "Gmina Rybno",
        None,
        "https://laczna.pl/22-dofinansowanie-polska/1017-dofinansowanie-w-ramach-funduszu-przeciwdzialania-covid-19?tmpl=component&print=1&layout=default&page=",
    ),
    # culture institutions: a centre, a museum, a library named in full
    (
        "Miło nam poinformować o środkach finansowych, jakie otrzymał Miejsko-Gminny Ośrodek Kultury w Rybnie z "
        "Ministerstwa Kultury i Dziedzictwa Narodowego na zakup instrumentów: 75 000 zł.",
        "Miejsko-Gminny Ośrodek Kultury w Rybnie",
        None,
        "https://mgok.wilamowice.pl/artykul/minister-kultury-i-dziedzictwa-narodowego-rozdysponowa-rodki-finansowe-na-rok-2015",
    ),
    (
        "Muzeum Miasta Lipna otrzymało dotację w wysokości 62 000 złotych z programu Patriotyzm Jutra.",
        "Muzeum Miasta Lipna",
        None,
        "https://radiomalbork.fm/artykul/4411,muzeum-miasta-malborka-otrzymalo-dotacje-na-wystawe-o-stalagu-xxb",
    ),
    (
        "Gminny Ośrodek Kultury w Lipnie został beneficjentem programu ministra „Infrastruktura Domów Kultury”. "
        "Przyznano dofinansowanie w kwocie 14000,00 zł.",
        "Gminny Ośrodek Kultury w Lipnie",
        None,
        "http://www.gok.gorzno.pl/index.php/aktualnosci/18-pieni%EF%BF%BD%EF%BF%BDdze-ministerialne-dla-gok-u",
    ),
    (
        "Gminny Ośrodek Kultury w Rybnie beneficjentem programu Narodowego Centrum Kultury\n\nGrant dla ośrodka "
        "to 10 tys. zł.",
        "Gminny Ośrodek Kultury w Rybnie",
        None,
        "https://gok.luzino.eu/gok-luzino-beneficjentem-programu-narodowego-centrum-kultury/",
    ),
    (
        "W dniu 28 lipca 2023 r. Gmina Rybno podpisała umowę o dofinansowanie zadania pn. Remont Gminnego "
        "Centrum Kultury w Rybnie. Zadanie realizuje GCK w Rybnie. Dofinansowanie wynosi 85 000,00 zł.",
        "Gmina Rybno",
        "GCK w Rybnie",
        "https://gck-dobrzyca.pl/aktualnosci/remont-i-poprawa-funkcjonowania-gminnego-centrum-kultury-w-dobrzycy/",
    ),
    (
        "Pozytywnie oceniono wniosek o dofinansowanie zadania pn. „Orkiestra dęta. Etap 2. Nowe instrumenty”, a "
        "dotację otrzymał Miejsko-Gminny Ośrodek Kultury w Lipnie.",
        "Miejsko-Gminny Ośrodek Kultury w Lipnie",
        None,
        "https://mgok.wilamowice.pl/artykul/minister-kultury-i-dziedzictwa-narodowego-rozdysponowa-rodki-finansowe-na-rok-2015",
    ),
    (
        "W konkursie oceniono 900 wniosków, a dofinansowanie w kwocie 40 tys. zł otrzymało Lipnowskie Centrum Kultury.",
        "Lipnowskie Centrum Kultury",
        None,
        "https://mdk.lubliniec.pl/dofinansowanie-na-realizacje-zadania-przez-mdk-2/",
    ),
    (
        "Dotacja dla Gminnej Biblioteki Publicznej w Lipnie\n\nDotacja pochodzi ze środków Ministra Kultury i "
        "Dziedzictwa Narodowego i wynosi 7 330 złotych.",
        "Gminna Biblioteka Publiczna w Lipnie",
        None,
        "https://mlodzieszyn.pl/dotacja-dla-gminnej-biblioteki-publicznej",
    ),
    # ---- beneficiary: signed the funding agreement (a unit through its head, its board, an abbreviation)
    (
        "Wójt Gminy Lipno Jan Nowak i Skarbnik Gminy Anna Lis podpisali z Wojewodą Mazowieckim umowę o "
        "dofinansowanie programu.",
        "Gmina Lipno",
        None,
        "https://stare-babice.pl/realizacja-projektow-z-funduszy-solidarnosciowych/",
    ),
    (
        "Wójt Gminy Rybno Pan Jan Nowak wraz z Panią Skarbnik Gminy Rybno Anną Lis podpisał umowę na "
        "dofinansowanie z Urzędu Marszałkowskiego.",
        "Gmina Rybno",
        None,
        "https://druzbice.pl/index.php/dla-mieszkancow/aktualnosci/2496-dofinansowanie-modernizacja-drog-dojazdowych-do-gruntow-rolnych",
    ),
    (
        "Wójt Gminy Rybno wraz ze Skarbnik Gminy podpisali umowę o dofinansowanie ze środków Rządowego Funduszu "
        "Rozwoju Dróg dla Gminy Rybno w kwocie 3 287 246,97 zł.",
        "Gmina Rybno",
        None,
        "https://dzwola.eu/2023/11/14/",
    ),
    (
        "Umowę w tej sprawie podpisali prezes funduszu Jan Nowak i prezes OSP Lipno Adam Lis. Dotacja wynosi "
        "800 tys. zł.",
        "OSP Lipno",
        None,
        "https://goniec-gornoslaski.pl/kolejni-strazacy-ochotnicy-z-dofinansowaniem-od-wfosigw-w-katowicach/",
    ),
    (
        "Miejsko-Gminny Ośrodek Pomocy Społecznej w Rybnie podpisał umowę z Wojewodą Wielkopolskim na "
        "realizację programu „Opieka wytchnieniowa”. Na jego realizację miasto otrzymało 120 166 złotych.",
        "Miejsko-Gminny Ośrodek Pomocy Społecznej w Rybnie",
        None,
        "https://ostrzeszow.eska.pl/21-rodzin-skorzysta-z-programu-opieka-wytchnieniowa-jest-ponad-120-tys-zl-wsparcia-dla-ostrzeszowa-aa-u1zY-DzYF-bPCW.html",
    ),
    (
        "Urząd Marszałkowski podpisał umowę z Lokalną Grupą Działania „Dolina Rzeki” na kwotę 4 mln euro na "
        "wsparcie działalności grupy.",
        "Lokalna Grupa Działania „Dolina Rzeki”",
        None,
        "https://iloveslubice.pl/tag/urzad-marszalkowski-lubuskie/",
    ),
    (
        "Umowę o dofinansowanie zadań z Funduszu Dróg Samorządowych podpisał starosta lipnowski Jan Nowak.",
        "Powiat Lipnowski",
        None,
        "https://ckinfo.pl/tag/dyrektor-generalny-swietokrzyskiego-urzedu-wojewodzkiego-pawel-lubieniecki",
    ),
    # ---- traps: the payer, the contractor, a venue, a participant, many recipients, an operator, no name
    (
        "Dotację otrzymały: OSP Lipno, Stowarzyszenie Klub Sportowy Rybno oraz Klub Sportowy Dębno.",
        None,
        None,
        "https://temat.net/artykul/pieniadze-od-gminy-dla-n1218106",
    ),
    (
        "Koło Gospodyń Wiejskich w Lipnie oraz Koło Gospodyń Wiejskich w Rybnie otrzymały od zarządu "
        "województwa dotacje w wysokości 7 tys. 500 zł.",
        None,
        None,
        "https://zambrow.org/artykul/kola-gospodyn-wiejskich-n1330241",
    ),
    (
        "Wybrane zostały dwie oferty: złożona przez Stowarzyszenie Osób Niepełnosprawnych w Lipnie, któremu "
        "przyznano dotację w wysokości 5.000,00 zł, oraz przez Stowarzyszenie Diabetyków w Lipnie, które "
        "otrzymało 1.000,00 zł dotacji.",
        None,
        None,
        "http://bip.dzierzgon.pl/?a=212",
    ),
    (
        "Dotacje otrzymały koła: KGW w Lipnie, KGW Babeczki w Rybnie, KGW w Dębnie.",
        None,
        None,
        "https://ciechanowinaczej.pl/artykul/kgw-z-powiatu-ciechanowskiego-n1739070",
    ),
    (
        "Promesy po 8 tys. zł otrzymało kilkadziesiąt Kół Gospodyń Wiejskich z powiatu.",
        None,
        None,
        "https://www.ciechtivi.pl/wsparcie-dla-kol-gospodyn-wiejskich/",
    ),
    (
        "Wśród obdarowanych znalazły się koła z Lipna, Rybna i Dębna. Każde otrzymało 10 tys. zł.",
        None,
        None,
        "https://szczercow.pl/marszalkowskie-dotacje-dla-kgw/",
    ),
    ("Wsparcie finansowe otrzymają 34 sołectwa.", None, None, "https://nysainfo.pl/tag/odnowa-wsi/"),
    (
        "Wojewoda wręczył 24 samorządom z regionu promesy na dotacje w łącznej wysokości blisko 17 mln zł.",
        None,
        None,
        "https://spottedlublin.pl/tag/pieniadze-na-drogi/",
    ),
    (
        "Na liście znalazły się m.in.:\nGmina Miejska Lipno: 4 834 205 zł.\nGmina Rybno: 1 797 846 zł.",
        None,
        None,
        "https://czadrow24.pl/do-samorzadow-w-polsce-trafi-14-mld-zl",
    ),
    (
        "Marszałek województwa podpisał 33 umowy na dofinansowanie z gminami, jedną parafią i dwiema lokalnymi "
        "grupami działania.",
        None,
        None,
        "https://stawiguda.kopernik.tv/887,33-umowy-na-dofinansowanie-inicjatyw-spolecznych",
    ),
    (
        "Radni Sejmiku przyznali dofinansowanie wszystkim gminom, które złożyły wnioski o pomoc finansową z "
        "budżetu województwa.",
        None,
        None,
        "https://odnowawsi.podkarpackie.pl/index.php/103-aktualnosci2/295-sejmik-wojewodztwa-przyznal-pomoc-finansowa",
    ),
    (
        "Gmina Rybno dokonała wyboru organizacji pozarządowych, które uzyskają dotację z budżetu gminy na rok 2021.",
        None,
        None,
        "https://kurekmazurski.pl/dotacje-dla-stowrzyszen-2019031360384",
    ),
    (
        "Miejski Ośrodek Kultury, który aplikował o 10 000 PLN na festiwal, dofinansowania nie otrzymał.",
        None,
        None,
        "http://gazetatrybunalska.pl/2015/07/wniosek-mok-odrzucony-muzeum-i-biblioteka-z-tarcza/",
    ),
    (
        "Muzeum Historyczne w Lipnie oraz Muzeum Rzemiosła w Rybnie wśród beneficjentów programu „Wspieranie "
        "działań muzealnych”. Oba muzea otrzymają blisko 400 tysięcy złotych.",
        None,
        None,
        "https://www.romowicz.pl/artykul/muzeum-historyczne-w-sanoku-oraz-muzeum-rzemiosla-w-krosnie-wsrod-beneficjentow-programu-ministra-kultury-i-dziedzictwa-narodowego-wspieranie-dzialan-muzealnych-2026,609",
    ),
    (
        "Do dziewięciu stowarzyszeń trafi łącznie dziewięć dotacji o łącznej wartości 75 tysięcy złotych.",
        None,
        None,
        "https://portalnaplus.pl/2023/01/27/malbork-dotacje-dla-stowarzyszen-na-wydarzenia-kulturalne-i-historyczne-lista",
    ),
    (
        "Dofinansowanie otrzyma 25 projektów zgłoszonych przez różne organizacje. Łącznie miasto wyda 306 tys. zł.",
        None,
        None,
        "https://okkolobrzeg.pl/te-organizacje-dostana-finansowe-wsparcie-miasto-przyznalo-dotacje-na-projekty-zwiazane-z-kultura-lista/",
    ),
    (
        "Z wielką przyjemnością ogłaszamy, że nasze Muzeum otrzymało ponad 320 tys. zł dofinansowania.",
        None,
        None,
        "https://www.muzeumazji.pl/en/dofiansowania/",
    ),
    (
        "Największe kwoty trafią do Chatki Żaka, do towarzystwa muzycznego i na działania w szkołach. Pula "
        "wsparcia to półtora miliona złotych.",
        None,
        None,
        "https://www.dziennikwschodni.pl/co-gdzie-kiedy/inne/wystawa-dla-wielbicieli-zwierzat-w-chatce-zaka,n,1000319965.html",
    ),
    # no name on the unit's own site
    (
        "Nasza biblioteka otrzymała dofinansowanie w wysokości 5 125,00 zł.",
        None,
        None,
        "https://biblioteka.starabiala.pl/aktualnosci/399-narodowy-program-rozwoju-czytelnictwa",
    ),
    (
        "Nasza szkoła uzyskała dofinansowanie w kwocie 30 000 zł w ramach konkursu Fundacji Banku Gospodarstwa "
        "Krajowego.",
        None,
        None,
        "http://sposowo.vgh.pl/print.php?type=N&item_id=674",
    ),
    (
        "Nasze stowarzyszenie otrzymało dofinansowanie w wysokości 21000,00 złotych.",
        None,
        None,
        "http://crgkoscian.pl/rozstrzygniecie-otwartego-konkursu-ofert-na-rok-2022/",
    ),
    (
        "Złożone przez naszą gminę wnioski uzyskały dofinansowanie w wysokości 60%.",
        None,
        None,
        "http://gowarczow.pl/?p=7635",
    ),
    (
        "Pełna kwota dotacji wpłynęła na konto Gminy.",
        None,
        None,
        "https://www.jerzmanowa.com.pl/urzad-gminy/inwestycje/programy-krajowe/rzadowy-fundusz-inwestycji-lokalnych/dofinansowanie-ze-srodkow-rzadowego-funduszu-inwestycji-lokalnych",
    ),
    (
        "– Uzyskaliśmy 240 tys. zł dofinansowania z urzędu wojewódzkiego – mówi dyrektor ośrodka.",
        None,
        None,
        "https://itvm.pl/n/wydarzenia/02/04/nic-tylko-byc-seniorem-dzienny-dom-mops-u-juz-po-remoncie/embed",
    ),
    (
        "Zgłosiliśmy projekt do Regionalnego Centrum Wolontariatu i udało nam się zdobyć dotację ze środków Gminy.",
        None,
        None,
        "https://www.caritas.gda.pl/jaski-dla-jaska/",
    ),
    (
        "Fundacja w okresie od kwietnia do grudnia 2020 roku realizuje projekt „Seniorzy mają głos”. Na ten cel "
        "pozyskaliśmy 172 504,16 złotych.",
        None,
        None,
        "http://fundacjarise.pl/seniorzy-maja-glos/",
    ),
    (
        "Wójt Gminy Jan Nowak, przy kontrasygnacie Skarbnika Gminy, podpisał z Wojewodą Małopolskim umowę o "
        "dofinansowanie remontu drogi. Kwota dotacji wynosi 1 178 016 zł.",
        None,
        None,
        "https://www.golcza.pl/index.php/aktualnosci/2160-umowa-o-dofinansowanie-w-ramach-rzadowego-funduszu-rozwoju-drog",
    ),
    # the payer is not the beneficiary
    (
        "Uzyskana przez nas w tym roku dotacja z Biblioteki Narodowej na zakup nowości wyniosła 7610 zł.",
        None,
        None,
        "https://www.biblioteka.wierzchoslawice.pl/kategoria/nowosci-ksiazkowe/page/6/",
    ),
    (
        "Ministerstwo na realizację tego Programu przeznaczy w tym roku kwotę 30 mln zł.",
        None,
        None,
        "https://www.katowice.uw.gov.pl/wydzial/fundusz-solidarnosciowy/edycja-2019-2020-1",
    ),
    (
        "Do 320 tys. zł przekazanych przez wojewodę miasto dołoży swoje 20 proc.",
        None,
        None,
        "https://gorzow.wyborcza.pl/gorzow/7,36844,26505137,od-przyszlego-tygodnia-startuje-program-wspieraj-seniora.html",
    ),
    (
        "Samorząd województwa przewiduje przyznanie jednego grantu na gminę w wysokości 5 000 zł.",
        None,
        None,
        "https://www.nowotarski.pl/aktualnosci/komunikaty/grant-na-start-dla-gospodyn-wiejskich-2050.html",
    ),
    # a dative without money, a contractor, a venue, a participant
    (
        "Gminie Rybno dopisało ostatnio szczęście, bo udało się znaleźć wykonawców dwóch zadań.",
        None,
        None,
        "https://zachod.pl/613105/pszczew-ma-szczescie/",
    ),
    (
        "Wykonawcę remontu wyłoniliśmy spośród 10 firm. Remont dachu szkoły ma kosztować około 250 tys. zł.",
        None,
        None,
        "https://epiotrkow.pl/news/wiadomo-ktora-firma-odbuduje-dach-szkoly,13051",
    ),
    (
        "Pozyskaliśmy dotację w wysokości 642 932 zł z programu „Za życiem”. Dom powstanie w budynku, w którym "
        "siedzibę ma Powiatowe Centrum Pomocy Rodzinie w Lipnie.",
        None,
        None,
        "https://powiat.olecko.pl/aktualnosc-1857-bedzie_dom_dla_matek_z_maloletnimi.html",
    ),
    (
        "Szkoła Podstawowa w Lipnie wzięła udział w projekcie „Poznaj Polskę”. Uczniowie klas 6 – 8 uczestniczyli "
        "w wycieczce do Warszawy.",
        None,
        None,
        "https://splazany.oswiata.eu/rekordowe-dofinansowanie/",
    ),
    (
        "Zakup samochodu sfinansowano ze środków gminnych oraz z dofinansowania Zarządu Głównego Związku "
        "Ochotniczych Straży Pożarnych RP w kwocie 50 tys. zł.",
        None,
        None,
        "https://kamienslaski.pl/2067/nowy-samochod-pozarniczy.html",
    ),
    (
        "Ministerstwo Kultury i Dziedzictwa Narodowego dofinansowało kwotą 36 tys. złotych projekt sali kameralnej.",
        None,
        None,
        "http://lok.art.pl/kolejna-dotacja-dla-lok/",
    ),
    (
        "Podpisana została umowa dotycząca remontu dróg gminnych Gminy Rybno. Wartość umowy to 1 129 673,00 "
        "złotych, a prace potrwają do końca września.",
        None,
        None,
        "https://www.wojnicz.pl/2021/06/30/umowa-na-remont-drog-gminnych-podpisana",
    ),
    (
        "Wójt Gminy Rybno podjął decyzję o wsparciu finansowym organizacji pozarządowych. Ogólna kwota wyniesie "
        "250.000 zł. Dofinansowania nie otrzymają zaledwie 4 inicjatywy.",
        None,
        None,
        "https://zkaszub.info/category/wiadomosci/stezyca/page/14/",
    ),
    (
        "Głównymi beneficjentami projektu są przede wszystkim samorządy terytorialne i organizacje pozarządowe. "
        "Na program przeznaczono 2 mln euro.",
        None,
        None,
        "https://www.baltyckie.com/programy-unijne/programy-ue-beneficjenci/",
    ),
    (
        "Beneficjent – podmiot, który realizuje projekt finansowany z budżetu państwa na podstawie umowy o "
        "dofinansowanie.",
        None,
        None,
        "http://dotacje.prometeia.pl/beneficjent-144",
    ),
    (
        "Proponowany organ do realizacji projektu\n\nStowarzyszenie Ochrony Zabytków w Rybnie\n\nKoszt projektu: "
        "20 000 zł.",
        None,
        None,
        "https://dobraszczecinska.budzet-obywatelski.org/projekt/9885",
    ),
    (
        "Organizacje pozarządowe, stowarzyszenia, OSP i koła gospodyń wiejskich mogą składać wnioski na "
        "mikrodotacje do 4 tys. zł.",
        None,
        None,
        "https://nowogrodekpomorski.pl/aktualnosci/364-program-spolecznik-na-lata-2019-2021",
    ),
    (
        "O dotacje ubiegać się mogą organizacje z powiatu. Maksymalna kwota dofinansowania projektu wynosi 6.000 zł.",
        None,
        None,
        "https://ma-group.com.pl/program-dzialaj-lokalnie",
    ),
    (
        "Koordynatorem Programu na szczeblu gminy jest wójt. Program na szczeblu gminy realizują samorządowe "
        "jednostki organizacyjne pomocy społecznej. Dofinansowanie: 226 329,00 zł.",
        None,
        None,
        "https://tolkmicko.pl/index.php/pl/szczegoly-aktualnosci/434",
    ),
    (
        "Otrzymaliśmy dotację z Polsko-Amerykańskiej Fundacji Wolności na realizację projektu „Poszukiwacze smaków”.",
        None,
        None,
        "http://silprzystan.pl/index.php?option=com_content&view=article&id=5:dotacja-na-realizacje-projektu-w-ramach-programu-rownac-szanse-2015&catid=17&Itemid=150",
    ),
    # a programme's operator, an announcement, a choice still to be made
    (
        "Program „Działaj Lokalnie” to program Fundacji Wolności realizowany przez Akademię Rozwoju Filantropii "
        "w Polsce. Organizacje mogą pozyskać grant do 6000 zł.",
        None,
        None,
        "https://tudu.org.pl/project/show/528",
    ),
    (
        "Konkurs został zrealizowany przez Stowarzyszenie Razem. Zespół Szkół pozyskał dotację w wysokości "
        "4000 zł na rewitalizację zieleni.",
        None,
        None,
        "https://zswarka.edu.pl/2022/11/15/projekt-dzialaj-lokalnie-nasze-patio-wspolne-dobro/",
    ),
    (
        "W związku ze startem programu jego realizator, czyli Fundacja Rozwoju Demokracji Lokalnej, tworzy bazę "
        "kontaktów.",
        None,
        None,
        "https://www.rops.torun.pl/40-archiwum-2021/1314-startuje-program-aktywni-obywatele-fundusz-regionalny",
    ),
    (
        "Organizatorem Programu są Polskie Sieci Elektroenergetyczne S.A. Kwota wsparcia to 20 tys. zł.",
        None,
        None,
        "https://funduszenaedukacje.com/2021/04/23/wzmocnij-swoje-otoczenie/",
    ),
    (
        "Miejsko-Gminny Ośrodek Pomocy Społecznej w Rybnie informuje o przyjmowaniu zgłoszeń do programu "
        "„Opieka wytchnieniowa” finansowanego ze środków Funduszu Solidarnościowego.",
        None,
        None,
        "https://www.dabrowainfo.pl/wiadomosc-o-programie-opieka-wytchnieniowa-edycja-roku-2024/",
    ),
    (
        "Władze powiatu wybiorą operatora, który będzie decydował, do kogo trafią środki w wysokości 30 tys. zł.",
        None,
        None,
        "http://chocianow.pl/szukaja-organizacji-ktora-rozda-powiatowe-pieniadze,a803",
    ),
    (
        "W ramach konkursu wyłoniony zostanie operator projektu, którego zadaniem będzie zlecenie realizatorom "
        "projektów wykonania zadania. Na zadanie przeznaczono 60 000 zł.",
        None,
        None,
        "https://www.erzeszow.pl/1059-konkursy/33886-otwarty-konkurs-ofert-na-wybor-operatora-projektu-w-ramach-realizacji-zadania-publicznego-w-zakresie-rewitalizacji-w-2021-r-pn-prowadzenie-dzialan-rewitalizacyjnych-nalezacych-do-sfery-spolecznej-procesu-rewitalizacji-w-ramach-realizacji-lokalnego-programu-rewitalizacji-dla-gminy-miasto-rzeszow-do-roku-2023.html",
    ),
    (
        "Wnioskodawcami mogą być gminy wiejskie i miejsko-wiejskie. Dofinansowanie wynosi maksymalnie 5 tys. zł.",
        None,
        None,
        "http://nowa.lgdziemialubawska.pl/granty-marszalka-dla-kol-gospodyn-wiejskich-w-2022-roku",
    ),
    (
        "Beneficjent: gmina, powiat lub związek międzygminny. Pomoc wynosi do 3 mln zł na beneficjenta.",
        None,
        None,
        "http://www.prow2014-2020.sbrr.pl/dzialania/podstawowe-uslugi-i-odnowa-wsi-na-obszarach-wiejskich/budowa-lub-modernizacja-drog-lokalnych/opis-poddzialania",
    ),
    (
        "Porozumienie w sprawie centrum podpisali marszałek województwa, starosta lipnowski i burmistrz Rybna.",
        None,
        None,
        "https://www.gloslubelski.pl/centrum-uslug-spolecznych-powstanie-w-opolu-lubelskim/",
    ),
]


# Rows no general change fixes today (strict: a row that starts passing must lose its mark), by their text's start.
XFAIL = {
    "W dniu 28 lipca 2023 r. Gmina Rybno podp": (
        "tried: an acronym with its place ('GCK w Rybnie') as a body's name after 'realizuje'; "
        "the gate's check part dropped (implementer 0.873 -> 0.861)"
    ),
    "Umowę o dofinansowanie zadań z Funduszu ": (
        "tried: a starosta named by his powiat's adjective as that powiat; "
        "the gate's check part dropped (beneficiary 0.840 -> 0.834)"
    ),
}


def _row(row: tuple[str, str | None, str | None, str]) -> object:
    """A row as a test case named by its source's host, a strict xfail when XFAIL names it."""
    text, beneficiary, implementer, source = row
    reason = next((why for start, why in XFAIL.items() if text.startswith(start)), None)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(text, beneficiary, implementer, marks=marks, id=f"{source.split('/')[2]}:{text[:40]}")


@pytest.mark.parametrize(("text", "beneficiary", "implementer"), [_row(row) for row in SURVEY])
def test_roles_in_the_surveyed_forms(text: str, beneficiary: str | None, implementer: str | None) -> None:
    found = record(text)
    got = (found.beneficiary.name if found.beneficiary else None, found.implementer.name if found.implementer else None)
    assert got == (beneficiary, implementer)
