package org.annals.resolve.kb;

import org.annals.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorKnowledgeBaseTest {
    private static final ActorKnowledgeBase KB = ActorKnowledgeBase.bundled();

    @TempDir
    Path dir;

    private static String code(Optional<Country> country) {
        return country.map(Country::alpha3).orElse("none");
    }

    private static String holderId(String code, OfficeKind kind, String date) {
        return KB.holder(code, kind, date == null ? null : LocalDate.parse(date)).map(Actor::id).orElse("none");
    }

    private Path file(String name, String... lines) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return path;
    }

    @Test
    void bundledIsOneSharedInstance() {
        assertThat(ActorKnowledgeBase.bundled()).isSameAs(KB);
    }

    @Test
    void countryByCodeNameOrAliasIgnoringCaseDiacriticsTheAndPossessive() {
        assertThat(code(KB.country("RUS"))).isEqualTo("RUS");
        assertThat(code(KB.country("ru"))).isEqualTo("RUS");
        assertThat(code(KB.country("Russian Federation"))).isEqualTo("RUS");
        assertThat(code(KB.country("the People's Republic of China"))).isEqualTo("CHN");
        assertThat(code(KB.country("PRC"))).isEqualTo("CHN");
        assertThat(code(KB.country("China's"))).isEqualTo("CHN");
        assertThat(code(KB.country("  the   United  States "))).isEqualTo("USA");
        assertThat(code(KB.country("U.S."))).isEqualTo("USA");
        assertThat(code(KB.country("Cote d’Ivoire"))).isEqualTo("CIV");
        assertThat(code(KB.country("Turkey"))).isEqualTo("TUR");
        assertThat(code(KB.country("Kosovo"))).isEqualTo("XKX");
        assertThat(code(KB.country("Narnia"))).isEqualTo("none");
    }

    @Test
    void aNameSharedByTwoCountriesResolvesToNeither() {
        assertThat(KB.country("Congo")).isEmpty();
        assertThat(code(KB.country("DR Congo"))).isEqualTo("COD");
        assertThat(KB.countryOfDemonym("Dominican")).isEmpty();
    }

    @Test
    void demonymsIncludingPlurals() {
        assertThat(code(KB.countryOfDemonym("Russian"))).isEqualTo("RUS");
        assertThat(code(KB.countryOfDemonym("Russians"))).isEqualTo("RUS");
        assertThat(code(KB.countryOfDemonym("Chinese"))).isEqualTo("CHN");
        assertThat(code(KB.countryOfDemonym("Briton"))).isEqualTo("GBR");
        assertThat(code(KB.countryOfDemonym("Nigerien"))).isEqualTo("NER");
        assertThat(code(KB.countryOfDemonym("Nigerian"))).isEqualTo("NGA");
        assertThat(KB.countryOfDemonym("Martian")).isEmpty();
    }

    @Test
    void metonymsAndCapitals() {
        assertThat(code(KB.countryOfMetonym("the Kremlin"))).isEqualTo("RUS");
        assertThat(code(KB.countryOfMetonym("Beijing"))).isEqualTo("CHN");
        assertThat(code(KB.countryOfMetonym("Zhongnanhai"))).isEqualTo("CHN");
        assertThat(code(KB.countryOfMetonym("Downing Street"))).isEqualTo("GBR");
        assertThat(code(KB.countryOfMetonym("Elysee"))).isEqualTo("FRA");
        assertThat(code(KB.countryOfMetonym("Élysée"))).isEqualTo("FRA");
        assertThat(code(KB.countryOfMetonym("the White House"))).isEqualTo("USA");
        assertThat(code(KB.countryOfMetonym("Nairobi"))).as("a capital not listed as metonym").isEqualTo("KEN");
    }

    @Test
    void actorsByNameAndListedAliases() {
        assertThat(KB.actorsNamed("Xi Jinping")).extracting(Actor::id).containsExactly("xi-jinping");
        assertThat(KB.actorsNamed("Xi")).extracting(Actor::id).containsExactly("xi-jinping");
        assertThat(KB.actorsNamed("Jinping Xi")).isEmpty();
        assertThat(KB.actorsNamed("Sergei Lavrov")).extracting(Actor::id).containsExactly("sergey-lavrov");
        assertThat(KB.actorsNamed("Erdogan")).extracting(Actor::id).containsExactly("recep-tayyip-erdogan");
        assertThat(KB.actorsNamed("Clinton")).extracting(Actor::id)
                .containsExactlyInAnyOrder("bill-clinton", "hillary-clinton");
        Actor nato = KB.actorsNamed("the North Atlantic Treaty Organization").get(0);
        assertThat(nato.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(nato.sector()).isEqualTo("IGO");
        Actor cpc = KB.actorsNamed("CPC Central Committee").get(0);
        assertThat(cpc.country()).isEqualTo("CHN");
        assertThat(cpc.sector()).isEqualTo("PTY");
        assertThat(KB.actorsNamed("Pentagon").get(0).id()).isEqualTo("USA.DOD");
    }

    @Test
    void holderOnADateAndThePredecessorBeforeIt() {
        assertThat(holderId("RUS", OfficeKind.HEAD_OF_STATE, "2024-05-16")).isEqualTo("vladimir-putin");
        assertThat(holderId("RUS", OfficeKind.HEAD_OF_STATE, "2010-01-01")).isEqualTo("dmitry-medvedev");
        assertThat(holderId("CHN", OfficeKind.HEAD_OF_GOVERNMENT, "2023-03-10")).isEqualTo("li-keqiang");
        assertThat(holderId("CHN", OfficeKind.HEAD_OF_GOVERNMENT, "2023-03-12")).isEqualTo("li-qiang");
        assertThat(holderId("chn", OfficeKind.PARTY_LEADER, "2024-01-01")).isEqualTo("xi-jinping");
        assertThat(holderId("USA", OfficeKind.HEAD_OF_GOVERNMENT, "2009-01-20")).as("handover day: the incoming")
                .isEqualTo("barack-obama");
        assertThat(holderId("USA", OfficeKind.FOREIGN_MINISTER, "2009-01-19")).isEqualTo("condoleezza-rice");
        assertThat(holderId("GBR", OfficeKind.HEAD_OF_STATE, "2020-01-01")).isEqualTo("elizabeth-ii");
        assertThat(holderId("CAN", OfficeKind.HEAD_OF_STATE, "2023-01-01")).isEqualTo("charles-iii");
        assertThat(holderId("UN", OfficeKind.ORGANIZATION_HEAD, "2012-06-01")).isEqualTo("ban-ki-moon");
        assertThat(holderId("NATO", OfficeKind.ORGANIZATION_HEAD, null)).isEqualTo("mark-rutte");
        assertThat(holderId("RUS", OfficeKind.HEAD_OF_STATE, "1990-01-01")).isEqualTo("none");
    }

    @Test
    void termsOnADateAndTheLatestWithoutOne() {
        Actor xi = KB.actor("xi-jinping").orElseThrow();
        assertThat(KB.terms(xi, LocalDate.of(2012, 12, 1))).extracting(Term::role).containsExactly("General Secretary");
        assertThat(KB.terms(xi, null)).extracting(Term::officeKind)
                .containsExactlyInAnyOrder(OfficeKind.PARTY_LEADER, OfficeKind.HEAD_OF_STATE);
        Actor kerry = KB.actor("john-kerry").orElseThrow();
        assertThat(KB.terms(kerry, null)).singleElement().satisfies(t -> {
            assertThat(t.to()).hasToString("2017-01-20");
            assertThat(t.country()).isEqualTo("USA");
        });
        Actor guterres = KB.actor("antonio-guterres").orElseThrow();
        Term secretaryGeneral = guterres.terms().get(guterres.terms().size() - 1);
        assertThat(secretaryGeneral.organization()).isEqualTo("UN");
        assertThat(secretaryGeneral.country()).isNull();
        assertThat(guterres.country()).isEqualTo("PRT");
    }

    @Test
    void rolesByWholeTitleOrLongestTitleInside() {
        assertThat(KB.role("Foreign Minister").orElseThrow().officeKind()).isEqualTo(OfficeKind.FOREIGN_MINISTER);
        assertThat(KB.role("Minister of Foreign Affairs").orElseThrow().role()).isEqualTo("Foreign Minister");
        assertThat(KB.role("Vice Premier").orElseThrow().role()).isEqualTo("Vice Premier");
        assertThat(KB.role("State Councilor").orElseThrow().sector()).isEqualTo("GOV");
        assertThat(KB.role("former Foreign Minister").orElseThrow().role()).isEqualTo("Foreign Minister");
        assertThat(KB.role("member of the Political Bureau of the CPC Central Committee").orElseThrow().sector())
                .isEqualTo("PTY");
        assertThat(KB.role("General").orElseThrow().sector()).isEqualTo("MIL");
        assertThat(KB.role("correspondent").orElseThrow().sector()).isEqualTo("MED");
        assertThat(KB.role("heads of state").orElseThrow().officeKind()).isEqualTo(OfficeKind.HEAD_OF_STATE);
        assertThat(KB.role("Ministers of Foreign Affairs").orElseThrow().role()).isEqualTo("Foreign Minister");
        assertThat(KB.role("the two foreign ministers").orElseThrow().role()).isEqualTo("Foreign Minister");
        assertThat(KB.role("gardener")).isEmpty();
        assertThat(KB.role("minister ".repeat(10_000))).isEmpty();
    }

    @Test
    void lookupPhraseTellsWhatAPhraseIs() {
        assertThat(KB.lookupPhrase("China").orElseThrow()).isInstanceOf(Meaning.CountryName.class);
        assertThat(KB.lookupPhrase("Chinese").orElseThrow()).isEqualTo(
                new Meaning.Demonym(KB.country("CHN").orElseThrow()));
        assertThat(KB.lookupPhrase("the Kremlin").orElseThrow()).isEqualTo(
                new Meaning.Metonym(KB.country("RUS").orElseThrow()));
        assertThat(KB.lookupPhrase("President Xi")).as("titles are not aliases").isEmpty();
        assertThat(((Meaning.ActorName) KB.lookupPhrase("Vladimir Putin").orElseThrow()).actors())
                .extracting(Actor::id).containsExactly("vladimir-putin");
        assertThat(((Meaning.ActorName) KB.lookupPhrase("WHO").orElseThrow()).actors())
                .extracting(Actor::id).containsExactly("WHO");
        assertThat(((Meaning.RoleTitle) KB.lookupPhrase("Premier").orElseThrow()).role().role())
                .isEqualTo("Premier");
        assertThat(KB.lookupPhrase("x".repeat(100_000))).isEmpty();
    }

    @Test
    void namesListEveryKindAndMarkAllCapitalNamesForExactCase() {
        List<NameEntry> names = KB.names();
        assertThat(names).contains(new NameEntry("the Kremlin", NameKind.METONYM, "RUS", false),
                new NameEntry("WHO", NameKind.ORGANIZATION, "WHO", true),
                new NameEntry("Xi", NameKind.PERSON, "xi-jinping", false),
                new NameEntry("Chinese", NameKind.DEMONYM, "CHN", false),
                new NameEntry("Nairobi", NameKind.METONYM, "KEN", false),
                new NameEntry("vice premier", NameKind.ROLE, "Vice Premier", false));
        assertThat(names).extracting(NameEntry::name).doesNotContain("CHN");
    }

    @Test
    void userFilesAddPeopleExtendCountriesAndReplaceATerm() throws Exception {
        Path people = file("my-people.tsv",
                "# a newsroom's own additions",
                "id\tname\taliases\tcountry\tsector\trole\toffice\tfrom\tto\torganization",
                "ana-example\tAna Example\tExample\tCHL\tGOV\tForeign Minister\tforeign_minister\t2030-03\t\t",
                "sergey-lavrov\t\tLavrov S.\tRUS\tGOV\tForeign Minister\tforeign_minister\t2004-03-09\t2030-01-01\t");
        Path countries = file("my-countries.tsv",
                "alpha3\talpha2\tname\taliases\tdemonyms\tcapital\tmetonyms",
                "CHL\t\t\tChili\t\t\tPalacio de La Moneda");
        Path roles = file("my-roles.tsv", "phrase\trole\tsector\toffice", "minister-president\tMinister-President\tGOV\t");
        ActorKnowledgeBase kb = ActorKnowledgeBase.load(List.of(people, countries, roles));

        assertThat(kb.holder("CHL", OfficeKind.FOREIGN_MINISTER, LocalDate.of(2030, 3, 15)).orElseThrow().name())
                .isEqualTo("Ana Example");
        assertThat(kb.actorsNamed("Lavrov S.")).extracting(Actor::id).containsExactly("sergey-lavrov");
        assertThat(kb.holder("RUS", OfficeKind.FOREIGN_MINISTER, LocalDate.of(2030, 6, 1))).isEmpty();
        assertThat(kb.actor("sergey-lavrov").orElseThrow().terms()).hasSize(1);
        assertThat(code(kb.country("Chili"))).isEqualTo("CHL");
        assertThat(kb.country("Chili").orElseThrow().name()).isEqualTo("Chile");
        assertThat(code(kb.countryOfMetonym("Palacio de La Moneda"))).isEqualTo("CHL");
        assertThat(kb.role("Minister-President")).isPresent();
        assertThat(KB.country("Chili")).as("the bundled instance is untouched").isEmpty();
    }

    @Test
    void aUserFileMayLeaveOutOptionalColumns() throws Exception {
        Path orgs = file("my-orgs.tsv", "id\taliases", "CHN.XINHUA\tXinhua She");
        ActorKnowledgeBase kb = ActorKnowledgeBase.load(List.of(orgs));
        assertThat(kb.actorsNamed("Xinhua She")).extracting(Actor::sector).containsExactly("MED");
    }

    @Test
    void titlesNameTheCountryOrOrganization() {
        Term putin = KB.actor("vladimir-putin").orElseThrow().terms().get(KB.actor("vladimir-putin").orElseThrow()
                .terms().size() - 1);
        assertThat(KB.title(putin)).isEqualTo("President of Russia");
        assertThat(KB.title(KB.actor("marco-rubio").orElseThrow().terms().get(0)))
                .isEqualTo("Secretary of State of the United States");
        List<Term> guterres = KB.actor("antonio-guterres").orElseThrow().terms();
        assertThat(KB.title(guterres.get(guterres.size() - 1)))
                .isEqualTo("Secretary-General of the United Nations");
        assertThat(KB.title(KB.actor("ursula-von-der-leyen").orElseThrow().terms().get(0)))
                .isEqualTo("President of the European Commission");
    }

    @Test
    void badUserFileIsReportedByFileAndLine() throws Exception {
        Path bad = file("broken.tsv",
                "id\tname\taliases\tcountry\tsector\trole\toffice\tfrom\tto\torganization",
                "# fine",
                "a-person\tA Person\t\tRUS\tGOV\tMinister\tforeign_minister\t2020-13-01\t\t",
                "b-person\tB Person\t\tXXX\tGOV\tMinister\tforeign_minister\t2020\t\t",
                "c-person\tC Person\t\tRUS\tGOV\tMinister\tforeign_minister\t2021\t2020\t");
        assertThatThrownBy(() -> ActorKnowledgeBase.load(List.of(bad)))
                .isInstanceOf(KnowledgeBaseException.class)
                .satisfies(e -> assertThat(((KnowledgeBaseException) e).problems()).containsExactly(
                        bad + ":3: dates must be YYYY, YYYY-MM or YYYY-MM-DD (from '2020-13-01', to '')",
                        bad + ":4: unknown country 'XXX' (an alpha-3 code of countries.tsv)",
                        bad + ":5: the term ends (2020) before it begins (2021)"));
    }

    @Test
    void unknownHeaderMissingFileAndNonUtf8AreReported() throws Exception {
        Path header = file("header.tsv", "# comment", "name\tcolour");
        Path missing = dir.resolve("missing.tsv");
        Path latin1 = dir.resolve("latin1.tsv");
        Files.write(latin1, "phrase\trole\tsector\toffice\nr\u00f4le\tRole\tGOV\t\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ActorKnowledgeBase.load(List.of(header, missing, latin1)))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining(header + ":2: the header line names no known kind of file")
                .hasMessageContaining(missing + ": not a readable file")
                .hasMessageContaining(latin1 + ": not UTF-8 text");
    }

    @Test
    void aDuplicateAlpha2IsReported() throws Exception {
        Path countries = file("dup.tsv", "alpha3\talpha2\tname\taliases\tdemonyms\tcapital\tmetonyms",
                "ZZZ\tRU\tZedland\t\t\t\t");
        assertThatThrownBy(() -> ActorKnowledgeBase.load(List.of(countries)))
                .hasMessage(countries + ":2: alpha2 RU is already the code of RUS");
    }

    @Test
    void anAlgerianPresidentIsKnownOnADateOfHisTerm() {
        assertThat(KB.actorsNamed("Bouteflika")).singleElement().satisfies(a -> assertThat(
                KB.terms(a, LocalDate.of(2005, 1, 1))).extracting(Term::country).containsExactly("DZA"));
    }

    @Test
    void transliterationsNameTheSamePerson() {
        assertThat(List.of("Gaddafi", "Qaddafi", "Kadhafi", "Gadhafi")).allSatisfy(name -> assertThat(
                KB.actorsNamed(name)).extracting(Actor::id).containsExactly("muammar-gaddafi"));
    }

    @Test
    void hezbollahIsALebaneseArmedGroup() {
        assertThat(KB.actorsNamed("Hizbollah")).singleElement().satisfies(a -> assertThat(
                a.country() + "/" + a.sector()).isEqualTo("LBN/UAF"));
    }

    @Test
    void aTransnationalGroupHasNoCountry() {
        assertThat(KB.actorsNamed("al-Qaeda")).singleElement().satisfies(a -> assertThat(a.country()).isNull());
    }

    @Test
    void sovietIsTheSovietUnion() {
        assertThat(code(KB.countryOfDemonym("Soviet"))).isEqualTo("SUN");
    }

    @Test
    void zaireIsTheDemocraticRepublicOfTheCongo() {
        assertThat(code(KB.country("Zaire"))).isEqualTo("COD");
    }

    @Test
    void formerStatesLeaveTheirCapitalsToTodaysStates() {
        assertThat(List.of("Moscow", "Belgrade", "Prague", "Berlin").stream()
                .map(place -> code(KB.countryOfMetonym(place))).toList()).containsExactly("RUS", "SRB", "CZE", "DEU");
    }

    @Test
    void namesSharedWithFormerStatesKeepTheirMeaning() {
        assertThat(List.of("Korea", "Georgia", "Germany", "Czech Republic").stream()
                .map(name -> code(KB.country(name))).toList()).containsExactly("KOR", "GEO", "DEU", "CZE");
    }

    @Test
    void theSovietPartyLeaderOnADate() {
        assertThat(holderId("SUN", OfficeKind.PARTY_LEADER, "1987-06-01")).isEqualTo("mikhail-gorbachev");
    }

    @Test
    void theG20LeadersBefore2000() {
        assertThat(holderId("USA", OfficeKind.HEAD_OF_STATE, "1985-06-01")).isEqualTo("ronald-reagan");
    }
}
