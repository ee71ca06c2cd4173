package cn.ezhou.yshj.search.internal;

import cn.ezhou.yshj.base.ChineseAnalyzer;
import cn.ezhou.yshj.base.SearchWords;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Registers the Chinese analyzer under the name the entities' text fields use. */
public class PortalAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchWords.CHINESE).instance(new ChineseAnalyzer());
    }
}
