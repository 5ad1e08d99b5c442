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
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The reading side of the full-text index: BM25 search with filters and highlighted snippets. Thread-safe. */
public final class ArticleSearcher implements AutoCloseable {
    /** Longest snippet, in characters, before the ellipsis. */
    static final int SNIPPET_CHARS = 240;
    /** Deepest hit a search can page to: Lucene keeps offset + limit hits in memory to find a window. */
    public static final int MAX_WINDOW = 10_000;

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
     * Runs a search: the exact number of matches and the requested window of hits, with snippets
     * highlighted for that window only.
     *
     * @throws IllegalArgumentException when the query is not valid Lucene syntax or the window ends past
     *                                  {@link #MAX_WINDOW}
     */
    public SearchResult search(SearchQuery q) throws IOException {
        if ((long) q.offset() + q.limit() > MAX_WINDOW) {
            throw new IllegalArgumentException("a search can page through the first " + MAX_WINDOW
                    + " hits only; narrow the query");
        }
        Query query = query(q);
        TopDocs top = run(query, q.offset() + q.limit());
        ScoreDoc[] window = top.scoreDocs.length <= q.offset() ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, q.offset(), top.scoreDocs.length);
        String[] snippets = window.length == 0 ? new String[0]
                : highlighter.highlight(IndexedArticle.TEXT, query, new TopDocs(top.totalHits, window), 1);
        List<SearchHit> hits = new ArrayList<>();
        var stored = searcher.storedFields();
        for (int i = 0; i < window.length; i++) {
            ScoreDoc sd = window[i];
            Document doc = stored.document(sd.doc);
            String snippet = snippets[i];
            if (snippet == null || snippet.isBlank()) {
                String body = doc.get(IndexedArticle.TEXT);
                snippet = body == null ? "" : body;
            }
            hits.add(new SearchHit(doc.get(IndexedArticle.ID), doc.get(IndexedArticle.TITLE),
                    doc.get(IndexedArticle.PUBLISHED), doc.get(IndexedArticle.SOURCE), sd.score, trim(snippet)));
        }
        return new SearchResult(top.totalHits.value, hits);
    }

    /**
     * The ids of the best {@code n} hits of a search (its window ignored), without snippets: for
     * facets over the top of a result.
     *
     * @throws IllegalArgumentException when the query is not valid Lucene syntax
     */
    public List<String> topIds(SearchQuery q, int n) throws IOException {
        TopDocs top = run(query(q), Math.max(1, Math.min(n, MAX_WINDOW)));
        Set<String> only = Set.of(IndexedArticle.ID);
        var stored = searcher.storedFields();
        List<String> ids = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            ids.add(stored.document(sd.doc, only).get(IndexedArticle.ID));
        }
        return ids;
    }

    private Query query(SearchQuery q) {
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
        if (q.outlet() != null && !q.outlet().isBlank()) {
            // The outlet field is analysed (publisher and host are free text): a phrase within one value.
            Query phrase = new QueryBuilder(analyzer).createPhraseQuery(IndexedArticle.OUTLET, q.outlet());
            b.add(phrase == null ? new MatchNoDocsQuery() : phrase, BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** The best {@code n} hits with the exact total: counting every match, not stopping at Lucene's default 1,000. */
    private TopDocs run(Query query, int n) throws IOException {
        try {
            return searcher.search(query, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("the query has too many terms (at most "
                    + IndexSearcher.getMaxClauseCount() + " after expansion)", e);
        }
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
