package org.annals.archive;

import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Entity;
import org.annals.model.Event;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The Lucene document of an article: a pure function of the analysed article, so the index can
 * always be rebuilt from the database.
 */
final class IndexedArticle {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String ENTITIES = "entities";
    static final String ACTOR = "actor";
    static final String CATEGORY = "category";
    static final String OUTLET = "outlet";
    static final String SOURCE = "source";
    static final String PUBLISHED = "published";
    /** The publication day as days since 1970-01-01, for ranges and sorting. */
    static final String DAY = "day";
    static final String LANGUAGE = "language";

    /** Text stored with offsets in the postings, so snippets need no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private IndexedArticle() {
    }

    static Document of(AnalyzedArticle analyzed) {
        Article a = analyzed.article();
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Field.Store.YES));
        if (a.title() != null) {
            doc.add(new Field(TITLE, a.title(), TEXT_WITH_OFFSETS));
        }
        doc.add(new Field(TEXT, a.text(), TEXT_WITH_OFFSETS));
        Set<String> actors = new LinkedHashSet<>();
        for (Entity e : analyzed.entities()) {
            if (e.name() != null) {
                doc.add(new TextField(ENTITIES, e.name(), Field.Store.NO));
                actors.add(ActorKey.normalise(e.name()));
            }
            if (e.actor() != null) {
                actors.add(ActorKey.of(e));
            }
        }
        actors.forEach(key -> doc.add(new StringField(ACTOR, key, Field.Store.NO)));
        Set<String> categories = new LinkedHashSet<>();
        for (Event v : analyzed.events()) {
            if (v.category() != null) {
                categories.add(v.category().toUpperCase(Locale.ROOT));
            }
        }
        categories.forEach(c -> doc.add(new StringField(CATEGORY, c, Field.Store.NO)));
        if (a.publisher() != null) {
            doc.add(new TextField(OUTLET, a.publisher(), Field.Store.YES));
        }
        String host = ArticleRows.host(a.source() == null ? null : a.source().uri());
        if (host != null) {
            doc.add(new TextField(OUTLET, host, Field.Store.NO));
        }
        if (a.source() != null && a.source().uri() != null) {
            doc.add(new StoredField(SOURCE, a.source().uri()));
        }
        if (a.published() != null) {
            doc.add(new StoredField(PUBLISHED, a.published()));
        }
        LocalDate day = ArticleRows.day(a.published());
        if (day != null) {
            int epochDay = (int) day.toEpochDay();
            doc.add(new IntPoint(DAY, epochDay));
            doc.add(new NumericDocValuesField(DAY, epochDay));
        }
        if (a.language() != null) {
            doc.add(new StringField(LANGUAGE, a.language(), Field.Store.YES));
        }
        return doc;
    }
}
