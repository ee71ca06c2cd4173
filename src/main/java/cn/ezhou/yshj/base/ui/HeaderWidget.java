package cn.ezhou.yshj.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature module puts into the header for logged-in users (e.g. the notification bell),
 * without the layout depending on that module.
 */
public interface HeaderWidget {

    Component create();
}
