package cn.ezhou.yshj.base.ui;

import com.vaadin.flow.component.Component;

/**
 * What a logged-in user sees on the front page instead of the public welcome (the workbench, 工作台),
 * provided by a feature module without the layout depending on it.
 */
public interface HomeContent {

    Component create();
}
