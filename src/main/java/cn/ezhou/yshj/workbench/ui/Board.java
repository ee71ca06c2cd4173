package cn.ezhou.yshj.workbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** A titled group of tiles; the tiles wrap to the width (two to a row on a phone). */
final class Board extends Div {

    private final Div tiles = new Div();

    Board(String id, String title) {
        setId(id);
        addClassName("workbench-board");
        tiles.addClassName("workbench-tiles");
        add(new H2(title), tiles);
    }

    Board tile(Component tile) {
        tiles.add(tile);
        return this;
    }
}
