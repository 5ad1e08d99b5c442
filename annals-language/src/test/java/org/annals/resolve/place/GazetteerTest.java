package org.annals.resolve.place;

import org.annals.resolve.place.GazetteerEntry.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GazetteerTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        gazetteer = Gazetteer.bundled();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long heapMb = (runtime.totalMemory() - runtime.freeMemory() - heapBefore) >> 20;
        System.out.printf("Gazetteer.bundled(): loaded in %d ms, about %d MB of heap%n", millis, heapMb);
    }

    private static GazetteerEntry resolve(String name, PlaceContext context) {
        Optional<GazetteerEntry> entry = gazetteer.resolve(name, context);
        assertThat(entry).as(name).isPresent();
        return entry.orElseThrow();
    }

    private static String where(GazetteerEntry e) {
        return e.name() + " / " + e.admin1() + " / " + e.country();
    }

    @Test
    void bundledIsLoadedOnce() {
        assertThat(Gazetteer.bundled()).isSameAs(gazetteer);
    }

    @Test
    void kosovoHasTheCodeTheKnowledgeBaseUses() {
        assertThat(resolve("Pristina", PlaceContext.none()).country()).isEqualTo("XKX");
    }

    @Test
    void aHistoricalRegionNoDivisionListsIsStillAPlace() {
        assertThat(resolve("Darfur", PlaceContext.none()).country()).isEqualTo("SDN");
    }

    @Test
    void capitalsHaveCoordinatesAndCountry() {
        GazetteerEntry beijing = resolve("Beijing", PlaceContext.none());
        assertThat(beijing.country()).isEqualTo("CHN");
        assertThat(beijing.kind()).isEqualTo(Kind.CITY);
        assertThat(beijing.lat()).isBetween(39.8, 40.0);
        assertThat(beijing.lon()).isBetween(116.3, 116.5);
        assertThat(where(resolve("Moscow", PlaceContext.none()))).isEqualTo("Moscow / Moscow / RUS");
        assertThat(resolve("Washington", PlaceContext.focus("USA")).name()).isEqualTo("Washington, D.C.");
        assertThat(resolve("Changchun", PlaceContext.none()).admin1()).isEqualTo("Jilin");
    }

    @Test
    void caseDiacriticsAndApostrophesDoNotCount() {
        assertThat(where(resolve("SÃO PAULO", PlaceContext.none()))).isEqualTo("São Paulo / São Paulo / BRA");
        assertThat(where(resolve("Sao Paulo", PlaceContext.none()))).isEqualTo("São Paulo / São Paulo / BRA");
        assertThat(resolve("Xian", PlaceContext.focus("CHN")).name()).isEqualTo("Xi’an");
        assertThat(resolve("Elysee Palace", PlaceContext.none()).country()).isEqualTo("FRA");
    }

    @Test
    void landmarksAreFoundWithOrWithoutTheArticle() {
        GazetteerEntry zhongnanhai = resolve("Zhongnanhai", PlaceContext.none());
        assertThat(zhongnanhai.kind()).isEqualTo(Kind.LANDMARK);
        assertThat(zhongnanhai.country()).isEqualTo("CHN");
        assertThat(zhongnanhai.lat()).isEqualTo(39.91);
        assertThat(zhongnanhai.lon()).isEqualTo(116.38);
        assertThat(where(resolve("the Kremlin", PlaceContext.none()))).isEqualTo("Kremlin / Moscow / RUS");
        assertThat(where(resolve("The White House", PlaceContext.focus("USA"))))
                .isEqualTo("White House / District of Columbia / USA");
        assertThat(gazetteer.lookup("White House")).extracting(GazetteerEntry::admin1).contains("Tennessee");
    }

    @Test
    void cityOrRegionNamedAfterAnotherPlace() {
        assertThat(where(resolve("Siziwang Banner, Inner Mongolia", PlaceContext.none())))
                .isEqualTo("Siziwang Banner / Inner Mongolia / CHN");
        assertThat(where(resolve("Paris, Texas", PlaceContext.none()))).isEqualTo("Paris / Texas / USA");
        assertThat(where(resolve("Paris, France", PlaceContext.focus("USA"))))
                .isEqualTo("Paris / Île-de-France / FRA");
        assertThat(where(resolve("Springfield, Missouri", PlaceContext.none())))
                .isEqualTo("Springfield / Missouri / USA");
    }

    @Test
    void placeNotInTheNamedAreaFallsBackToTheArea() {
        assertThat(gazetteer.lookup("Nowhereville, Inner Mongolia")).extracting(GazetteerEntry::kind)
                .containsExactly(Kind.REGION);
        assertThat(gazetteer.lookup("Changchun, last week")).extracting(GazetteerEntry::name)
                .containsExactly("Changchun");
    }

    @Test
    void cityEitherWithOrWithoutItsSuffix() {
        assertThat(resolve("Changchun City", PlaceContext.none()).name()).isEqualTo("Changchun");
        assertThat(resolve("Quezon", PlaceContext.focus("PHL")).name()).isEqualTo("Quezon City");
        assertThat(resolve("Mexico City", PlaceContext.none()).kind()).isEqualTo(Kind.CITY);
        assertThat(resolve("Mexico", PlaceContext.none()).kind()).isEqualTo(Kind.COUNTRY);
    }

    @Test
    void divisionWordsChooseTheDivision() {
        assertThat(gazetteer.lookup("Jilin")).extracting(GazetteerEntry::kind).contains(Kind.CITY, Kind.REGION);
        assertThat(gazetteer.lookup("Jilin Province")).extracting(GazetteerEntry::kind).containsExactly(Kind.REGION);
        assertThat(resolve("Guangdong Province", PlaceContext.none()).kind()).isEqualTo(Kind.REGION);
        assertThat(resolve("Inner Mongolia Autonomous Region", PlaceContext.none()).name()).isEqualTo("Inner Mongolia");
        assertThat(gazetteer.lookup("Washington County")).isEmpty();
    }

    @Test
    void compassWordsBeforeACountryOrRegionNameTheArea() {
        assertThat(where(resolve("Northeast China", PlaceContext.none()))).isEqualTo("China /  / CHN");
        assertThat(where(resolve("northern Xinjiang", PlaceContext.none()))).isEqualTo("Xinjiang / Xinjiang / CHN");
        assertThat(resolve("South Korea", PlaceContext.none()).country()).isEqualTo("KOR");
        assertThat(gazetteer.lookup("western Paris")).isEmpty();
    }

    @Test
    void ambiguousNameGoesToTheFocusCountry() {
        assertThat(resolve("Paris", PlaceContext.none()).country()).isEqualTo("FRA");
        assertThat(resolve("London", PlaceContext.none()).country()).isEqualTo("GBR");
        assertThat(where(resolve("London", PlaceContext.focus("CAN")))).isEqualTo("London / Ontario / CAN");
        assertThat(resolve("Georgia", PlaceContext.none()).kind()).isEqualTo(Kind.COUNTRY);
        assertThat(where(resolve("Georgia", PlaceContext.focus("USA", "RUS")))).isEqualTo("Georgia / Georgia / USA");
        assertThat(where(resolve("Georgia", PlaceContext.focus("RUS", "GEO")))).isEqualTo("Georgia /  / GEO");
    }

    @Test
    void muchLargerPlaceOutshinesTheFocus() {
        assertThat(resolve("London", PlaceContext.focus("USA")).country()).isEqualTo("GBR");
        assertThat(resolve("Paris", PlaceContext.focus("USA")).country()).isEqualTo("USA");
    }

    @Test
    void datelineRegionBeatsPopulation() {
        assertThat(resolve("Washington", PlaceContext.focus("USA").withDateline("Seattle")).kind())
                .isEqualTo(Kind.REGION);
    }

    @Test
    void datelineChoosesAmongPlacesOfTheFocusCountry() {
        assertThat(resolve("Springfield", PlaceContext.focus("USA")).admin1()).isEqualTo("Missouri");
        assertThat(resolve("Springfield", PlaceContext.focus("USA").withDateline("Boston")).admin1())
                .isEqualTo("Massachusetts");
        assertThat(resolve("Springfield", PlaceContext.focus("USA").withDateline("Chicago")).admin1())
                .isEqualTo("Illinois");
    }

    @Test
    void otherNamesOfLargePlacesAreKept() {
        assertThat(resolve("Kiev", PlaceContext.none()).name()).isEqualTo("Kyiv");
        assertThat(resolve("Peking", PlaceContext.none()).name()).isEqualTo("Beijing");
        assertThat(where(resolve("Geneva", PlaceContext.none()))).isEqualTo("Genève / Geneva / CHE");
        assertThat(where(resolve("Geneva", PlaceContext.focus("USA")))).isEqualTo("Geneva / Illinois / USA");
    }

    @Test
    void ownNameBeatsAnotherNameOfAPlaceOfTheSameCountry() {
        assertThat(gazetteer.lookup("New Delhi")).extracting(GazetteerEntry::name).contains("Delhi", "New Delhi");
        assertThat(resolve("New Delhi", PlaceContext.none()).name()).isEqualTo("New Delhi");
    }

    @Test
    void countriesByTheirShortAndLongNames() {
        assertThat(resolve("U.S.", PlaceContext.none()).country()).isEqualTo("USA");
        assertThat(resolve("United States of America", PlaceContext.none()).kind()).isEqualTo(Kind.COUNTRY);
        assertThat(resolve("UK", PlaceContext.none()).country()).isEqualTo("GBR");
        assertThat(resolve("Britain", PlaceContext.none()).country()).isEqualTo("GBR");
        assertThat(resolve("People's Republic of China", PlaceContext.none()).country()).isEqualTo("CHN");
    }

    @Test
    void nonPlacesFindNothing() {
        assertThat(gazetteer.lookup("Xi Jinping")).isEmpty();
        assertThat(gazetteer.lookup("Ministry of Foreign Affairs")).isEmpty();
        assertThat(gazetteer.lookup("")).isEmpty();
        assertThat(gazetteer.lookup(null)).isEmpty();
        assertThat(gazetteer.lookup(" , ")).isEmpty();
        assertThat(gazetteer.resolve("Xi Jinping", PlaceContext.focus("CHN"))).isEmpty();
    }

    @Test
    void hostileInputIsBounded() {
        assertThat(gazetteer.lookup("a,".repeat(100_000))).isEmpty();
        assertThat(gazetteer.lookup(",".repeat(150) + "Beijing")).extracting(GazetteerEntry::name).contains("Beijing");
    }

    @Test
    void readsTablesAndRejectsMalformedLines() {
        String header = "name\tascii\talternates\tcountry\tadmin1\tlat\tlon\tpopulation\tkind\n";
        Gazetteer small = Gazetteer.read(Map.of("t.tsv",
                header + "Łódź\tLodz\tLodzh\tPOL\tŁódź Voivodeship\t51.75\t19.47\t768755\tcity\n"));
        assertThat(small.lookup("LODZ")).extracting(GazetteerEntry::population).containsExactly(768755L);
        assertThat(small.lookup("lodzh")).hasSize(1);
        assertThatThrownBy(() -> Gazetteer.read(Map.of("bad.tsv", header + "Nowhere\tNowhere\n")))
                .hasMessageContaining("bad.tsv:2");
    }

    @Test
    void everyKindIsShipped() {
        List<Kind> kinds = List.of(resolve("China", PlaceContext.none()).kind(),
                resolve("Inner Mongolia", PlaceContext.none()).kind(),
                resolve("Siziwang Banner", PlaceContext.none()).kind(),
                resolve("Hohhot", PlaceContext.none()).kind(),
                resolve("Great Hall of the People", PlaceContext.none()).kind());
        assertThat(kinds).containsExactly(Kind.COUNTRY, Kind.REGION, Kind.DISTRICT, Kind.CITY, Kind.LANDMARK);
    }
}
