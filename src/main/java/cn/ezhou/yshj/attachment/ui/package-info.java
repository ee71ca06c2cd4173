/** The upload field and download links other modules' screens use for their items' files. */
@NamedInterface("ui")
package cn.ezhou.yshj.attachment.ui;

import org.springframework.modulith.NamedInterface;
