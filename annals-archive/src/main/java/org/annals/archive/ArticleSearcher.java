package org.annals.archive;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The reading side of the full-text index: BM25 search with filters and highlighted snippets. Thread-safe. */
public final class ArticleSearcher implements AutoCloseable {
    /** Longest snippet, in characters, before the ellipsis. */
    static final int SNIPPET_CHARS = 240;

    private static final String[] FIELDS = {IndexedArticle.TITLE, IndexedArticle.TEXT, IndexedArticle.ENTITIES,
            IndexedArticle.OUTLET};
    private static final Map<String, Float> BOOSTS = Map.of(IndexedArticle.TITLE, 2f, IndexedArticle.TEXT, 1f,
            IndexedArticle.ENTITIES, 1.5f, IndexedArticle.OUTLET, 0.5f);

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final IndexAnalyzer analyzer = new IndexAnalyzer();
    private final UnifiedHighlighter highlighter;

    /** Opens the index of an archive for reading. */
    public ArticleSearcher(Path indexDir) throws IOException {
        directory = FSDirectory.open(indexDir);
        if (!Files.isDirectory(indexDir) || !DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new ArchiveException("the archive has no search index yet at " + indexDir);
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", "… ", false))
                .withMaxLength(100_000)
                .build();
    }

    /** How many articles the index holds. */
    public int count() {
        return reader.numDocs();
    }

    /** Whether an article with this id is in the index. */
    public boolean contains(String id) throws IOException {
        return searcher.count(new TermQuery(new Term(IndexedArticle.ID, id))) > 0;
    }

    /**
     * Runs a search.
     *
     * @throws IllegalArgumentException when the query is not valid Lucene syntax
     */
    public List<SearchHit> search(SearchQuery q) throws IOException {
        Query text = parse(q.query());
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (q.from() != null || q.to() != null) {
            int from = q.from() == null ? Integer.MIN_VALUE : (int) q.from().toEpochDay();
            int to = q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay();
            b.add(IntPoint.newRangeQuery(IndexedArticle.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            b.add(actorQuery(q.actor()), BooleanClause.Occur.FILTER);
        }
        if (q.category() != null && !q.category().isBlank()) {
            b.add(new TermQuery(new Term(IndexedArticle.CATEGORY, q.category().strip().toUpperCase(Locale.ROOT))),
                    BooleanClause.Occur.FILTER);
        }
        Query query = b.build();
        TopDocs top;
        try {
            top = searcher.search(query, Math.max(1, q.limit()));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("the query has too many terms (at most "
                    + IndexSearcher.getMaxClauseCount() + " after expansion)", e);
        }
        String[] snippets = top.scoreDocs.length == 0 ? new String[0]
                : highlighter.highlight(IndexedArticle.TEXT, query, top, 1);
        List<SearchHit> hits = new ArrayList<>();
        var stored = searcher.storedFields();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document doc = stored.document(sd.doc);
            String snippet = snippets[i];
            if (snippet == null || snippet.isBlank()) {
                String body = doc.get(IndexedArticle.TEXT);
                snippet = body == null ? "" : body;
            }
            hits.add(new SearchHit(doc.get(IndexedArticle.ID), doc.get(IndexedArticle.TITLE),
                    doc.get(IndexedArticle.PUBLISHED), doc.get(IndexedArticle.SOURCE), sd.score, trim(snippet)));
        }
        return hits;
    }

    private Query parse(String query) {
        if (query == null || query.isBlank() || query.strip().equals("*")) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("cannot parse the query: " + Database.oneLine(e), e);
        }
    }

    /** An entity name as a phrase within one entity, or a knowledge-base id or canonical key exactly. */
    private Query actorQuery(String actor) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(IndexedArticle.ACTOR, ActorKey.normalise(actor))), BooleanClause.Occur.SHOULD);
        b.add(new TermQuery(new Term(IndexedArticle.ACTOR, actor.strip())), BooleanClause.Occur.SHOULD);
        b.add(new TermQuery(new Term(IndexedArticle.ACTOR, "kb:" + actor.strip())), BooleanClause.Occur.SHOULD);
        Query phrase = new QueryBuilder(analyzer).createPhraseQuery(IndexedArticle.ENTITIES, actor);
        if (phrase != null) {
            b.add(phrase, BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** A snippet on one line, cut near {@link #SNIPPET_CHARS} around its first match. */
    static String trim(String snippet) {
        String s = snippet.replaceAll("\\s+", " ").strip();
        if (s.length() <= SNIPPET_CHARS) {
            return s;
        }
        int first = s.indexOf("<b>");
        int start = first < 0 ? 0 : Math.max(0, first - SNIPPET_CHARS / 3);
        int end = Math.min(s.length(), start + SNIPPET_CHARS);
        // Never cut inside a highlight tag.
        int open = s.lastIndexOf('<', end);
        if (open >= end - 4 && open > start) {
            end = open;
        }
        if (s.lastIndexOf("<b>", end) > s.lastIndexOf("</b>", end)) {
            end = Math.min(s.length(), s.indexOf("</b>", end) + 4);
        }
        return (start > 0 ? "…" : "") + s.substring(start, end).strip() + (end < s.length() ? "…" : "");
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
