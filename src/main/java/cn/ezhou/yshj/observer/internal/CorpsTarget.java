package cn.ezhou.yshj.observer.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.observer.ObserverLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** How many observers of a category and level the office aims to have in a year. */
@Entity
@Table(name = "corps_target")
public class CorpsTarget extends AbstractEntity {

    @Column(name = "target_year", nullable = false)
    private int year;
    @Column(nullable = false, length = 32)
    private String category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ObserverLevel level;
    @Column(name = "target_size", nullable = false)
    private int target;

    protected CorpsTarget() {
    }

    public CorpsTarget(int year, String category, ObserverLevel level) {
        this.year = year;
        this.category = category;
        this.level = level;
    }

    public void setTarget(int target) {
        this.target = target;
    }

    public String getCategory() {
        return category;
    }

    public ObserverLevel getLevel() {
        return level;
    }

    public int getTarget() {
        return target;
    }
}
