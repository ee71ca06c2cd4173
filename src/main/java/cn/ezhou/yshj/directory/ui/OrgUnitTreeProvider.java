package cn.ezhou.yshj.directory.ui;

import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import java.util.stream.Stream;

/** Loads the organisation tree one level at a time, as the user opens it. */
class OrgUnitTreeProvider extends AbstractBackEndHierarchicalDataProvider<OrgUnitRecord, Void> {

    private final DirectoryService directory;

    OrgUnitTreeProvider(DirectoryService directory) {
        this.directory = directory;
    }

    @Override
    public int getChildCount(HierarchicalQuery<OrgUnitRecord, Void> query) {
        return directory.children(parentCode(query)).size();
    }

    @Override
    public boolean hasChildren(OrgUnitRecord item) {
        return item.hasChildren();
    }

    @Override
    protected Stream<OrgUnitRecord> fetchChildrenFromBackEnd(HierarchicalQuery<OrgUnitRecord, Void> query) {
        return directory.children(parentCode(query)).stream().skip(query.getOffset()).limit(query.getLimit());
    }

    @Override
    public Object getId(OrgUnitRecord item) {
        return item.code();
    }

    private static String parentCode(HierarchicalQuery<OrgUnitRecord, Void> query) {
        return query.getParentOptional().map(OrgUnitRecord::code).orElse(null);
    }
}
