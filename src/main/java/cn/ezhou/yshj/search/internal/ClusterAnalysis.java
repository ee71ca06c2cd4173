package cn.ezhou.yshj.search.internal;

import cn.ezhou.yshj.base.SearchWords;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The Chinese analyzer for an Elasticsearch or OpenSearch cluster (the {@code search-cluster}
 * profile): the same steps as {@link cn.ezhou.yshj.base.ChineseAnalyzer}, built from the cluster's own components.
 * The smartcn tokenizer comes with the analysis-smartcn plugin, which every node must have.
 */
public class ClusterAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(SearchWords.CHINESE).custom()
                .tokenizer("smartcn_tokenizer")
                .tokenFilters("cjk_width", "lowercase");
    }
}
