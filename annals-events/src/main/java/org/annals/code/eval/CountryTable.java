package org.annals.code.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * The built-in {@link ActorCountry}: English country names from the JDK's locale data plus
 * {@code countries.tsv} (demonyms, capitals, organisations). Names match case-sensitively, so "US"
 * is the country and "us" is not; a leading "the" is ignored. To be replaced by the knowledge base.
 */
final class CountryTable implements ActorCountry {
    private static final CountryTable STANDARD = read();

    private final Map<String, String> codes;

    private CountryTable(Map<String, String> codes) {
        this.codes = Map.copyOf(codes);
    }

    static CountryTable standard() {
        return STANDARD;
    }

    @Override
    public String country(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        if (n.startsWith("the ") || n.startsWith("The ")) {
            n = n.substring(4);
        }
        String code = codes.get(n);
        if (code == null && n.endsWith("'s")) {
            code = codes.get(n.substring(0, n.length() - 2));
        }
        return code;
    }

    private static CountryTable read() {
        Map<String, String> codes = new HashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            Locale locale = new Locale("", a2);
            try {
                codes.put(locale.getDisplayCountry(Locale.ENGLISH), locale.getISO3Country());
            } catch (MissingResourceException noAlpha3) {
                // A code without an alpha-3 form is of no use here.
            }
        }
        try (InputStream in = CountryTable.class.getResourceAsStream("countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing countries.tsv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                for (String name : cols[1].split("\\|")) {
                    codes.put(name, cols[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CountryTable(codes);
    }
}
