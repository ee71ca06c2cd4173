/**
 * Typical cases 典型案例 (plan item 11): closed items the office holds up as good or bad examples,
 * each with an anonymised summary written by the office and published on a public page.
 */
@ApplicationModule(displayName = "Typical cases")
package cn.ezhou.yshj.cases;

import org.springframework.modulith.ApplicationModule;
