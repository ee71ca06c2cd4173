/**
 * Policy texts split into parts and compared article by article. Exposed because the module's
 * records (DraftPartView, ArticleChangeView) carry these parts and changes to their readers.
 */
@NamedInterface("text")
package cn.ezhou.yshj.consultation.text;

import org.springframework.modulith.NamedInterface;
