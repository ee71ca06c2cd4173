/** The autosave helper other modules' forms attach to their fields. */
@NamedInterface("ui")
package cn.ezhou.yshj.drafts.ui;

import org.springframework.modulith.NamedInterface;
