#!/usr/bin/env python3
"""Build samples/corpus/warc/sample.warc.gz for the Annals sample corpus.

Standard library only. Every article below was written for the Annals project and reports a
real public event; the sites and URLs (example.org / example.com / example.net) are invented.

The archive holds, in this order:
  warcinfo
  request   + response (+ metadata)  https://news.example.org/2024/05/16/...  (Putin in Beijing)
  response                           https://news.example.org/robots.txt     (text/plain, not an article)
  response                           https://news.example.org/2025/05/08/...  (Pope Leo XIV)
  response                           https://news.example.org/2024/07/09/...  (Ariane 6)
  request   + response               https://diario.example.com/2023/12/10/... (Milei, Spanish, ISO-8859-1)
  response                           https://www.example-gazette.net/2023/05/06/... (coronation)
  response                           https://news.example.org/2023/09/13/...  (Kim and Putin at Vostochny)
  response  + metadata               https://news.example.org/2024/11/18/...  (G20 Rio)

Each record is written as its own gzip member (the usual .warc.gz layout). The output is
reproducible: record ids are UUIDv5 of the target URI and record type, and gzip mtime is 0.

Usage:  python3 build_warc.py            # writes corpus/warc/sample.warc.gz below this script
        python3 build_warc.py --check    # also parses the file back and prints a summary
"""
import base64
import gzip
import hashlib
import html
import io
import os
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "warc", "sample.warc.gz")
NS = uuid.UUID("6f1c7a52-8d0e-4d55-9b1e-2a7c3e0b9a11")
CRLF = b"\r\n"


# ----------------------------------------------------------------------------------------
# Page templates (two invented sites)
# ----------------------------------------------------------------------------------------
def observer_page(a):
    """news.example.org / www.example-gazette.net: HTML5 page with header, nav, sidebar, teasers."""
    e = html.escape
    body = []
    for p in a["body"].strip().split("\n\n"):
        p = " ".join(p.split())
        if p.startswith("FIG:"):
            cap, _, credit = p[4:].partition("|")
            body.append(f'<div class="photo"><img src="/media/{a["slug"]}-{len(body)}.jpg" alt=""><p class="photo-caption">{e(cap.strip())} <em>{e(credit.strip())}</em></p></div>')
        elif p.startswith("SUB:"):
            body.append(f"<h3>{e(p[4:].strip())}</h3>")
        else:
            body.append(f"<p>{e(p)}</p>")
    teasers = "\n".join(
        f'<div class="teaser"><a href="{e(u)}"><span class="teaser-hed">{e(t)}</span></a><span class="teaser-dek">{e(s)}</span></div>'
        for (t, s, u) in a["teasers"])
    trending = "\n".join(f"<li><a href=\"/t/{i}\">{e(t)}</a></li>" for i, t in enumerate(a["trending"]))
    site = a["site"]
    return f"""<!doctype html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={a['charset']}">
<title>{e(a['title'])} - {e(site)}</title>
<meta name="description" content="{e(a['dek'])}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{e(a['url'])}">
<meta name="date" content="{a['date']}">
<meta name="byl" content="By {e(a['author'])}">
<link rel="canonical" href="{e(a['url'])}">
<link rel="stylesheet" href="/assets/site.css">
<script async src="/assets/ads.js"></script>
</head>
<body>
<div class="consent">We and our partners use cookies. <a href="/privacy">Manage preferences</a> <button>Accept</button></div>
<header class="masthead">
  <a class="logo" href="/">{e(site)}</a>
  <ul class="sections"><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/science">Science</a></li><li><a href="/culture">Culture</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul>
  <form class="search" action="/search"><input name="q" placeholder="Search"></form>
</header>
<div class="page">
  <div class="article-wrap">
    <div class="kicker"><a href="/{a['section'].lower()}">{e(a['section'])}</a></div>
    <h1>{e(a['title'])}</h1>
    <p class="dek">{e(a['dek'])}</p>
    <p class="byline">By <a href="/by/{e(a['author'].lower().replace(' ', '-'))}">{e(a['author'])}</a> &middot; <time datetime="{a['date']}">{e(a['date_text'])}</time></p>
    <div class="share"><a href="#">Share</a> <a href="#">Post</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
    <div class="text">
{chr(10).join(body)}
    </div>
    <div class="after-article">
      <p class="corrections">Spotted an error? <a href="/corrections">Tell us</a>.</p>
    </div>
    <div class="more-stories">
      <h2>More stories</h2>
{teasers}
    </div>
  </div>
  <div class="rail">
    <div class="ad" id="ad-rail-1">Advertisement</div>
    <div class="trending"><h2>Trending</h2><ol>
{trending}
    </ol></div>
  </div>
</div>
<footer class="footer"><a href="/about">About</a> | <a href="/contact">Contact</a> | <a href="/jobs">Jobs</a> | <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a><br>&copy; {a['date'][:4]} {e(site)}. Demonstration site.</footer>
</body>
</html>
"""


def diario_page(a):
    """diario.example.com: Spanish-language page, served as ISO-8859-1."""
    e = html.escape
    body = []
    for p in a["body"].strip().split("\n\n"):
        p = " ".join(p.split())
        if p.startswith("FIG:"):
            cap, _, credit = p[4:].partition("|")
            body.append(f'<figure><img src="/fotos/{a["slug"]}.jpg"><figcaption>{e(cap.strip())} ({e(credit.strip())})</figcaption></figure>')
        elif p.startswith("SUB:"):
            body.append(f"<h2>{e(p[4:].strip())}</h2>")
        else:
            body.append(f"<p>{e(p)}</p>")
    teasers = "\n".join(f'<li><a href="{e(u)}"><b>{e(t)}</b></a><br>{e(s)}</li>' for (t, s, u) in a["teasers"])
    return f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="{a['charset']}">
<title>{e(a['title'])} | {e(a['site'])}</title>
<meta name="description" content="{e(a['dek'])}">
<meta property="article:published_time" content="{a['date']}">
<meta name="author" content="{e(a['author'])}">
</head>
<body>
<div id="barra-superior"><a href="/">Portada</a> | <a href="/politica">Política</a> | <a href="/economia">Economía</a> | <a href="/mundo">Mundo</a> | <a href="/deportes">Deportes</a> | <a href="/suscribite">Suscribite</a></div>
<div id="nota">
  <span class="volanta">{e(a['section'])}</span>
  <h1 class="titulo">{e(a['title'])}</h1>
  <h2 class="bajada">{e(a['dek'])}</h2>
  <div class="firma">Por {e(a['author'])} &middot; {e(a['date_text'])}</div>
  <div class="cuerpo">
{chr(10).join(body)}
  </div>
  <div class="relacionadas"><h3>Notas relacionadas</h3><ul>
{teasers}
  </ul></div>
</div>
<div id="pie">{e(a['site'])} &middot; Buenos Aires &middot; Todos los derechos reservados &middot; <a href="/contacto">Contacto</a></div>
</body>
</html>
"""


# ----------------------------------------------------------------------------------------
# Articles
# ----------------------------------------------------------------------------------------
ARTICLES = [
dict(
    url="https://news.example.org/2024/05/16/putin-xi-beijing-talks-75th-anniversary", site="The Example Observer", template="observer", charset="utf-8",
    slug="putin-xi-beijing", section="World", author="Natalia Brooks", date="2024-05-16T18:30:00+08:00", date_text="May 16, 2024, 6:30 p.m. Beijing time",
    fetched="2024-05-16T12:04:31Z",
    title="Putin and Xi pledge deeper partnership as Russian leader makes first trip of new term to Beijing",
    dek="The two presidents signed a joint statement marking 75 years of diplomatic ties and discussed the war in Ukraine at the Great Hall of the People.",
    body="""
BEIJING - Russian President Vladimir Putin and Chinese President Xi Jinping pledged on Thursday to deepen what they call their comprehensive strategic partnership, as Putin chose China for his first foreign trip since being sworn in for a fifth term as president earlier this month.

Xi welcomed Putin with a ceremony on the square outside the Great Hall of the People in central Beijing, with a military band, a 21-gun salute and children waving Chinese and Russian flags, before the two leaders held talks first in a small group and then with their full delegations.

"The China-Russia relationship today has been hard-won, and the two sides need to cherish and nurture it," Xi told Putin, according to Chinese state media. He said China was willing to work with Russia as good neighbours, good friends and good partners.

Putin said that relations between the two countries were at their highest level in history, and that trade and cooperation in energy, industry and agriculture had continued to grow despite what he called attempts by other countries to hold them back.

SUB:Joint statement for 75th anniversary

The two presidents signed a long joint statement on deepening their partnership in the new era, issued to mark the 75th anniversary of diplomatic relations, which were established in October 1949, days after the founding of the People's Republic of China. They also watched the signing of a series of cooperation documents between government agencies.

In remarks to the press, Xi said that the two sides agreed that a political settlement was the right way to resolve the crisis in Ukraine. Putin said that he was grateful to Xi and to the Chinese side for their initiatives to settle the conflict.

FIG:Chinese President Xi Jinping and Russian President Vladimir Putin attend a welcome ceremony outside the Great Hall of the People in Beijing, May 16, 2024.|The Example Observer/pool

Western governments have accused Chinese companies of supplying Russia with machine tools, electronics and other goods that help it produce weapons. Beijing says it does not provide weapons to either side and that its trade with Russia is normal.

In the evening, the two leaders attended a concert at the National Centre for the Performing Arts to mark the anniversary and the opening of the China-Russia Years of Culture.

SUB:Harbin next

On Friday, Putin is due to travel to the north-eastern city of Harbin, which has historic ties to Russia, to attend the opening of a China-Russia trade fair and visit the Harbin Institute of Technology.

Putin took the oath of office for a new six-year term in the Kremlin on May 7. He last visited China in October 2023, for the Belt and Road Forum in Beijing, and Xi made a state visit to Moscow in March 2023.
""",
    teasers=[
        ("Putin sworn in for fifth term at Kremlin ceremony", "Vladimir Putin took the oath of office on May 7, 2024, extending his rule until at least 2030.", "https://news.example.org/2024/05/07/putin-inauguration-fifth-term"),
        ("Xi wraps up European tour in Budapest", "The Chinese leader ended a trip to France, Serbia and Hungary on May 10, 2024.", "https://news.example.org/2024/05/10/xi-budapest-orban"),
        ("Belt and Road Forum opens in Beijing with Putin as guest of honour", "Leaders and delegates from more than 130 countries attended the forum on Oct. 18, 2023.", "https://news.example.org/2023/10/18/belt-and-road-forum-beijing"),
    ],
    trending=["Slovak prime minister shot after government meeting", "Eurovision final recap", "Heavy rain floods southern Brazil", "Markets: Dow tops 40,000 for first time"],
),
dict(
    url="https://news.example.org/2025/05/08/white-smoke-cardinal-prevost-elected-pope-leo-xiv", site="The Example Observer", template="observer", charset="utf-8",
    slug="pope-leo-xiv", section="World", author="Giulia Marchetti", date="2025-05-08T21:10:00+02:00", date_text="May 8, 2025, 9:10 p.m. CEST",
    fetched="2025-05-08T19:22:05Z",
    title="American cardinal Robert Prevost elected pope, takes the name Leo XIV",
    dek="The 69-year-old Chicago-born Augustinian, who spent two decades in Peru, is the first pope from the United States.",
    body="""
VATICAN CITY - Cardinal Robert Francis Prevost of the United States was elected the 267th pope of the Roman Catholic Church on Thursday and took the name Leo XIV, becoming the first American to lead the world's 1.4 billion Catholics.

White smoke rose from the chimney of the Sistine Chapel at 6:07 p.m., on the second day of the conclave and after the fourth ballot, sending a roar through the crowd of tens of thousands of people gathered in St. Peter's Square. The bells of St. Peter's Basilica rang out minutes later.

About an hour later, French Cardinal Dominique Mamberti, the senior cardinal deacon, stepped onto the central balcony of the basilica and announced "Habemus papam" before giving the new pope's name.

SUB:"Peace be with you all"

"Peace be with you all," the new pope said in Italian in his first words from the balcony, describing it as the greeting of the risen Christ. He called for a Church that builds bridges through dialogue and said that evil would not prevail.

He thanked his predecessor, Pope Francis, who died on April 21, and then switched to Spanish to greet the faithful of the diocese of Chiclayo in northern Peru, where he served as bishop.

FIG:Pope Leo XIV waves to the crowd from the central balcony of St. Peter's Basilica at the Vatican, May 8, 2025.|The Example Observer/staff

Prevost, 69, was born in Chicago in 1955 and is a member of the Order of Saint Augustine. He spent many years as a missionary in Peru, where he later became a naturalised citizen, and led the Augustinian order worldwide from 2001 to 2013. Francis named him bishop of Chiclayo in 2015 and in 2023 brought him to Rome to head the Dicastery for Bishops, the office that helps the pope choose bishops around the world.

A total of 133 cardinal electors, from about 70 countries, took part in the conclave, the largest and most international in the Church's history.

SUB:Reaction

U.S. President Donald Trump wrote on social media that it was a great honour for the United States to have the first American pope. Peruvian President Dina Boluarte welcomed the election and said that Peru was proud of the new pope's years in the country.

Vatican observers noted that the name Leo recalls Pope Leo XIII, who in 1891 wrote the encyclical Rerum Novarum on the rights of workers, a foundation of modern Catholic social teaching.

The Vatican said the new pope's inauguration Mass would be held in St. Peter's Square on May 18.
""",
    teasers=[
        ("Pope Francis dies at 88 on Easter Monday", "The first Latin American pope died at his residence in the Vatican on April 21, 2025, the Vatican said.", "https://news.example.org/2025/04/21/pope-francis-dies"),
        ("Black smoke after first conclave vote", "Cardinals failed to elect a pope in the first ballot on May 7, 2025.", "https://news.example.org/2025/05/07/conclave-black-smoke"),
    ],
    trending=["India and Pakistan trade fire along Line of Control", "Friedrich Merz visits Paris and Warsaw", "What the name Leo tells us", "Conclave in pictures"],
),
dict(
    url="https://news.example.org/2024/07/09/ariane-6-maiden-flight-kourou", site="The Example Observer", template="observer", charset="utf-8",
    slug="ariane-6-maiden-flight", section="Science", author="Sophie Laurent", date="2024-07-10T00:45:00+02:00", date_text="July 10, 2024, 00:45 CEST",
    fetched="2024-07-09T23:10:48Z",
    title="Ariane 6 reaches orbit on first flight, but upper stage fails to complete final burn",
    dek="Europe's new heavy rocket lifted off from French Guiana four years late; an auxiliary power unit problem kept it from returning to Earth as planned.",
    body="""
KOUROU, French Guiana - Europe's new Ariane 6 rocket reached orbit on its first flight on Tuesday and released a set of small satellites, restoring the continent's own access to space after a gap of a year, although a problem with the upper stage prevented the mission from being completed as planned.

The rocket lifted off at 4:00 p.m. local time (1900 GMT) from the Guiana Space Centre near Kourou, after a delay of about an hour caused by a problem with data collection on the ground. It flew in its Ariane 62 version, with two solid boosters.

"This is a historic day for Europe," European Space Agency Director General Josef Aschbacher said after the satellites were deployed, describing the launch as the start of a new era of European spaceflight.

SUB:Upper stage anomaly

The upper stage, powered by the re-ignitable Vinci engine, fired twice as planned and deployed its passengers, including several cubesats from universities and space agencies. During a third firing, however, an auxiliary power unit stopped working, and the stage was unable to carry out the final burn designed to bring it back into the atmosphere and release two experimental re-entry capsules.

ESA officials said that the stage would remain in orbit and that the anomaly would be investigated, but that the main goals of the flight had been achieved.

FIG:The first Ariane 6 rocket lifts off from the Guiana Space Centre in Kourou, French Guiana, July 9, 2024.|The Example Observer/staff

Arianespace chief executive Stephane Israel said that the company now had a rocket to serve European institutions and commercial customers for the coming decade, and that it had a long list of orders, including satellites for Amazon's Kuiper internet constellation.

SUB:Four years late

Ariane 6 was approved by European ministers in 2014 and was initially due to fly in 2020. It replaces Ariane 5, which flew for the last time in July 2023 after 117 launches.

Since then, Europe has had to rely on other countries to launch many of its satellites, after Russia stopped Soyuz flights from French Guiana following its invasion of Ukraine in 2022, and after a failure of the smaller Vega C rocket in December 2022.

Several European satellites, including the Euclid space telescope, were launched on SpaceX Falcon 9 rockets during the gap.
""",
    teasers=[
        ("Last Ariane 5 launch sends two satellites into orbit", "The rocket's 117th and final flight lifted off from Kourou on July 5, 2023.", "https://news.example.org/2023/07/05/last-ariane-5"),
        ("Euclid telescope launched to map the dark universe", "ESA's mission lifted off on a Falcon 9 from Florida on July 1, 2023.", "https://news.example.org/2023/07/01/euclid-launch"),
    ],
    trending=["NATO leaders gather in Washington for 75th anniversary summit", "Hurricane Beryl hits Texas", "Wimbledon quarter-finals", "Modi meets Putin in Moscow"],
),
dict(
    url="https://diario.example.com/2023/12/10/milei-asumio-presidencia-no-hay-plata", site="Diario del Plata Ejemplo", template="diario", charset="iso-8859-1",
    slug="milei-asuncion", section="POLÍTICA", author="Martina Acosta", date="2023-12-10T19:40:00-03:00", date_text="10 de diciembre de 2023, 19:40",
    fetched="2023-12-10T23:02:17Z",
    title="Javier Milei asumió la presidencia y advirtió: «No hay plata»",
    dek="El economista libertario juró ante la Asamblea Legislativa y dio su primer discurso de espaldas al Congreso, frente a miles de simpatizantes.",
    body="""
BUENOS AIRES - Javier Milei juró este domingo como presidente de la Argentina ante la Asamblea Legislativa y, en un gesto sin precedentes, pronunció su primer discurso como jefe de Estado en las escalinatas del Congreso, de cara a los miles de simpatizantes reunidos en la plaza.

«No hay plata», repitió Milei varias veces durante un discurso de unos 35 minutos en el que advirtió que el país enfrenta una situación económica crítica y anunció un ajuste fiscal «de shock» que, según dijo, afectará sobre todo al Estado y no al sector privado.

El nuevo presidente afirmó que la herencia recibida es la peor de la historia y advirtió que en los próximos meses la situación empeorará antes de mejorar. «Sabemos que a corto plazo la situación empeorará, pero luego veremos los frutos de nuestro esfuerzo», dijo.

SUB:Traspaso en el recinto

Minutos antes, en el recinto de la Cámara de Diputados, el presidente saliente Alberto Fernández le entregó la banda presidencial y el bastón de mando. Victoria Villarruel asumió como vicepresidenta.

A la ceremonia asistieron el presidente de Ucrania, Volodímir Zelenski, el primer ministro de Hungría, Viktor Orbán, el rey Felipe VI de España y los presidentes de Chile, Gabriel Boric; de Uruguay, Luis Lacalle Pou, y de Paraguay, Santiago Peña, entre otros invitados. También estuvo el expresidente de Brasil Jair Bolsonaro.

FIG:Javier Milei habla frente al Congreso de la Nación tras jurar como presidente, en Buenos Aires, el 10 de diciembre de 2023.|Diario del Plata Ejemplo

Tras el acto en el Congreso, Milei se trasladó a la Casa Rosada, donde recibió a las delegaciones extranjeras y tomó juramento a su gabinete, en el que Luis Caputo estará al frente del Ministerio de Economía, Diana Mondino de la Cancillería y Patricia Bullrich del Ministerio de Seguridad. Por la tarde asistió a un tedeum en la Catedral Metropolitana.

SUB:Un triunfo holgado

Milei, de 53 años, ganó la segunda vuelta del 19 de noviembre con el 55,7 por ciento de los votos frente al ministro de Economía, Sergio Massa. Durante la campaña prometió reducir drásticamente el gasto público, eliminar ministerios y dolarizar la economía.

La inflación interanual supera el 140 por ciento y cerca de cuatro de cada diez argentinos viven en la pobreza, según cifras oficiales.
""",
    teasers=[
        ("Milei gana el balotaje y será el próximo presidente", "El candidato de La Libertad Avanza se impuso el 19 de noviembre de 2023 a Sergio Massa.", "https://diario.example.com/2023/11/19/milei-gana-balotaje"),
        ("Caputo anuncia una devaluación del peso y recortes del gasto", "El ministro de Economía presentó el 12 de diciembre de 2023 las primeras medidas del nuevo gobierno.", "https://diario.example.com/2023/12/12/caputo-medidas"),
    ],
    trending=[],
),
dict(
    url="https://www.example-gazette.net/2023/05/06/king-charles-crowned-westminster-abbey", site="The Example Gazette", template="observer", charset="utf-8",
    slug="coronation-charles-iii", section="UK", author="Oliver Grant", date="2023-05-06T17:30:00+01:00", date_text="Saturday 6 May 2023 17.30 BST",
    fetched="2023-05-06T18:45:00Z",
    title="Charles III crowned at Westminster Abbey in first coronation for 70 years",
    dek="The Archbishop of Canterbury placed St Edward's Crown on the King's head before Queen Camilla was crowned in the same ceremony.",
    body="""
LONDON - King Charles III was crowned at Westminster Abbey on Saturday in a service rich in ancient ritual, the first coronation of a British monarch since his mother, Queen Elizabeth II, was crowned in 1953.

The Archbishop of Canterbury, Justin Welby, placed the 360-year-old St Edward's Crown on the King's head shortly after noon, and the congregation of about 2,300 guests, including heads of state and royals from around the world, called out "God save the King". Trumpets sounded and gun salutes were fired across the country.

Queen Camilla was then crowned with Queen Mary's Crown, which had been adjusted for the occasion.

SUB:"Not to be served but to serve"

At the start of the service, responding to a greeting from the youngest chorister of the Chapel Royal, the King said that he came not to be served but to serve, in the name and example of Christ. He then took the coronation oath, swearing to govern according to law and to maintain the Church of England.

The most sacred part of the ceremony, the anointing with holy oil consecrated in Jerusalem, took place behind screens, out of sight of the cameras. Prince William, the heir to the throne, then knelt before his father and pledged to be his "liege man of life and limb".

Prime Minister Rishi Sunak read from the Bible, and for the first time leaders of other faiths took part in the service.

FIG:King Charles III and Queen Camilla ride in the Gold State Coach on their way back to Buckingham Palace after the coronation, London, May 6, 2023.|The Example Gazette/staff

SUB:Crowds in the rain

Tens of thousands of people lined the Mall and the route from Buckingham Palace to the abbey despite rain. The King and Queen travelled to the abbey in the Diamond Jubilee State Coach and returned in the Gold State Coach, which has been used at every coronation since 1831, at the head of a procession of about 4,000 members of the armed forces.

On the palace balcony, the royal family watched a flypast that was shortened because of the weather.

Before the ceremony, police arrested the leader of the anti-monarchy group Republic, Graham Smith, and several other protesters near Trafalgar Square. The Metropolitan Police later said it regretted that the six people it had detained there could not join the protest.
""",
    teasers=[
        ("Queen Elizabeth II dies at Balmoral aged 96", "Britain's longest-reigning monarch died on Sept. 8, 2022; her son became King Charles III.", "https://www.example-gazette.net/2022/09/08/queen-elizabeth-dies"),
        ("Coronation concert lights up Windsor Castle", "Lionel Richie, Katy Perry and Take That performed at the Windsor concert on May 7, 2023.", "https://www.example-gazette.net/2023/05/07/coronation-concert"),
    ],
    trending=["What is in the coronation oath?", "Weather: rain for the long weekend", "Premier League: Saturday results"],
),
dict(
    url="https://news.example.org/2023/09/13/kim-jong-un-putin-vostochny-cosmodrome", site="The Example Observer", template="observer", charset="utf-8",
    slug="kim-putin-vostochny", section="World", author="Daniel Cho", date="2023-09-13T19:20:00+09:00", date_text="Sept. 13, 2023, 7:20 p.m. KST",
    fetched="2023-09-13T10:55:12Z",
    title="Kim Jong Un meets Putin at Russian spaceport, pledges support for 'sacred fight'",
    dek="The North Korean leader arrived by armoured train for talks at the Vostochny Cosmodrome; Putin said Russia could help Pyongyang build satellites.",
    body="""
SEOUL - North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome in Russia's Far East on Wednesday, in their first summit in four years, and told him that North Korea would support Moscow in what he called its sacred fight to defend its sovereignty and security.

Putin greeted Kim at the spaceport in the Amur region, shaking his hand for about 40 seconds, and gave him a tour of the launch facilities for the Angara and Soyuz-2 rockets before the two leaders sat down for talks with their delegations and then one-on-one.

Asked by reporters on arrival whether Russia would help North Korea build satellites, Putin replied: "That's why we came here." He said that Kim showed great interest in rocket technology and that the North Koreans were trying to develop space.

SUB:"Full support"

"Russia has risen to a sacred fight to protect its sovereign rights and security against hegemonic forces," Kim said at the start of the talks, according to Russian news agencies. He said that North Korea expressed its full and unconditional support for all the decisions of President Putin and the Russian government.

The talks lasted several hours in total and were followed by an official lunch, at which Kim raised a toast to Putin's health.

FIG:Russian President Vladimir Putin and North Korean leader Kim Jong Un shake hands at the Vostochny Cosmodrome in the Amur region, September 13, 2023.|The Example Observer/pool

The United States had warned before the meeting that the two countries were moving forward with negotiations on North Korea supplying artillery ammunition to Russia for its war in Ukraine, and said that any arms deal would violate United Nations Security Council resolutions. The Kremlin said no agreements were signed and declined to comment on military matters.

SUB:First trip since the pandemic

Kim travelled from Pyongyang in his armoured train, his first foreign trip since the COVID-19 pandemic. The two leaders last met in April 2019 in Vladivostok.

North Korean state media said that Kim invited Putin to visit Pyongyang at a convenient time and that Putin accepted the invitation.

Kim was expected to travel on to the cities of Komsomolsk-on-Amur, where Russia builds military and civilian aircraft, and Vladivostok, where he was to look at the Pacific Fleet.
""",
    teasers=[
        ("North Korea's second attempt to launch spy satellite fails", "The launch on Aug. 24, 2023 failed because of an error in the rocket's third-stage emergency blasting system, state media said.", "https://news.example.org/2023/08/24/north-korea-satellite-fails"),
        ("Biden, Kishida and Yoon hold summit at Camp David", "The leaders agreed on Aug. 18, 2023 to consult each other in a crisis and to meet annually.", "https://news.example.org/2023/08/18/camp-david-summit"),
    ],
    trending=["Libya floods: thousands feared dead in Derna", "Apple unveils iPhone 15", "Morocco earthquake: rescue efforts continue"],
),
dict(
    url="https://news.example.org/2024/11/18/g20-rio-lula-global-alliance-against-hunger", site="The Example Observer", template="observer", charset="utf-8",
    slug="g20-rio-hunger-alliance", section="World", author="Beatriz Lima", date="2024-11-18T20:15:00-03:00", date_text="Nov. 18, 2024, 8:15 p.m. BRT",
    fetched="2024-11-19T00:30:40Z",
    title="Lula launches alliance against hunger as G20 leaders adopt Rio declaration",
    dek="More than 80 countries joined the Global Alliance Against Hunger and Poverty on the first day of the summit at Rio de Janeiro's Museum of Modern Art.",
    body="""
RIO DE JANEIRO - Brazilian President Luiz Inacio Lula da Silva opened the Group of 20 summit in Rio de Janeiro on Monday by launching a Global Alliance Against Hunger and Poverty, and leaders later agreed a joint declaration that calls for cooperation on taxing the very rich and for reform of global institutions.

More than 80 countries, together with the European Union, the African Union and international organisations and banks, signed up to the alliance, which aims to connect countries that need help with programmes against hunger to donors and experts. Lula said it would be his government's main legacy from its year at the head of the G20.

"Hunger is not a result of scarcity or natural phenomena; it is the result of political decisions," Lula said in his opening speech at the Museum of Modern Art, overlooking Guanabara Bay. He said that 733 million people still do not have enough to eat in a world that produces more than enough food.

SUB:Declaration agreed early

Brazilian diplomats secured agreement on the leaders' declaration on the first day of the two-day meeting. The text says the G20 will seek to work together to ensure that ultra-high-net-worth individuals are effectively taxed, while respecting each country's tax sovereignty.

On conflicts, the declaration called for a comprehensive ceasefire in Gaza and in Lebanon, and welcomed constructive initiatives that support a just and durable peace in Ukraine, without naming Russia. Argentina's President Javier Milei endorsed the document but said he disagreed with parts of it.

FIG:Brazilian President Luiz Inacio Lula da Silva speaks at the launch of the Global Alliance Against Hunger and Poverty at the G20 summit in Rio de Janeiro, November 18, 2024.|The Example Observer/pool

SUB:Missing from the photo

U.S. President Joe Biden, attending his last G20 summit before Donald Trump returns to the White House in January, missed the leaders' family photo along with Canadian Prime Minister Justin Trudeau and Italian Prime Minister Giorgia Meloni. U.S. officials blamed logistical problems.

Chinese President Xi Jinping attended the meeting and will travel to Brasilia for a state visit on Wednesday. Russia was represented by Foreign Minister Sergei Lavrov.

South Africa takes over the G20 presidency on Dec. 1 and will host the next summit in 2025, the first to be held on the African continent.
""",
    teasers=[
        ("Biden visits the Amazon on way to G20", "On Nov. 17, 2024, Joe Biden became the first sitting U.S. president to visit the Amazon rainforest, stopping in Manaus.", "https://news.example.org/2024/11/17/biden-amazon-manaus"),
        ("Xi and Biden meet in Lima on sidelines of APEC", "The two leaders held what was expected to be their last meeting on Nov. 16, 2024.", "https://news.example.org/2024/11/16/xi-biden-lima"),
    ],
    trending=["COP29: talks on climate finance enter second week", "US lets Ukraine use long-range missiles inside Russia, officials say", "Mike Tyson fight recap"],
),
]

ROBOTS = b"""User-agent: *
Disallow: /search
Disallow: /account/
Crawl-delay: 2
Sitemap: https://news.example.org/sitemap.xml
"""


# ----------------------------------------------------------------------------------------
# WARC writing
# ----------------------------------------------------------------------------------------
def record_id(*parts):
    return "<urn:uuid:%s>" % uuid.uuid5(NS, "|".join(parts))


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def http_date(iso_z):
    from datetime import datetime, timezone
    d = datetime.strptime(iso_z, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return d.strftime("%a, %d %b %Y %H:%M:%S GMT")


def warc_record(rtype, headers, block):
    """Return one WARC record (uncompressed bytes). headers: list of (name, value)."""
    lines = [b"WARC/1.0"]
    hdrs = [("WARC-Type", rtype)] + headers + [("Content-Length", str(len(block)))]
    for k, v in hdrs:
        lines.append(f"{k}: {v}".encode("utf-8"))
    return CRLF.join(lines) + CRLF + CRLF + block + CRLF + CRLF


def gz(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
        f.write(data)
    return buf.getvalue()


def http_response(payload, content_type, fetched):
    head = [
        "HTTP/1.1 200 OK",
        "Date: " + http_date(fetched),
        "Server: nginx",
        "Content-Type: " + content_type,
        "Content-Length: " + str(len(payload)),
        "Cache-Control: max-age=300",
        "X-Frame-Options: SAMEORIGIN",
        "Connection: close",
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + payload


def http_request(url):
    from urllib.parse import urlsplit
    u = urlsplit(url)
    head = [
        f"GET {u.path or '/'} HTTP/1.1",
        f"Host: {u.netloc}",
        "User-Agent: annals-sample-crawler/0.1 (+https://example.org/annals)",
        "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
        "Accept-Language: en,es;q=0.8",
        "Connection: close",
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii")


def response_record(url, fetched, payload, content_type, ip):
    block = http_response(payload, content_type, fetched)
    rid = record_id(url, "response")
    rec = warc_record("response", [
        ("WARC-Record-ID", rid),
        ("WARC-Date", fetched),
        ("WARC-Target-URI", url),
        ("WARC-IP-Address", ip),
        ("WARC-Warcinfo-ID", record_id("warcinfo")),
        ("WARC-Block-Digest", sha1_b32(block)),
        ("WARC-Payload-Digest", sha1_b32(payload)),
        ("Content-Type", "application/http; msgtype=response"),
    ], block)
    return rid, rec


def request_record(url, fetched, concurrent_to):
    block = http_request(url)
    return warc_record("request", [
        ("WARC-Record-ID", record_id(url, "request")),
        ("WARC-Date", fetched),
        ("WARC-Target-URI", url),
        ("WARC-Concurrent-To", concurrent_to),
        ("WARC-Warcinfo-ID", record_id("warcinfo")),
        ("WARC-Block-Digest", sha1_b32(block)),
        ("Content-Type", "application/http; msgtype=request"),
    ], block)


def metadata_record(url, fetched, refers_to, outlinks):
    fields = ["via: https://news.example.org/", "hopsFromSeed: L", "fetchTimeMs: 212"]
    fields += ["outlink: %s L a/@href" % o for o in outlinks]
    block = ("\r\n".join(fields) + "\r\n").encode("utf-8")
    return warc_record("metadata", [
        ("WARC-Record-ID", record_id(url, "metadata")),
        ("WARC-Date", fetched),
        ("WARC-Target-URI", url),
        ("WARC-Refers-To", refers_to),
        ("WARC-Warcinfo-ID", record_id("warcinfo")),
        ("Content-Type", "application/warc-fields"),
    ], block)


def warcinfo_record():
    fields = [
        "software: annals samples/build_warc.py (Python standard library)",
        "format: WARC File Format 1.0",
        "conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf",
        "isPartOf: annals-sample-corpus",
        "description: Sample crawl of invented news sites; all article text written for the Annals project (GPL-3.0-or-later)",
        "robots: obey",
        "http-header-user-agent: annals-sample-crawler/0.1 (+https://example.org/annals)",
    ]
    block = ("\r\n".join(fields) + "\r\n").encode("utf-8")
    return warc_record("warcinfo", [
        ("WARC-Record-ID", record_id("warcinfo")),
        ("WARC-Date", "2025-11-01T00:00:00Z"),
        ("WARC-Filename", "sample.warc.gz"),
        ("Content-Type", "application/warc-fields"),
    ], block)


def render(a):
    page = observer_page(a) if a["template"] == "observer" else diario_page(a)
    return page.encode(a["charset"])


def build():
    members = [warcinfo_record()]
    ips = ["192.0.2.10", "192.0.2.10", "192.0.2.10", "198.51.100.7", "203.0.113.21", "192.0.2.10", "192.0.2.10"]
    for i, a in enumerate(ARTICLES):
        payload = render(a)
        ctype = "text/html; charset=%s" % ("UTF-8" if a["charset"] == "utf-8" else "ISO-8859-1")
        rid, resp = response_record(a["url"], a["fetched"], payload, ctype, ips[i])
        if i in (0, 3):  # request records precede their responses, as crawlers write them
            members.append(request_record(a["url"], a["fetched"], rid))
        members.append(resp)
        if i in (0, 6):
            members.append(metadata_record(a["url"], a["fetched"], rid, [t[2] for t in a["teasers"]]))
        if i == 0:  # a non-article response: robots.txt, text/plain
            _, robots = response_record("https://news.example.org/robots.txt", "2024-05-16T12:04:29Z", ROBOTS, "text/plain", "192.0.2.10")
            members.append(robots)
    with open(OUT, "wb") as f:
        for m in members:
            f.write(gz(m))
    return OUT


# ----------------------------------------------------------------------------------------
# A tiny reader, used by --check
# ----------------------------------------------------------------------------------------
def read_warc(path):
    """Yield (headers dict, block bytes) for each record in a (gzipped) WARC file."""
    raw = open(path, "rb").read()
    data = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
    pos = 0
    while pos < len(data):
        end = data.index(b"\r\n\r\n", pos)
        head = data[pos:end].decode("utf-8").split("\r\n")
        assert head[0] in ("WARC/1.0", "WARC/1.1"), head[0]
        h = {}
        for line in head[1:]:
            k, _, v = line.partition(":")
            h[k.strip()] = v.strip()
        n = int(h["Content-Length"])
        block = data[end + 4:end + 4 + n]
        assert len(block) == n
        trailer = data[end + 4 + n:end + 8 + n]
        assert trailer == b"\r\n\r\n", trailer
        yield h, block
        pos = end + 8 + n


def check(path):
    import re
    n_resp = 0
    for h, block in read_warc(path):
        t = h["WARC-Type"]
        line = f"{t:9s} {h.get('WARC-Target-URI', '-')}"
        if "WARC-Block-Digest" in h:
            assert h["WARC-Block-Digest"] == sha1_b32(block), "block digest mismatch"
        if t == "response":
            head, _, payload = block.partition(b"\r\n\r\n")
            status = head.split(b"\r\n")[0].decode()
            hh = dict(l.decode().split(": ", 1) for l in head.split(b"\r\n")[1:])
            assert int(hh["Content-Length"]) == len(payload)
            assert h["WARC-Payload-Digest"] == sha1_b32(payload)
            ctype = hh["Content-Type"]
            line += f"  [{status}; {ctype}; {len(payload)} bytes]"
            if ctype.startswith("text/html"):
                n_resp += 1
                cs = ctype.split("charset=")[1]
                text = payload.decode(cs)
                title = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S).group(1)
                line += "\n          " + title
        print(line)
    print(f"{n_resp} HTML response records")
    return n_resp


if __name__ == "__main__":
    out = build()
    print("wrote", out, os.path.getsize(out), "bytes")
    if "--check" in sys.argv:
        check(out)
