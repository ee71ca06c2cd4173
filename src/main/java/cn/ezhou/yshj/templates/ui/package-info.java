/** The template picker other modules' answer forms attach to their text field, and the unit's template page. */
@NamedInterface("ui")
package cn.ezhou.yshj.templates.ui;

import org.springframework.modulith.NamedInterface;
