/**
 * Shared foundation: persistent base entity, role names, seed-file reading, time, and the
 * application shell (main layout, landing page, language switch). Every feature may use it.
 */
@ApplicationModule(displayName = "Base", type = ApplicationModule.Type.OPEN)
package cn.ezhou.yshj.base;

import org.springframework.modulith.ApplicationModule;
