/**
 * Full-text search (plan items 9 and 24): the index every searchable record is kept in, in Chinese
 * words, rebuilt from the database when it is missing or out of date, with the progress shown to
 * the administrator. The queries themselves live with the records they find.
 */
@ApplicationModule(displayName = "Search index")
package cn.ezhou.yshj.search;

import org.springframework.modulith.ApplicationModule;
