"""Who got the money and who carries the project out: a second survey (issue 13), where the first one did not look.

Headlines and leads ("Dotacja dla OSP X", "Ponad 4,6 miliona złotych dla Powiatu Y", "Biblioteka X z dofinansowaniem"),
a unit named through its head or organ ("Wójt Gminy X odebrał promesę", "w imieniu gminy X", "prezes OSP X podpisał
umowę"), schools, libraries, OSP, KGW, parishes, sports clubs, LGDs and NGOs that got money, project cards
("Beneficjent projektu:", "Realizator projektu:") and the traps: the payer ("z budżetu Powiatu X"), many recipients,
an applicant still waiting, the project's area or venue, a programme's operator, "nasza szkoła" on its own site (null).
Stored copies of public pages were searched in December 2026 (hosts reserved for independent checks and the hosts of
tests/test_conventions_roles_survey.py left out); each row is a short passage invented for this file in the form one
page used, not a copied sentence, with the source page of the form in its last column. Labels follow the rules of
tests/realtext/README.md; where they say nothing, the majority of dev's labels: a unit named through its head who
receives or signs for the money is the beneficiary when the head's unit is named (11 dev passages: Dorohusk, Kolno,
Bolesławiec, Rogóźno, Dąbie, Gołcza, Tymbark, Powiat Białostocki, Powiat Turecki, Powiat bialski, Stowarzyszenie
WSPÓLNIE), null when it is not ("Wójt Gminy podpisał", 4 passages); a body named by its kind alone on its own page
("Gminny Ośrodek Kultury otrzymał") keeps that name (6 dev labels do).
"""

from __future__ import annotations

import pytest

from conventions import record

# (text, beneficiary, implementer, source of the form)
SURVEY = [
    (
        "Kolejne dofinansowanie dla Gminy Rybno\n\nNa remont drogi gminnej w Brodach przyznano 642 736,57 "
        "zł z Rządowego Funduszu Rozwoju Dróg.",
        "Gmina Rybno",
        None,
        "https://malawies.pl/2023/07/kolejne-dofinansowanie-dla-gminy-mala-wies/",
    ),
    (
        "28 stycznia 2021 roku Gmina Rybno złożyła wniosek o przyznanie środków z budżetu Województwa "
        "Łódzkiego na przebudowę drogi w Lipnie.",
        None,
        None,
        "https://www.old.dobron.ug.gov.pl/?p=28706",
    ),
    (
        "Dodatkowe pieniądze dla gminy Rybno\n\nW środę burmistrz Jan Nowak podpisał z wicemarszałkiem "
        "dwie umowy. Pierwsza, warta 132 750 złotych, dotyczy budowy drogi w Lipnie.",
        "Gmina Rybno",
        None,
        "https://oborniki.com.pl/dodatkowe-pieniadze-dla-gminy-rogozno/",
    ),
    (
        "Ponad 4,6 miliona złotych dla Powiatu Lipnowskiego. Kolejna rządowa dotacja trafi do naszego samorządu.",
        "Powiat Lipnowski",
        None,
        "https://www.powiat-slupca.pl/index.php/dodatkowe-pieniadze-dla-powiatu/",
    ),
    (
        "Miasto Rybno otrzymało dotację w wysokości 160 000 złotych na modernizację drogi dojazdowej do "
        "gruntów rolnych. Umowy podpisali członkowie Zarządu Województwa Mazowieckiego oraz Burmistrz "
        "Miasta Rybna.",
        "Miasto Rybno",
        None,
        "https://garwolin.pl/kolejne-dofinansowania-dla-garwolina/",
    ),
    (
        "497 475 zł rządowego dofinansowania otrzymała Gmina Rybno na prowadzenie w 2023 roku Centrum "
        "opiekuńczo-mieszkalnego w Lipnie.",
        "Gmina Rybno",
        None,
        "https://gmina-osiek.pl/informacja-87/",
    ),
    (
        "Gmina Rybno pozyskała dotację w kwocie 284 tys. zł na projekt „Zagospodarowanie terenu przy targowisku”.",
        "Gmina Rybno",
        None,
        "https://pruszcz.pl/2-aktualnosci/632-sa-pieniadze-na-projekt.html",
    ),
    (
        "Nasza Gmina Rybno otrzymała środki w łącznej wysokości 191.100,- zł z podziałem na szkoły:\n• SP "
        "Rybno 71.100,- zł\n• SP Lipno 60.000,- zł",
        "Gmina Rybno",
        None,
        "https://czarnadabrowka.com.pl/index.php/aktualnosci/informacje/1650-laboratorium-przyszlosci",
    ),
    (
        "Wśród dofinansowanych samorządów jest Powiat Lipnowski, który otrzymał 880 tys. zł na zakup "
        "układarki do poboczy. W podpisaniu umowy uczestniczył Starosta Lipnowski.",
        "Powiat Lipnowski",
        None,
        "https://radomskie24.pl/powiat-lipski-otrzymal-kolejne-dofinansowanie/",
    ),
    (
        "Wójt Gminy Rybno Jan Nowak wziął udział we wręczeniu promes na drogi dojazdowe. Gmina Rybno "
        "otrzymała promesę w wysokości 94.849,00 zł.",
        "Gmina Rybno",
        None,
        "https://budzow.pl/promesy-na-modernizacje-drog-dojazdowych-do-gruntow-rolnych/",
    ),
    (
        "Promesę w wysokości 800.000 zł w imieniu gminy Rybno odebrał Wójt Gminy Jan Nowak. Szacowany "
        "koszt inwestycji to 1.117 261 zł.",
        "Gmina Rybno",
        None,
        "https://www.staryzamosc.pl/promesy-dla-samorzadow-12-12-2020-r/",
    ),
    (
        "W środę Wójt Gminy Jan Nowak odebrał z rąk Wicewojewody promesę w wysokości 4 mln 250 tyś zł na "
        "odbudowę trzech dróg.",
        None,
        None,
        "https://www.lososina.pl/pl/206/120/rekordowa-promesa-na-remonty-drog-.html",
    ),
    (
        "Marszałek Województwa wręczył na moje ręce promesę na kwotę 30 000 zł z programu „Odnowa "
        "Wsi”.\n\nBurmistrz Gminy i Miasta\nJan Nowak",
        None,
        None,
        "http://gryfow.pl/promesa/",
    ),
    (
        "Burmistrz Jan Nowak ze Skarbnik Miasta podpisali umowę o pomoc finansową na nasadzenia drzew. "
        "Całkowita wartość zadania to 58 000,00 zł, a Województwo udzieli pomocy w kwocie 29 000,00 zł.",
        None,
        None,
        "http://www.ostrowmaz.pl/pl/news/nasadzenia-w-naszym-miescie",
    ),
    (
        "Burmistrz Rybna Jan Nowak podpisał dwie umowy między Gminą Rybno a Województwem Wielkopolskim. "
        "Pierwsza dotyczy dotacji celowej w kwocie 113 500 zł na drogi dojazdowe.",
        "Gmina Rybno",
        None,
        "https://www.dobra24.pl/print.php?action=informacje&file=print&idin=195&ids=16&idm=2&lang=pl",
    ),
    (
        "Promesa na samochód gaśniczy dla Gminy Rybno\n\nPrzewodnicząca Rady Gminy wraz z naczelnikiem OSP "
        "odebrali w ministerstwie promesę na zakup średniego wozu.",
        "Gmina Rybno",
        None,
        "https://www.ospgostyn.pl/promesa-na-zakup-samochodu-gasniczego-dla-gminy-wyry/",
    ),
    (
        "Proboszcz parafii w Rybnie ks. Jan Nowak podpisał w starostwie umowę na dofinansowanie w "
        "wysokości 70 000 zł remontu kościoła filialnego.",
        "Parafia w Rybnie",
        None,
        "https://powiatwalecki.pl/14-lipca-w-sali-narad-podpisano-trzy-umowy",
    ),
    (
        "W dniu 8 października Wójt Jan Nowak podpisał w Ministerstwie Środowiska umowę na dofinansowanie "
        "zadania „Ścieżki edukacyjne w gminie Rybno”. Kwota dofinansowania to 174 204, 58 zł.",
        None,
        None,
        "https://www.obryte.pl/ogloszenia/pozostale/tworzenie-sciezek-edukacyjnych,p1817265531",
    ),
    (
        "Prezydent Miasta podpisała z Wojewodą umowę o wsparcie w programie „Maluch+”. Kwotę 152.280,00 "
        "złotych przyznano miastu w formie dotacji.",
        None,
        None,
        "https://umostrow.pl/aktualnosci/kolejne-dofinansowanie-z-programu-maluch.html",
    ),
    (
        "10 lipca dwie jednostki OSP z terenu naszej gminy dostały promesę od WFOŚiGW na zakup sprzętu.",
        None,
        None,
        "https://www.wasosz.eu/index.php/dla-mieszkancow/zycie-codzienne/bezpieczenstwo/2022-dofinansowanie",
    ),
    (
        "Granty po 10 tys. zł otrzymały KGW z Rybna i KGW z Lipna, a 6 tys. zł trafi do KGW w Dębnie.",
        None,
        None,
        "https://eop24.net/wiadomosci/lodzkie/cztery-kola-gospodyn-wiejskich-w-gminy-opoczno-z-grantami",
    ),
    (
        "Koło Gospodyń Wiejskich „Orłowianka” w Rybnie otrzymało dofinansowanie z projektu Inicjuj z FIO, "
        "którego operatorem jest Stowarzyszenie Rozwoju Gminy Lipno.",
        "Koło Gospodyń Wiejskich „Orłowianka” w Rybnie",
        None,
        "https://www.trgp.org.pl/2021/10/kolo-gospodyn-wiejskich-orlowianka-w-orlowie/",
    ),
    (
        "W starostwie podpisano umowy dotacji dla dwóch gmin. Dotacje z budżetu Powiatu Lipnowskiego "
        "otrzymały gminy Rybno oraz Dębno; pierwsza dostała 27 tys. 804 zł.",
        None,
        None,
        "http://staszowski.eu/index.php/2531-powiatowe-wsparcie-dla-gmin",
    ),
    (
        "Nasza szkoła otrzymała w ramach programu 85 800 zł na zakup sprzętu.",
        None,
        None,
        "http://www.zsp6.zory.pl/laboratoria-przyszlosci-w-naszej-szkole/",
    ),
    (
        "Jako organ prowadzący czterech szkół podstawowych otrzymaliśmy wsparcie w wysokości 180 000 zł.",
        None,
        None,
        "https://fala.edu.pl/p,113,laboratoria-przyszlosci",
    ),
    (
        "Wicewojewoda przekazał symboliczny czek na kwotę 92 700 zł dla Szkoły Podstawowej nr 1 w Rybnie.",
        "Szkoła Podstawowa nr 1 w Rybnie",
        None,
        "https://pomorska.pl/laboratoria-przyszlosci-w-wiecborku/ar/c5-16054331",
    ),
    (
        "Szkoła Podstawowa nr 2 w Rybnie otrzymała w programie Laboratoria Przyszłości wsparcie w łącznej "
        "wysokości 60 000 zł.",
        "Szkoła Podstawowa nr 2 w Rybnie",
        None,
        "https://soswslawoborze.pl/nasze-szkoly-w-programie-laboratoria-przyszlosci/",
    ),
    (
        "Minister przyznał dofinansowania w programie „Promocja czytelnictwa”. Nasza biblioteka zdobyła aż dwa!",
        None,
        None,
        "https://biblioteka-gorzyce.pl/dofinansowania-dla-gbp/",
    ),
    (
        "Nasza biblioteka zdobyła dotację w wysokości 137 500 zł. Kwotę blisko 5,5 mln zł Narodowe Centrum "
        "Kultury przekaże 46 bibliotekom publicznym.",
        None,
        None,
        "https://www.bibliotekakwidzyn.com.pl/wez-udzial/konkursy/643-blisko-wyniki-naboru",
    ),
    (
        "Miejska Biblioteka Publiczna w Rybnie otrzymała w ramach Narodowego Programu Rozwoju Czytelnictwa "
        "dofinansowanie do zakupu nowości wydawniczych w 2019 roku.",
        "Miejska Biblioteka Publiczna w Rybnie",
        None,
        "https://biblioteka-zgorzelec.pl/index.php/projekty/narodowy-program-rozwoju-czytelnictwa/769",
    ),
    (
        "Gminna Biblioteka Publiczna w Rybnie w 2017 r. ze środków Ministra Kultury w ramach Priorytetu 1 "
        "otrzymała dofinansowanie w kwocie 8 300,00 zł.",
        "Gminna Biblioteka Publiczna w Rybnie",
        None,
        "http://kultura.miekinia.pl/index.php?mact=News,cntnt01,detail,0&cntnt01articleid=1209",
    ),
    (
        "Mamy powód do radości! Gminna Biblioteka Publiczna w Rybnie otrzymała w tym roku 17.500 zł !!!",
        "Gminna Biblioteka Publiczna w Rybnie",
        None,
        "https://bibliotekaporabka.pl/zakup-nowosci",
    ),
    (
        "Publiczna Biblioteka GCK w Rybnie po wniosku złożonym w Bibliotece Narodowej otrzymała "
        "dofinansowanie w kwocie 2810zł.",
        "Publiczna Biblioteka GCK w Rybnie",
        None,
        "https://gckpolanka.pl/dofinansowanie-na-zakup-nowosci-wydawniczych/",
    ),
    (
        "Oba wnioski złożone przez naszą parafię do ministerstwa uzyskały dofinansowanie. Kwotą 60 tyś. zł "
        "ministerstwo wesprze konserwację wyposażenia kościoła.",
        None,
        None,
        "https://www.parafiagostkow.pl/mkidn-przychylne-naszym-wnioskom/",
    ),
    (
        "Parafia pw. św. Marcina w Rybnie otrzymała 20 tysięcy złotych na konserwację okien i witraży. "
        "Symboliczny czek odebrał proboszcz.",
        "Parafia pw. św. Marcina w Rybnie",
        None,
        "https://krzeszowiceone.pl/archive/2017/04/14/proboszcz-krzeszowickiej-parafii-odebral-czek-na-20-tysiecy-zlotych.html/amp",
    ),
    (
        "Gmina pozyskała dotacje na remont kościołów. Parafia w Rybnie otrzymała dotację w wysokości 539 "
        "tys. zł na renowację elewacji kościoła.",
        "Parafia w Rybnie",
        None,
        "https://www.miejska-gorka.pl/Gmina_pozyskala_dotacje_na_remont_kosciolow.html",
    ),
    (
        "10 tys zł dla Parafii Rzymskokatolickiej p.w. Matki Boskiej Częstochowskiej w Rybnie\nWójt Gminy "
        "podpisał dziś umowę o dotacji celowej z budżetu gminy na odprowadzenie wód opadowych z kościoła.",
        "Parafia Rzymskokatolicka p.w. Matki Boskiej Częstochowskiej w Rybnie",
        None,
        "http://www2.nowyduninow.info.pl/print.php?what=news&id=914",
    ),
    (
        "Parafie, które złożyły wnioski o dotację:\n- Parafia p.w. św. Jadwigi w Rybnie – 30.000,00 zł,\n- "
        "Parafia p.w. św. Anny w Lipnie – 30.000,00 zł.",
        None,
        None,
        "https://www.naszraciborz.pl/site/art/1-aktualnosci/0-/103118-gmina-krzyzanowice-wspiera-koscielne-zabytki",
    ),
    (
        "Dom Pomocy Społecznej „Zacisze” w Rybnie otrzymał w 2022 roku dodatkowe środki przyznane przez "
        "Ministerstwo Rodziny i Polityki Społecznej.\n\nKwota przyznanego dofinansowania: 117 920,00 zł",
        "Dom Pomocy Społecznej „Zacisze” w Rybnie",
        None,
        "https://biuletyn.abip.pl/zacisze/komunikat/90001",
    ),
    (
        "Najwięcej, 101 tys. zł, dostał LKS „Dąb” Rybno, 73 tys. zł otrzyma KS Szczypiorniak. W sumie na "
        "sport przeznaczono 190 tys. zł dla trzech organizacji.",
        None,
        None,
        "https://bomega.pl/kluby-sportowe-otrzymaly-dotacje-foto",
    ),
    (
        "UKS Atlas i UKS Start dostały po 6 000,00 zł, a GKS Rybno kwotę 38 000,00 zł.",
        None,
        None,
        "https://news.ksawerow.com/?p=1882",
    ),
    (
        "Przedstawiciele beneficjentów odebrali z rąk wójta promesy na wsparcie sportu.",
        None,
        None,
        "http://www.dkl24.pl/pl/12039/drukuj-artykul.html",
    ),
    (
        "Pracownia Inicjatyw Społecznych otrzymała kolejne dofinansowanie z programu FIO. Zadanie będzie "
        "prowadzone w Zespole Szkół w Rybnie.",
        "Pracownia Inicjatyw Społecznych",
        None,
        "http://pracowniaorg.pl/2018/05/",
    ),
    (
        "Po raz piętnasty Stowarzyszenie Centrum Młodzieży „Arka” rozdzieliło pieniądze programu „Działaj "
        "Lokalnie”: blisko 30 tysięcy złotych na pięć zadań.",
        None,
        None,
        "https://radioradom.pl/kolejna-edycja-programu-dzialaj-lokalnie-rozstrzygnieta",
    ),
    (
        "Stowarzyszenie „Aktywni w kulturze” z Rybna otrzymało 85 tysięcy złotych z programu NOWE FIO na "
        "projekt „Ekozorientowani”.",
        "Stowarzyszenie „Aktywni w kulturze”",  # the seat is no part of the name (the dev label of this host)
        None,
        "https://ias24.eu/aktualnosci,komarow-osada-zorientowani-na-ekologie,28978.html?p=2",
    ),
    (
        "Informujemy, że nasza organizacja otrzymała dotację ze środków Kancelarii Prezesa Rady "
        "Ministrów.\nKwota dotacji 2023 rok – 2 250,00 PLN",
        None,
        None,
        "https://stacjadompolski.org.uk/dotacje/",
    ),
    (
        "Zadanie „Sołectwo na plus” sfinansowano ze środków budżetu Województwa Łódzkiego w kwocie 9 929,00 zł.",
        None,
        None,
        "https://gminazduny.pl/bogoria-dolna-2/",
    ),
    (
        "We wtorek podpisaliśmy umowę na przebudowę placów zabaw. Środki pozyskano za pośrednictwem "
        "Lokalnej Grupy Działania „Vistula”.",
        None,
        None,
        "https://swiecienadosa.pl/index.php/aktualnosci/informacje/1082-otrzymalismy-kolejne-dofinansowanie",
    ),
    (
        "6 lipca 2022 r. Stowarzyszenie Pojezierze Rybnickie podpisało umowę o przyznaniu pomocy na "
        "wsparcie przygotowawcze. Wysokość wsparcia wynosi 74.000 zł.",
        "Stowarzyszenie Pojezierze Rybnickie",
        None,
        "https://stowarzyszeniesgd.pl/2022/07/13/podpisanie-umowy-na-wsparcie-przygotowawcze/",
    ),
    (
        "Prezes i Wiceprezes Zarządu naszego Stowarzyszenia podpisały w Urzędzie Marszałkowskim umowę. "
        "Przyznano nam pomoc w wysokości 74 000 zł.",
        None,
        None,
        "https://www.kaszubskadroga.pl/wsparcie-przygotowawcze-2/wsparcie-przygotowawcze/podpisano-umowe-o-przyznaniu-pomocy-na-wsparcie-przygotowawcze-2/",
    ),
    (
        "Lokalna Grupa Działania „Kraina Rybna” zawarła kolejną umowę o przyznaniu pomocy. Kwota pomocy w "
        "wysokości 226 718,00 złotych wesprze budowę stref aktywności.",
        "Lokalna Grupa Działania „Kraina Rybna”",
        None,
        "http://krainawarty.pl/3527-2/",
    ),
    (
        "Gminny Ośrodek Pomocy Społecznej zawiadamia, że w czerwcu zakończył realizację Programu "
        "Operacyjnego Pomoc Żywnościowa – Podprogram 2017.",
        None,
        "Gminny Ośrodek Pomocy Społecznej",
        "http://rossosz.pl/wcag/index.php/420-informacja-gops-w-sprawie-zakonczenia-realizacji-popz-podprogram-2017",
    ),
    (
        "Beneficjentami Funduszu Małych Projektów zostali:\n• Stowarzyszenie Euroregion Karpacki "
        "Polska,\n• Stowarzyszenie Region Beskidy,\n• Żyliński Kraj Samorządowy.",
        None,
        None,
        "https://ewt.podkarpackie.pl/index.php/programy-transgraniczne-2021-2027/polska-slowacja/aktualnosci/1304-podpisano-umowy",
    ),
    (
        "Wójt Gminy Rybno Jan Nowak i Skarbnik Gminy podpisali w Urzędzie Marszałkowskim umowę o "
        "przyznaniu wsparcia z PROW. Wartość zadania 983 455,39 zł, wartość dofinansowania 500 000 zł.",
        "Gmina Rybno",
        None,
        "http://gomunice.pl/aktualnosci/1-najnowsze/1201-budowa-centrum-wsi-w-gomunicach",
    ),
    (
        "Uczniowski Klub Sportowy „Orlik” decyzją Ministra Sportu z 4 czerwca 2020 r. otrzymał "
        "dofinansowanie w Programie „KLUB”. Klub dostał 15 000,00 zł.",
        "Uczniowski Klub Sportowy „Orlik”",
        None,
        "https://zskdlugosz.pl/2020/06/13/uks-dlugosz-po-raz-czwarty-siega-po-grant/",
    ),
    (
        "Miło nam poinformować, że Uczniowski Międzyszkolny Klub Sportowy Sokół otrzymał dotację w "
        "wysokości 15tyś.zł w ramach programu „KLUB”.",
        "Uczniowski Międzyszkolny Klub Sportowy Sokół",
        None,
        "https://1lowyszkow.pl/uczniowie/umks-norwid/dotacja-z-ministerstwa-sportu-i-turystyki",
    ),
    (
        "UKS Wędrowiec otrzymało dotację w ramach ministerialnego programu „Klub”.",
        "UKS Wędrowiec",
        None,
        "http://ukswloczykij.pl/klub-uks-wloczykij/projekty/",
    ),
    (
        "Kluby, które otrzymały dofinansowanie:\nUKS 15 – 10.000 zł\nUKS „Śródmieście” – 15.000 "
        "zł\nStowarzyszenie „Basket Go” – 10.000 zł",
        None,
        None,
        "https://www.portalprzemyski.pl/przemyskie-kluby-sportowe-otrzymaly-ponad-100-tysiecy-dotacji-z-ministerstwa/",
    ),
    (
        "Wydział Sportu i Rekreacji pozyskał dofinansowanie programu „Szkolny Klub Sportowy” na bezpłatne "
        "zajęcia w szkołach.",
        None,
        None,
        "https://tylkotorun.pl/tag/szkolne-kluby-sportowe/",
    ),
    (
        "Wicewojewoda przekazała staroście Janowi Nowakowi czek na ponad 5 milionów złotych na remonty "
        "trzech dróg powiatowych.",
        None,
        None,
        "https://www.powiat-slupca.pl/index.php/kolejne-pieniadze-dla-powiatu/",
    ),
    (
        "Powiat Lipnowski przeznaczy w listopadzie dodatkowe 300 tysięcy złotych na remonty cząstkowe dróg.",
        None,
        None,
        "https://dziennikpolicki.pl/inwestycje/powiat-policki/5104-powiat-policki-przeznaczy-dodatkowe-srodki.html",
    ),
    (
        "Województwo Zachodniopomorskie przyznało nam dotację na zadanie publiczne. Dofinansowanie w "
        "kwocie 20 545,20 złotych pokryje 10,5% wkładu własnego Federacji Zielonych „GAJA” w projekcie "
        "INT162.",
        "Federacja Zielonych „GAJA”",
        None,
        "http://gajanet.pl/aktualnosci/dofinansowanie-wkladu-wlasnego-w-projekcie-int162/",
    ),
    (
        "Burmistrz Gminy i Miasta Rybno informuje, że przyznano dotację dla Stowarzyszenia „Projekt "
        "Dzieciaki” w kwocie 10.000,00 zł na modernizację ogrodu.",
        "Stowarzyszenie „Projekt Dzieciaki”",
        None,
        "http://bip.krajenka.pl/?a=5785",
    ),
    (
        "22.04.2015 r. do Urzędu Gminy w Rybnie wpłynęła oferta Stowarzyszenia „Projekt Dzieciaki” na "
        "wsparcie zadania „Dzień Dziecka Dniem Sportu”.",
        None,
        None,
        "https://www.gminazorawina.pl/informacja-wojta-gminy-zorawina-3/",
    ),
    (
        "Źródła finansowania:\ndotacja z Ministerstwa Sportu i Turystyki: 800.000,00 zł\nśrodki własne "
        "budżetu gminy: 1.832.222,28 zł",
        None,
        None,
        "http://www.test.zbroslawice.pl/Informacje/sala_gimnastyczna_kopienica/printpage",
    ),
    (
        "Wartość inwestycji to blisko 8,9 miliona złotych, z czego 2,7 miliona złotych pochodzi z "
        "dofinansowania pozyskanego przez Gminę w programie „Olimpia”.",
        None,
        None,
        "https://www.moj.powiat.pl/dziewiatka-bedzie-miala-nowa-sale-gimnastyczna-31725151.html",
    ),
    (
        "Z ministerialnej rezerwy pozyskano 50.000 zł. Trafią one do Szkoły Podstawowej nr 3, Gimnazjum nr "
        "2 i Gimnazjum nr 1.",
        None,
        None,
        "https://www.lebork.pl/aktualnosci/dodatkowe-pieniadze-dla-szkol",
    ),
    (
        "Na przygotowanie projektu rewitalizacji miasto otrzymało dofinansowanie w wysokości 3 762 090,00 zł.",
        None,
        None,
        "https://wojskapolskiego.szczecin.eu/pytania-i-odpowiedzi/skad-miasto-bierze-pieniadze/",
    ),
    (
        "Grant w wysokości ponad 145 tysięcy złotych pozwoli na cyfryzację Gminnego Ośrodka Kultury w "
        "Rybnie. Pieniądze pozyskano w konkursie Narodowego Centrum Kultury.",
        None,
        None,
        "https://radiogdansk.pl/tag/zblewo/page/3",
    ),
    (
        "Gminny Ośrodek Kultury w Rybnie uzyskał w programie Dom Kultury+ wsparcie w łącznej wysokości 30 "
        "tys. zł. Na projekty mieszkańców GOK przekaże 23,5 tys. zł.",
        "Gminny Ośrodek Kultury w Rybnie",
        None,
        "http://archiwum.unislaw.pl/artykul/21/3889/pytamy-mieszkancow-o-zdanie",
    ),
    (
        "Minister przyznał dotacje w programie Kultura Dostępna. Gminny Ośrodek Kultury otrzymał "
        "dofinansowanie w wysokości 80.000,00 zł na projekt „#KLUCZdoKULTURY”.",
        "Gminny Ośrodek Kultury",
        None,
        "https://mgokstepnica.pl/kluczdokultury/",
    ),
    (
        "Lipnowski Dom Kultury pierwszy raz w swojej historii został beneficjentem programu Dom Kultury+ "
        "Inicjatywy lokalne.",
        "Lipnowski Dom Kultury",
        None,
        "https://laskidomkultury.com.pl/aktualnosci/dom-kultury-inicjatywy-lokalne-raport/",
    ),
    (
        "Koszt całkowity: 21 477 EUR\nDotacja z EFRR: 18 255 EUR\nProjekt współfinansowany za "
        "pośrednictwem Euroregionu Glacensis.",
        None,
        None,
        "https://mokisbielawa.pl/informacja-o-projekcie-kultura-bez-granic/",
    ),
    (
        "Na konferencji przekazałam informację o dofinansowaniu z Ministerstwa Sportu dla Szkoły "
        "Podstawowej nr 3 w Rybnie. Kwota dofinansowania wynosi 1 710 000 zł.",
        "Szkoła Podstawowa nr 3 w Rybnie",
        None,
        "https://www.ewakozanecka.pl/nasz-okreg/konferencja-w-mogilnie/",
    ),
    (
        "Miliony trafią do samorządów powiatu lipnowskiego. Do samego powiatu lipnowskiego trafi ponad 6 "
        "milionów złotych z rządowej dotacji.",
        "Powiat Lipnowski",
        None,
        "https://kutno.naszemiasto.pl/miliony-trafia-do-samorzadow-powiatu-kutnowskiego-na-co/ar/c8-9030549",
    ),
    (
        "Wniosek o dotację na budowę sali przy Szkole Podstawowej nr 2 w Rybnie przeszedł pierwszy etap "
        "selekcji. Władze liczą na 70-procentową dotację.",
        None,
        None,
        "https://dabrowatarnowska.naszemiasto.pl/dwojka-z-sala/ar/c10-6133483",
    ),
    (
        "Budowa hali kosztuje 12,2 milionów złotych, z czego dofinansowanie z Polskiego Ładu to 7,3 "
        "milionów złotych. Miasto wciąż pozyskuje kolejne środki.",
        None,
        None,
        "https://stalowawola.naszemiasto.pl/przy-szkole-podstawowej-numer-7-w-stalowej-woli-powstaje/ar/c1-9610209",
    ),
    (
        "Środki budżetowe, łącznie ponad 8 mln zł, otrzymają następujące gminy:\nGmina Rybno – budowa hali "
        "sportowej;\nGmina Lipno – budowa krytej pływalni.",
        None,
        None,
        "https://www.kuratorium.wroclaw.pl/srodki-z-funduszu-rozwoju-kultury-fizycznej-na-modernizacje-bazy-sportowej-szkol-przyznane/",
    ),
    (
        "Rozdysponowano 2 miliony złotych w programie „KLUB”. W tym roku tylko jeden klub z naszego miasta "
        "dostał wsparcie.",
        None,
        None,
        "https://www.bytomski.pl/tag/program-klub",
    ),
    (
        "Regulamin określa zasady wyboru inicjatyw, które zostaną dofinansowane na terenie Gminy Rybno we "
        "współpracy z Gminnym Ośrodkiem Kultury w Rybnie.",
        None,
        None,
        "https://cekcyn.pl/index.php/gminny-oredoek-kultury/projekty/4508-praca-nad-regulaminem-konkursu",
    ),
    (
        "Projekt zrealizowano w ramach Programu Rozwoju Obszarów Wiejskich. Wartość inwestycji: 386 339 "
        "zł, dofinansowanie z Unii Europejskiej – 75% kosztów kwalifikowanych.",
        None,
        None,
        "https://www.kaliska.pl/budowa-swietlicy-wiejskiej-w-solectwie-czarne",
    ),
    (
        "Kolejne środki unijne na modernizacje w gminie Rybno\n\nW imieniu gminy Wójt Jan Nowak podpisał "
        "umowy z Urzędem Marszałkowskim. Gminie przyznano na ten cel ponad 360 tys. zł.",
        "Gmina Rybno",
        None,
        "https://lubiehrubie.pl/region/kolejne-srodki-unijne-na-modernizacje-w-gminie-werbkowice/",
    ),
    (
        "Burmistrz Rybna spotkał się w urzędzie marszałkowskim z dyrektorem departamentu. Gmina złożyła na "
        "początku roku wnioski o dofinansowanie remontu dachu szkoły na kwotę ponad 275 tys. zł.",
        None,
        None,
        "https://pograniczelubuskie.pl/2017/03/cybinka-spotkanie-burmistrza-ze-slawomirem-kulczynskim/",
    ),
    (
        "Placówka starała się o pieniądze z programu „Maluch”. Oferta została przyjęta i placówka "
        "otrzymała dotację w wysokości 355 626,24 zł.",
        None,
        None,
        "https://www.radio90.pl/kilkaset-tysiecy-zlotych-dofinansowania-dla-zorskiego-zlobka.html",
    ),
    (
        "Gminny Ośrodek Kultury w Rybnie informuje, że trzykrotnie wnioskował do Narodowego Centrum "
        "Kultury. W programie EtnoPolska wnioskowana kwota to 57.000,00 zł, z czego przyznano nam "
        "32.000,00 zł na stroje ludowe.",
        "Gminny Ośrodek Kultury w Rybnie",
        None,
        "https://gokrachanie.pl/fundusze-unijne/",
    ),
    (
        "Nasz wniosek złożony do programu Infrastruktura Kultury został pozytywnie oceniony. Otrzymamy 220 "
        "tysięcy złotych dofinansowania.",
        None,
        None,
        "https://o.mega.org.pl/pl/otrzymalismy-dofinansowanie/",
    ),
    (
        "Miejsko-Gminny Ośrodek Kultury i Rekreacji w Rybnie złożył wniosek o dofinansowanie widowiska "
        "historycznego, który przeszedł ocenę formalną i merytoryczną. Wniosek uzyskał dotację na poziomie "
        "ok. 250 000 zł.",
        "Miejsko-Gminny Ośrodek Kultury i Rekreacji w Rybnie",
        None,
        "https://www.murowanydomkultury.pl/2010/09/13/widowisko-dofinansowane-z-wrpo/",
    ),
    (
        "Konkurs na inicjatywy lokalne organizuje Gminne Centrum Kultury w Rybnie. Na inicjatywy mamy w "
        "tym roku 15 000 zł, najwyżej 3 000 zł na jedną.",
        None,
        None,
        "http://narwianie.pl/artykul/2018/07/02/konkurs-na-inicjatywy-lokalne-ruszyl",
    ),
    (
        "Projekt współfinansuje Europejski Fundusz Społeczny w ramach RPO WD 2014-2020.\n\nRealizator "
        "projektu z ramienia Gminy Rybno:\nMiejskie Centrum Usług Socjalnych w Rybnie\n\nPartner "
        "projektu:\nFundacja „Bajkowy Świat” z siedzibą w Rybnie",
        None,
        "Miejskie Centrum Usług Socjalnych w Rybnie",
        "https://produkcyjny.mcus.pl/17-programy/128-projekt-05.html",
    ),
    (
        "Miejski Ośrodek Pomocy Społecznej złożył zaś projekt „Integracja” do RPO. Zadanie ma aktywizować "
        "osoby zagrożone wykluczeniem, a MOPS dostanie na nie 441.521 zł.",
        "Miejski Ośrodek Pomocy Społecznej",
        None,
        "http://tomaszow.pl/2016/02/22/maluch-i-integracja-otrzymalismy-kolejne-dofinansowania/",
    ),
    (
        "Gmina Rybno dostała prawie 11 mln zł dofinansowania z Funduszy Europejskich. Razem z gminami: "
        "Lipno, Dębno i Kłodawa zrealizuje projekt pn. „Partnerstwo gmin dla e-usług”.",
        "Gmina Rybno",
        "Gmina Rybno",
        "https://dorohusk.com.pl/kolejne-miliony-dla-gminy/",
    ),
    (
        "Otrzymaliśmy dotację.\n\nW kwietniu 2017 r. Liceum Ogólnokształcące im. Jana Kochanowskiego w "
        "Rybnie znalazło się wśród szkół zakwalifikowanych do programu i otrzymało wsparcie finansowe w "
        "kwocie 15.000 zł.",
        "Liceum Ogólnokształcące im. Jana Kochanowskiego w Rybnie",
        None,
        "http://loczersk.pl/?p=8931",
    ),
    (
        "Muzeum Ziemi Rybnickiej dostanie pieniądze na rozwój\n\nMuzeum Ziemi Rybnickiej otrzyma wkrótce z "
        "funduszy norweskich ponad 12 milionów złotych na modernizację zamku.",
        "Muzeum Ziemi Rybnickiej",
        None,
        "https://muzeon.pl/?p=7342",
    ),
]


# Rows no general change fixes today (strict: a row that starts passing must lose its mark), by their text's start.
XFAIL = {
    "28 stycznia 2021 roku Gmina Rybno złożył": (
        "an applicant still waiting is read as the beneficiary (`_APPLIED`, as dev's applicants are labelled); "
        "the README's rule gives null when no sentence says the money was granted"
    ),
    "Proboszcz parafii w Rybnie ks. Jan Nowak": "a parish named only through its parish priest in the genitive",
    "W dniu 8 października Wójt Jan Nowak pod": (
        "a gmina named only inside the task's quoted title ('Ścieżki edukacyjne w gminie X') is read as the party"
    ),
    "10 tys zł dla Parafii Rzymskokatolickiej": "a parish's dedication abbreviated 'p.w.' ends its name's run",
    "Gminny Ośrodek Pomocy Społecznej zawiada": (
        "a centre that 'zawiadamia, że … zakończył realizację' of a programme: the reporting verb hides the subject"
    ),
    "Gminny Ośrodek Kultury w Rybnie informuj": (
        "'przyznano nam' after a centre that reports ('X informuje, że …'): the speaker is not read as the getter"
    ),
    "Miliony trafią do samorządów powiatu lip": (
        "'do samego powiatu X trafi' with the powiat in the lower case and the adjective: no cue reads it"
    ),
}


def _row(row: tuple[str, str | None, str | None, str]) -> object:
    """A row as a test case named by its source's host, a strict xfail when XFAIL names it."""
    text, beneficiary, implementer, source = row
    reason = next((why for start, why in XFAIL.items() if text.startswith(start)), None)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(text, beneficiary, implementer, marks=marks, id=f"{source.split('/')[2]}:{text[:40]}")


@pytest.mark.parametrize(("text", "beneficiary", "implementer"), [_row(row) for row in SURVEY])
def test_roles_in_the_second_survey_forms(text: str, beneficiary: str | None, implementer: str | None) -> None:
    found = record(text)
    got = (found.beneficiary.name if found.beneficiary else None, found.implementer.name if found.implementer else None)
    assert got == (beneficiary, implementer)


def test_the_survey_keeps_its_breadth() -> None:
    """80 forms or more from 40 sites or more, none of a host the first survey used."""
    from test_conventions_roles_survey import SURVEY as FIRST

    first = {row[3].split("/")[2].removeprefix("www.") for row in FIRST}
    hosts = {row[3].split("/")[2].removeprefix("www.") for row in SURVEY}
    assert len(SURVEY) >= 80 and len(hosts) >= 40
    assert not hosts & first
