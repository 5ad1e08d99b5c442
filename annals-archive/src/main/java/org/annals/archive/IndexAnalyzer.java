package org.annals.archive;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analyzer of the index and of queries: Unicode word segmentation and lower case (Lucene's
 * StandardAnalyzer, no stop words, so any language is searchable), with a wide position gap
 * between the values of a many-valued field so that a phrase never spans two entity names.
 */
final class IndexAnalyzer extends AnalyzerWrapper {
    private final Analyzer standard = new StandardAnalyzer();

    IndexAnalyzer() {
        super(Analyzer.PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return standard;
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }
}
