/**
 * Chambers of commerce and industry associations (商会、行业协会, plan item 23): the register the
 * office keeps, their industry tags and their liaison accounts. Consultations and policy pushes
 * find their audience here.
 */
@ApplicationModule(displayName = "Chambers and associations")
package cn.ezhou.yshj.association;

import org.springframework.modulith.ApplicationModule;
